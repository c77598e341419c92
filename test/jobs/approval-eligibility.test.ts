import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { japanDateOf } from '../../src/calendar/japan-date.js';
import { addDays } from '../../src/calendar/local-date.js';
import { nextOpenDay } from '../../src/calendar/open-days.js';
import { ApprovalEligibility } from '../../src/jobs/approval-eligibility.js';
import { hokutoPolicy } from '../../src/policy/presets/hokuto.js';
import { checkProperty } from '../support/fc.js';

const policy = hokutoPolicy();
const BRANCHES = ['akeno', 'nagasaka', 'hakushu', 'museum', 'unknown-branch'];

describe('ApprovalEligibility', () => {
  it('[C1] with a system-wide approvalCalendar every branch follows that calendar, not its own', () => {
    const central = hokutoPolicy({ approvalCalendar: { system: { closedWeekdays: [3] } } });
    const sunday = '2026-12-06T01:00:00.000Z';
    // Monday 12-07: Hakushu and Akeno are closed, the system calendar is open.
    expect(['akeno', 'hakushu'].map((b) => new ApprovalEligibility(central, '2026-12-07').isEligible(b, sunday))).toEqual([true, true]);
    expect(['akeno', 'hakushu'].map((b) => new ApprovalEligibility(policy, '2026-12-07').isEligible(b, sunday))).toEqual([false, false]);
    // A Tuesday request: the system calendar is closed on Wednesday 12-09, so it waits for Thursday.
    const tuesday = '2026-12-08T01:00:00.000Z';
    expect(new ApprovalEligibility(central, '2026-12-09').isEligible('akeno', tuesday)).toBe(false);
    expect(new ApprovalEligibility(central, '2026-12-10').isEligible('akeno', tuesday)).toBe(true);
    expect(new ApprovalEligibility(policy, '2026-12-09').isEligible('akeno', tuesday)).toBe(true);
  });

  it('[C1] agrees with "date >= nextOpenDay(branch, Japan day of the instant)" on every calendar', () => {
    const instantArb = fc
      .date({ min: new Date('2025-01-01T00:00:00.000Z'), max: new Date('2027-12-31T00:00:00.000Z'), noInvalidDate: true })
      .map((d) => d.toISOString());
    checkProperty(
      fc.property(instantArb, fc.integer({ min: -3, max: 20 }), fc.constantFrom(...BRANCHES), fc.boolean(), (instant, after, branch, offsetForm) => {
        const date = addDays(japanDateOf(instant), after);
        const expected = date >= nextOpenDay(policy, branch, japanDateOf(instant));
        // The same instant written with a +09:00 offset takes the slow path and must agree.
        const shown = offsetForm ? `${japanDateOf(instant)}T${new Date(Date.parse(instant) + 9 * 3_600_000).toISOString().slice(11, 23)}+09:00` : instant;
        expect(new ApprovalEligibility(policy, date).isEligible(branch, shown)).toBe(expected);
      }),
      500,
    );
  });

  it('[C1] the year-end closure holds requests until the branch reopens', () => {
    const eligibility = (date: string) => new ApprovalEligibility(policy, date);
    const request = '2026-12-27T03:00:00.000Z'; // Sunday 27th, 12:00 in Japan; closed 28th to 4th
    expect(eligibility('2027-01-04').isEligible('akeno', request)).toBe(false);
    expect(eligibility('2027-01-05').isEligible('akeno', request)).toBe(true);
  });
});
