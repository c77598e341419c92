import { ALLOWED, combineVerdicts, refuse, type Verdict } from '../errors/refusal.js';
import { YoyakuError } from '../errors/yoyaku-error.js';
import type { Copy, CopyStatus, Title, Volume } from '../model/material.js';
import type { Policy } from '../policy/schema.js';

const LOST_STATUSES: readonly CopyStatus[] = ['missing', 'longOverdue'];

/**
 * A volume with its title: what a patron asks to reserve.
 * @category Rules
 * @example
 * const item: ReservableItem = {
 *   title: { id: 't-1', name: '源氏物語', category: 'book', audiovisual: false },
 *   volume: { id: 't-1/1', titleId: 't-1', label: '上' },
 * };
 */
export interface ReservableItem {
  readonly title: Title;
  readonly volume: Volume;
}

/**
 * Checks that an item may be reserved at all: a single volume, not a set record (E2), of a
 * category that is not in-library only (E3, the policy's `nonReservableCategories`).
 * Both refusals are returned when both apply.
 *
 * Refusal codes: `SET_NOT_RESERVABLE` (E2, `params.volumeId`), `IN_LIBRARY_ONLY`
 * (E3, `params.category`).
 * @param item - the title and the volume asked for
 * @param policy - the parsed policy
 * @returns {@link ALLOWED} or a verdict with every refusal that applies
 * @throws {@link YoyakuError} `INVALID_INPUT` when the volume is not of that title
 * @category Rules
 * @example
 * checkReservable({ title, volume: { id: 't-1/1', titleId: 't-1', label: '上' } }, policy); // { ok: true }
 * @example
 * // Reserve 上 and 下 separately, never the set (E2)
 * checkReservable({ title, volume: { id: 't-1/set', titleId: 't-1', set: true } }, policy).ok; // false
 * @example
 * // Local history material is read in the library only (E3)
 * checkReservable({ title: { ...title, category: 'localHistory' }, volume }, hokutoPolicy());
 * // { ok: false, refusals: [{ code: 'IN_LIBRARY_ONLY', rule: 'E3', params: { category: 'localHistory' } }] }
 */
export function checkReservable(item: ReservableItem, policy: Policy): Verdict {
  const { title, volume } = item;
  if (volume.titleId !== title.id)
    throw new YoyakuError('INVALID_INPUT', 'The volume does not belong to the title', {
      issues: [{ path: ['volume', 'titleId'], message: 'Expected the id of the given title' }],
      details: { titleId: title.id, volumeId: volume.id },
    });
  return combineVerdicts([
    volume.set === true ? refuse('SET_NOT_RESERVABLE', { volumeId: volume.id }) : ALLOWED,
    policy.nonReservableCategories.includes(title.category) ? refuse('IN_LIBRARY_ONLY', { category: title.category }) : ALLOWED,
  ]);
}

/**
 * Whether a reservation can never be filled from these copies (E4): every copy is `missing` or
 * `longOverdue`.
 *
 * Decision where the guide is silent: a volume with **no copy at all** is unfulfillable too,
 * since no copy can ever be trapped for it. Pass the copies of the reserved volume.
 * @param copies - the copies that could fill the reservation (those of its volume)
 * @returns true when no copy can fill it
 * @category Rules
 * @example
 * isUnfulfillable([{ ...copy, status: 'missing' }, { ...copy, id: 'c-2', status: 'longOverdue' }]); // true
 * @example
 * // One copy on loan is enough: it will come back
 * isUnfulfillable([{ ...copy, status: 'missing' }, { ...copy, id: 'c-2', status: 'onLoan' }]); // false
 * @example
 * // No copy at all
 * isUnfulfillable([]); // true
 */
export function isUnfulfillable(copies: readonly Copy[]): boolean {
  return copies.every((c) => LOST_STATUSES.includes(c.status));
}

/**
 * Checks that a request can be fulfilled (E4), for the approval batch: refused when
 * {@link isUnfulfillable} holds and the policy's `rejectUnfulfillable` is on (the default).
 * Not checked when a reservation is placed: the library decides later (予約できる資料であっても…
 * ご用意できない場合があります).
 *
 * Refusal codes: `UNFULFILLABLE` (E4).
 * @param copies - the copies of the reserved volume
 * @param policy - the parsed policy
 * @returns {@link ALLOWED} or a verdict refusing with `UNFULFILLABLE`
 * @category Rules
 * @example
 * checkFulfillable([{ ...copy, status: 'missing' }], hokutoPolicy());
 * // { ok: false, refusals: [{ code: 'UNFULFILLABLE', rule: 'E4' }] }
 * @example
 * // The knob off: the request waits instead
 * checkFulfillable([{ ...copy, status: 'missing' }], hokutoPolicy({ rejectUnfulfillable: false })).ok; // true
 */
export function checkFulfillable(copies: readonly Copy[], policy: Policy): Verdict {
  return policy.rejectUnfulfillable && isUnfulfillable(copies) ? refuse('UNFULFILLABLE') : ALLOWED;
}
