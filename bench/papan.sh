#!/usr/bin/env bash
# The village board under a crowd (docs/benchmarks.md): a bounded load run on loopback against the
# packaged app with its demo data, the board of the Diwek desa side by side with a trivial endpoint
# of the same app (/actuator/health) in the same run.
#   1. ./mvnw -DskipTests package
#   2. bench/papan.sh            # CONCURRENCY (default 64) clients, SECONDS_PER_SCENARIO (default 20)
set -euo pipefail
cd "$(dirname "$0")/.."
java_bin="${JAVA_BIN:-$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -n1)/bin/java}"
port=18091
work="$(mktemp -d)"
export PANDU_HOME="$work/data"
# The 20 desa of Kecamatan Diwek (3517082001–3517082020): two with an adopted or draft APBDes, all with a board.
for i in $(seq -w 1 20); do echo "35170820$i"; done > "$work/desa.tsv"
echo "-" > "$work/none.tsv"
printf '%s\n' \
  $'trivial-health\tGET\t/actuator/health\tnone\tnone.tsv' \
  $'papan-desa\tGET\t/desa/{1}\tnone\tdesa.tsv' \
  $'papan-cukir\tGET\t/desa/3517082007\tnone\tnone.tsv' \
  > "$work/scenarios.tsv"
"$java_bin" -Xmx1g -jar target/pandu-desa.jar --spring.profiles.active=demo --server.port=$port \
  --pandu.admin-password=bench-admin-123 > "$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do curl -fs "http://localhost:$port/actuator/health" >/dev/null 2>&1 && break; sleep 1; done
echo "== warm-up"; "$java_bin" bench/LoadRun.java "http://localhost:$port" 10 8 "$work/scenarios.tsv" >/dev/null
echo "== ${SECONDS_PER_SCENARIO:-20} s per scenario, ${CONCURRENCY:-64} concurrent clients"
"$java_bin" bench/LoadRun.java "http://localhost:$port" "${SECONDS_PER_SCENARIO:-20}" "${CONCURRENCY:-64}" "$work/scenarios.tsv"
