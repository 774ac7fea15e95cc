#!/usr/bin/env bash
# Every figure beside its ceiling and its peer, in one run: PostgreSQL's own ceilings, then the same scenarios
# against the stock configuration (Axon's defaults, the Spring profile `stock`) and against the shipped one, each
# on a fresh database, and one table with the ratios (docs/benchmarks.md has the figures and the run time).
# Needs: ./mvnw -B -DskipTests package; psql and pgbench; PostgreSQL at PORTAL_DB_HOST:PORTAL_DB_PORT.
# Settings (environment): SECONDS_EACH, WARMUP, CONCURRENCY, ITEMS, CLIENTS, JAVA_OPTS, OUT. The portals run with
# the JVM settings the README gives for a small memory footprint.
set -euo pipefail
cd "$(dirname "$0")/.."

export PGOPTIONS="-c client_min_messages=warning"
PG=(-h "${PORTAL_DB_HOST:-127.0.0.1}" -p "${PORTAL_DB_PORT:-5432}" -U "${PORTAL_DB_USER:-postgres}")
SECONDS_EACH=${SECONDS_EACH:-20} WARMUP=${WARMUP:-5} CONCURRENCY=${CONCURRENCY:-32,64}
ITEMS=${ITEMS:-10000} CLIENTS=${CLIENTS:-10000}
JAVA_OPTS=${JAVA_OPTS:--Xmx192m -XX:+UseSerialGC -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=48m -Xss512k}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
OUT=${OUT:-benchmarks/target/run-all}
PORT=18099 URL=http://127.0.0.1:18099
BENCH=(java -jar benchmarks/target/portal-benchmarks.jar)
rm -rf "$OUT" && mkdir -p "$OUT"
started=$(date +%s)

fresh_db() {
  psql "${PG[@]}" -d postgres -q -c "drop database if exists $1" -c "create database $1"
}

portal_pid=
stop_portal() {
  if [ -n "$portal_pid" ]; then kill "$portal_pid" 2>/dev/null || true; wait "$portal_pid" 2>/dev/null || true; fi
  portal_pid=
}
trap stop_portal EXIT

# PostgreSQL's ceiling: single-row inserts of an event-shaped row, one transaction each, at each concurrency.
fresh_db bench_ceiling
psql "${PG[@]}" -d bench_ceiling -q -f benchmarks/pgbench/setup.sql
for clients in ${CONCURRENCY//,/ }; do
  tps=$(pgbench "${PG[@]}" -n -c "$clients" -j 2 -T "$SECONDS_EACH" -f benchmarks/pgbench/insert.sql bench_ceiling \
    | awk '/^tps/ {print $3; exit}')
  printf 'pgbench\t%s\t%.0f\n' "$clients" "$tps" >> "$OUT/ceiling.tsv"
done

await() {
  for _ in $(seq 1 300); do
    curl -fs "$1/actuator/health/readiness" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "not ready: $1" >&2
  return 1
}

# One configuration: a fresh database, a portal, the scenarios; its peak RSS; PostgreSQL's own My Vault read.
measure() {
  local name=$1 profile=$2
  fresh_db "bench_$name"
  SPRING_PROFILES_ACTIVE=$profile PORTAL_DATABASE=external PORTAL_DB_NAME="bench_$name" PORT=$PORT \
    java $JAVA_OPTS -jar standalone/target/provider-portal.jar > "$OUT/$name.log" 2>&1 &
  portal_pid=$!
  await "$URL"
  export PORTAL_BENCH_RESULTS="$OUT/$name.tsv"
  "${BENCH[@]}" commands --url $URL --concurrency "$CONCURRENCY" --seconds "$SECONDS_EACH" \
    --warmup-seconds "$WARMUP" --lag-samples 200 | tee -a "$OUT/$name.out"
  "${BENCH[@]}" commands-mix --url $URL --concurrency "$CONCURRENCY" --seconds "$SECONDS_EACH" \
    --warmup-seconds "$WARMUP" | tee -a "$OUT/$name.out"
  "${BENCH[@]}" myvault --url $URL --items "$ITEMS" --requests 100 | tee -a "$OUT/$name.out"
  "${BENCH[@]}" dashboard --url $URL --clients "$CLIENTS" --requests 500 | tee -a "$OUT/$name.out"
  awk '/VmHWM/ {printf "%d\n", $2 / 1024}' "/proc/$portal_pid/status" > "$OUT/$name.rss"
  stop_portal
  # the same rows as GET /vault, read by PostgreSQL alone: the vault's owner is the user reaching the most items
  local user
  user=$(psql "${PG[@]}" -d "bench_$name" -Atc "select a.user_id from vault_access a
    join vault_item_collection ic on ic.collection_id = a.collection_id group by a.user_id order by count(*) desc
    limit 1")
  for _ in $(seq 1 20); do
    psql "${PG[@]}" -d "bench_$name" -o /dev/null -v user="'$user'" -f benchmarks/pgbench/myvault-read.sql \
      | awk '/^Time:/ {print $2}'
  done | sort -n > "$OUT/$name.pgread"
}

# The command side and the query side in two JVMs: commands to one, reads to the other, for the lag across them.
measure_split() {
  fresh_db bench_split
  local query_port=18098
  PORTAL_OPERATOR_CLIENT_ID=dev-operator PORTAL_OPERATOR_CLIENT_SECRET=dev-operator-secret PORTAL_DB_NAME=bench_split \
    java $JAVA_OPTS -jar command-side/target/command-side-*-exec.jar --server.port=$PORT \
    > "$OUT/split-command.log" 2>&1 &
  portal_pid=$!
  await "$URL"
  PORTAL_JWK_SET_URI=$URL/identity/.well-known/jwks PORTAL_DB_NAME=bench_split \
    java $JAVA_OPTS -jar query-side/target/query-side-*-exec.jar --server.port=$query_port \
    > "$OUT/split-query.log" 2>&1 &
  local query_pid=$!
  await "http://127.0.0.1:$query_port"
  PORTAL_BENCH_RESULTS="$OUT/split.tsv" "${BENCH[@]}" commands --url $URL --read-url "http://127.0.0.1:$query_port" \
    --concurrency "${CONCURRENCY%%,*}" --seconds "$SECONDS_EACH" --warmup-seconds "$WARMUP" --lag-samples 200 \
    | tee -a "$OUT/split.out"
  awk '/VmHWM/ {printf "%d\n", $2 / 1024}' "/proc/$portal_pid/status" "/proc/$query_pid/status" \
    | paste -sd/ > "$OUT/split.rss"
  kill "$query_pid" 2>/dev/null || true
  wait "$query_pid" 2>/dev/null || true
  stop_portal
}

measure stock stock
measure tuned default
measure_split

# The table: one row per figure, tuned beside stock and the ceiling.
field() { awk -F'\t' -v pattern="$2" -v column="$3" '$2 ~ pattern {print $column; exit}' "$OUT/$1.tsv"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (a == "" || b == "" || b == 0) print "-"; else printf "%.2f", a / b}'; }
row() { printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$@"; }
{
  echo "| figure | tuned | stock | ceiling | tuned ÷ ceiling | tuned ÷ stock | target |"
  echo "|---|---|---|---|---|---|---|"
  for clients in ${CONCURRENCY//,/ }; do
    pattern="partial, $clients clients"
    tuned=$(field tuned "$pattern" 9) stock=$(field stock "$pattern" 9)
    ceiling=$(awk -F'\t' -v c="$clients" '$2 == c {print $3}' "$OUT/ceiling.tsv")
    row "commands/s, favourite toggle, $clients clients" "$tuned" "$stock" "$ceiling (pgbench)" \
      "$(ratio "$tuned" "$ceiling")" "$(ratio "$tuned" "$stock")" "≥ 0.25 × ceiling, ≥ 8 × stock"
    row "command p99 ms, favourite toggle, $clients clients" "$(field tuned "$pattern" 7)" \
      "$(field stock "$pattern" 7)" "" "" "" "≤ 50"
    pattern="^whole mix, $clients clients"
    tuned=$(field tuned "$pattern" 9) stock=$(field stock "$pattern" 9)
    row "commands/s, realistic mix, $clients clients" "$tuned" "$stock" "$ceiling (pgbench)" \
      "$(ratio "$tuned" "$ceiling")" "$(ratio "$tuned" "$stock")" "≥ 0.25 × ceiling, ≥ 8 × stock"
    row "command p99 ms, realistic mix, $clients clients" "$(field tuned "$pattern" 7)" \
      "$(field stock "$pattern" 7)" "" "" "" "≤ 50"
  done
  row "lag p99 ms, idle" "$(field tuned '^lag, idle' 7)" "$(field stock '^lag, idle' 7)" "" "" "" "≤ 50"
  row "lag p99 ms, under load" "$(field tuned '^lag, under' 7)" "$(field stock '^lag, under' 7)" "" "" "" "(context)"
  row "lag p99 ms, at half the maximum load" "$(field tuned '^lag, at half' 7)" "$(field stock '^lag, at half' 7)" \
    "" "" "" "≤ 50"
  row "lag p99 ms, idle, two JVMs" "$(field split '^lag, idle' 7)" "" "" "" "" "≤ 250"
  row "lag p99 ms, under load, two JVMs" "$(field split '^lag, under' 7)" "" "" "" "" "(context)"
  row "lag p99 ms, at half the maximum load, two JVMs" "$(field split '^lag, at half' 7)" "" "" "" "" "≤ 250"
  tuned=$(field tuned '^GET /vault [(]' 7) stock=$(field stock '^GET /vault [(]' 7)
  ceiling=$(awk '{a[NR] = $1} END {print a[int(NR * 0.99 + 0.5)]}' "$OUT/tuned.pgread")
  row "My Vault p99 ms, $ITEMS items" "$tuned" "$stock" "$ceiling (PostgreSQL's read, p99 of 20)" \
    "$(ratio "$tuned" "$ceiling")" "$(ratio "$tuned" "$stock")" "≤ 100, ≤ 2.5 × ceiling"
  row "dashboard p99 ms, next pages by name, $CLIENTS clients" "$(field tuned 'next pages, sort=name' 7)" \
    "$(field stock 'next pages, sort=name' 7)" "" "" "" "≤ 15"
  row "peak RSS MB (VmHWM)" "$(cat "$OUT/tuned.rss")" "$(cat "$OUT/stock.rss")" "" "" "" "≤ 512"
  row "peak RSS MB, two JVMs (command / query side)" "$(cat "$OUT/split.rss")" "" "" "" "" "≤ 512 each"
  if grep -q contended "$OUT"/*.tsv; then
    echo
    echo "Some rows were MEASURED UNDER CONTENTION (other builds ran): see $OUT/*.tsv"
  fi
  echo
  echo "run time: $(( ($(date +%s) - started) / 60 )) min; details in $OUT"
} | tee "$OUT/table.md"
