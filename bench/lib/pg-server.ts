// A throwaway PostgreSQL server for a benchmark, as `npm run test:db` starts one:
// scripts/pg-start.sh (a fresh directory, a free port on 127.0.0.1, fsync off), stopped and
// removed by scripts/pg-stop.sh.
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A running server: its URL (database `yoyaku`) and directory; or why there is none. */
export type PgServer = { readonly ok: true; readonly url: string; readonly dir: string; stop(): void } | { readonly ok: false; readonly missing: string };

/** Starts a server with scripts/pg-start.sh; when it cannot (no binaries, no `postgres` user…), says why. */
export function startPgServer(): PgServer {
  const started = spawnSync('bash', [join(ROOT, 'scripts', 'pg-start.sh')], { cwd: ROOT, encoding: 'utf8' });
  if (started.status !== 0) {
    const why = (started.stderr ?? '').trim().split('\n').filter(Boolean).at(-1) ?? `pg-start.sh exited with ${started.status ?? started.signal}`;
    return { ok: false, missing: `no PostgreSQL server: ${why.replace(/^pg-start: /, '')}` };
  }
  const env = Object.fromEntries([...started.stdout.matchAll(/^export (\w+)=(.*)$/gm)].map((m) => [m[1], m[2]]));
  const url = env['YOYAKU_PG_URL'];
  const dir = env['YOYAKU_PG_DIR'];
  if (!url || !dir) return { ok: false, missing: `pg-start.sh printed no YOYAKU_PG_URL / YOYAKU_PG_DIR: ${started.stdout.trim()}` };
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    spawnSync('bash', [join(ROOT, 'scripts', 'pg-stop.sh'), dir], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  };
  process.once('exit', stop);
  return { ok: true, url, dir, stop };
}

/** The URL of another database on the same server. */
export function databaseUrl(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
