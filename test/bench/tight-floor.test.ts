import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { approvalFloor, expiryFloor, trapFloor } from '../../bench/floors/queue-floor.js';
import { approvalTightFloor, expiryTightFloor, instantKey, trapTightFloor } from '../../bench/floors/tight-floor.js';
import { approvalWorkload, expiryWorkload, makeCatalogue, trapWorkload } from '../../bench/lib/library-data.js';
import { checkProperty } from '../support/fc.js';

// The tight floors are what the bench holds the jobs to: they must do the floors' work, only
// with less, so on the same records they build the same records as the string-sorting floors.
const SMALL = { titles: 2_000, patrons: 4_000 };

describe('bench/floors/tight-floor.ts', () => {
  it('instantKey orders canonical instants as time does', () => {
    const instant = fc.integer({ min: 0, max: 253_402_300_799_999 });
    checkProperty(
      fc.property(instant, instant, (a, b) => {
        const keyA = instantKey(new Date(a).toISOString());
        const keyB = instantKey(new Date(b).toISOString());
        expect(Math.sign(keyA - keyB)).toBe(Math.sign(a - b));
      }),
      2_000,
    );
  });

  it('the approval tight floor approves the requests in the string floor’s order', () => {
    const w = approvalWorkload(makeCatalogue(SMALL), 3_000);
    expect(approvalTightFloor(w.snapshot.reservations, w.at)).toEqual(approvalFloor(w.snapshot.reservations, w.at));
  });

  it('the trapping tight floor hands each copy to the head the string floor does', () => {
    const w = trapWorkload(makeCatalogue(SMALL, undefined, false), 2_000);
    const tight = trapTightFloor(w.copies, w.reservations, w.at, '2026-12-09', '2026-12-16');
    expect(tight.filter((r) => r.status === 'onHold').length).toBeGreaterThan(100);
    expect(tight).toEqual(trapFloor(w.copies, w.reservations, w.at, '2026-12-09', '2026-12-16'));
  });

  it('the expiry tight floor lapses the holds and hands their copies on as the string floor does', () => {
    const w = expiryWorkload(makeCatalogue(SMALL, undefined, false), 2_000);
    const args = [w.snapshot.reservations, w.snapshot.copies, w.date, w.at, '2026-12-09', '2026-12-16'] as const;
    const tight = expiryTightFloor(...args);
    expect(tight.filter((r) => r.status === 'lapsed').length).toBeGreaterThan(100);
    expect(tight).toEqual(expiryFloor(...args));
  });
});
