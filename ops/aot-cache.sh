#!/usr/bin/env bash
# Builds the JDK's ahead-of-time cache (JEP 483/514/515, JDK 25) for the packaged app: extracts the
# jar into the layout the cache is tied to, runs the app once with its demo data on an empty embedded
# database while a round of common pages and APIs is requested (the training run, ~1–2 minutes), and
# writes the cache (classes loaded and linked, and method profiles) next to it. Start the app from that
# layout with the cache — the classes are then loaded and linked from the cache:
#
#   ./mvnw -DskipTests package && ops/aot-cache.sh
#   java @ops/jvm.options -Dspring.aot.enabled=true -XX:AOTCache=target/aot/pandu-desa.aot \
#     -jar target/aot/app/pandu-desa.jar …
#
# The training run uses Spring's ahead-of-time prepared context too (-Dspring.aot.enabled=true), as
# the start with the cache must: the classes it loads are the ones the cache holds.
#
# The cache belongs to this jar and this JDK: build it again after every new jar or JDK update (a
# cache that does not match is ignored with a warning, never used wrongly).
set -euo pipefail
cd "$(dirname "$0")/.."
java_bin="${JAVA_BIN:-$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -n1)/bin/java}"
rm -rf target/aot && mkdir -p target/aot
"$java_bin" -Djarmode=tools -jar target/pandu-desa.jar extract --destination target/aot/app
home="$(mktemp -d)"
port="${AOT_TRAINING_PORT:-18097}"
# The training run: the app with its demo data, a round of the pages and APIs people use most (so the
# classes of request handling, templates and PDFs are in the cache too), then a normal stop — the
# JVM writes the cache as it exits.
"$java_bin" @ops/jvm.options -Dspring.aot.enabled=true -XX:AOTCacheOutput=target/aot/pandu-desa.aot \
  -jar target/aot/app/pandu-desa.jar --pandu.home="$home" --server.port="$port" --spring.profiles.active=demo \
  --pandu.admin-password=aot-training-123 > target/aot/training.log 2>&1 &
app=$!
base="http://127.0.0.1:$port"
set +e
# A page that does not answer 200 fails the build of the cache: the run is also CI's check that the
# ahead-of-time prepared context fills the demo data and serves the common pages (.ci/run).
failed=()
get() { # path [curl options...]
  local path=$1; shift
  local code; code=$(curl -s -o /dev/null -w '%{http_code}' "$@" "$base$path")
  [ "$code" = 200 ] || failed+=("$path → $code")
}
for _ in $(seq 1 600); do curl -fs "$base/actuator/health/readiness" >/dev/null 2>&1 && break; sleep 0.5; done
jar="$home/cookies"
for round in 1 2 3; do
  for path in /desa/3517082007 /desa/3517082007/produk /desa/3517082007/poster.pdf /pengaduan?desa=3517082007 \
      /masuk; do
    get "$path"
  done
  csrf=$(curl -s -c "$jar" -b "$jar" "$base/masuk" | grep -o 'name="_csrf" value="[^"]*"' | head -n1 | sed 's/.*value="//; s/"$//')
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode username=pd.diwek --data-urlencode password=pandu-demo \
    --data-urlencode "_csrf=$csrf" "$base/masuk" || true
  for path in / /dasbor/351708 /pendampingan /pendampingan/catat /musyawarah /perencanaan /pengaduan/kelola \
      /kapasitas /ekonomi/bumdes/3517082007 /indeks/rekap /dasbor/351708.pdf; do
    get "$path" -b "$jar"
  done
  get /api/v1/pendampingan/kegiatan -u pld.diwek1:pandu-demo
  get /api/v1/wilayah/3517082007 -u pld.diwek1:pandu-demo
done
kill -TERM "$app"
wait "$app"
set -e
if [ ${#failed[@]} -gt 0 ]; then
  printf 'training request failed: %s\n' "${failed[@]}"; tail -n 60 target/aot/training.log; exit 1
fi
ls -la target/aot/pandu-desa.aot
# The launch with the cache on the data the training made: the JVM must take the cache (it reports an
# unusable one as "[error][aot]"/"[warning][aot]" and goes on without it) and the board must answer.
"$java_bin" @ops/jvm.options -Dspring.aot.enabled=true -XX:AOTCache=target/aot/pandu-desa.aot \
  -jar target/aot/app/pandu-desa.jar --pandu.home="$home" --server.port="$port" --spring.profiles.active=demo \
  --pandu.admin-password=aot-training-123 > target/aot/check.log 2>&1 &
app=$!
t0=$(date +%s%3N)
for _ in $(seq 1 1200); do curl -fs -o /dev/null "$base/desa/3517082007" && break; sleep 0.05; done
echo "first answer of a restart with the cache: $(( $(date +%s%3N) - t0 )) ms"
kill -TERM "$app"; wait "$app" || true
rm -rf "$home"
if grep -a '\[\(error\|warning\) *\]\[aot' target/aot/check.log; then
  echo "the JVM did not use the cache (target/aot/check.log)"; exit 1
fi
