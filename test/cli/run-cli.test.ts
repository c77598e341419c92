import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { displayWidth } from '../../src/testing/scenario/text-width.js';

interface Run {
  code: number;
  out: string;
  err: string;
}

async function cli(...argv: string[]): Promise<Run> {
  return cliAt(undefined, ...argv);
}

/** The command line with its clock at `now` (the system clock when undefined). */
async function cliAt(now: string | undefined, ...argv: string[]): Promise<Run> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t), color: false, ...(now === undefined ? {} : { now: () => now }) }, '1.2.3');
  return { code, out, err };
}

const GOLDEN = 'test/scenarios/d3-d4-lapse-and-pass-on.json';
let dir: string;

const library = {
  patrons: [{ id: 'hanako' }],
  titles: [{ id: 'genji', name: '源氏物語', copies: [{ id: 'genji-1', branch: 'akeno' }] }],
};
const reserve = { at: '2026-12-01T10:00:00+09:00', actor: { patron: 'hanako' }, do: 'reserveOnline', args: { volumeId: 'genji/1', pickupBranchId: 'akeno' }, as: 'r1' };

async function file(name: string, content: unknown): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'yoyaku-cli-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('yoyaku run', () => {
  it('[D3] plays a scenario, prints its timeline and exits 0 when every expectation holds', async () => {
    const { code, out, err } = await cli('run', GOLDEN);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('■ 2026年12月11日（金）  Friday, 11 December 2026');
    expect(out).toContain('  07:00  system');
    expect(out).toContain('お取置き On hold → 取置期限切れ Lapsed  (no notice sent)');
    expect(out).toContain('✓ passed');
  });

  it('exits 1 and names the failed step when an expectation fails', async () => {
    const path = await file('failing.json', { name: 'failing', library, steps: [reserve, { expect: { reservation: 'r1', status: 'reserved' } }] });
    const { code, out } = await cli('run', path);
    expect(code).toBe(1);
    expect(out).toContain('✗ 1 failed');
    expect(out).toContain('step 2 (2026-12-01 10:00 JST): expected r1 to be reserved (予約中), but it is requested (予約申請中)');
  });

  it('prints the report as JSON with --json', async () => {
    const { code, out } = await cli('run', GOLDEN, '--json');
    expect(code).toBe(0);
    const report = JSON.parse(out) as { passed: boolean; steps: { kind: string; outcome: string; changes: unknown[] }[] };
    expect(report.passed).toBe(true);
    expect(report.steps[0]).toMatchObject({ kind: 'operation', outcome: 'ok' });
  });

  it('[D3][P18] --job-chunk runs the jobs in chunks and prints a "chunk k/n" line per chunk on stderr, the --json report on stdout unchanged', async () => {
    const plain = await cli('run', GOLDEN, '--json');
    const chunked = await cli('run', GOLDEN, '--job-chunk', '1', '--json');
    expect(chunked.code).toBe(0);
    expect(chunked.err.split('\n').filter((l) => l !== '')).toEqual(['  expiry 2026-12-10: chunk 1/1', '  expiry 2026-12-11: chunk 1/2', '  expiry 2026-12-11: chunk 2/2']);
    expect(JSON.parse(chunked.out)).toEqual(JSON.parse(plain.out));
    expect(plain.err).toBe('');
  });

  it('refuses a --job-chunk that is not a whole number from 1, with exit code 2', async () => {
    for (const bad of ['0', '007', '2.5', 'many']) {
      const { code, err } = await cli('run', GOLDEN, '--job-chunk', bad);
      expect(code).toBe(2);
      expect(err).toContain(`--job-chunk must be a whole number from 1 to 999999, not "${bad}"`);
    }
  });

  it('renders hold notices in English with --locale en', async () => {
    const { out } = await cli('run', GOLDEN, '--locale', 'en');
    expect(out).toContain('Your reserved item is ready for pickup: 源氏物語');
  });

  it('exits 2 with the line and column of a JSON syntax error', async () => {
    const path = await file('broken.json', '{\n  "name": "x",\n}\n');
    const { code, out, err } = await cli('run', path);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/^yoyaku: .*broken\.json is not valid JSON: syntax error at line 3, column 1\n$/);
  });

  it('exits 2 naming the step and field of an unknown patron, volume or alias', async () => {
    const path = await file('unknown.json', {
      name: 'unknown',
      library,
      steps: [
        { at: '2026-12-01T10:00:00+09:00', actor: { patron: 'jiro' }, do: 'reserveOnline', args: { volumeId: 'genji/9', pickupBranchId: 'akeno' } },
        { at: '2026-12-01T10:05:00+09:00', actor: { patron: 'hanako' }, do: 'cancelOnline', args: { reservationId: 'r7' } },
      ],
    });
    const { code, err } = await cli('run', path);
    expect(code).toBe(2);
    expect(err).toContain('unknown.json is not a valid scenario:\n');
    expect(err).toContain('  steps.0.actor.patron: Unknown patron "jiro"\n');
    expect(err).toContain('  steps.0.args.volumeId: Unknown volume "genji/9"\n');
    expect(err).toContain('  steps.1.args.reservationId: Unknown reservation alias "r7": no earlier step binds it with "as"\n');
  });

  it('exits 2 for a date that is no date, naming the step and field', async () => {
    const path = await file('date.json', { name: 'date', library, steps: [{ ...reserve, at: '2026-02-30T10:00:00+09:00' }] });
    const { code, err } = await cli('run', path);
    expect(code).toBe(2);
    expect(err).toContain('  steps.0.at: Not a calendar date and time\n');
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for a missing file, a bad option value, a missing command or argument', async () => {
    expect(await cli('run', join(dir, 'nope.json'))).toMatchObject({ code: 2, err: expect.stringContaining('cannot read') });
    expect(await cli('run', GOLDEN, '--store', 'redis:x')).toMatchObject({ code: 2, err: expect.stringContaining('--store must be "memory" or "sqlite:<file>"') });
    expect(await cli('run', GOLDEN, '--until', 'soon')).toMatchObject({ code: 2, err: expect.stringContaining('--until must be a date') });
    expect(await cli('run', GOLDEN, '--frobnicate')).toMatchObject({ code: 2, err: expect.stringContaining('unknown option --frobnicate.') });
    expect(await cli('run')).toMatchObject({ code: 2, err: expect.stringContaining('missing the file') });
    expect(await cli('play', GOLDEN)).toMatchObject({ code: 2, err: expect.stringContaining('unknown command "play"') });
  });

  it('[P15] exits 2 for an --until outside the scenario\'s days (it runs 2026-12-01 to 2026-12-11)', async () => {
    for (const until of ['9999-12-31', '2026-11-30', '2026-12-12', '2026-12-12T00:00:00+09:00'])
      expect([until, await cli('run', GOLDEN, '--until', until)]).toMatchObject([until, { code: 2, err: expect.stringContaining('is outside the scenario, which runs from 2026-12-01 to 2026-12-11') }]);
    expect(await cli('run', GOLDEN, '--until', '2026-02-30')).toMatchObject({ code: 2, err: expect.stringContaining('--until must be a date') });
    expect((await cli('run', GOLDEN, '--until', '2026-12-11')).code).toBe(0);
    expect((await cli('run', GOLDEN, '--until', '2026-12-01')).code).toBe(0);
  });

  it('stops with --until, and with a SQLite store a second run continues where the first stopped', async () => {
    const db = join(dir, 'library.db');
    const first = await cli('run', GOLDEN, '--store', `sqlite:${db}`, '--until', '2026-12-05');
    expect(first.code).toBe(0);
    expect(first.out).toContain('stopped before step 5');
    expect(first.out).not.toContain('2026年12月11日');
    const progress = JSON.parse(await readFile(`${db}.progress.json`, 'utf8')) as { nextStep: number; aliases: Record<string, string> };
    expect(progress).toMatchObject({ nextStep: 4, aliases: { 'hanako-r': 's0-1', 'jiro-r': 's1-1' } });
    const second = await cli('run', GOLDEN, '--store', `sqlite:${db}`);
    expect(second.code).toBe(0);
    expect(second.out).toContain('Continuing');
    expect(second.out).toContain('お取置き On hold → 取置期限切れ Lapsed');
    expect(second.out).not.toContain('2026年12月3日');
    const third = await cli('run', GOLDEN, '--store', `sqlite:${db}`);
    expect(third).toMatchObject({ code: 0, out: '', err: expect.stringContaining('to its end') });
  });
});

describe('yoyaku check-policy', () => {
  it('[H1] prints the effective values of a preset with overrides', async () => {
    const path = await file('policy.json', { preset: 'hokuto', maxOnline: 10, holdDays: 10 });
    const { code, out } = await cli('check-policy', path);
    expect(code).toBe(0);
    expect(out).toMatch(/maxOnline\s+10\s+E1/);
    expect(out).toMatch(/holdDays\s+10\s+D2/);
    expect(out).toMatch(/maxOnlineAudiovisual\s+3\s+E1/);
    expect(out).toContain('Branches (H1): 9');
    expect(out).toMatch(/akeno\s+明野図書館\s+0551-25-3285\s+pickup/);
    expect(out).toContain('museum, not a pickup point (E5)');
    expect(out).toContain('closed Mon, Tue');
  });

  it('[P15] prints the range the holiday data covers, and warns only when it ends within two years of today', async () => {
    const path = await file('coverage.json', { preset: 'hokuto' });
    const now = await cliAt('2026-12-01T01:00:00Z', 'check-policy', path);
    expect(now.code).toBe(0);
    expect(now.out).toContain('Holiday coverage (P15): 1970-01-01 to 2050-12-31');
    expect(now.out).toMatch(/depend on holidays and refuse dates outside it: akeno, sutama, .*mukawa/);
    expect(now.out).toContain("Approval calendar (C1): each request's pickup branch");
    expect(now.err).toBe('');
    expect((await cliAt('2048-12-30T14:59:59Z', 'check-policy', path)).err).toBe('');
    const soon = await cliAt('2048-12-30T15:00:00Z', 'check-policy', path); // 2048-12-31 in Japan
    expect(soon).toMatchObject({ code: 0, err: expect.stringContaining('the holiday data ends on 2050-12-31, within two years of today (2048-12-31)') });
    expect((await cliAt('2051-03-01T00:00:00Z', 'check-policy', path, '--json')).err).toContain('ended on 2050-12-31');
    const list = await file('list.json', { preset: 'hokuto', holidaySource: 'list', holidays: ['2026-01-01', '2027-01-01'] });
    const own = await cliAt('2026-12-01T01:00:00Z', 'check-policy', list);
    expect(own.out).toContain('Holiday coverage (P15): 2026-01-01 to 2027-12-31');
    expect(own.err).toContain('ends on 2027-12-31, within two years');
  });

  it('prints a full policy as JSON with --json', async () => {
    const path = await file('full.json', { maxOnline: 5, branches: [{ id: 'main', nameJa: '中央図書館', nameRomaji: 'Main' }] });
    const { code, out } = await cli('check-policy', path, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ maxOnline: 5, holdDays: 7, branches: [{ id: 'main', pickup: true, kind: 'library' }] });
  });

  it('exits 2 naming each invalid or unknown field', async () => {
    const path = await file('bad-policy.json', { preset: 'hokuto', maxOnline: 0, holdDay: 3 });
    const { code, err } = await cli('check-policy', path);
    expect(code).toBe(2);
    expect(err).toContain('bad-policy.json is not a valid policy:\n');
    expect(err).toContain('  holdDay: Unknown field "holdDay"\n');
    const other = await file('bad-preset.json', { preset: 'tokyo' });
    expect(await cli('check-policy', other)).toMatchObject({ code: 2, err: expect.stringContaining('preset: Expected "hokuto" or "none"') });
  });
});

describe('yoyaku --help and --version', () => {
  it('prints usage and exit codes', async () => {
    const { code, out } = await cli('--help');
    expect(code).toBe(0);
    expect(out).toContain('yoyaku run <scenario.json>');
    expect(out).toContain('yoyaku check-policy <policy.json>');
    expect(out).toContain('--store');
    expect(out).toContain('Exit codes:');
    expect(await cli('-v')).toMatchObject({ code: 0, out: '1.2.3\n' });
  });
});

describe('yoyaku, as people use it', () => {
  it('prints its help with no arguments and exits 0', async () => {
    const { code, out, err } = await cli();
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toContain('Usage:');
    expect(out.split('\n').filter((line) => line.length > 80)).toEqual([]);
  });

  it('suggests the command meant, listing the commands once', async () => {
    const { code, err } = await cli('rnu', GOLDEN);
    expect(code).toBe(2);
    expect(err).toContain('unknown command "rnu". Did you mean "run"? The commands are: run, check-policy.');
    expect(err.split('check-policy').length).toBe(2);
    expect((await cli('run', GOLDEN, '--locle', 'en')).err).toContain('unknown option --locle. Did you mean "--locale"?');
  });

  it('reports errors as JSON with --json, without echoing the file', async () => {
    const path = await file('secret.json', '{\n  "name": "x",\n  "email": "hanako@example.jp" "oops": 1\n}\n');
    const { code, out, err } = await cli('run', path, '--json');
    expect(code).toBe(2);
    expect(err).toBe('');
    const parsed = JSON.parse(out) as { error: { code: string; message: string } };
    expect(parsed.error.code).toBe('INVALID_JSON');
    expect(parsed.error.message).toMatch(/line 3, column \d+$/);
    expect(out).not.toContain('hanako');
  });

  it('[D2] speaks one language with --locale en: no Japanese label, date or message of its own', async () => {
    const { out } = await cli('run', GOLDEN, '--locale', 'en');
    const lines = out.split('\n').filter((l) => !l.includes('✓ check') && !l.includes('✗ check'));
    expect(lines.join('\n')).not.toMatch(/取置期限 \d|お取置き|年\d+月\d+日/);
    expect(out).toContain('On hold → Lapsed');
  });

  it('[C3] [D3] prints the demo readable at 80 columns on a terminal', async () => {
    let out = '';
    const code = await runCli(['run', 'examples/demo/hokuto-two-weeks.json'], { out: (t) => (out += t), err: () => {}, color: false, columns: 80 });
    expect(code).toBe(0);
    expect(out.split('\n').filter((line) => displayWidth(line) > 80)).toEqual([]);
    expect(out).toContain('✓ passed');
  });

  it('[B3] [E1] reports a mixed cart submission as "7 placed, 1 refused"', async () => {
    const { out } = await cli('run', 'examples/demo/hokuto-two-weeks.json');
    expect(out).toContain('7 placed, 1 refused');
  });

  it('refuses an unknown locale, naming the known ones', async () => {
    const { code, err } = await cli('run', GOLDEN, '--locale', 'zh');
    expect(code).toBe(2);
    expect(err).toContain('--locale must be one of ja, en, ja-easy, not "zh"');
  });
});

