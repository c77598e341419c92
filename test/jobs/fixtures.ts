import type { ApprovalSnapshot } from '../../src/jobs/approval-batch.js';
import type { Copy, Title, Volume } from '../../src/model/material.js';
import type { Patron } from '../../src/model/patron.js';
import type {
  OnHoldReservation,
  RequestedReservation,
  Reservation,
  ReservationBase,
  ReservedReservation,
} from '../../src/model/reservation.js';
import type { Instant, LocalDate } from '../../src/model/time.js';
import { copy, jst, patron, title, volume } from '../support/records.js';

export { copy, jst, patron, title, volume };

type BaseOver = Partial<ReservationBase>;

function base(id: string, over: BaseOver): ReservationBase {
  const titleId = over.titleId ?? 't-1';
  return {
    id,
    patronId: 'p-1',
    titleId,
    volumeId: `${titleId}/1`,
    audiovisual: false,
    channel: 'online',
    pickupBranchId: 'akeno',
    placedAt: jst('2026-12-05'),
    version: 0,
    ...over,
  };
}

export function requested(id: string, over: BaseOver & { cancellationRequestedAt?: Instant } = {}): RequestedReservation {
  return { ...base(id, over), status: 'requested', ...(over.cancellationRequestedAt ? { cancellationRequestedAt: over.cancellationRequestedAt } : {}) };
}

export function reserved(
  id: string,
  over: BaseOver & { queuedAt?: Instant; cancellationRequestedAt?: Instant } = {},
): ReservedReservation {
  const b = base(id, over);
  return {
    ...b,
    status: 'reserved',
    queuedAt: over.queuedAt ?? b.placedAt,
    ...(over.cancellationRequestedAt ? { cancellationRequestedAt: over.cancellationRequestedAt } : {}),
  };
}

export function counter(id: string, over: BaseOver & { queuedAt?: Instant } = {}): ReservedReservation {
  return reserved(id, { channel: 'counter', ...over });
}

export function onHold(
  id: string,
  over: BaseOver & { copyId?: string; noticeDate?: LocalDate; lastDay?: LocalDate; queuedAt?: Instant } = {},
): OnHoldReservation {
  const b = base(id, over);
  return {
    ...b,
    status: 'onHold',
    queuedAt: over.queuedAt ?? b.placedAt,
    copyId: over.copyId ?? 'c-1',
    trappedAt: jst(over.noticeDate ?? '2026-12-08', '09:30'),
    noticeDate: over.noticeDate ?? '2026-12-08',
    lastDay: over.lastDay ?? '2026-12-15',
  };
}

/**
 * An approval snapshot for the reservations: a default patron, title, volume and one copy on
 * the shelf for every id they name, unless given.
 */
export function approvalSnapshot(
  reservations: readonly Reservation[],
  given: { patrons?: Patron[]; titles?: Title[]; volumes?: Volume[]; copies?: Copy[] } = {},
): ApprovalSnapshot {
  const patrons = new Map((given.patrons ?? []).map((p) => [p.id, p]));
  const titles = new Map((given.titles ?? []).map((t) => [t.id, t]));
  const volumes = new Map((given.volumes ?? []).map((v) => [v.id, v]));
  const copiesByVolume = new Map<string, Copy[]>();
  for (const c of given.copies ?? []) copiesByVolume.set(c.volumeId, [...(copiesByVolume.get(c.volumeId) ?? []), c]);
  for (const r of reservations) {
    if (!patrons.has(r.patronId)) patrons.set(r.patronId, patron(r.patronId));
    if (!titles.has(r.titleId)) titles.set(r.titleId, title(r.titleId, { audiovisual: r.audiovisual }));
    if (!volumes.has(r.volumeId)) volumes.set(r.volumeId, { id: r.volumeId, titleId: r.titleId });
    if (!copiesByVolume.has(r.volumeId)) copiesByVolume.set(r.volumeId, [copy(`c-${r.volumeId}`, r.volumeId)]);
  }
  return { reservations, patrons, titles, volumes, copiesByVolume };
}

/** Freezes a value and everything reachable from it, Maps and arrays included. */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  if (value instanceof Map) {
    for (const [k, v] of value) {
      deepFreeze(k);
      deepFreeze(v);
    }
    const frozen = value as Map<unknown, unknown>;
    frozen.set = () => {
      throw new TypeError('frozen map');
    };
    frozen.delete = () => {
      throw new TypeError('frozen map');
    };
    frozen.clear = () => {
      throw new TypeError('frozen map');
    };
  } else {
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return Object.freeze(value);
}
