import { describe, expect, it } from 'vitest';
import { COPY_STATUSES } from '../../src/model/material.js';
import { hokutoPolicy } from '../../src/policy/presets/hokuto.js';
import { checkFulfillable, checkReservable, copySupply, isUnfulfillable } from '../../src/rules/reservability.js';
import { copy, policy, title, volume } from './fixtures.js';

describe('checkReservable', () => {
  it('[E2] accepts each volume of a multi-volume work separately', () => {
    expect(checkReservable({ title: title(), volume: volume({ id: 't-1/1', label: '上' }) }, policy)).toEqual({ ok: true });
    expect(checkReservable({ title: title(), volume: volume({ id: 't-1/2', label: '下' }) }, policy)).toEqual({ ok: true });
    expect(checkReservable({ title: title(), volume: volume({ set: false }) }, policy)).toEqual({ ok: true });
  });

  it('[E2] refuses a set record', () => {
    expect(checkReservable({ title: title(), volume: volume({ id: 't-1/set', set: true }) }, policy)).toEqual({
      ok: false,
      refusals: [{ code: 'SET_NOT_RESERVABLE', rule: 'E2', params: { volumeId: 't-1/set' } }],
    });
  });

  it.each(['rare', 'localHistory', 'reference', 'gazette', 'newspaper'])('[E3] refuses in-library-only material: %s', (category) => {
    expect(checkReservable({ title: title({ category }), volume: volume() }, policy)).toEqual({
      ok: false,
      refusals: [{ code: 'IN_LIBRARY_ONLY', rule: 'E3', params: { category } }],
    });
  });

  it('[E3] follows the policy list of categories', () => {
    const custom = hokutoPolicy({ nonReservableCategories: ['map'] });
    expect(checkReservable({ title: title({ category: 'map' }), volume: volume() }, custom).ok).toBe(false);
    expect(checkReservable({ title: title({ category: 'newspaper' }), volume: volume() }, custom)).toEqual({ ok: true });
  });

  it('[E2] returns E2 and E3 together', () => {
    const verdict = checkReservable({ title: title({ category: 'reference' }), volume: volume({ set: true }) }, policy);
    expect(verdict.ok ? [] : verdict.refusals.map((r) => [r.code, r.rule])).toEqual([
      ['SET_NOT_RESERVABLE', 'E2'],
      ['IN_LIBRARY_ONLY', 'E3'],
    ]);
  });

  it('throws INVALID_INPUT when the volume is not of the title', () => {
    expect(() => checkReservable({ title: title(), volume: volume({ titleId: 't-2' }) }, policy)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });
});

describe('isUnfulfillable and checkFulfillable', () => {
  it('[E4] is unfulfillable when every copy is missing or long overdue', () => {
    const lost = [copy({ status: 'missing' }), copy({ id: 'c-2', status: 'longOverdue' })];
    expect(isUnfulfillable(lost)).toBe(true);
    expect(checkFulfillable(lost, policy)).toEqual({ ok: false, refusals: [{ code: 'UNFULFILLABLE', rule: 'E4' }] });
  });

  it.each(COPY_STATUSES.filter((s) => s !== 'missing' && s !== 'longOverdue' && s !== 'withdrawn'))(
    '[E4] one copy %s is enough to fulfil',
    (status) => {
      const copies = [copy({ status: 'missing' }), copy({ id: 'c-2', status })];
      expect(isUnfulfillable(copies)).toBe(false);
      expect(checkFulfillable(copies, policy)).toEqual({ ok: true });
    },
  );

  it('[P9][E4] a volume with no copy yet is on order, not unfulfillable: queued by default, rejected with onOrderRequests reject', () => {
    expect(copySupply([])).toBe('onOrder');
    expect(isUnfulfillable([])).toBe(false);
    expect(checkFulfillable([], policy).ok).toBe(true);
    expect(checkFulfillable([], hokutoPolicy({ onOrderRequests: 'reject' }))).toEqual({ ok: false, refusals: [{ code: 'ON_ORDER', rule: 'P9' }] });
  });

  it('[E4][P9] E4 applies to a volume whose copies are all missing whatever onOrderRequests says', () => {
    for (const onOrderRequests of ['queue', 'reject'] as const)
      expect(checkFulfillable([copy({ status: 'missing' }), copy({ id: 'c-2', status: 'withdrawn' })], hokutoPolicy({ onOrderRequests }))).toEqual({
        ok: false,
        refusals: [{ code: 'UNFULFILLABLE', rule: 'E4' }],
      });
  });

  it('[E3] a volume whose only copies are 禁帯出 is not reservable; with one lendable copy it is', () => {
    expect(checkFulfillable([copy({ notForLoan: true })], policy)).toEqual({ ok: false, refusals: [{ code: 'NOT_FOR_LOAN', rule: 'E3' }] });
    expect(copySupply([copy({ notForLoan: true }), copy({ id: 'c-2', status: 'onLoan' })])).toBe('available');
    expect(copySupply([copy({ notForLoan: true }), copy({ id: 'c-2', status: 'missing' })])).toBe('unfulfillable');
  });

  it('[E4] never refuses with rejectUnfulfillable off', () => {
    expect(checkFulfillable([copy({ status: 'missing' })], hokutoPolicy({ rejectUnfulfillable: false }))).toEqual({ ok: true });
  });
});
