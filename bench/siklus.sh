#!/usr/bin/env bash
# The facilitator cycle's supervision reads at national size (docs/benchmarks.md), on the database
# that bench/nasional.sh generate filled (a generator run on an older database adds the
# evaluations: java -jar target/pandu-desa.jar --spring.profiles.active=postgres,generator ...):
#   1. ./mvnw -DskipTests package && bench/nasional.sh generate
#   2. bench/siklus.sh     # the kabupaten compilation and a province's ranked evaluations vs raw SQL
set -euo pipefail
cd "$(dirname "$0")/.."
java_bin="${JAVA_BIN:-$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -n1)/bin/java}"
db="${PANDU_BENCH_DB:-pandu_nasional}"
url="jdbc:postgresql://127.0.0.1:5432/$db"
port=18093
pg_jar="$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | tail -n1)"
work="$(mktemp -d)"
q() { psql -h 127.0.0.1 -U postgres -d "$db" -AtF $'\t' -c "$1"; }
q "INSERT INTO token_api (pengguna_id, nama, awalan, hash, dibuat) SELECT id, 'bench', 'pd_bench', encode(sha256('pd_bench_admin'::bytea), 'hex'), now() FROM pengguna WHERE username = 'admin' AND NOT EXISTS (SELECT 1 FROM token_api WHERE hash = encode(sha256('pd_bench_admin'::bytea), 'hex'))" >/dev/null
"$java_bin" -Xmx1g -jar "${PANDU_JAR:-target/pandu-desa.jar}" --spring.profiles.active=postgres --server.port=$port \
  --spring.datasource.url="$url" --pandu.admin-password=bench-admin-123 > "$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do curl -fs "http://localhost:$port/actuator/health" >/dev/null 2>&1 && break; sleep 1; done
month=$(date -d "$(date +%Y-%m-01) -1 month" +%Y-%m)
quarter=$(q "SELECT triwulan FROM evaluasi_kinerja WHERE username LIKE 'gen.%' ORDER BY triwulan DESC LIMIT 1")
kab=$(q "SELECT SUBSTRING(kode_desa, 1, 4) FROM kegiatan_pendampingan WHERE penulis LIKE 'gen.%' GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1")
echo "== kabupaten $kab, month $month; ranking of province ${kab:0:2} and of that kabupaten, quarter $quarter (median of up to ${RUNS:-100})"
"$java_bin" -cp "$pg_jar" bench/SiklusRatio.java "http://localhost:$port" "$url" pd_bench_admin "${RUNS:-100}" \
  "kabupaten:$kab:$month" "peringkat:${kab:0:2}:$quarter" "peringkat:$kab:$quarter"
