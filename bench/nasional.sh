#!/usr/bin/env bash
# The national-scale benchmark of the facilitation log on PostgreSQL (docs/benchmarks.md).
#   1. ./mvnw -DskipTests package
#   2. bench/nasional.sh generate   # ~10 min: 34k facilitators, 10 million log entries (database pandu_nasional)
#   3. bench/nasional.sh run        # starts the app on it and runs the load scenarios
set -euo pipefail
cd "$(dirname "$0")/.."
java_bin="${JAVA_BIN:-$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -n1)/bin/java}"
db="${PANDU_BENCH_DB:-pandu_nasional}"
url="jdbc:postgresql://127.0.0.1:5432/$db?reWriteBatchedInserts=true"
port=18090
case "${1:-run}" in
  generate)
    psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
    time "$java_bin" -Xmx2g -jar "${PANDU_JAR:-target/pandu-desa.jar}" --spring.profiles.active=postgres,generator \
      --spring.datasource.url="$url" --pandu.generator.kegiatan="${KEGIATAN:-10000000}" --pandu.admin-password=bench-admin-123
    ;;
  run)
    work="$(mktemp -d)"
    q() { psql -h 127.0.0.1 -U postgres -d "$db" -AtF $'\t' -c "$1"; }
    # An API token for the national admin, and samples of users, villages and months.
    q "INSERT INTO token_api (pengguna_id, nama, awalan, hash, dibuat) SELECT id, 'bench', 'pd_bench', encode(sha256('pd_bench_admin'::bytea), 'hex'), now() FROM pengguna WHERE username = 'admin' AND NOT EXISTS (SELECT 1 FROM token_api WHERE hash = encode(sha256('pd_bench_admin'::bytea), 'hex'))" >/dev/null
    q "SELECT username FROM pengguna WHERE username LIKE 'gen.pld.%' ORDER BY random() LIMIT 300" > "$work/pld.tsv"
    q "SELECT username FROM pengguna WHERE username LIKE 'gen.pd.%' ORDER BY random() LIMIT 300" > "$work/pd.tsv"
    q "SELECT username FROM pengguna WHERE username LIKE 'gen.ta.%' ORDER BY random() LIMIT 200" > "$work/ta.tsv"
    echo "admin" > "$work/admin.tsv"
    q "SELECT 'gen.pd.' || substr(kode_desa, 1, 6), kode_desa, to_char(current_date - (random() * 300)::int, 'YYYY-MM') FROM pendampingan_desa WHERE kode_desa LIKE '__________' AND jumlah_kegiatan > 0 ORDER BY random() LIMIT 300" > "$work/pd-desa.tsv"
    q "SELECT username, to_char(current_date - (random() * 300)::int, 'YYYY-MM') FROM pengguna WHERE username LIKE 'gen.pld.%' ORDER BY random() LIMIT 300" > "$work/pld-bulan.tsv"
    printf '%s\n' \
      $'list-pld\tGET\t/api/v1/pendampingan/kegiatan?ukuran=50\tbearer\tpld.tsv' \
      $'list-pd\tGET\t/api/v1/pendampingan/kegiatan?ukuran=50\tbearer\tpd.tsv' \
      $'list-ta\tGET\t/api/v1/pendampingan/kegiatan?ukuran=50\tbearer\tta.tsv' \
      $'list-pd-desa-bulan\tGET\t/api/v1/pendampingan/kegiatan?desa={2}&dari={3}-01&sampai={3}-28\tbearer\tpd-desa.tsv' \
      $'list-nasional\tGET\t/api/v1/pendampingan/kegiatan?ukuran=50\tbearer\tadmin.tsv' \
      $'page-list-pd\tGET\t/pendampingan\tpage\tpd.tsv' \
      $'laporan-json\tGET\t/api/v1/pendampingan/laporan-bulanan/{1}/{2}\tbearer\tpld-bulan.tsv' \
      $'laporan-pdf\tGET\t/api/v1/pendampingan/laporan-bulanan/{1}/{2}.pdf\tbearer\tpld-bulan.tsv' \
      > "$work/scenarios.tsv"
    "$java_bin" -Xmx1g -jar "${PANDU_JAR:-target/pandu-desa.jar}" --spring.profiles.active=postgres --server.port=$port \
      --spring.datasource.url="$url" --pandu.admin-password=bench-admin-123 > "$work/app.log" 2>&1 &
    app=$!
    trap 'kill $app 2>/dev/null || true' EXIT
    for _ in $(seq 1 600); do curl -fs "http://localhost:$port/actuator/health" >/dev/null 2>&1 && break; sleep 1; done
    echo "== warm-up"; "$java_bin" bench/LoadRun.java "http://localhost:$port" 5 4 "$work/scenarios.tsv" >/dev/null
    echo "== ${SECONDS_PER_SCENARIO:-20} s per scenario, ${CONCURRENCY:-8} concurrent clients"
    "$java_bin" bench/LoadRun.java "http://localhost:$port" "${SECONDS_PER_SCENARIO:-20}" "${CONCURRENCY:-8}" "$work/scenarios.tsv"
    q "SELECT 'log entries: ' || COUNT(*) FROM kegiatan_pendampingan"
    ;;
esac
