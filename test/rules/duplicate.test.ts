import { describe, expect, it } from 'vitest';
import { checkNotDuplicate } from '../../src/rules/duplicate.js';
import { reservation } from './fixtures.js';

describe('checkNotDuplicate', () => {
  it.each(['requested', 'reserved', 'onHold'] as const)('[P1] refuses a second reservation while one is %s', (status) => {
    const existing = reservation(status);
    expect(checkNotDuplicate([existing], 'p-1', 't-1/1')).toEqual({
      ok: false,
      refusals: [{ code: 'DUPLICATE_RESERVATION', rule: 'P1', params: { reservationId: existing.id } }],
    });
  });

  it('[P1] counts counter reservations too', () => {
    expect(checkNotDuplicate([reservation('reserved', { channel: 'counter' })], 'p-1', 't-1/1').ok).toBe(false);
  });

  it.each(['rejected', 'collected', 'lapsed', 'cancelled'] as const)('[P1] allows reserving again after %s', (status) => {
    expect(checkNotDuplicate([reservation(status)], 'p-1', 't-1/1')).toEqual({ ok: true });
  });

  it('[P1] another volume of the set, or another patron, is no duplicate', () => {
    expect(checkNotDuplicate([reservation('reserved')], 'p-1', 't-1/2')).toEqual({ ok: true });
    expect(checkNotDuplicate([reservation('reserved', { patronId: 'p-2' })], 'p-1', 't-1/1')).toEqual({ ok: true });
  });

  it('[F5] a pending cancellation does not block reserving again', () => {
    expect(checkNotDuplicate([reservation('requested', { pending: true })], 'p-1', 't-1/1')).toEqual({ ok: true });
  });
});
