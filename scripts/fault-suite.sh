#!/usr/bin/env bash
# Crash and restart under load (docs/faults.md): the two-JVM topology as local processes on a PostgreSQL cluster of
# its own (made here, 127.0.0.1 only, fsync and synchronous_commit on, removed on exit), sustained load from the
# benchmarks harness, and in its middle kill -9 of the command side, kill -9 of the query side and an immediate
# PostgreSQL restart; then the checks. Exits non-zero if any check fails.
# Needs: ./mvnw -B -DskipTests package, and PostgreSQL's server binaries (PG_BIN, default the newest
# /usr/lib/postgresql/*/bin). Arguments go to the suite, e.g. --faults command --before-seconds 5.
set -euo pipefail
cd "$(dirname "$0")/.."

PG_BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}"
PORT="${PORTAL_FAULTS_DB_PORT:-5499}"
LOGS=benchmarks/target/fault-suite
[ -x "$PG_BIN/initdb" ] || { echo "no PostgreSQL server binaries in PG_BIN='$PG_BIN'" >&2; exit 1; }
first() { compgen -G "$1" | head -1 || true; }
COMMAND_JAR=$(first 'command-side/target/command-side-*-exec.jar')
QUERY_JAR=$(first 'query-side/target/query-side-*-exec.jar')
SUITE_JAR=benchmarks/target/portal-benchmarks.jar
for jar in "$COMMAND_JAR" "$QUERY_JAR" "$SUITE_JAR"; do
  [ -f "$jar" ] || { echo "missing jar ${jar:-(exec jar)}: run ./mvnw -B -DskipTests package" >&2; exit 1; }
done

# initdb refuses to run as root: the cluster belongs to postgres then, as the distribution's clusters do.
if [ "$(id -u)" = 0 ]; then AS_OWNER=(runuser -u postgres --); else AS_OWNER=(); fi
run=$(mktemp -d /tmp/portal-faults.XXXXXX)
chmod 755 "$run"
mkdir "$run/pg"
[ "$(id -u)" != 0 ] || chown postgres "$run/pg"
PG_CTL=("${AS_OWNER[@]}" "$PG_BIN/pg_ctl" -D "$run/pg/data" -l "$run/pg/postgres.log")

suite_pid=
cleanup() {
  local status=$?
  trap - EXIT
  if [ -n "$suite_pid" ] && kill -0 "$suite_pid" 2>/dev/null; then
    kill "$suite_pid" 2>/dev/null || true
    wait "$suite_pid" 2>/dev/null || true
  fi
  # Sides the suite started and could not stop itself: each wrote its pid; only those running one of our jars.
  for file in "$run"/pids/*; do
    [ -e "$file" ] || continue
    pid=$(basename "$file")
    if tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q -- '-exec.jar'; then kill -9 "$pid" 2>/dev/null || true; fi
  done
  "${PG_CTL[@]}" stop -m immediate >/dev/null 2>&1 || true
  rm -rf "$LOGS" && mkdir -p "$LOGS"
  cp "$run"/*.log "$run"/pg/postgres.log "$LOGS"/ 2>/dev/null || true
  rm -rf "$run"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

"${AS_OWNER[@]}" "$PG_BIN/initdb" -D "$run/pg/data" -U postgres --auth=trust -E UTF8 --locale=C \
  --no-instructions > "$run/initdb.log"
cat >> "$run/pg/data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$run/pg'
fsync = on
synchronous_commit = on
full_page_writes = on
EOF
"${PG_CTL[@]}" -w -t 60 start > "$run/pg_ctl.log"

export AXONIQ_UPDATE_CHECKER_DISABLED=true
java -Xmx512m -jar "$SUITE_JAR" faults --run-dir "$run" --db-port "$PORT" --pg-ctl "${PG_CTL[*]}" \
  --command-jar "$COMMAND_JAR" --query-jar "$QUERY_JAR" \
  --query-migrations query-side/src/main/resources/db/migration/query "$@" &
suite_pid=$!
wait "$suite_pid"
