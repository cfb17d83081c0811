#!/usr/bin/env bash
# Issue 4 “Measured”: 12345 intake over HTTP on PostgreSQL (synchronous commit on) at fixed arrival rates
# (Gatling, open model) beside pgbench running the same SQL statements (bench/intake.pgbench) as the ceiling.
# Creates a fresh database, starts the HeatDesk jar, runs pgbench, warms the application up, runs Gatling at each
# rate, runs pgbench again, stops the application and prints a Markdown table (also written to
# target/bench/intake.md); shares are of the higher of the two pgbench readings.
#
#   bench/intake.sh [--short] [--no-build]
#
# --short: 5 s per step at 100 orders/s only (proves the harness works; not a measurement).
# Settings (environment): BENCH_PG_HOST (127.0.0.1), BENCH_PG_PORT (5432), BENCH_PG_USER (postgres),
# BENCH_DB (heatdesk_bench_intake; dropped and recreated), BENCH_PORT (18081), BENCH_RATES ("100 250 500 650"),
# BENCH_SECONDS (60), BENCH_RAMP_SECONDS (30: each Gatling run ramps to its rate first, not measured; see
# IntakeSimulation), BENCH_PGBENCH_CLIENTS (10 = the application's connection pool), BENCH_HEAP (1g: the application's -Xms and -Xmx; its GC log is written beside the others), BENCH_JAVA_OPTS (more
# options for the application's JVM, e.g. -XX:StartFlightRecording=filename=target/bench/intake.jfr to profile a run),
# BENCH_SPLIT_CPUS (empty: everything shares every core; "0:1": the servers — PostgreSQL, every one of its processes,
# and HeatDesk — on CPU 0, the load generators — pgbench and the Gatling JVM under Maven — on CPU 1, by taskset; the
# nearest this one machine comes to a load generator on another machine. PostgreSQL's affinity is restored at exit).
set -euo pipefail
cd "$(dirname "$0")/.."

SHORT=false; BUILD=true
for arg in "$@"; do
  case "$arg" in
    --short) SHORT=true ;;
    --no-build) BUILD=false ;;
    *) echo "usage: $0 [--short] [--no-build]" >&2; exit 2 ;;
  esac
done

PG_HOST=${BENCH_PG_HOST:-127.0.0.1}; PG_PORT=${BENCH_PG_PORT:-5432}; PG_USER=${BENCH_PG_USER:-postgres}
DB=${BENCH_DB:-heatdesk_bench_intake}
PORT=${BENCH_PORT:-18081}
RATES=${BENCH_RATES:-100 250 500 650}; SECONDS_PER_RATE=${BENCH_SECONDS:-60}; WARMUP_SECONDS=60; WARMUP_RATE=200
CLIENTS=${BENCH_PGBENCH_CLIENTS:-10}; HEAP=${BENCH_HEAP:-1g}; RAMP_SECONDS=${BENCH_RAMP_SECONDS:-30}
SPLIT=${BENCH_SPLIT_CPUS:-}; SERVER_CPUS=""; CLIENT_CPUS=""
if [ -n "$SPLIT" ]; then SERVER_CPUS=${SPLIT%%:*}; CLIENT_CPUS=${SPLIT##*:}; fi
if $SHORT; then RATES=${BENCH_RATES:-100}; SECONDS_PER_RATE=${BENCH_SECONDS:-5}; WARMUP_SECONDS=5; WARMUP_RATE=50; RAMP_SECONDS=${BENCH_RAMP_SECONDS:-2}; fi
KEY="bench-$(date +%s)-$RANDOM"
OUT=target/bench; mkdir -p "$OUT"
export PGHOST=$PG_HOST PGPORT=$PG_PORT PGUSER=$PG_USER
JDBC="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB"
MVN="mvn -B -q -Pbench"

load() { cut -d' ' -f1-3 /proc/loadavg; }
# BENCH_SPLIT_CPUS: servers on one set of cores, load generators on the other (no-ops when it is empty).
# The application is started as a plain command (not through a function, whose subshell would be the pid in $!).
SERVER_PREFIX=(); [ -z "$SERVER_CPUS" ] || SERVER_PREFIX=(taskset -c "$SERVER_CPUS")
on_client() { if [ -n "$CLIENT_CPUS" ]; then taskset -c "$CLIENT_CPUS" "$@"; else "$@"; fi; }
# The postmaster's new backends inherit its affinity; the running ones (writers, checkpointer, …) are set one by one.
pin_postgres() { for p in $(pgrep -x postgres); do taskset -a -cp "$1" "$p" > /dev/null; done; }
ALL_CPUS="0-$(( $(nproc) - 1 ))"
# CPU accounting (clock ticks, from /proc): the application's JVM, all PostgreSQL processes, and the whole machine
# (user+nice+system+irq+softirq). "Other" = machine − application − PostgreSQL: mostly the load generator (the
# Gatling JVM under Maven, or pgbench). Printed per stored order, so the table shows where each order's CPU goes.
TICK_MS=$(awk -v t="$(getconf CLK_TCK)" 'BEGIN { print 1000 / t }')
ticks_of() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
pg_ticks() { for p in $(pgrep -x postgres); do ticks_of "$p"; done | awk '{ s += $1 } END { print s + 0 }'; }
machine_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 }' /proc/stat; }
cpu_mark() { echo "$(ticks_of "$APP") $(pg_ticks) $(machine_ticks)"; }
cpu_all_per_order() { # the same for pgbench, whose PostgreSQL backends end with it: only the machine's total
  awk -v b="$1" -v a="$2" -v n="$3" -v ms="$TICK_MS" 'BEGIN {
    split(b, x, " "); split(a, y, " "); if (n <= 0) { print "—"; exit }
    printf "%.2f in all (PostgreSQL and pgbench)", (y[3] - x[3]) * ms / n }'
}
cpu_per_order() { # "mark before" "mark after" orders → "app / PostgreSQL / other" in ms of CPU per order
  awk -v b="$1" -v a="$2" -v n="$3" -v ms="$TICK_MS" 'BEGIN {
    split(b, x, " "); split(a, y, " "); if (n <= 0) { print "—"; exit }
    app = (y[1] - x[1]) * ms / n; pg = (y[2] - x[2]) * ms / n; all = (y[3] - x[3]) * ms / n
    printf "%.2f / %.2f / %.2f", app, pg, all - app - pg }'
}

if $BUILD || [ ! -f target/heatdesk.jar ]; then
  echo "== building target/heatdesk.jar and the Gatling simulation" >&2
  mvn -B -q -DskipTests package
fi
$MVN -DskipTests test-compile

echo "== fresh database $DB" >&2
dropdb --if-exists --force "$DB"
createdb "$DB"
psql -q -d "$DB" -c "ALTER DATABASE $DB SET synchronous_commit = on"
SYNC=$(psql -Atd "$DB" -c 'SHOW synchronous_commit'); FSYNC=$(psql -Atd "$DB" -c 'SHOW fsync')
PGVERSION=$(psql -Atd "$DB" -c 'SHOW server_version')

echo "== starting HeatDesk on port $PORT" >&2
if [ -n "$SERVER_CPUS" ]; then
  echo "== servers on CPU $SERVER_CPUS, load generators on CPU $CLIENT_CPUS" >&2
  pin_postgres "$SERVER_CPUS"
fi
"${SERVER_PREFIX[@]}" java -Xms"$HEAP" -Xmx"$HEAP" -Xlog:gc:file="$OUT/intake-gc.log" ${BENCH_JAVA_OPTS:-} -jar target/heatdesk.jar --server.port="$PORT" --spring.datasource.url="$JDBC" \
     --spring.datasource.username="$PG_USER" --heatdesk.city-hotline.api-key="$KEY" \
     > "$OUT/intake-app.log" 2>&1 &
APP=$!
stop_app() { kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; }
trap 'stop_app; [ -z "$SERVER_CPUS" ] || pin_postgres "$ALL_CPUS"' EXIT
for _ in $(seq 1 600); do
  curl -fs "http://127.0.0.1:$PORT/actuator/health" > /dev/null 2>&1 && break
  kill -0 $APP 2>/dev/null || { echo "HeatDesk exited; see $OUT/intake-app.log" >&2; exit 1; }
  sleep 0.5
done
curl -fs "http://127.0.0.1:$PORT/actuator/health" > /dev/null

gatling() { # rate seconds run-name [warm-up seconds] → "ok ko p50 p99" of the measured request
  local log="$OUT/intake-gatling-$3.log"
  on_client $MVN gatling:test -Dbench.baseUrl="http://127.0.0.1:$PORT" -Dbench.apiKey="$KEY" -Dbench.rate="$1" \
       -Dbench.seconds="$2" -Dbench.run="$3" -Dbench.warmUpSeconds="${4:-$RAMP_SECONDS}" > "$log" 2>&1 \
       || { echo "Gatling failed; see $log" >&2; exit 1; }
  # The measured request's page of the HTML report (Gatling 3.15 prints only all requests together on the console,
  # the ramp included): rows "Total count", "50th percentile", "99th percentile"; columns total,
  # OK, KO. Copied beside the log.
  local report page
  report="target/gatling/$(cat target/gatling/lastRun.txt)"
  page=$(grep -l "POST city-hotline order" "$report"/req_*.html | head -1)
  [ -n "$page" ] || { echo "no report page of the measured request in $report" >&2; exit 1; }
  cp "$page" "$OUT/intake-gatling-$3.html"
  awk '
    /class="title">/ { sub(/.*class="title">/, ""); sub(/<.*/, ""); row = $0; next }
    /class="ok">/ { sub(/.*class="ok">/, ""); sub(/<.*/, ""); ok[row] = $0 }
    /class="ko">/ { sub(/.*class="ko">/, ""); sub(/<.*/, ""); ko[row] = $0 }
    function n(v) { gsub(/[ ,]/, "", v); return v == "-" || v == "" ? 0 : v }
    END { if (ok["Total count"] == "") exit 1
          print n(ok["Total count"]), n(ko["Total count"]), n(ok["50th percentile"]), n(ok["99th percentile"]) }' "$page" \
    || { echo "no statistics in $page" >&2; exit 1; }
}

# Every measured phase starts from the same state: the tables the phase before filled vacuumed and analysed, a
# checkpoint written (otherwise its I/O and autovacuum landed in the next phase: on 2026-11-27 the first 30 s of the
# row after pgbench had p50 40–180 ms, the rest 3 ms), and a few seconds for the last Gatling JVM's report to finish.
settle() {
  psql -q -d "$DB" -c "VACUUM ANALYZE" -c "CHECKPOINT"
  sleep 5
}

rm -f "$OUT"/intake-gatling-*.log
# The ceiling is measured twice, before the application's warm-up and after the last row, and every row's share is
# taken of the higher of the two: pgbench alone varied by up to 20 % between runs on these machines (2026-11-27:
# 1,442 and 1,745 tps on the same machine 10 minutes apart), and the higher reading is the stricter comparison.
PG_BEST=0
ceiling() { # label → appends pgbench's row to ROWS and raises PG_BEST
  echo "== pgbench ceiling ($1): $CLIENTS clients, ${SECONDS_PER_RATE} s" >&2
  rm -f "$OUT"/pgbench_log.*
  settle
  local load_before cpu_before tps failed p50 p99 done_tx
  load_before=$(load); cpu_before=$(cpu_mark)
  on_client pgbench -n -M prepared -c "$CLIENTS" -j 2 -T "$SECONDS_PER_RATE" -f bench/intake.pgbench -l \
          --log-prefix="$OUT/pgbench_log" "$DB" > "$OUT/intake-pgbench-$1.txt" 2>&1
  tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$OUT/intake-pgbench-$1.txt" | head -1)
  failed=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$OUT/intake-pgbench-$1.txt")
  read -r p50 p99 < <(cat "$OUT"/pgbench_log.* | awk '{print $3/1000}' | sort -n | \
    awk '{v[NR]=$1} END {i50=int(NR*0.50); if(i50<1)i50=1; i99=int(NR*0.99); if(i99<1)i99=1; printf "%.1f %.1f\n", v[i50], v[i99]}')
  done_tx=$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$OUT/intake-pgbench-$1.txt")
  ROWS+=("| pgbench ($1; ceiling, $CLIENTS connections, no rate limit) | — | $(printf '%.0f' "$tps") | ${failed:-0} | $p50 | $p99 | @CEILING:$tps@ | $(cpu_all_per_order "$cpu_before" "$(cpu_mark)" "${done_tx:-0}") | $load_before → $(load) |")
  PG_BEST=$(awk -v a="$PG_BEST" -v b="$tps" 'BEGIN { print (b > a ? b : a) }')
}

rm -f "$OUT"/intake-gatling-*.log "$OUT"/intake-pgbench*.txt
ROWS=()
ceiling before

# The application's warm-up comes after pgbench, right before the rows: with pgbench between them (until the fourth
# session of 2026-11-27) the first row's first 20 s still had refusals when the servers shared one core.
# About 12,000 deliveries: enough for the JIT to compile the intake path. With 1,500 (30 s at 50/s, until
# 2026-11-27) the first measured row still ran on a half-compiled node (2.9 ms of application CPU per order against
# 1.4 in the rows after it).
echo "== warm-up: $WARMUP_RATE orders/s for ${WARMUP_SECONDS} s" >&2
gatling "$WARMUP_RATE" "$WARMUP_SECONDS" "warm$RANDOM" 10 > /dev/null

for rate in $RATES; do
  echo "== Gatling: $rate orders/s for ${SECONDS_PER_RATE} s" >&2
  settle
  LOAD_BEFORE=$(load); CPU_BEFORE=$(cpu_mark)
  RUN="r${rate}x$RANDOM"
  STATS=$(gatling "$rate" "$SECONDS_PER_RATE" "$RUN")
  CPU_AFTER=$(cpu_mark)
  read -r OK KO P50 P99 <<< "$STATS"
  STORED=$(psql -Atd "$DB" -c "SELECT COUNT(*) FROM work_order o WHERE external_id LIKE 'B$RUN-%' AND EXISTS (SELECT 1 FROM order_deadline d WHERE d.order_id = o.id)")
  # Throughput from the database: the measured orders over the time between the first and the last one stored
  # (Gatling's “mean count/s” of a request divides by the whole simulation, the ramp included).
  RPS=$(psql -Atd "$DB" -c "SELECT CASE WHEN COUNT(*) > 1 THEN round(COUNT(*) / EXTRACT(EPOCH FROM max(registered_at) - min(registered_at)))::int ELSE COUNT(*) END FROM work_order WHERE external_id LIKE 'B$RUN-%'")
  # CPU was marked around the whole Gatling run: divide by every order it made, the ramp's included.
  MADE=$(psql -Atd "$DB" -c "SELECT COUNT(*) FROM work_order WHERE external_id LIKE 'B$RUN-%' OR external_id LIKE 'W$RUN-%'")
  ROWS+=("| HeatDesk over HTTP, Gatling open model | $rate | $(printf '%.0f' "$RPS") ($OK × 201, $STORED stored) | $KO | $P50 | $P99 | @SHARE:$RPS@ | $(cpu_per_order "$CPU_BEFORE" "$CPU_AFTER" "$MADE") | $LOAD_BEFORE → $(load) |")
done

ceiling after
stop_app; trap - EXIT
[ -z "$SERVER_CPUS" ] || pin_postgres "$ALL_CPUS"
# Shares of the higher ceiling (100 % on that ceiling's row).
share() { awk -v a="$1" -v b="$PG_BEST" 'BEGIN { if (b > 0) printf "%.0f %%", 100 * a / b; else print "—" }'; }
for i in "${!ROWS[@]}"; do
  row=${ROWS[$i]}
  if [[ $row =~ @(CEILING|SHARE):([0-9.]+)@ ]]; then row=${row/"${BASH_REMATCH[0]}"/$(share "${BASH_REMATCH[2]}")}; fi
  ROWS[$i]=$row
done

{
  echo "Intake benchmark $(date -u +%Y-%m-%dT%H:%MZ), ${SECONDS_PER_RATE} s per row$($SHORT && echo ' (--short: not a measurement)'),"
  echo "PostgreSQL $PGVERSION (synchronous_commit=$SYNC, fsync=$FSYNC), $(nproc) cores$([ -z "$SERVER_CPUS" ] || echo " (servers on CPU $SERVER_CPUS, load generators on CPU $CLIENT_CPUS)"), $(java -version 2>&1 | head -1)"
  echo "Share of the ceiling: of the higher pgbench reading, $(printf '%.0f' "$PG_BEST") tps."
  echo
  echo "| run | rate /s | throughput /s | errors | p50 ms | p99 ms | of ceiling | CPU ms per order: app / PostgreSQL / other | load average |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---|"
  printf '%s\n' "${ROWS[@]}"
} | tee "$OUT/intake.md"
