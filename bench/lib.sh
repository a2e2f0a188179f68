#!/usr/bin/env bash
# Shared by the national benchmarks: a fresh PostgreSQL database, the packaged app started on it
# (killed when the script ends), and helpers. Source it after setting db and port.
java_bin="${JAVA_BIN:-$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -n1)/bin/java}"
auth="admin:bench-admin-123"
work="$(mktemp -d)"
q() { psql -h 127.0.0.1 -U postgres -d "$db" -Atc "$1"; }
ms() { date +%s%3N; }

# Starts target/pandu-desa.jar on a new database $db at $port and waits until it answers and the
# region tree (the country's desa) is loaded.
start_fresh_app() {
  psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
  "$java_bin" -Xmx1g -jar target/pandu-desa.jar --spring.profiles.active=postgres --server.port=$port \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$db?reWriteBatchedInserts=true" \
    --pandu.admin-password=bench-admin-123 > "$work/app.log" 2>&1 &
  app=$!
  trap 'kill $app 2>/dev/null || true' EXIT
  for _ in $(seq 1 600); do curl -fs "http://localhost:$port/actuator/health" >/dev/null 2>&1 && break; sleep 1; done
  for _ in $(seq 1 300); do
    n=$(q "SELECT COUNT(*) FROM wilayah WHERE tingkat = 'DESA' AND jenis <> 'KELURAHAN'" 2>/dev/null || echo 0)
    [ "${n:-0}" -gt 70000 ] && break; sleep 1
  done
}
