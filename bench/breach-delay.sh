#!/usr/bin/env bash
# Issue 4 “Measured”: breach detection delay (due → recorded, R-SUP-5) with 1,000,000 open deadlines.
# Creates a fresh database, starts the HeatDesk jar on it (its real deadline scheduler polling every
# BENCH_POLL_MS), bulk-loads the deadlines and measures with cn.heatdesk.bench.BreachDelayBenchmark (test scope),
# then stops the application. The table is printed and written to target/bench/breach-delay.md.
#
#   bench/breach-delay.sh [--short] [--no-build]
#
# --short: 20,000 deadlines, 100 falling due over 10 s (proves the harness works; not a measurement).
# Settings (environment): BENCH_PG_HOST (127.0.0.1), BENCH_PG_PORT (5432), BENCH_PG_USER (postgres),
# BENCH_DB (heatdesk_bench_breach; dropped and recreated), BENCH_PORT (18082), BENCH_POLL_MS (the application's
# default 1000, like application.properties), BENCH_DEADLINES (1000000), BENCH_MEASURED (1000), BENCH_WINDOW (60 s), BENCH_HEAP (1g).
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
DB=${BENCH_DB:-heatdesk_bench_breach}; PORT=${BENCH_PORT:-18082}; POLL_MS=${BENCH_POLL_MS:-1000}
DEADLINES=${BENCH_DEADLINES:-1000000}; MEASURED=${BENCH_MEASURED:-1000}; WINDOW=${BENCH_WINDOW:-60}; HEAP=${BENCH_HEAP:-1g}
if $SHORT; then DEADLINES=${BENCH_DEADLINES:-20000}; MEASURED=${BENCH_MEASURED:-100}; WINDOW=${BENCH_WINDOW:-10}; fi
OUT=target/bench; mkdir -p "$OUT"
export PGHOST=$PG_HOST PGPORT=$PG_PORT PGUSER=$PG_USER
JDBC="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB"

if $BUILD || [ ! -f target/heatdesk.jar ] || [ ! -f target/bench-classpath.txt ]; then
  echo "== building the jar, the test classes and the harness's class path" >&2
  mvn -B -q -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
      -Dmdep.includeScope=test
fi

echo "== fresh database $DB" >&2
dropdb --if-exists --force "$DB"
createdb "$DB"

echo "== starting HeatDesk on port $PORT, deadline poll every $POLL_MS ms" >&2
java -Xmx"$HEAP" -jar target/heatdesk.jar --server.port="$PORT" --spring.datasource.url="$JDBC" \
     --spring.datasource.username="$PG_USER" --heatdesk.deadlines.poll-interval-ms="$POLL_MS" \
     > "$OUT/breach-delay-app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  curl -fs "http://127.0.0.1:$PORT/actuator/health" > /dev/null 2>&1 && break
  kill -0 $APP 2>/dev/null || { echo "HeatDesk exited; see $OUT/breach-delay-app.log" >&2; exit 1; }
  sleep 0.5
done
curl -fs "http://127.0.0.1:$PORT/actuator/health" > /dev/null

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
java -cp "target/test-classes:$(cat target/bench-classpath.txt)" cn.heatdesk.bench.BreachDelayBenchmark \
     --jdbc-url="$JDBC" --user="$PG_USER" --deadlines="$DEADLINES" --measured="$MEASURED" --window="$WINDOW" \
     | tee "$OUT/breach-delay.txt"
kill $APP; wait $APP 2>/dev/null || true; trap - EXIT
{
  echo "Breach detection delay $(date -u +%Y-%m-%dT%H:%MZ), poll interval $POLL_MS ms$($SHORT && echo ' (--short: not a measurement)'),"
  echo "$(nproc) cores, load average $LOAD_BEFORE → $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  sed -n '/^| delay/,$p' "$OUT/breach-delay.txt"
} > "$OUT/breach-delay.md"
