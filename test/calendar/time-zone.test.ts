import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { calendarAnswers } from './fixtures/calendar-answers.js';

const ZONES = ['UTC', 'Asia/Tokyo', 'America/Los_Angeles'] as const;
const PROBE = fileURLToPath(new URL('./fixtures/tz-probe.ts', import.meta.url));
const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);

/** The answers the guide gives, written out by hand: a shared wrong answer in every zone still fails. */
const EXPECTED = {
  japanDates: ['2026-12-03', '2026-12-03', '2026-12-04', '2026-03-08', '2026-11-01', '2027-01-01'],
  weekdays: [1, 6, 0, 1, 6, 0, 0, 4, 0],
  next: [
    ['2026-01-14', '2026-01-14', '2026-01-14'],
    ['2026-03-08', '2026-03-08', '2026-03-08'],
    ['2026-03-10', '2026-03-10', '2026-03-11'],
    ['2026-09-22', '2026-09-22', '2026-09-23'],
    ['2026-11-01', '2026-11-01', '2026-11-01'],
    ['2026-11-03', '2026-11-03', '2026-11-04'],
    ['2026-12-01', '2026-12-01', '2026-12-02'],
    ['2026-12-25', '2026-12-25', '2026-12-25'],
    ['2027-01-05', '2027-01-05', '2027-01-06'],
  ],
};

const originalTz = process.env.TZ;
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe('calendar answers do not depend on the host time zone', () => {
  it('gives the same answers in-process whatever process.env.TZ is', () => {
    const offsets: number[] = [];
    const answers = ZONES.map((zone) => {
      process.env.TZ = zone;
      offsets.push(new Date(0).getTimezoneOffset());
      return calendarAnswers();
    });
    expect(offsets).toEqual([0, -540, 480]);
    expect(answers[0]).toMatchObject(EXPECTED);
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
  });

  it('gives the same answers in child processes started with TZ=UTC, Asia/Tokyo and America/Los_Angeles', async () => {
    const outputs = await Promise.all(
      ZONES.map(async (zone) => {
        const { stdout } = await run(process.execPath, ['--import', 'tsx', PROBE], {
          cwd: PROJECT_ROOT,
          env: { ...process.env, TZ: zone },
          timeout: 10_000,
        });
        return JSON.parse(stdout) as unknown;
      }),
    );
    expect(outputs[0]).toMatchObject(EXPECTED);
    expect(outputs[1]).toEqual(outputs[0]);
    expect(outputs[2]).toEqual(outputs[0]);
    expect(outputs[0]).toEqual(calendarAnswers());
  });
});
