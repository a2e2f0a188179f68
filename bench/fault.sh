#!/usr/bin/env bash
# Fault tests on PostgreSQL (docs/benchmarks.md), on a database filled by the generator (accounts
# with personal tokens):
#   1. ./mvnw -DskipTests package
#   2. PANDU_BENCH_DB=pandu_kecil KEGIATAN=200000 bench/nasional.sh generate   # or the national one
#   3. bench/fault.sh            # needs root for step 3 (pg_ctlcluster); ~4 minutes
# Each test prints PASS or FAIL with the counts it compared; the script exits non-zero on a FAIL.
#   1. kill -9 of the app in the middle of the national IDM import (one all-or-nothing request),
#      restart: no row of that import may be stored; the same import again stores every row once.
#   2. kill -9 in the middle of a burst of log submissions (each with an Idempotency-Key), restart,
#      the clients resend every key they had sent: exactly one entry per key, none lost, none twice.
#   3. PostgreSQL restarted during a load of submissions: the app recovers by itself (no restart),
#      and after resending the failed keys there is again exactly one entry per key.
set -uo pipefail
cd "$(dirname "$0")/.."
java_bin="${JAVA_BIN:-$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -n1)/bin/java}"
db="${PANDU_BENCH_DB:-pandu_kecil}"
url="jdbc:postgresql://127.0.0.1:5432/$db?reWriteBatchedInserts=true"
port=18093
base="http://localhost:$port"
auth="admin:bench-admin-123"
work="$(mktemp -d)"
failed=0
q() { psql -h 127.0.0.1 -U postgres -d "$db" -AtF $'\t' -c "$1"; }
app=""
start_app() {
  "$java_bin" -Xmx1g -jar "${PANDU_JAR:-target/pandu-desa.jar}" --spring.profiles.active=postgres --server.port=$port \
    --spring.datasource.url="$url" --pandu.admin-password=bench-admin-123 >> "$work/app.log" 2>&1 &
  app=$!
  for _ in $(seq 1 300); do curl -fs "$base/actuator/health" >/dev/null 2>&1 && return 0; sleep 0.5; done
  echo "app did not start"; exit 1
}
kill9() { kill -9 "$app" 2>/dev/null; wait "$app" 2>/dev/null; app=""; }
trap '[ -n "$app" ] && kill "$app" 2>/dev/null' EXIT
verdict() { # name, expected, actual
  if [ "$2" = "$3" ]; then echo "PASS $1: $3"; else echo "FAIL $1: expected $2, got $3"; failed=1; fi
}

echo "== 1. kill -9 during the national IDM import"
year=2019
q "DELETE FROM indeks_hasil WHERE tahun = $year" >/dev/null
q "SELECT kode FROM wilayah WHERE tingkat = 'DESA' AND jenis <> 'KELURAHAN' ORDER BY kode" > "$work/desa.txt"
# Each desa gets the 50 scores of a published result (../shared/data/idm), taken in turn, as bench/idm.sh does.
published="${IDM_CSV:-../shared/data/idm/idm-2021.csv}"
[ -r "$published" ] || { echo "needs the published IDM results at $published (set IDM_CSV)"; exit 1; }
cut -d, -f4-53 "$published" | tail -n +2 > "$work/skor.txt"
{
  printf 'kode_desa,tahun'; for i in $(seq -w 1 50); do printf ',s%s' "$i"; done; echo
  awk -v y="$year" 'NR == FNR { skor[n++] = $0; next } { print $1 "," y "," skor[(FNR - 1) % n] }' \
    "$work/skor.txt" "$work/desa.txt"
} > "$work/idm.csv"
rows=$(($(wc -l < "$work/idm.csv") - 1))
start_app
curl -sS -u "$auth" -H 'Content-Type: text/csv' --data-binary @"$work/idm.csv" "$base/api/v1/idm/impor" \
  -o /dev/null -w '%{http_code}\n' > "$work/impor1.txt" 2>&1 &
client=$!
sleep "${KILL_AFTER_S:-2.5}"
kill9
wait $client 2>/dev/null
echo "   client saw: $(cat "$work/impor1.txt" | tr '\n' ' ')"
start_app
verdict "rows of the killed import stored" 0 "$(q "SELECT COUNT(*) FROM indeks_hasil WHERE tahun = $year")"
code=$(curl -sS -u "$auth" -H 'Content-Type: text/csv' --data-binary @"$work/idm.csv" "$base/api/v1/idm/impor" -o "$work/impor2.json" -w '%{http_code}')
verdict "import again: HTTP" 200 "$code"
verdict "rows stored (distinct desa/total)" "$rows/$rows" "$(q "SELECT COUNT(DISTINCT kode_desa) || '/' || COUNT(*) FROM indeks_hasil WHERE tahun = $year")"
q "DELETE FROM indeks_hasil WHERE tahun = $year" >/dev/null

echo "== 2. kill -9 during a burst of submissions"
q "SELECT p.username, l.kode FROM pengguna p JOIN pengguna_lingkup l ON l.pengguna_id = p.id WHERE p.username LIKE 'gen.pld.%' AND length(l.kode) = 10 ORDER BY p.username LIMIT 300" > "$work/users.tsv"
"$java_bin" bench/SubmitRun.java run "$base" 20 300 "$work/users.tsv" 50 400 "$work/burst.tsv" > "$work/burst.out" 2>&1 &
client=$!
sleep 8
kill9
start_app
wait $client
cat "$work/burst.out"
"$java_bin" bench/SubmitRun.java replay "$base" "$work/burst.tsv"
keys=$(grep -c '^sent' "$work/burst.tsv")
grep '^sent' "$work/burst.tsv" | cut -f2 | sed 's/^/bench-/' > "$work/burst-keys.txt"
stored=$(psql -h 127.0.0.1 -U postgres -d "$db" -At -c "CREATE TEMP TABLE k (u text)" -c "\copy k FROM '$work/burst-keys.txt'" \
  -c "SELECT COUNT(DISTINCT e.uraian) || '/' || COUNT(*) FROM kegiatan_pendampingan e JOIN k ON e.uraian = k.u" | tail -n1)
verdict "entries per key sent (distinct/total)" "$keys/$keys" "$stored"

if [ -n "${SKIP_PG_RESTART:-}" ]; then echo "== 3. skipped (SKIP_PG_RESTART)"; exit $failed; fi
echo "== 3. PostgreSQL restarted under load"
"$java_bin" bench/SubmitRun.java run "$base" 30 200 "$work/users.tsv" 200 800 "$work/pg.tsv" > "$work/pg.out" 2>&1 &
client=$!
sleep 10
t0=$(date +%s)
pg_ctlcluster 15 main restart
echo "   PostgreSQL restarted in $(( $(date +%s) - t0 )) s"
wait $client
cat "$work/pg.out"
verdict "app health after the restart (same process)" 200 "$(curl -s -o /dev/null -w '%{http_code}' "$base/actuator/health")"
"$java_bin" bench/SubmitRun.java replay "$base" "$work/pg.tsv"
keys=$(grep -c '^sent' "$work/pg.tsv")
grep '^sent' "$work/pg.tsv" | cut -f2 | sed 's/^/bench-/' > "$work/pg-keys.txt"
stored=$(psql -h 127.0.0.1 -U postgres -d "$db" -At -c "CREATE TEMP TABLE k (u text)" -c "\copy k FROM '$work/pg-keys.txt'" \
  -c "SELECT COUNT(DISTINCT e.uraian) || '/' || COUNT(*) FROM kegiatan_pendampingan e JOIN k ON e.uraian = k.u" | tail -n1)
verdict "entries per key sent (distinct/total)" "$keys/$keys" "$stored"
echo "app log: $work/app.log"
exit $failed
