import type { Loan } from '../../model/loan.js';
import type { Copy, Title, Volume } from '../../model/material.js';
import type { Patron } from '../../model/patron.js';
import type {
  CancelledReservation,
  CollectedReservation,
  LapsedReservation,
  OnHoldReservation,
  RejectedReservation,
  Reservation,
  RequestedReservation,
  ReservationBase,
  ReservedReservation,
} from '../../model/reservation.js';
import type { OutboxNotice } from '../../ports/outbox.js';
import type { StoresTx } from '../../ports/unit-of-work.js';
import type { ConformanceStorage } from './types.js';

/** An instant on a day of December 2026 at an hour UTC, in `toISOString` form. */
export function at(day: number, hour = 0, minute = 0): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `2026-12-${pad(day)}T${pad(hour)}:${pad(minute)}:00.000Z`;
}

type Over<T> = Partial<T> & { readonly id: string };

function base(over: Over<ReservationBase>): ReservationBase {
  return {
    patronId: 'p-1',
    titleId: 't-1',
    volumeId: 't-1/1',
    audiovisual: false,
    channel: 'online',
    pickupBranchId: 'akeno',
    placedAt: at(3, 1),
    version: 0,
    ...over,
  };
}

export const build = {
  requested: (over: Over<RequestedReservation>): RequestedReservation => ({ ...base(over), status: 'requested', ...over }),
  reserved: (over: Over<ReservedReservation>): ReservedReservation => ({
    ...base({ version: 1, ...over }),
    status: 'reserved',
    queuedAt: at(4),
    ...over,
  }),
  rejected: (over: Over<RejectedReservation>): RejectedReservation => ({
    ...base({ version: 1, ...over }),
    status: 'rejected',
    rejectedAt: at(4),
    reasons: [{ rule: 'E4' }, { rule: 'staff', note: 'damaged' }],
    ...over,
  }),
  onHold: (over: Over<OnHoldReservation>): OnHoldReservation => ({
    ...base({ version: 2, ...over }),
    status: 'onHold',
    queuedAt: at(4),
    copyId: 'c-1',
    trappedAt: at(8, 2),
    noticeDate: '2026-12-08',
    lastDay: '2026-12-15',
    ...over,
  }),
  collected: (over: Over<CollectedReservation>): CollectedReservation => ({
    ...base({ version: 3, ...over }),
    status: 'collected',
    copyId: 'c-1',
    collectedAt: at(9, 3),
    ...over,
  }),
  lapsed: (over: Over<LapsedReservation>): LapsedReservation => ({
    ...base({ version: 3, ...over }),
    status: 'lapsed',
    copyId: 'c-1',
    lastDay: '2026-12-15',
    lapsedAt: at(15, 15),
    ...over,
  }),
  cancelled: (over: Over<CancelledReservation>): CancelledReservation => ({
    ...base({ version: 2, ...over }),
    status: 'cancelled',
    cancelledAt: at(5),
    cancelledBy: 'staff',
    cancelledFrom: 'onHold',
    copyId: 'c-1',
    note: 'no longer needed',
    ...over,
  }),
  copy: (over: Over<Copy>): Copy => ({
    volumeId: 't-1/1',
    ownerBranchId: 'museum',
    locationBranchId: 'akeno',
    status: 'onShelf',
    version: 0,
    ...over,
  }),
  loan: (over: Over<Loan>): Loan => ({
    patronId: 'p-1',
    copyId: 'c-1',
    volumeId: 't-1/1',
    titleId: 't-1',
    branchId: 'akeno',
    lentAt: at(5, 1),
    dueDate: '2026-12-19',
    renewals: 0,
    returnedAt: null,
    version: 0,
    ...over,
  }),
  patron: (over: Over<Patron>): Patron => ({
    cardNumber: '0000000001',
    internetRegistered: true,
    unreachable: false,
    noticePrivacy: { showName: false, showTitle: true },
    homeBranchId: 'akeno',
    ...over,
  }),
  title: (over: Over<Title>): Title => ({ name: '源氏物語', category: 'book', audiovisual: false, ...over }),
  volume: (over: Over<Volume>): Volume => ({ titleId: 't-1', label: '上', ...over }),
  notice: (over: Over<OutboxNotice>): OutboxNotice => ({
    kind: 'holdNotice',
    patronId: 'p-1',
    reservationId: 'r-1',
    createdAt: at(8, 2),
    payload: { lastDay: '2026-12-15', branch: 'akeno', lines: ['a', 'b'], nested: { shown: false, count: 2, none: null } },
    ...over,
  }),
};

/** Runs `work` in one unit of work of the storage. */
export function inUnit<T>(storage: ConformanceStorage, work: (tx: StoresTx) => Promise<T>): Promise<T> {
  return storage.unitOfWork.run(work);
}

/** Inserts records through the ports, in one unit of work. */
export async function insertAll(
  storage: ConformanceStorage,
  records: { reservations?: readonly Reservation[]; copies?: readonly Copy[]; loans?: readonly Loan[] },
): Promise<void> {
  await inUnit(storage, async (tx) => {
    for (const r of records.reservations ?? []) await tx.reservations.insert(r);
    for (const c of records.copies ?? []) await tx.copies.insert(c);
    for (const l of records.loans ?? []) await tx.loans.insert(l);
  });
}

/** Makes a value writable in a test that checks callers cannot change stored state through it. */
export function writable<T>(value: T): { -readonly [K in keyof T]: T[K] } {
  return value as { -readonly [K in keyof T]: T[K] };
}

/**
 * Tries to change a value a storage returned, as a careless caller would. A storage may hand out
 * copies (the change stays the caller's) or its stored rows frozen (the memory storage: the
 * change fails with a `TypeError`, which is not an error of the storage); either way the stored
 * state must stay as it was.
 */
export function tryToChange<T>(value: T, change: (value: { -readonly [K in keyof T]: T[K] }) => void): void {
  try {
    change(value as { -readonly [K in keyof T]: T[K] });
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
  }
}
