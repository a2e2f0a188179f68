#!/usr/bin/env bash
# Builds the JDK's ahead-of-time cache (JEP 483/514, JDK 25) for the packaged app: extracts the jar
# into the layout the cache is tied to, runs the app once up to a refreshed context on an empty
# embedded database (the training run), and writes the cache next to it. Start the app from that
# layout with the cache — the classes are then loaded and linked from the cache:
#
#   ./mvnw -DskipTests package && ops/aot-cache.sh
#   java @ops/jvm.options -XX:AOTCache=target/aot/pandu-desa.aot -jar target/aot/app/pandu-desa.jar …
#
# The cache belongs to this jar and this JDK: build it again after every new jar or JDK update (a
# cache that does not match is ignored with a warning, never used wrongly).
set -euo pipefail
cd "$(dirname "$0")/.."
java_bin="${JAVA_BIN:-$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -n1)/bin/java}"
rm -rf target/aot && mkdir -p target/aot
"$java_bin" -Djarmode=tools -jar target/pandu-desa.jar extract --destination target/aot/app
home="$(mktemp -d)"
"$java_bin" @ops/jvm.options -XX:AOTCacheOutput=target/aot/pandu-desa.aot -Dspring.context.exit=onRefresh \
  -jar target/aot/app/pandu-desa.jar --pandu.home="$home" --server.port=0 > target/aot/training.log 2>&1
rm -rf "$home"
ls -la target/aot/pandu-desa.aot
