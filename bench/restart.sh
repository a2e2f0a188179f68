#!/usr/bin/env bash
# A restart's speed (docs/benchmarks.md), same layout, same data, three kinds of start: "none" (the
# plain jar), "spring" (Spring's ahead-of-time prepared context, -Dspring.aot.enabled=true) and "aot"
# (that and the JDK's AOT cache: the shipped production launch):
#   1. ./mvnw -DskipTests package && ops/aot-cache.sh
#   2. bench/restart.sh [h2|postgres]   # ROUNDS (default 3) restarts of each kind, alternating
#      EXTRA="-XX:TieredStopAtLevel=1" adds a fourth kind: "aot" with these JVM options
#      (postgres: a database pandu_restart on 127.0.0.1:5432, made anew)
# For each start: milliseconds from the process start to the readiness probe's first 200 (when a
# balancer would send the node traffic) and to the first answer of a village board, then
# the time of the next 100 board requests (8 at a time) and of the 100 after those, against the
# same 100 once the app has served 2,000 (warm). The data folder is made once by a first start with
# the demo data; every measured start is a restart on it (the usual case for a node).
set -euo pipefail
cd "$(dirname "$0")/.."
java_bin="${JAVA_BIN:-$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -n1)/bin/java}"
[ -f target/aot/pandu-desa.aot ] || { echo "run ops/aot-cache.sh first"; exit 2; }
port=18096
base="http://127.0.0.1:$port"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
board="$base/desa/3517082007"
profiles=demo        # the first start fills the demo data; the measured restarts run as a production
restart_profiles=""  # node does, without the demo profile's start-up checks
if [ "${1:-h2}" = postgres ]; then
  psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS pandu_restart" -c "CREATE DATABASE pandu_restart"
  profiles=postgres,demo
  restart_profiles=postgres
  export PANDU_DB_URL="jdbc:postgresql://127.0.0.1:5432/pandu_restart?reWriteBatchedInserts=true"
fi
start() { # extra JVM options...
  "$java_bin" @ops/jvm.options "$@" -jar target/aot/app/pandu-desa.jar --pandu.home="$home" --server.port=$port \
    --spring.profiles.active="$profiles" --pandu.admin-password=restart-123 > "$home/app.log" 2>&1 &
  app=$!
}
stop() { kill -TERM "$app"; wait "$app" 2>/dev/null || true; }
burst() { # n requests, 8 at a time; prints milliseconds
  local t0; t0=$(date +%s%3N)
  seq 1 "$1" | xargs -P 8 -I{} curl -s -o /dev/null -H 'Accept-Encoding: gzip' "$board?r={}"
  echo $(( $(date +%s%3N) - t0 ))
}
echo "== first start (demo data into $home)"
start; for _ in $(seq 1 1200); do curl -fs -o /dev/null "$board" && break; sleep 0.1; done; sleep 5; stop
profiles=$restart_profiles
printf '%-10s %10s %12s %14s %12s %12s\n' start ready "first answer" "100 requests" "next 100" "warm 100"
for round in $(seq 1 "${ROUNDS:-3}"); do
  kinds="none spring aot"; [ -n "${EXTRA:-}" ] && kinds="none spring aot extra"
  for kind in $kinds; do
    case "$kind" in
      spring) start -Dspring.aot.enabled=true ;;
      aot) start -Dspring.aot.enabled=true -XX:AOTCache=target/aot/pandu-desa.aot ;;
      extra) # shellcheck disable=SC2086
        start -Dspring.aot.enabled=true -XX:AOTCache=target/aot/pandu-desa.aot $EXTRA ;;
      *) start ;;
    esac
    t0=$(date +%s%3N)  # right after the fork: the process start, within a millisecond
    # One poller process (a curl per try, 50 processes a second, took ~0.5 s of the two cores from
    # the start it measures): first the readiness probe, as a balancer asks, then the board. It
    # prints the milliseconds from its own start to the probe's first 200; the board's is taken here.
    t1=$(date +%s%3N)
    ready=$(python3 - "$base/actuator/health/readiness" "$board" <<'PY'
import sys, time, urllib.request
t0 = time.monotonic()
for i, url in enumerate(sys.argv[1:]):
    while True:
        try:
            with urllib.request.urlopen(url, timeout=30) as r:
                if r.status == 200:
                    break
        except Exception:
            pass
        time.sleep(0.02)
    if i == 0:
        ready = int((time.monotonic() - t0) * 1000)
print(ready)
PY
)
    ready=$(( ready + t1 - t0 ))
    first=$(( $(date +%s%3N) - t0 ))
    a=$(burst 100); b=$(burst 100); burst 2000 >/dev/null; w=$(burst 100)
    printf '%-10s %7d ms %9d ms %11d ms %9d ms %9d ms\n' "$kind" "$ready" "$first" "$a" "$b" "$w"
    stop
  done
done
