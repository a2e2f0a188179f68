#!/usr/bin/env bash
# Dashboards and submissions at national scale (docs/benchmarks.md), on the database that
# bench/nasional.sh generate filled:
#   1. ./mvnw -DskipTests package && bench/nasional.sh generate
#   2. bench/dasbor.sh            # every dashboard level vs the raw SQL, then 1,000 facilitators for 60 s
# RUNS (100; slow levels stop after 150 s), FACILITATORS (1000), SECONDS (60), THINK_MIN_MS/THINK_MAX_MS (5000/15000) can be set.
set -euo pipefail
cd "$(dirname "$0")/.."
java_bin="${JAVA_BIN:-$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -n1)/bin/java}"
db="${PANDU_BENCH_DB:-pandu_nasional}"
url="jdbc:postgresql://127.0.0.1:5432/$db"
port=18092
pg_jar="$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | tail -n1)"
work="$(mktemp -d)"
q() { psql -h 127.0.0.1 -U postgres -d "$db" -AtF $'\t' -c "$1"; }
q "INSERT INTO token_api (pengguna_id, nama, awalan, hash, dibuat) SELECT id, 'bench', 'pd_bench', encode(sha256('pd_bench_admin'::bytea), 'hex'), now() FROM pengguna WHERE username = 'admin' AND NOT EXISTS (SELECT 1 FROM token_api WHERE hash = encode(sha256('pd_bench_admin'::bytea), 'hex'))" >/dev/null
"$java_bin" -Xmx1g -jar "${PANDU_JAR:-target/pandu-desa.jar}" --spring.profiles.active=postgres --server.port=$port \
  --spring.datasource.url="$url" --pandu.admin-password=bench-admin-123 > "$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do curl -fs "http://localhost:$port/actuator/health" >/dev/null 2>&1 && break; sleep 1; done
year=$(date +%Y)
# A desa, a kecamatan, a kabupaten and a province with generated records, and the country.
desa=$(q "SELECT kode_desa FROM apbdes WHERE dibuat_oleh = 'gen.apbdes' ORDER BY kode_desa LIMIT 1 OFFSET 20000")
echo "== every dashboard level vs the raw SQL aggregate (median of up to ${RUNS:-100}, year $year)"
"$java_bin" -cp "$pg_jar" bench/DasborRatio.java "http://localhost:$port" "$url" pd_bench_admin "$year" "${RUNS:-100}" \
  "$desa" "${desa:0:6}" "${desa:0:4}" "${desa:0:2}" nasional
echo "== ${FACILITATORS:-1000} facilitators submitting log entries for ${SECONDS_RUN:-60} s"
q "SELECT p.username, l.kode FROM pengguna p JOIN pengguna_lingkup l ON l.pengguna_id = p.id WHERE p.username LIKE 'gen.pld.%' AND length(l.kode) = 10 ORDER BY random() LIMIT ${FACILITATORS:-1000}" > "$work/users.tsv"
echo "   (warm-up: the same for 30 s, not counted — a freshly started JVM compiles the request path first)"
"$java_bin" bench/SubmitRun.java run "http://localhost:$port" 30 "${FACILITATORS:-1000}" "$work/users.tsv" \
  "${THINK_MIN_MS:-5000}" "${THINK_MAX_MS:-15000}" "$work/warmup.tsv" > /dev/null
"$java_bin" bench/SubmitRun.java run "http://localhost:$port" "${SECONDS_RUN:-60}" "${FACILITATORS:-1000}" "$work/users.tsv" \
  "${THINK_MIN_MS:-5000}" "${THINK_MAX_MS:-15000}" "$work/journal.tsv"
echo "app RSS after the runs: $(ps -o rss= -p $app | awk '{printf "%.0f MiB", $1/1024}')"
