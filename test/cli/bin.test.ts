import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);

function yoyaku(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the yoyaku command (node --import tsx src/cli/main.ts)', () => {
  it('[C1] exits 0 for a scenario whose expectations hold', () => {
    const { status, stdout } = yoyaku('run', 'test/scenarios/c1-approval-next-open-day.json');
    expect(status).toBe(0);
    expect(stdout).toContain('✓ passed');
  });

  it('exits 1 when an expectation fails and 2 for an invalid file, without a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yoyaku-bin-'));
    try {
      const library = { patrons: [{ id: 'hanako' }], titles: [{ id: 'genji', name: '源氏物語', copies: [{ id: 'c1', branch: 'akeno' }] }] };
      const step = { at: '2026-12-01T10:00:00+09:00', actor: { patron: 'hanako' }, do: 'reserveOnline', args: { volumeId: 'genji/1', pickupBranchId: 'akeno' }, as: 'r1' };
      writeFileSync(join(dir, 'fail.json'), JSON.stringify({ name: 'fail', library, steps: [step, { expect: { reservation: 'r1', status: 'collected' } }] }));
      writeFileSync(join(dir, 'bad.json'), JSON.stringify({ name: 'bad', library, steps: [{ ...step, args: { volumeId: 'genji/1', pickupBranchId: 'atlantis' } }] }));
      const failed = yoyaku('run', join(dir, 'fail.json'));
      expect(failed.status).toBe(1);
      const invalid = yoyaku('run', join(dir, 'bad.json'));
      expect(invalid.status).toBe(2);
      expect(invalid.stderr).toContain('steps.0.args.pickupBranchId: Unknown branch "atlantis"');
      expect(invalid.stderr).not.toMatch(/\n\s+at /);
      expect(yoyaku('check-policy', join(dir, 'missing.json')).status).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints its help and the package version', () => {
    expect(yoyaku('--help')).toMatchObject({ status: 0, stdout: expect.stringContaining('Usage:') });
    expect(yoyaku('--version').stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
