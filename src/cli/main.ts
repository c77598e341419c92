import { readFileSync } from 'node:fs';
import { runCli } from './run-cli.js';

function packageVersion(): string {
  for (const candidate of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(candidate, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'yoyaku-rules' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // try the next candidate
    }
  }
  return '0.0.0';
}

// A reader that stops early (`yoyaku run … | head`) closes the pipe: stop quietly, not with a stack.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const color = process.stdout.isTTY === true && process.env['NO_COLOR'] === undefined;
process.exitCode = await runCli(
  process.argv.slice(2),
  { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text), color, progress: process.stderr.isTTY === true, columns: process.stdout.isTTY === true ? process.stdout.columns : undefined },
  packageVersion(),
);
