#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the database tests and prints, on stdout only, the
# lines to export:
#
#   eval "$(scripts/pg-start.sh)"      # sets YOYAKU_PG_URL and YOYAKU_PG_DIR
#   npm run test:db
#   scripts/pg-stop.sh                 # stops it and removes its directory
#
# The server lives in a fresh temporary directory (data, socket, log), listens on 127.0.0.1 on a
# free port, trusts local connections, and runs without fsync: it is for tests only. As root it
# runs as the `postgres` OS user. Binaries come from PG_BIN, else the newest
# /usr/lib/postgresql/<version>/bin (Debian's `apt-get install -y postgresql`), else the PATH.
set -euo pipefail

log() { printf 'pg-start: %s\n' "$*" >&2; }

if [[ -z "${PG_BIN:-}" ]]; then
  PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [[ -z "$PG_BIN" ]] && command -v initdb >/dev/null 2>&1; then PG_BIN="$(dirname "$(command -v initdb)")"; fi
fi
if [[ -z "${PG_BIN:-}" || ! -x "$PG_BIN/initdb" || ! -x "$PG_BIN/pg_ctl" ]]; then
  log "no PostgreSQL server binaries found: install them (Debian: apt-get install -y postgresql) or set PG_BIN"
  exit 1
fi

as_owner=()
if [[ "$(id -u)" == "0" ]]; then
  if ! id postgres >/dev/null 2>&1; then
    log "running as root, but there is no 'postgres' OS user to run the server as"
    exit 1
  fi
  as_owner=(runuser -u postgres --)
fi

dir="$(mktemp -d "${TMPDIR:-/tmp}/yoyaku-pg.XXXXXX")"
chmod 700 "$dir"
[[ ${#as_owner[@]} -gt 0 ]] && chown postgres: "$dir"

port="${YOYAKU_PG_PORT:-$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close();})")}"

log "initdb in $dir/data ($PG_BIN)"
"${as_owner[@]}" "$PG_BIN/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >"$dir/initdb.log" 2>&1 || {
  cat "$dir/initdb.log" >&2
  exit 1
}

log "starting on 127.0.0.1:$port"
"${as_owner[@]}" "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >&2 || {
  cat "$dir/server.log" >&2
  exit 1
}

"${as_owner[@]}" "$PG_BIN/createdb" -h 127.0.0.1 -p "$port" -U postgres yoyaku >&2

echo "export YOYAKU_PG_URL=postgres://postgres@127.0.0.1:$port/yoyaku"
echo "export YOYAKU_PG_DIR=$dir"
