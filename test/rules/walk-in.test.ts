import { describe, expect, it } from 'vitest';
import { COPY_STATUSES } from '../../src/model/material.js';
import { checkWalkInCheckout } from '../../src/rules/walk-in.js';
import { copy, reservation } from './fixtures.js';

const OTHER = { patronId: 'p-2' } as const;

describe('checkWalkInCheckout', () => {
  it('[C3] a walk-in borrows a copy on the shelf while an online request for it is pending', () => {
    expect(checkWalkInCheckout(copy(), [reservation('requested', OTHER), reservation('requested', { patronId: 'p-3' })])).toEqual({ ok: true });
    expect(checkWalkInCheckout(copy(), [])).toEqual({ ok: true });
  });

  it.each(COPY_STATUSES.filter((s) => s !== 'onShelf'))('[C3] refuses a copy that is %s', (status) => {
    expect(checkWalkInCheckout(copy({ status }), [])).toEqual({
      ok: false,
      refusals: [{ code: 'COPY_NOT_AVAILABLE', rule: 'C3', params: { copyStatus: status } }],
    });
  });

  it.each(['online', 'counter'] as const)('[C2] refuses when a %s reservation for the volume waits in the queue', (channel) => {
    expect(checkWalkInCheckout(copy(), [reservation('reserved', { ...OTHER, channel })])).toEqual({
      ok: false,
      refusals: [{ code: 'RESERVED_FOR_QUEUE', rule: 'C2' }],
    });
  });

  it('[C2] a pending cancellation, a hold, a finished reservation or another volume’s do not hold the copy', () => {
    const none = [
      reservation('reserved', { ...OTHER, pending: true }),
      reservation('onHold', OTHER),
      reservation('collected', OTHER),
      reservation('reserved', { ...OTHER, volumeId: 't-1/2' }),
    ];
    expect(checkWalkInCheckout(copy(), none)).toEqual({ ok: true });
  });

  it('[C3] reports both refusals when both apply', () => {
    const verdict = checkWalkInCheckout(copy({ status: 'onLoan' }), [reservation('reserved', OTHER)]);
    expect(verdict.ok ? [] : verdict.refusals.map((r) => r.code)).toEqual(['COPY_NOT_AVAILABLE', 'RESERVED_FOR_QUEUE']);
  });
});
