import { japanDateOf } from '../calendar/japan-date.js';
import { assertLocalDate } from '../calendar/local-date.js';
import { YoyakuError } from '../errors/yoyaku-error.js';
import type { DomainEvent } from '../model/domain-event.js';
import type { CopyId } from '../model/ids.js';
import type { Copy } from '../model/material.js';
import type { LapsedReservation, OnHoldReservation, Reservation } from '../model/reservation.js';
import type { Instant, LocalDate } from '../model/time.js';
import type { Policy } from '../policy/schema.js';
import { applyTransition } from './apply-transition.js';
import { CopyPlacements, untrappable } from './trapping.js';

/**
 * What the hold expiry job reads: the reservations (at least every `onHold` one and the queues
 * of their volumes) and the copies they hold.
 * @category Jobs
 * @example
 * const snapshot: HoldExpirySnapshot = { reservations, copies: new Map([[copy.id, copy]]) };
 */
export interface HoldExpirySnapshot {
  readonly reservations: readonly Reservation[];
  /**
   * At least every copy an `onHold` reservation holds, and every copy of their volumes taken
   * for a reservation (to pull, in transit for it): such a reservation gets no other (P5).
   */
  readonly copies: ReadonlyMap<CopyId, Copy>;
}

/**
 * When the hold expiry job runs.
 * @category Jobs
 * @example
 * const options: HoldExpiryOptions = { date: '2026-12-16', at: '2026-12-15T15:05:00.000Z', policy };
 */
export interface HoldExpiryOptions {
  /** The Japan date of the run: holds whose last day is before it lapse (D3). */
  readonly date: LocalDate;
  /** The instant of the run; its Japan date must not be before `date`. */
  readonly at: Instant;
  readonly policy: Policy;
}

/**
 * The outcome of {@link runHoldExpiry}.
 * @category Jobs
 * @example
 * const { lapsed, holds, copies } = runHoldExpiry(snapshot, options);
 */
export interface HoldExpiryResult {
  /** The holds that lapsed (D3), in snapshot order. */
  readonly lapsed: readonly LapsedReservation[];
  /** The copies that changed: passed to a new hold, sent in transit, or shelved. */
  readonly copies: readonly Copy[];
  /** The new holds made with the freed copies; each needs its notice (D1). */
  readonly holds: readonly OnHoldReservation[];
  /** The snapshot's reservations with every change applied, in the same order. */
  readonly reservations: readonly Reservation[];
  /** `holdLapsed` for each lapse, then `holdStarted` for each new hold. */
  readonly events: readonly DomainEvent[];
}

/**
 * The nightly hold expiry job (D3): every `onHold` reservation whose last day is before `date`
 * lapses, without any notice to that patron, and its copy goes to the next in its volume's
 * queue (a new hold, or a transit to that patron's pickup branch) or home, as
 * {@link trapCopy} would do (P5; a museum copy always goes home, E5). Only the stored last day matters (D4): a notice that was lost or
 * late changes nothing. Pure, and idempotent for one date: a second run on `result.reservations`
 * changes nothing.
 *
 * A held copy that is now `missing` or `longOverdue` stays as it is; the hold still lapses.
 * Within one run a reservation gets at most one copy, and a copy is passed on once even if
 * the snapshot (wrongly) has two holds on it.
 * @param snapshot - the reservations and copies
 * @param options - the run's date, instant and policy
 * @returns the lapsed holds, changed copies, new holds, all reservations and the events
 * @throws {@link YoyakuError} `INVALID_INPUT` for a malformed `date` or an `at` before it;
 *   `NOT_FOUND` when a lapsing hold's copy is not in the snapshot
 * @category Jobs
 * @example
 * // Notice on 12-08, last day 12-15: lapses in the run of 12-16, not of 12-15
 * runHoldExpiry(snapshot, { date: '2026-12-15', at: '2026-12-14T15:05:00.000Z', policy }).lapsed.length; // 0
 * runHoldExpiry(snapshot, { date: '2026-12-16', at: '2026-12-15T15:05:00.000Z', policy }).lapsed.length; // 1
 */
export function runHoldExpiry(snapshot: HoldExpirySnapshot, options: HoldExpiryOptions): HoldExpiryResult {
  const { at, policy } = options;
  const date = assertLocalDate(options.date, 'date');
  if (japanDateOf(at) < date)
    throw new YoyakuError('INVALID_INPUT', 'at falls before date in Japan', {
      issues: [{ path: ['at'], message: 'Expected an instant on or after the start of date in Japan' }],
    });

  const events: DomainEvent[] = [];
  const next = snapshot.reservations.slice();
  const lapsed: LapsedReservation[] = [];
  for (let i = 0; i < next.length; i++) {
    const r = next[i] as Reservation;
    if (r.status !== 'onHold' || !(r.lastDay < date)) continue;
    if (!snapshot.copies.has(r.copyId))
      throw new YoyakuError('NOT_FOUND', `Copy ${r.copyId} held by reservation ${r.id} is not in the snapshot`, {
        details: { copyId: r.copyId, reservationId: r.id },
      });
    const done = applyTransition(r, { type: 'lapse' }, at, events) as LapsedReservation;
    next[i] = done;
    lapsed.push(done);
  }
  if (lapsed.length === 0) return { lapsed, copies: [], holds: [], reservations: next, events };

  const placements = new CopyPlacements(next, snapshot.copies.values(), at, policy, events);
  const passed = new Set<CopyId>();
  for (const r of lapsed) {
    const copy = snapshot.copies.get(r.copyId) as Copy;
    if (untrappable(copy, passed) !== null) continue;
    passed.add(copy.id);
    placements.place(copy);
  }
  return { lapsed, copies: placements.copies, holds: placements.holds, reservations: placements.withHolds(next), events };
}
