#!/usr/bin/env bash
# Starts HeatDesk in demo mode (H2 file database in ./data, demo logins printed at startup).
# Extra arguments go to Spring Boot, e.g. ./run.sh --server.port=9090
set -euo pipefail
cd "$(dirname "$0")"

jar=target/heatdesk.jar
if [[ ! -f "$jar" || pom.xml -nt "$jar" || -n "$(find src/main -newer "$jar" -print -quit)" ]]; then
    echo "Building $jar ..."
    mvn -B -q -DskipTests package
    # Maven leaves an up-to-date jar untouched; mark it fresh so the next start skips the build.
    touch "$jar"
fi

exec java -jar "$jar" --spring.profiles.active=demo "$@"
