#!/usr/bin/env bash
# Stops a server started by scripts/pg-start.sh and removes its directory:
#
#   scripts/pg-stop.sh [directory]     # default: $YOYAKU_PG_DIR
set -euo pipefail

dir="${1:-${YOYAKU_PG_DIR:-}}"
if [[ -z "$dir" || ! -d "$dir/data" ]]; then
  printf 'pg-stop: no server directory given (argument or YOYAKU_PG_DIR)\n' >&2
  exit 1
fi
case "$(basename "$dir")" in
  yoyaku-pg.*) ;;
  *) printf 'pg-stop: %s was not made by pg-start.sh; refusing to remove it\n' "$dir" >&2; exit 1 ;;
esac

if [[ -z "${PG_BIN:-}" ]]; then
  PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [[ -z "$PG_BIN" ]] && command -v pg_ctl >/dev/null 2>&1; then PG_BIN="$(dirname "$(command -v pg_ctl)")"; fi
fi

as_owner=()
[[ "$(id -u)" == "0" ]] && as_owner=(runuser -u postgres --)

cd /  # the postgres user may not enter the caller's directory
"${as_owner[@]}" "$PG_BIN/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || printf 'pg-stop: the server was not running\n' >&2
rm -rf "$dir"
