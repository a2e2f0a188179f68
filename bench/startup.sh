#!/usr/bin/env bash
# Measures first start (region load), a second start, and idle memory of the packaged app.
# Usage: bench/startup.sh [h2|postgres]   (build first: ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
db="${1:-h2}"
java_bin="${JAVA_BIN:-$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -n1)/bin/java}"
home="$(mktemp -d)"
port=18080
args=(--server.port=$port)
if [ "$db" = postgres ]; then
  psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS pandu_bench" -c "CREATE DATABASE pandu_bench"
  args+=(--spring.profiles.active=postgres
         "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/pandu_bench?reWriteBatchedInserts=true")
fi
run() {
  local log="$1"
  PANDU_HOME="$home" PANDU_ADMIN_PASSWORD=bench-admin-123 "$java_bin" -Xmx512m -jar target/pandu-desa.jar "${args[@]}" >"$log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 120); do
    curl -fs "http://localhost:$port/actuator/health" >/dev/null 2>&1 && break
    sleep 0.5
  done
  sleep 5
  "$(dirname "$java_bin")/jcmd" "$pid" GC.run >/dev/null
  sleep 1
  local rss heap
  rss=$(awk '/VmRSS/{print int($2/1024)}' "/proc/$pid/status")
  heap=$(curl -fs -u admin:bench-admin-123 "http://localhost:$port/actuator/prometheus" \
    | awk '$1 ~ /^jvm_memory_used_bytes/ && /area="heap"/ {s+=$NF} END{print int(s/1048576)}')
  echo "  started: $(grep -o 'Started PanduDesaApplication in [0-9.]* seconds' "$log")"
  grep -o 'Region tree loaded: .*' "$log" | sed 's/^/  /' || true
  echo "  RSS ${rss} MiB, heap used ${heap} MiB (idle, after a full GC, -Xmx512m)"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}
echo "== $db: first start (empty database, loads the region tree)"
run /tmp/pandu-bench-1.log
echo "== $db: second start (tree present)"
run /tmp/pandu-bench-2.log
rm -rf "$home"
