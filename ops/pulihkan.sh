#!/usr/bin/env bash
# Restore of a backup made by ops/cadangan.sh into a NEW database and a new PANDU_HOME, checking the
# archives' SHA-256 first and every table's row count afterwards against the manifest.
#
#   ops/pulihkan.sh <folder> <new database> <new PANDU_HOME>
#
# Then start the app with PANDU_DB_URL=jdbc:postgresql://…/<new database> and PANDU_HOME=<new home>.
set -euo pipefail
in="${1:?backup folder}"
db="${2:?new database name}"
home="${3:?new PANDU_HOME}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"

while read -r kind name value; do
  [ "$kind" = sha256 ] || continue
  actual="$(sha256sum "$in/$name" | cut -d' ' -f1)"
  [ "$actual" = "$value" ] || { echo "[pulihkan] $name is damaged (sha256 $actual, expected $value)" >&2; exit 1; }
done < "$in/manifest.txt"

if [ "$(psql -d postgres -Atc "SELECT COUNT(*) FROM pg_database WHERE datname = '$db'")" != 0 ]; then
  echo "[pulihkan] database $db exists; restore only into a new database" >&2; exit 1
fi
createdb "$db"
pg_restore -d "$db" --no-owner --exit-on-error "$in/database.dump"

mkdir -p "$home"
if [ -f "$in/berkas.tar.gz" ]; then
  tar -C "$home" -xzf "$in/berkas.tar.gz"
fi

status=0
while read -r kind table count; do
  [ "$kind" = rows ] || continue
  now="$(psql -d "$db" -Atc "SELECT COUNT(*) FROM $table")"
  if [ "$now" != "$count" ]; then echo "[pulihkan] $table: $now rows, backup had $count" >&2; status=1; fi
done < "$in/manifest.txt"
[ $status = 0 ] && echo "[pulihkan] $db and $home restored; every count matches the manifest"
exit $status
