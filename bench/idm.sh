#!/usr/bin/env bash
# IDM at national scale on PostgreSQL (docs/benchmarks.md): one result for each of the country's
# desa/kelurahan imported in one request, the stateless calculator on the whole country, and the
# national recompute + persist as a background job.
#   1. ./mvnw -DskipTests package
#   2. bench/idm.sh            # fresh database pandu_idm; ~2 minutes
set -euo pipefail
cd "$(dirname "$0")/.."
db="${PANDU_BENCH_DB:-pandu_idm}"
year="${TAHUN:-2025}"
port=18091
source bench/lib.sh
start_fresh_app

# Every desa of the region tree (kelurahan have no IDM), each given the 50 scores of a published 2021 result
# (../shared/data/idm, taken in turn), so every score is one the indicator allows.
published="${IDM_CSV:-../shared/data/idm/idm-2021.csv}"
[ -r "$published" ] || { echo "needs the published IDM results at $published (set IDM_CSV)"; exit 1; }
q "SELECT kode FROM wilayah WHERE tingkat = 'DESA' AND jenis <> 'KELURAHAN' ORDER BY kode" > "$work/desa.txt"
cut -d, -f4-53 "$published" | tail -n +2 > "$work/skor.txt"
{
  printf 'kode_desa,tahun'; for i in $(seq -w 1 50); do printf ',s%s' "$i"; done; echo
  awk -v y="$year" 'NR == FNR { skor[n++] = $0; next } { print $1 "," y "," skor[(FNR - 1) % n] }' \
    "$work/skor.txt" "$work/desa.txt"
} > "$work/idm.csv"
rows=$(($(wc -l < "$work/idm.csv") - 1))
echo "== $rows desa, year $year"

t0=$(ms)
curl -fsS -u "$auth" -H 'Content-Type: text/csv' -H 'Accept: text/csv' --data-binary @"$work/idm.csv" \
  "http://localhost:$port/api/v1/idm/hitung" -o "$work/hasil.csv"
t1=$(ms)
echo "calculator (POST /api/v1/idm/hitung, whole country, nothing stored): $((t1 - t0)) ms, $(($(wc -l < "$work/hasil.csv") - 1)) rows back"

t0=$(ms)
code=$(curl -sS -u "$auth" -H 'Content-Type: text/csv' --data-binary @"$work/idm.csv" \
  "http://localhost:$port/api/v1/idm/impor" -o "$work/impor.json" -w '%{http_code}')
t1=$(ms)
echo "import (POST /api/v1/idm/impor, every row checked, stored, audited): HTTP $code in $((t1 - t0)) ms"
[ "$code" = 200 ] || { head -c 2000 "$work/impor.json"; echo; exit 1; }

for run in 1 2 3; do
  t0=$(ms)
  job=$(curl -fsS -u "$auth" -X POST "http://localhost:$port/api/v1/idm/hitung-ulang/$year" | sed -E 's/.*"tugas":([0-9]+).*/\1/')
  while :; do
    state=$(curl -fsS -u "$auth" "http://localhost:$port/api/v1/tugas/$job")
    case "$state" in *'"status":"BERJALAN"'*) sleep 0.2 ;; *) break ;; esac
  done
  t1=$(ms)
  echo "national recompute + persist, run $run: $((t1 - t0)) ms — $(echo "$state" | sed -E 's/.*"pesan":"([^"]*)".*/\1/')"
done
q "SELECT 'stored results: ' || COUNT(*) FROM indeks_hasil WHERE tahun = $year"
