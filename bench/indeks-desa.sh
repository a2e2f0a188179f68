#!/usr/bin/env bash
# Indeks Desa at national scale on PostgreSQL (docs/benchmarks.md): the stateless calculator on a
# file with every desa of the country, beside the IDM calculator on the same number of rows in the
# same run (the ratio is what to compare across machines), then the national import (every row
# checked, computed, stored and audited in one all-or-nothing request) and the national recompute job.
#   1. ./mvnw -DskipTests package
#   2. bench/indeks-desa.sh      # fresh database pandu_indeks_desa; ~2 minutes
set -euo pipefail
cd "$(dirname "$0")/.."
db="${PANDU_BENCH_DB:-pandu_indeks_desa}"
year="${TAHUN:-2025}"
port=18092
source bench/lib.sh
start_fresh_app

q "SELECT kode FROM wilayah WHERE tingkat = 'DESA' AND jenis <> 'KELURAHAN' ORDER BY kode" > "$work/desa.txt"
rows=$(wc -l < "$work/desa.txt")
# The ministry's layout: key column, year, one column per item by its header; each score drawn from
# the item's allowed scores (a fixed seed, so runs compare).
python3 - "$work/desa.txt" "$year" src/main/resources/indeks/indeks-desa/butir.csv > "$work/indeks-desa.csv" <<'PY'
import csv, random, sys
desa, year, table = sys.argv[1], sys.argv[2], sys.argv[3]
items = list(csv.DictReader(open(table, encoding="utf-8")))
w = csv.writer(sys.stdout, lineterminator="\n")
w.writerow(["Kode Wilayah Administrasi Desa", "TAHUN DATA"] + [i["butir"].strip() for i in items])
r = random.Random(2026)
allowed = [[int(x) for x in i["skor_sah"].split(",")] for i in items]
for code in open(desa):
    w.writerow([code.strip(), year] + [r.choice(a) for a in allowed])
PY
# The IDM calculator on the same number of rows, each given the 50 scores of a published 2021
# result taken in turn (../shared/data/idm), so every score is one its indicator allows.
published="${IDM_CSV:-../shared/data/idm/idm-2021.csv}"
[ -r "$published" ] || { echo "needs the published IDM results at $published (set IDM_CSV)"; exit 1; }
cut -d, -f4-53 "$published" | tail -n +2 > "$work/skor.txt"
{
  printf 'kode_desa,tahun'; for i in $(seq -w 1 50); do printf ',s%s' "$i"; done; echo
  awk -v y="$year" 'NR == FNR { skor[n++] = $0; next } { print $1 "," y "," skor[(FNR - 1) % n] }' \
    "$work/skor.txt" "$work/desa.txt"
} > "$work/idm.csv"
echo "== $rows desa, data year $year; files: $(du -h "$work/indeks-desa.csv" | cut -f1) (Indeks Desa), $(du -h "$work/idm.csv" | cut -f1) (IDM)"

for run in 1 2 3; do
  t0=$(ms)
  curl -fsS -u "$auth" -H 'Content-Type: text/csv' --data-binary @"$work/idm.csv" \
    "http://localhost:$port/api/v1/idm/hitung" -o "$work/idm-hasil.csv"
  t1=$(ms)
  curl -fsS -u "$auth" -H 'Content-Type: text/csv' --data-binary @"$work/indeks-desa.csv" \
    "http://localhost:$port/api/v1/indeks-desa/hitung" -o "$work/hasil.csv"
  t2=$(ms)
  echo "run $run: IDM hitung $((t1 - t0)) ms ($(($(wc -l < "$work/idm-hasil.csv") - 1)) rows); Indeks Desa hitung $((t2 - t1)) ms ($(($(wc -l < "$work/hasil.csv") - 1)) rows); ratio $(awk -v a=$((t2 - t1)) -v b=$((t1 - t0)) 'BEGIN { printf "%.2f", a / b }')"
done

for run in 1 2; do
  t0=$(ms)
  code=$(curl -sS -u "$auth" -H 'Content-Type: text/csv' --data-binary @"$work/indeks-desa.csv" \
    "http://localhost:$port/api/v1/indeks-desa/impor" -o "$work/impor.json" -w '%{http_code}')
  t1=$(ms)
  echo "national import (POST /api/v1/indeks-desa/impor: check, compute, store, audit; replaces run $((run - 1))): HTTP $code in $((t1 - t0)) ms"
  [ "$code" = 200 ] || { head -c 2000 "$work/impor.json"; echo; exit 1; }
done
for run in 1 2 3; do
  t0=$(ms)
  job=$(curl -fsS -u "$auth" -X POST "http://localhost:$port/api/v1/indeks-desa/hitung-ulang/$year" | sed -E 's/.*"tugas":([0-9]+).*/\1/')
  while :; do
    state=$(curl -fsS -u "$auth" "http://localhost:$port/api/v1/tugas/$job")
    case "$state" in *'"status":"BERJALAN"'*) sleep 0.2 ;; *) break ;; esac
  done
  t1=$(ms)
  echo "national recompute + persist (POST /api/v1/indeks-desa/hitung-ulang/$year until done), run $run: $((t1 - t0)) ms — $(echo "$state" | sed -E 's/.*"pesan":"([^"]*)".*/\1/')"
done
q "SELECT 'stored results: ' || COUNT(*) FROM indeks_skor WHERE indeks = 'INDEKS_DESA' AND tahun = $year"
q "SELECT status || ' ' || COUNT(*) FROM indeks_skor WHERE indeks = 'INDEKS_DESA' AND tahun = $year GROUP BY status ORDER BY status"
