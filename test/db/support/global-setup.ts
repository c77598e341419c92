import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const scripts = fileURLToPath(new URL('../../../scripts/', import.meta.url));

/**
 * Starts a throwaway PostgreSQL with scripts/pg-start.sh when YOYAKU_PG_URL is unset, exports
 * its URL to the test workers, and stops it after the run. With YOYAKU_PG_URL set (CI), it does
 * nothing.
 */
export default function setup(): (() => void) | undefined {
  if (process.env['YOYAKU_PG_URL']) return undefined;
  let output: string;
  try {
    output = execFileSync('bash', [`${scripts}pg-start.sh`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  } catch (error) {
    throw new Error(
      'YOYAKU_PG_URL is unset and scripts/pg-start.sh could not start a throwaway PostgreSQL ' +
        '(install it: apt-get install -y postgresql, or point YOYAKU_PG_URL at a database you may fill and empty)',
      { cause: error },
    );
  }
  const exported = Object.fromEntries([...output.matchAll(/^export (\w+)=(.*)$/gm)].map((m) => [m[1], m[2]]));
  const url = exported['YOYAKU_PG_URL'];
  const dir = exported['YOYAKU_PG_DIR'];
  if (!url || !dir) throw new Error(`scripts/pg-start.sh printed no YOYAKU_PG_URL and YOYAKU_PG_DIR:\n${output}`);
  process.env['YOYAKU_PG_URL'] = url;
  return () => {
    execFileSync('bash', [`${scripts}pg-stop.sh`, dir], { stdio: ['ignore', 'inherit', 'inherit'] });
  };
}
