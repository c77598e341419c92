import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { SIMULATION_COUNT_NAMES } from '../../src/testing/simulation/counts.js';
import { SIMULATION_INVARIANT_NAMES } from '../../src/testing/simulation/invariants/index.js';

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t), color: false }, '1.2.3');
  return { code, out, err };
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'yoyaku-simulate-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('yoyaku simulate', () => {
  it('[C1] prints exactly the summary object with --json, and exits 0 without a violation', async () => {
    const run = await cli('simulate', '--days', '2', '--seed', 's1', '--json');
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.out);
    expect(Object.keys(summary)).toEqual(['days', 'seed', 'store', 'counts', 'invariants', 'violations']);
    expect(summary).toMatchObject({ days: 2, seed: 's1', store: 'memory', violations: [] });
    expect(Object.keys(summary.counts)).toEqual([...SIMULATION_COUNT_NAMES]);
    expect(summary.invariants.map((i: { name: string }) => i.name)).toEqual([...SIMULATION_INVARIANT_NAMES]);
    expect(summary.counts.placedOnline).toBeGreaterThan(0);
  });

  it('[C1] prints "day k/n" on stderr with --progress, and the same JSON on stdout', async () => {
    const plain = await cli('simulate', '--days', '3', '--seed', 's1', '--json');
    const run = await cli('simulate', '--days', '3', '--seed', 's1', '--json', '--progress');
    expect(run.code).toBe(0);
    expect(run.err).toBe('day 1/3\nday 2/3\nday 3/3\n');
    expect(run.out).toBe(plain.out);
    expect(plain.err).toBe('');
  });

  it('prints the month table and the verdicts in text, on a new SQLite file', async () => {
    const run = await cli('simulate', '--days', '2', '--start', '2026-07-01', '--store', `sqlite:${join(dir, 'two-days.db')}`);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^A simulated 2 days at the libraries: 2026-07-01 to 2026-07-02, seed "hokuto", store sqlite/);
    expect(run.out).toMatch(/^2026-07 +\d+/m);
    expect(run.out).toMatch(/^ {2}ok {4}online-quota +\d+ checks {2}0 violations$/m);
    expect(run.out).toContain('No invariant was broken.');
  });

  it('refuses a SQLite file that already holds something, and bad options, with exit code 2', async () => {
    const used = join(dir, 'used.db');
    await writeFile(used, 'not empty');
    expect(await cli('simulate', '--store', `sqlite:${used}`)).toMatchObject({ code: 2, err: expect.stringContaining('exists: a simulation plays on a new SQLite file') });
    expect(await cli('simulate', '--days', '0')).toMatchObject({ code: 2, err: expect.stringContaining('--days must be a whole number') });
    expect(await cli('simulate', '--start', '2026-02-30')).toMatchObject({ code: 2, err: expect.stringContaining('--start must be a date') });
    expect(await cli('simulate', '--store', 'redis:x')).toMatchObject({ code: 2 });
    expect(await cli('simulate', '--frobnicate')).toMatchObject({ code: 2, err: expect.stringContaining('yoyaku simulate --help') });
  });

  it('reads a policy file, and says so when it is not one', async () => {
    const bad = join(dir, 'bad-policy.json');
    await writeFile(bad, JSON.stringify({ preset: 'hokuto', maxOnline: -1 }));
    const run = await cli('simulate', '--days', '1', '--policy', bad);
    expect(run.code).toBe(2);
    expect(run.err).toContain('maxOnline');
  });

  it('has its own help', async () => {
    const run = await cli('simulate', '--help');
    expect(run.code).toBe(0);
    expect(run.out).toContain('--store    memory (default); sqlite:<file>');
  });
});
