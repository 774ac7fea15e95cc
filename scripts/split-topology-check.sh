#!/usr/bin/env bash
# Runs the docker-compose topology as local processes: command side and query side in two JVMs on one PostgreSQL
# (a fresh database), then walks through register → token → provider → client → dashboard across them.
# Needs: ./mvnw -B -DskipTests package, and PostgreSQL at PORTAL_DB_HOST:PORTAL_DB_PORT (127.0.0.1:5432).
set -euo pipefail
cd "$(dirname "$0")/.."

export PORTAL_DB_HOST="${PORTAL_DB_HOST:-127.0.0.1}" PORTAL_DB_PORT="${PORTAL_DB_PORT:-5432}"
export PORTAL_DB_USER="${PORTAL_DB_USER:-postgres}" PORTAL_DB_NAME="${PORTAL_SPLIT_DB_NAME:-portal_split}"
export AXONIQ_UPDATE_CHECKER_DISABLED=true
COMMAND_PORT=18081 QUERY_PORT=18082
C=http://127.0.0.1:$COMMAND_PORT Q=http://127.0.0.1:$QUERY_PORT
CLI="java -jar client-tools/target/portal-client.jar"
logs=$(mktemp -d)

PGOPTIONS="-c client_min_messages=warning" psql -h "$PORTAL_DB_HOST" -p "$PORTAL_DB_PORT" -U "$PORTAL_DB_USER" -d postgres -q \
  -c "drop database if exists $PORTAL_DB_NAME" -c "create database $PORTAL_DB_NAME"

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

await_ready() {
  for _ in $(seq 1 120); do
    curl -fs "$1/actuator/health/readiness" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "not ready: $1 (logs in $logs)" >&2; exit 1
}

PORTAL_OPERATOR_CLIENT_ID=ops PORTAL_OPERATOR_CLIENT_SECRET=split-secret \
  java -Xmx384m -jar command-side/target/command-side-*-exec.jar --server.port=$COMMAND_PORT \
  > "$logs/command-side.log" 2>&1 & pids+=($!)
await_ready $C
PORTAL_JWK_SET_URI=$C/identity/.well-known/jwks \
  java -Xmx384m -jar query-side/target/query-side-*-exec.jar --server.port=$QUERY_PORT \
  > "$logs/query-side.log" 2>&1 & pids+=($!)
await_ready $Q

ALICE=(--server $C --read-server $Q --email alice@example.com --password "correct horse battery")
$CLI register --server $C --email alice@example.com --password "correct horse battery" --name Alice >/dev/null
TOKEN=$($CLI login --server $C --email alice@example.com --password "correct horse battery")
OPS=$($CLI operator-token --server $C --client-id ops --client-secret split-secret)
PROVIDER=$(curl -fs -X POST $C/providers -H "Authorization: Bearer $OPS" -H 'Content-Type: application/json' \
  -d '{"name":"Acme IT","type":"MSP","billingEmail":"billing@acme-it.test","ownerEmail":"alice@example.com"}' \
  | sed -E 's/.*"id":"([^"]+)".*/\1/')
SETUP=$($CLI setup-provider "${ALICE[@]}" --provider $PROVIDER)
POSITION=$(curl -fs -o /dev/null -D - -X POST $C/providers/$PROVIDER/clients \
  -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d "$($CLI new-client "${ALICE[@]}" --min-position $SETUP --provider $PROVIDER --name Contoso \
        --owner-email owner@contoso.test --plan TEAMS --seats 10)" \
  | tr -d '\r' | awk -F': ' 'tolower($1)=="portal-position" {print $2}')

answer=$(curl -fs -D "$logs/headers" "$Q/providers/$PROVIDER/clients" \
  -H "Authorization: Bearer $TOKEN" -H "Portal-Min-Position: $POSITION")
echo "$answer"
grep -qi '^portal-position-reached: true' "$logs/headers" || { echo "query side did not reach $POSITION" >&2; exit 1; }
echo "$answer" | grep -q '"name":"Contoso"' || { echo "dashboard lacks the new client" >&2; exit 1; }
status=$(curl -s -o /dev/null -w '%{http_code}' "$Q/providers/$PROVIDER/clients" -H "Authorization: Bearer $OPS")
[ "$status" = 200 ] || { echo "operator read: $status" >&2; exit 1; }
echo "split topology OK: command side wrote position $POSITION, query side served it"
