#!/usr/bin/env bash
# Backup of a Pandu Desa deployment: the PostgreSQL database (pg_dump, custom format) and, when files
# live on disk, $PANDU_HOME/berkas (tar.gz), with a manifest (row counts of the main tables and the
# SHA-256 of both archives) that the restore checks. With PANDU_STORAGE_JENIS=s3 the files are in the
# bucket: back it up with the bucket's own versioning or replication (see the README).
# The data key (PANDU_KUNCI_DATA, or $PANDU_HOME/kunci-data on the embedded demo) is NOT copied: the
# encrypted identities in the dump open only with it, so keep it in a secret store apart from here.
#
#   ops/cadangan.sh <database> <folder>      e.g. ops/cadangan.sh pandu /srv/cadangan/2026-12-06
#
# Environment: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), PGPASSWORD; PANDU_HOME (./data).
set -euo pipefail
db="${1:?database name}"
out="${2:?backup folder}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
home="${PANDU_HOME:-./data}"
mkdir -p "$out"

tables="berkas kegiatan_pendampingan musyawarah apbdes proyek pengaduan kader produk_hukum umkm audit_log pengguna"
{
  echo "# Pandu Desa backup of database $db at $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  for t in $tables; do
    echo "rows $t $(psql -d "$db" -Atc "SELECT COUNT(*) FROM $t")"
  done
} > "$out/manifest.txt"

# A consistent snapshot of the whole database while the app keeps running.
pg_dump -d "$db" -Fc -Z 6 -f "$out/database.dump"
echo "sha256 database.dump $(sha256sum "$out/database.dump" | cut -d' ' -f1)" >> "$out/manifest.txt"

if [ -d "$home/berkas" ]; then
  tar -C "$home" -czf "$out/berkas.tar.gz" berkas
  echo "sha256 berkas.tar.gz $(sha256sum "$out/berkas.tar.gz" | cut -d' ' -f1)" >> "$out/manifest.txt"
fi
echo "[cadangan] $out:"; cat "$out/manifest.txt"
