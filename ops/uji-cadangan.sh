#!/usr/bin/env bash
# Tests the backup and the restore end to end on this machine: the packaged app with its demo data on
# a fresh PostgreSQL database writes records and files; the backup is restored into another database
# and folder; the app started there answers, every table count matches, and a stored file opens.
#
#   ./mvnw -DskipTests package && ops/uji-cadangan.sh
set -euo pipefail
cd "$(dirname "$0")/.."
java_bin="${JAVA_BIN:-$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -n1)/bin/java}"
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
# The data key is not in the backup (it is kept apart, README "Personal data"): both apps get the same.
PANDU_KUNCI_DATA="$(head -c 32 /dev/urandom | base64)"
export PANDU_KUNCI_DATA
work="$(mktemp -d)"
src_db="pandu_uji_cadangan"; dst_db="pandu_uji_pulih"; port=18181
psql -d postgres -qc "DROP DATABASE IF EXISTS $src_db" -c "DROP DATABASE IF EXISTS $dst_db"

start() { # db home port
  "$java_bin" -Xmx768m -Dspring.aot.enabled=true -jar target/pandu-desa.jar --spring.profiles.active=postgres,demo --server.port="$3" \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$1" --pandu.home="$2" \
    --pandu.admin-password=uji-cadangan-123 > "$2.log" 2>&1 &
  echo $!
}
wait_ready() { # port
  for _ in $(seq 1 240); do
    curl -fs "http://localhost:$1/actuator/health/readiness" >/dev/null 2>&1 && return 0; sleep 1
  done
  echo "[uji] the app did not become ready" >&2; return 1
}

psql -d postgres -qc "CREATE DATABASE $src_db"
app=$(start "$src_db" "$work/asal" $port); trap 'kill $app 2>/dev/null || true' EXIT
wait_ready $port
# The demo data is written by runners after start-up: wait until its last part (regulations) exists.
for _ in $(seq 1 120); do
  [ "$(psql -d "$src_db" -Atc "SELECT COUNT(*) FROM produk_hukum_teks" 2>/dev/null || echo 0)" -gt 0 ] && break; sleep 1
done
file_id=$(psql -d "$src_db" -Atc "SELECT MIN(berkas_id) FROM produk_hukum_teks")
regulasi=$(psql -d "$src_db" -Atc "SELECT produk_hukum_id FROM produk_hukum_teks WHERE berkas_id = $file_id")
kode=$(psql -d "$src_db" -Atc "SELECT kode_desa FROM produk_hukum WHERE id = $regulasi")
curl -fs "http://localhost:$port/desa/$kode/regulasi/$regulasi" -o "$work/asli.pdf"
kill $app; wait $app 2>/dev/null || true

PANDU_HOME="$work/asal" ops/cadangan.sh "$src_db" "$work/cadangan"
ops/pulihkan.sh "$work/cadangan" "$dst_db" "$work/pulih"

app=$(start "$dst_db" "$work/pulih" $port)
wait_ready $port
curl -fs "http://localhost:$port/desa/$kode/regulasi/$regulasi" -o "$work/pulih.pdf"
cmp "$work/asli.pdf" "$work/pulih.pdf"
for t in berkas kegiatan_pendampingan musyawarah apbdes proyek pengaduan kader produk_hukum umkm pengguna; do
  a=$(psql -d "$src_db" -Atc "SELECT COUNT(*) FROM $t"); b=$(psql -d "$dst_db" -Atc "SELECT COUNT(*) FROM $t")
  [ "$a" = "$b" ] || { echo "[uji] $t: $b rows restored, $a in the original" >&2; exit 1; }
done
kill $app; wait $app 2>/dev/null || true
# An operator's command on the restored database, in the prepared context like the nodes: the
# retention dry run reports each rule and ends with 0; a name no command has stops with an error.
command() { # extra arguments...
  "$java_bin" -Xmx768m -Dspring.aot.enabled=true -jar target/pandu-desa.jar --spring.profiles.active=postgres \
    --server.port="$port" --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$dst_db" \
    --pandu.home="$work/pulih" "$@" > "$work/perintah.log" 2>&1
}
command --pandu.perintah=retensi-data --pandu.perintah.coba=true \
  || { tail -n 40 "$work/perintah.log"; echo "[uji] the retention command failed" >&2; exit 1; }
grep -q "Jatuh tempo pengaduan-identitas" "$work/perintah.log" \
  || { tail -n 40 "$work/perintah.log"; echo "[uji] the retention command reported nothing" >&2; exit 1; }
if command --pandu.perintah=tidak-ada; then echo "[uji] an unknown command was accepted" >&2; exit 1; fi
grep -q "pandu.perintah=tidak-ada is not a command" "$work/perintah.log" \
  || { tail -n 40 "$work/perintah.log"; echo "[uji] an unknown command did not say so" >&2; exit 1; }
trap - EXIT
psql -d postgres -qc "DROP DATABASE IF EXISTS $src_db" -c "DROP DATABASE IF EXISTS $dst_db"
rm -rf "$work"
echo "[uji] backup and restore: the restored app answers, every count matches, the stored file is identical; a command runs on it"
