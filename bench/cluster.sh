#!/usr/bin/env bash
# Two app nodes behind HAProxy on one PostgreSQL with a streaming standby, files in an S3 bucket,
# and a fault run (README "Running in production", docs/benchmarks.md). Everything runs on this
# machine, on its own ports, in a temporary folder; nothing of the machine's PostgreSQL is touched.
#   1. ./mvnw -B -DskipTests package        (the jar, and S3Mock's jar in target/s3mock/)
#   2. bench/cluster.sh                      # ~4 minutes; exit code 0 only when every check passed
# Needs: haproxy (Debian package), PostgreSQL's server binaries (initdb, pg_ctl, pg_basebackup),
# python3 (the SMS gateway stand-in), JDK 25. As root, the database runs as the user postgres.
#
# What it shows:
#   - 1,000 facilitators' log entries, each with a photo, sent through the balancer with their
#     Idempotency-Keys while node A is killed with kill -9 and restarted: every entry and photo
#     stored once, none lost; every photo opens through both nodes (they share the bucket).
#   - A session opened through the balancer survives on node B while A is dead, and on A after.
#   - Scheduled jobs on both nodes, run every second or two: each overdue complaint escalated once,
#     each expiring agreement alerted once, each queued SMS delivered to the gateway once.
#   - The public board answers with the same stamp (ETag) on both nodes; the standby holds what the
#     primary holds.
#   - Dashboard and board load with the standby serving their reads, then with the standby stopped
#     (the nodes fall back to the primary by themselves): what the standby takes off the primary.
set -uo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
java_bin="${JAVA_BIN:-$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -n1)/bin/java}"
jar="${PANDU_JAR:-target/pandu-desa.jar}"
# The nodes start as the service unit does: with the JDK's AOT cache when ops/aot-cache.sh built one
# for this jar (.ci/run does, just before), else from the plain jar.
launch=(-jar "$jar")
if [ -z "${PANDU_JAR:-}" ] && [ target/aot/pandu-desa.aot -nt target/pandu-desa.jar ]; then
  launch=(-XX:AOTCache=target/aot/pandu-desa.aot -jar target/aot/app/pandu-desa.jar)
fi
s3jar="target/s3mock/s3mock.jar"
pgbin="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)}"
count="${SUBMISSIONS:-1000}"
p_primary=55432 p_standby=55433 p_lb=18100 p_a=18101 p_b=18102 p_s3=18108 p_sms=18109
lb="http://127.0.0.1:$p_lb" node_a="http://127.0.0.1:$p_a" node_b="http://127.0.0.1:$p_b"
admin_pw="cluster-admin-123"
# One data key for both nodes (identities are encrypted at rest; README "Personal data").
PANDU_KUNCI_DATA="$(head -c 32 /dev/urandom | base64)"
export PANDU_KUNCI_DATA

for need in haproxy python3 curl psql; do
  command -v "$need" >/dev/null 2>&1 || { echo "cluster run needs $need (Debian: apt-get install haproxy python3 curl postgresql-client)"; exit 2; }
done
for f in "$pgbin/initdb" "$pgbin/pg_ctl" "$pgbin/pg_basebackup" "$jar" "$s3jar" "$java_bin"; do
  [ -e "$f" ] || { echo "cluster run needs $f (./mvnw -B -DskipTests package builds the jars)"; exit 2; }
done

work="$(mktemp -d /tmp/pandu-cluster.XXXXXX)"
chmod 755 "$work"
failed=0
pids=()
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
q() { psql -h 127.0.0.1 -p "${2:-$p_primary}" -U postgres -d pandu -AtF $'\t' -c "$1"; }
verdict() { # name, expected, actual
  if [ "$2" = "$3" ]; then echo "PASS $1: $3"; else echo "FAIL $1: expected $2, got $3"; failed=1; fi
}
cleanup() {
  for p in "${pids[@]}" ${node_pid_a:-} ${node_pid_b:-}; do kill "$p" 2>/dev/null; done
  sleep 1
  as_pg "$pgbin/pg_ctl" -D "$pg/standby" -m immediate stop >/dev/null 2>&1
  as_pg "$pgbin/pg_ctl" -D "$pg/primary" -m immediate stop >/dev/null 2>&1
  echo "logs: $work"
}
trap cleanup EXIT
t_start=$(date +%s)
elapsed() { echo "$(( $(date +%s) - t_start )) s"; }

echo "== PostgreSQL primary ($p_primary) and streaming standby ($p_standby) in $work"
pg="$work/pg"   # the database's folders and logs, owned by the user postgres when run as root
mkdir -p "$pg/sock"
[ "$(id -u)" -eq 0 ] && chown -R postgres "$pg"
as_pg "$pgbin/initdb" -D "$pg/primary" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$work/initdb.log" 2>&1 \
  || { cat "$work/initdb.log"; exit 1; }
cat >> "$pg/primary/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$pg/sock'
wal_level = replica
max_wal_senders = 4
shared_buffers = 128MB
max_connections = 100
EOF
as_pg "$pgbin/pg_ctl" -D "$pg/primary" -l "$pg/primary.log" -o "-p $p_primary" -w start >/dev/null || { cat "$pg/primary.log"; exit 1; }
psql -h 127.0.0.1 -p $p_primary -U postgres -qc "CREATE DATABASE pandu"
as_pg "$pgbin/pg_basebackup" -h 127.0.0.1 -p $p_primary -U postgres -D "$pg/standby" -R -X stream -c fast \
  || { echo "pg_basebackup failed"; exit 1; }
as_pg "$pgbin/pg_ctl" -D "$pg/standby" -l "$pg/standby.log" -o "-p $p_standby" -w start >/dev/null || { cat "$pg/standby.log"; exit 1; }
verdict "standby in recovery (streaming)" t "$(psql -h 127.0.0.1 -p $p_standby -U postgres -d pandu -Atc 'SELECT pg_is_in_recovery()')"

echo "== S3-compatible bucket (S3Mock) and an SMS gateway stand-in"
COM_ADOBE_TESTING_S3MOCK_STORE_INITIAL_BUCKETS=pandu-cluster COM_ADOBE_TESTING_S3MOCK_STORE_ROOT="$work/s3" \
  "$java_bin" -Xmx256m -jar "$s3jar" --server.port=$((p_s3 - 1)) --http.port=$p_s3 --server.address=127.0.0.1 >"$work/s3mock.log" 2>&1 &
pids+=($!)
cat > "$work/sms.py" <<'EOF'
import http.server, json, sys, threading
lock = threading.Lock()
out = open(sys.argv[2], "a", buffering=1)
class H(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as a real gateway: the app's client reuses connections
    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        with lock:
            out.write(body["subjek"].replace("\n", " ") + "\n")
        self.send_response(200); self.send_header("Content-Length", "0"); self.end_headers()
    def log_message(self, *a): pass
http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), H).serve_forever()
EOF
: > "$work/sms.txt"
python3 "$work/sms.py" $p_sms "$work/sms.txt" &
pids+=($!)
for _ in $(seq 1 90); do curl -fs "http://127.0.0.1:$p_s3/pandu-cluster" >/dev/null 2>&1 && break; sleep 1; done

start_node() { # name port
  local name=$1 port=$2
  PANDU_DB_URL="jdbc:postgresql://127.0.0.1:$p_primary/pandu?reWriteBatchedInserts=true" \
  PANDU_REPLIKA_URL="jdbc:postgresql://127.0.0.1:$p_standby/pandu" \
  PANDU_STORAGE_JENIS=s3 PANDU_STORAGE_S3_ENDPOINT="http://127.0.0.1:$p_s3" PANDU_STORAGE_S3_BUCKET=pandu-cluster \
  PANDU_STORAGE_S3_ACCESS_KEY=uji PANDU_STORAGE_S3_SECRET_KEY=uji-rahasia \
  "$java_bin" @ops/jvm.options -Dspring.aot.enabled=true "${launch[@]}" --spring.profiles.active=postgres,demo --server.port=$port \
    --pandu.home="$work/home-$name" --pandu.admin-password=$admin_pw \
    --pandu.pengaduan.eskalasi-awal=PT3S --pandu.pengaduan.eskalasi-jeda=PT2S \
    --pandu.kerjasama.peringatan-awal=PT3S --pandu.kerjasama.peringatan-jeda=PT2S \
    --pandu.notifikasi.awal=PT1S --pandu.notifikasi.jeda=PT1S --pandu.notifikasi.kunci-maks=PT20S \
    --pandu.notifikasi.webhook.sms-url="http://127.0.0.1:$p_sms/" >>"$work/node-$name.log" 2>&1 &
  eval "node_pid_$name=$!"
}
wait_ready() { # url
  for _ in $(seq 1 600); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$1/actuator/health/readiness")" = 200 ] && return 0; sleep 0.5
  done
  echo "node $1 did not become ready"; exit 1
}

echo "== node A (first start: schema and demo data), then node B; HAProxy on $p_lb ($(elapsed))"
echo "   launch: java @ops/jvm.options -Dspring.aot.enabled=true ${launch[*]}"
start_node a $p_a; wait_ready "$node_a"
start_node b $p_b; wait_ready "$node_b"
PANDU_LB_BIND=127.0.0.1:$p_lb PANDU_NODE_A=127.0.0.1:$p_a PANDU_NODE_B=127.0.0.1:$p_b \
  haproxy -f ops/haproxy.cfg -db >"$work/haproxy.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 30); do curl -fs "$lb/actuator/health/readiness" >/dev/null 2>&1 && break; sleep 0.5; done
echo "   both nodes ready ($(elapsed))"

echo "== work for the scheduled jobs, API tokens, a session through the balancer"
q "INSERT INTO token_api (pengguna_id, nama, awalan, hash, dibuat)
   SELECT id, 'cluster', 'pd_bench', encode(sha256(('pd_bench_' || username)::bytea), 'hex'), now() FROM pengguna
   WHERE peran IN ('KPMD', 'PLD', 'MITRA', 'PD', 'TA', 'CAMAT')" >/dev/null
q "SELECT DISTINCT p.username, l.kode FROM pengguna p JOIN pengguna_lingkup l ON l.pengguna_id = p.id
   WHERE p.peran IN ('KPMD', 'PLD') AND length(l.kode) = 10 ORDER BY 1, 2" > "$work/writers.tsv"
echo "   $(wc -l < "$work/writers.tsv") writers (KPMD and PLD of the demo villages)"
q "UPDATE pengaduan SET tenggat = now() - interval '1 hour' WHERE status NOT IN ('SELESAI', 'DITOLAK')
   AND tingkat = 'DESA' RETURNING id" | grep -E '^[0-9]+$' > "$work/overdue.txt"
q "UPDATE kerjasama SET selesai = current_date + 10, peringatan = NULL WHERE status = 'DITANDATANGANI'
   RETURNING id" | grep -E '^[0-9]+$' > "$work/expiring.txt"
sms_round() { # round
  q "INSERT INTO notifikasi (saluran, tujuan, subjek, isi, dibuat, coba_lagi)
     SELECT 'SMS', '0812000' || g, 'cluster-sms-$1-' || g, 'uji', now(), now() FROM generate_series(1, 300) g" >/dev/null
}
sms_round 1
echo "   $(wc -l < "$work/overdue.txt") overdue complaints, $(wc -l < "$work/expiring.txt") expiring agreements, 300 SMS queued"
jar_cookies="$work/cookies.txt"
csrf=$(curl -s -c "$jar_cookies" -b "$jar_cookies" "$lb/masuk" | grep -o 'name="_csrf" value="[^"]*"' | head -n1 | sed 's/.*value="//; s/"$//')
curl -s -o /dev/null -c "$jar_cookies" -b "$jar_cookies" --data-urlencode "username=camat.diwek" \
  --data-urlencode "password=pandu-demo" --data-urlencode "_csrf=$csrf" "$lb/masuk"
page() { curl -s -o /dev/null -w '%{http_code}' -b "$jar_cookies" "$1/pendampingan"; }
verdict "session through node A / node B" "200/200" "$(page "$node_a")/$(page "$node_b")"

for i in $(seq -w 1 20); do echo "35170820$i"; done > "$work/desa.tsv"
{ echo $'camat.diwek\t351708'; for i in $(seq -w 1 20); do echo $'camat.diwek\t35170820'"$i"; done; } > "$work/dasbor.tsv"
printf '%s\n' $'papan\tGET\t/desa/{1}\tnone\tdesa.tsv' $'dasbor-api\tGET\t/api/v1/dasbor/{2}\tbearer\tdasbor.tsv' > "$work/scenarios.tsv"
stats() { # port -> transactions and rows read in database pandu
  psql -h 127.0.0.1 -p "$1" -U postgres -d postgres -AtF ' ' -c \
    "SELECT xact_commit + xact_rollback, tup_returned + tup_fetched FROM pg_stat_database WHERE datname = 'pandu'"
}
load_phase() { # label
  "$java_bin" bench/LoadRun.java "$lb" 10 16 "$work/scenarios.tsv" >/dev/null 2>&1   # warm-up
  sleep 2
  read -r p_x0 p_t0 <<< "$(stats $p_primary)"; read -r s_x0 s_t0 <<< "$(stats $p_standby 2>/dev/null || echo '0 0')"
  "$java_bin" bench/LoadRun.java "$lb" "${SECONDS_PER_SCENARIO:-15}" 16 "$work/scenarios.tsv" | tee "$work/load-$1.txt"
  sleep 2
  read -r p_x1 p_t1 <<< "$(stats $p_primary)"; read -r s_x1 s_t1 <<< "$(stats $p_standby 2>/dev/null || echo "$s_x0 $s_t0")"
  reqs=$(awk 'NR > 1 { n += $2 } END { print n }' "$work/load-$1.txt")
  errs=$(awk 'NR > 1 { n += $3 } END { print n }' "$work/load-$1.txt")
  echo "   $1: $reqs requests ($errs errors); primary $((p_x1 - p_x0)) transactions, $((p_t1 - p_t0)) rows read;" \
    "standby $((s_x1 - s_x0)) transactions, $((s_t1 - s_t0)) rows read"
  echo "$1 $reqs $errs $((p_x1 - p_x0)) $((p_t1 - p_t0)) $((s_x1 - s_x0)) $((s_t1 - s_t0))" >> "$work/replica.txt"
}
echo "== fault run: $count entries with photos through the balancer; node A killed (kill -9) and restarted ($(elapsed))"
run_id="c$(date +%s)"
: > "$work/journal.tsv"
"$java_bin" bench/ClusterRun.java kirim "$lb" "$work/writers.tsv" "$count" 12 800 "$work/journal.tsv" "$run_id" \
  > "$work/kirim.out" 2> "$work/kirim.err" &
client=$!
for _ in $(seq 1 120); do [ "$(wc -l < "$work/journal.tsv" 2>/dev/null || echo 0)" -ge $((count / 4)) ] && break; sleep 0.5; done
echo "   $(wc -l < "$work/journal.tsv") complete when node A is killed ($(elapsed))"
kill -9 "$node_pid_a"; wait "$node_pid_a" 2>/dev/null
verdict "session through node B and the balancer while A is dead" "200/200" "$(page "$node_b")/$(page "$lb")"
sleep 3
echo "   restarting node A ($(elapsed))"
start_node a $p_a; wait_ready "$node_a"
echo "   node A ready again with $(wc -l < "$work/journal.tsv") complete ($(elapsed))"
verdict "the same session on the restarted node A" 200 "$(page "$node_a")"
wait $client
cat "$work/kirim.out"; head -n 5 "$work/kirim.err"
sms_round 2
# A message the gateway failed is retried a minute later (the outbox's backoff): wait up to 150 s.
for _ in $(seq 1 150); do [ "$(grep -c '^cluster-sms-' "$work/sms.txt")" -ge 600 ] && break; sleep 1; done
sleep 3

echo "== checks ($(elapsed))"
if [ "${launch[0]}" != -jar ]; then  # a cache the JVM cannot use is reported and then ignored
  verdict "nodes that refused the AOT cache (all starts)" 0 \
    "$(cat "$work"/node-*.log | grep -ac '\[\(error\|warning\) *\]\[aot')"
fi
verdict "submissions the client completed" "$count" "$(wc -l < "$work/journal.tsv")"
verdict "entries stored (distinct keys/rows)" "$count/$count" \
  "$(q "SELECT COUNT(DISTINCT uraian) || '/' || COUNT(*) FROM kegiatan_pendampingan WHERE uraian LIKE 'cluster-$run_id-%'")"
verdict "photos stored (entries with a photo/photos)" "$count/$count" \
  "$(q "SELECT COUNT(DISTINCT f.kegiatan_id) || '/' || COUNT(*) FROM kegiatan_pendampingan_foto f
        JOIN kegiatan_pendampingan k ON k.id = f.kegiatan_id WHERE k.uraian LIKE 'cluster-$run_id-%'")"
q "SELECT f.berkas_id FROM kegiatan_pendampingan_foto f JOIN kegiatan_pendampingan k ON k.id = f.kegiatan_id
   WHERE k.uraian LIKE 'cluster-$run_id-%'" > "$work/photos.txt"
if "$java_bin" bench/ClusterRun.java foto "$node_a" "$node_b" admin "$admin_pw" "$work/photos.txt"; then
  echo "PASS every photo opens through both nodes"
else
  echo "FAIL some photos do not open through both nodes"; failed=1
fi
n_over=$(wc -l < "$work/overdue.txt")
if [ "$n_over" -gt 0 ]; then
  verdict "overdue complaints escalated (once each)" "$n_over/$n_over" \
    "$(q "SELECT COUNT(DISTINCT pengaduan_id) || '/' || COUNT(*) FROM pengaduan_langkah WHERE otomatis
          AND pengaduan_id IN ($(paste -sd, "$work/overdue.txt"))")"
fi
n_exp=$(wc -l < "$work/expiring.txt")
if [ "$n_exp" -gt 0 ]; then
  verdict "expiring agreements alerted" "$n_exp" \
    "$(q "SELECT COUNT(*) FROM kerjasama WHERE peringatan IS NOT NULL AND id IN ($(paste -sd, "$work/expiring.txt"))")"
  verdict "expiry alerts queued once per recipient" 0 \
    "$(q "SELECT COUNT(*) FROM (SELECT tujuan, subjek FROM notifikasi WHERE subjek LIKE 'Kerja sama berakhir%'
          GROUP BY tujuan, subjek HAVING COUNT(*) > 1) d")"
fi
verdict "SMS delivered to the gateway (distinct/total)" "600/600" \
  "$(grep '^cluster-sms-' "$work/sms.txt" | sort -u | wc -l)/$(grep -c '^cluster-sms-' "$work/sms.txt")"
etag() { curl -s -o /dev/null -D - "$1/desa/3517082007" | tr -d '\r' | awk -F': ' 'tolower($1) == "etag" { print $2 }'; }
ea=$(etag "$node_a"); eb=$(etag "$node_b")
verdict "the board's stamp on both nodes" "$ea" "$eb"
sleep 1
verdict "the standby holds what the primary holds (photos of log entries)" \
  "$(q "SELECT COUNT(*) FROM kegiatan_pendampingan_foto")" "$(q "SELECT COUNT(*) FROM kegiatan_pendampingan_foto" $p_standby)"

echo "== dashboard and board load with the standby serving their reads ($(elapsed))"
load_phase with-standby
replica_reads() { curl -s -u "admin:$admin_pw" "$1/actuator/prometheus" | awk '/^pandu_replika_baca_total/ { sub(/.*sumber="/, ""); sub(/".* /, " "); printf "%s=%d ", $1, $2 }'; }
echo "   reads that asked for the replica, node B: $(replica_reads "$node_b")"


echo "== the standby stopped: the nodes read from the primary by themselves ($(elapsed))"
as_pg "$pgbin/pg_ctl" -D "$pg/standby" -m fast stop >/dev/null
sleep 3
load_phase without-standby
echo "   reads that asked for the replica, node B: $(replica_reads "$node_b")"
verdict "dashboard and board answers without the standby (errors)" 0 "$(awk '$1 == "without-standby" { print $3 }' "$work/replica.txt")"
read -r _ rq_w _ px_w pt_w _ _ <<< "$(grep '^with-standby' "$work/replica.txt")"
read -r _ rq_o _ px_o pt_o _ _ <<< "$(grep '^without-standby' "$work/replica.txt")"
awk -v a="$px_w" -v b="$rq_w" -v c="$px_o" -v d="$rq_o" -v e="$pt_w" -v f="$pt_o" 'BEGIN {
  printf "   primary transactions per request: %.2f with the standby, %.2f without; rows read per request: %.0f / %.0f\n",
    a / b, c / d, e / b, f / d }'
echo "== done in $(elapsed): $([ $failed -eq 0 ] && echo 'every check passed' || echo 'SOME CHECKS FAILED')"
exit $failed
