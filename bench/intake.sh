#!/usr/bin/env bash
# Issue 4 “Measured”: 12345 intake over HTTP on PostgreSQL (synchronous commit on) at fixed arrival rates
# (Gatling, open model) beside pgbench running the same SQL statements (bench/intake.pgbench) as the ceiling.
# Creates a fresh database, starts the HeatDesk jar, warms it up, runs pgbench, then Gatling at each rate, stops
# the application and prints a Markdown table (also written to target/bench/intake.md).
#
#   bench/intake.sh [--short] [--no-build]
#
# --short: 5 s per step at 100 orders/s only (proves the harness works; not a measurement).
# Settings (environment): BENCH_PG_HOST (127.0.0.1), BENCH_PG_PORT (5432), BENCH_PG_USER (postgres),
# BENCH_DB (heatdesk_bench_intake; dropped and recreated), BENCH_PORT (18081), BENCH_RATES ("100 250 500 650"),
# BENCH_SECONDS (60), BENCH_RAMP_SECONDS (30: each Gatling run ramps to its rate first, not measured; see
# IntakeSimulation), BENCH_PGBENCH_CLIENTS (10 = the application's connection pool), BENCH_HEAP (1g: the application's -Xms and -Xmx; its GC log is written beside the others), BENCH_JAVA_OPTS (more
# options for the application's JVM, e.g. -XX:StartFlightRecording=filename=target/bench/intake.jfr to profile a run).
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
if $SHORT; then RATES=${BENCH_RATES:-100}; SECONDS_PER_RATE=${BENCH_SECONDS:-5}; WARMUP_SECONDS=5; WARMUP_RATE=50; RAMP_SECONDS=${BENCH_RAMP_SECONDS:-2}; fi
KEY="bench-$(date +%s)-$RANDOM"
OUT=target/bench; mkdir -p "$OUT"
export PGHOST=$PG_HOST PGPORT=$PG_PORT PGUSER=$PG_USER
JDBC="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB"
MVN="mvn -B -q -Pbench"

load() { cut -d' ' -f1-3 /proc/loadavg; }
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
java -Xms"$HEAP" -Xmx"$HEAP" -Xlog:gc:file="$OUT/intake-gc.log" ${BENCH_JAVA_OPTS:-} -jar target/heatdesk.jar --server.port="$PORT" --spring.datasource.url="$JDBC" \
     --spring.datasource.username="$PG_USER" --heatdesk.city-hotline.api-key="$KEY" \
     > "$OUT/intake-app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  curl -fs "http://127.0.0.1:$PORT/actuator/health" > /dev/null 2>&1 && break
  kill -0 $APP 2>/dev/null || { echo "HeatDesk exited; see $OUT/intake-app.log" >&2; exit 1; }
  sleep 0.5
done
curl -fs "http://127.0.0.1:$PORT/actuator/health" > /dev/null

gatling() { # rate seconds run-name [warm-up seconds] → "ok ko p50 p99" of the measured request
  local log="$OUT/intake-gatling-$3.log"
  $MVN gatling:test -Dbench.baseUrl="http://127.0.0.1:$PORT" -Dbench.apiKey="$KEY" -Dbench.rate="$1" \
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
# About 12,000 deliveries: enough for the JIT to compile the intake path. With 1,500 (30 s at 50/s, until
# 2026-11-27) the first measured row still ran on a half-compiled node (2.9 ms of application CPU per order against
# 1.4 in the rows after it).
echo "== warm-up: $WARMUP_RATE orders/s for ${WARMUP_SECONDS} s" >&2
gatling "$WARMUP_RATE" "$WARMUP_SECONDS" "warm$RANDOM" 10 > /dev/null

echo "== pgbench ceiling: $CLIENTS clients, ${SECONDS_PER_RATE} s" >&2
rm -f "$OUT"/pgbench_log.*
settle
LOAD_BEFORE=$(load); CPU_BEFORE=$(cpu_mark)
pgbench -n -M prepared -c "$CLIENTS" -j 2 -T "$SECONDS_PER_RATE" -f bench/intake.pgbench -l \
        --log-prefix="$OUT/pgbench_log" "$DB" > "$OUT/intake-pgbench.txt" 2>&1
PG_TPS=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$OUT/intake-pgbench.txt" | head -1)
PG_FAILED=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$OUT/intake-pgbench.txt")
read -r PG_P50 PG_P99 < <(cat "$OUT"/pgbench_log.* | awk '{print $3/1000}' | sort -n | \
  awk '{v[NR]=$1} END {i50=int(NR*0.50); if(i50<1)i50=1; i99=int(NR*0.99); if(i99<1)i99=1; printf "%.1f %.1f\n", v[i50], v[i99]}')
PG_DONE=$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$OUT/intake-pgbench.txt")
ROWS=("| pgbench (ceiling, $CLIENTS connections, no rate limit) | — | $(printf '%.0f' "$PG_TPS") | ${PG_FAILED:-0} | $PG_P50 | $PG_P99 | 100 % | $(cpu_all_per_order "$CPU_BEFORE" "$(cpu_mark)" "${PG_DONE:-0}") | $LOAD_BEFORE → $(load) |")

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
  SHARE=$(awk -v a="$RPS" -v b="$PG_TPS" 'BEGIN { if (b > 0) printf "%.0f %%", 100 * a / b; else print "—" }')
  ROWS+=("| HeatDesk over HTTP, Gatling open model | $rate | $(printf '%.0f' "$RPS") ($OK × 201, $STORED stored) | $KO | $P50 | $P99 | $SHARE | $(cpu_per_order "$CPU_BEFORE" "$CPU_AFTER" "$MADE") | $LOAD_BEFORE → $(load) |")
done

kill $APP; wait $APP 2>/dev/null || true; trap - EXIT

{
  echo "Intake benchmark $(date -u +%Y-%m-%dT%H:%MZ), ${SECONDS_PER_RATE} s per row$($SHORT && echo ' (--short: not a measurement)'),"
  echo "PostgreSQL $PGVERSION (synchronous_commit=$SYNC, fsync=$FSYNC), $(nproc) cores, $(java -version 2>&1 | head -1)"
  echo
  echo "| run | rate /s | throughput /s | errors | p50 ms | p99 ms | of ceiling | CPU ms per order: app / PostgreSQL / other | load average |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---|"
  printf '%s\n' "${ROWS[@]}"
} | tee "$OUT/intake.md"
