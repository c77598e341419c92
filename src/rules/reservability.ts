import { ALLOWED, combineVerdicts, refuse, type Verdict } from '../errors/refusal.js';
import { YoyakuError } from '../errors/yoyaku-error.js';
import { OUT_OF_SERVICE_STATUSES, type Copy, type Title, type Volume } from '../model/material.js';
import type { Policy } from '../policy/schema.js';


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
 * What the copies of a volume can do for a reservation (E3, E4, P9):
 *
 * - `onOrder`: the volume has no copy yet (発注中, P9);
 * - `notForLoan`: every copy is 禁帯出 (E3): it is never trapped or lent;
 * - `unfulfillable`: every copy that may be lent is missing, long overdue or withdrawn (E4);
 * - `available`: some copy can fill it, now or once it is back.
 * @param copies - the copies of the volume
 * @returns the supply
 * @category Rules
 * @example
 * copySupply([]); // 'onOrder'
 * copySupply([{ ...copy, status: 'missing' }, { ...copy, id: 'c-2', notForLoan: true }]); // 'unfulfillable'
 * copySupply([{ ...copy, status: 'onLoan' }]); // 'available'
 */
export function copySupply(copies: readonly Copy[]): CopySupply {
  if (copies.length === 0) return 'onOrder';
  let lendable = 0;
  for (const c of copies) {
    if (c.notForLoan === true) continue;
    lendable++;
    if (!OUT_OF_SERVICE_STATUSES.includes(c.status)) return 'available';
  }
  return lendable === 0 ? 'notForLoan' : 'unfulfillable';
}

/**
 * The answer of {@link copySupply}.
 * @category Rules
 * @example
 * const supply: CopySupply = 'onOrder';
 */
export type CopySupply = 'onOrder' | 'notForLoan' | 'unfulfillable' | 'available';

/**
 * Whether a reservation can never be filled from the volume's existing copies (E4): it has
 * copies, and every one that may be lent is `missing`, `longOverdue` or `withdrawn`.
 *
 * A volume with **no copy at all** is on order (P9), not unfulfillable: the policy's
 * `onOrderRequests` decides about it. Pass the copies of the reserved volume.
 * @param copies - the copies that could fill the reservation (those of its volume)
 * @returns true when no existing copy can fill it
 * @category Rules
 * @example
 * isUnfulfillable([{ ...copy, status: 'missing' }, { ...copy, id: 'c-2', status: 'longOverdue' }]); // true
 * @example
 * // One copy on loan is enough: it will come back
 * isUnfulfillable([{ ...copy, status: 'missing' }, { ...copy, id: 'c-2', status: 'onLoan' }]); // false
 * @example
 * // No copy yet: on order (P9)
 * isUnfulfillable([]); // false
 */
export function isUnfulfillable(copies: readonly Copy[]): boolean {
  return copySupply(copies) === 'unfulfillable';
}

/**
 * Checks that a request can be fulfilled, for the approval batch: refused with `UNFULFILLABLE`
 * (E4) when {@link isUnfulfillable} holds and the policy's `rejectUnfulfillable` is on (the
 * default); with `NOT_FOR_LOAN` (E3) when every copy is 禁帯出; with `ON_ORDER` (P9) when the
 * volume has no copy yet and the policy's `onOrderRequests` is `reject`. Not checked when a
 * reservation is placed online: the library decides later (予約できる資料であっても…ご用意で
 * きない場合があります), except 禁帯出, which {@link checkPlacement} refuses at once.
 *
 * Refusal codes: `UNFULFILLABLE` (E4), `NOT_FOR_LOAN` (E3), `ON_ORDER` (P9).
 * @param copies - the copies of the reserved volume
 * @param policy - the parsed policy
 * @returns {@link ALLOWED} or a verdict refusing it
 * @category Rules
 * @example
 * checkFulfillable([{ ...copy, status: 'missing' }], hokutoPolicy());
 * // { ok: false, refusals: [{ code: 'UNFULFILLABLE', rule: 'E4' }] }
 * @example
 * // The knob off: the request waits instead
 * checkFulfillable([{ ...copy, status: 'missing' }], hokutoPolicy({ rejectUnfulfillable: false })).ok; // true
 * @example
 * // On order: queued by default (P9)
 * checkFulfillable([], hokutoPolicy()).ok; // true
 */
export function checkFulfillable(copies: readonly Copy[], policy: Policy): Verdict {
  const supply = copySupply(copies);
  if (supply === 'unfulfillable' && policy.rejectUnfulfillable) return refuse('UNFULFILLABLE');
  if (supply === 'notForLoan') return refuse('NOT_FOR_LOAN');
  if (supply === 'onOrder' && policy.onOrderRequests === 'reject') return refuse('ON_ORDER');
  return ALLOWED;
}

/**
 * Checks that a volume has a copy that may leave the building (E3): a volume whose only copies
 * are 禁帯出 is not reservable. A volume with no copy yet (P9) passes.
 *
 * Refusal codes: `NOT_FOR_LOAN` (E3).
 * @param copies - the copies of the volume
 * @returns {@link ALLOWED} or a verdict refusing with `NOT_FOR_LOAN`
 * @category Rules
 * @example
 * checkLendable([{ ...copy, notForLoan: true }]); // { ok: false, refusals: [{ code: 'NOT_FOR_LOAN', rule: 'E3' }] }
 * checkLendable([]).ok; // true (on order)
 */
export function checkLendable(copies: readonly Copy[]): Verdict {
  return copySupply(copies) === 'notForLoan' ? refuse('NOT_FOR_LOAN') : ALLOWED;
}
