import type { Copy, Title, Volume } from '../../src/model/material.js';
import type { Loan } from '../../src/model/loan.js';
import type { Patron } from '../../src/model/patron.js';
import type { Channel, Reservation, ReservationBase, ReservationStatus } from '../../src/model/reservation.js';
import { hokutoPolicy } from '../../src/policy/presets/hokuto.js';

export const policy = hokutoPolicy();

export const AT = '2026-12-03T01:00:00.000Z';

export function patron(overrides: Partial<Patron> = {}): Patron {
  return {
    id: 'p-1',
    cardNumber: '0123456789',
    name: '北杜 花子',
    email: 'hanako@example.jp',
    internetRegistered: true,
    unreachable: false,
    noticePrivacy: { showName: true, showTitle: true },
    ...overrides,
  };
}

export function title(overrides: Partial<Title> = {}): Title {
  return { id: 't-1', name: '源氏物語', category: 'book', audiovisual: false, ...overrides };
}

export function volume(overrides: Partial<Volume> = {}): Volume {
  return { id: 't-1/1', titleId: 't-1', label: '上', ...overrides };
}

export function copy(overrides: Partial<Copy> = {}): Copy {
  return { id: 'c-1', volumeId: 't-1/1', ownerBranchId: 'akeno', locationBranchId: 'akeno', status: 'onShelf', version: 0, ...overrides };
}

export function loan(overrides: Partial<Loan> = {}): Loan {
  return {
    id: 'l-1',
    patronId: 'p-1',
    copyId: 'c-1',
    volumeId: 't-1/1',
    titleId: 't-1',
    branchId: 'akeno',
    lentAt: '2026-12-05T01:00:00.000Z',
    dueDate: '2026-12-19',
    renewals: 0,
    returnedAt: null,
    version: 0,
    ...overrides,
  };
}

export interface ReservationOptions extends Partial<ReservationBase> {
  /** Set `cancellationRequestedAt` (requested and reserved only). */
  readonly pending?: boolean;
}

let sequence = 0;

/** A valid reservation of any status, with every field its status needs. */
export function reservation(status: ReservationStatus, options: ReservationOptions = {}): Reservation {
  const { pending = false, ...overrides } = options;
  const channel: Channel = overrides.channel ?? 'online';
  sequence += 1;
  const base: ReservationBase = {
    id: `r-${sequence}`,
    patronId: 'p-1',
    titleId: 't-1',
    volumeId: 't-1/1',
    audiovisual: false,
    channel,
    pickupBranchId: 'akeno',
    placedAt: '2026-12-02T01:00:00.000Z',
    version: 0,
    ...overrides,
  };
  const cancellation = pending ? { cancellationRequestedAt: '2026-12-02T03:00:00.000Z' } : {};
  switch (status) {
    case 'requested':
      return { ...base, status, ...cancellation };
    case 'reserved':
      return { ...base, status, queuedAt: '2026-12-03T00:00:00.000Z', ...cancellation };
    case 'rejected':
      return { ...base, status, rejectedAt: '2026-12-03T00:00:00.000Z', reasons: [{ rule: 'C4' }] };
    case 'onHold':
      return {
        ...base, status, queuedAt: '2026-12-03T00:00:00.000Z', copyId: 'c-1', trappedAt: '2026-12-08T02:00:00.000Z',
        noticeDate: '2026-12-08', lastDay: '2026-12-15',
      };
    case 'collected':
      return { ...base, status, copyId: 'c-1', collectedAt: '2026-12-09T03:00:00.000Z' };
    case 'lapsed':
      return { ...base, status, copyId: 'c-1', lastDay: '2026-12-15', lapsedAt: '2026-12-15T15:00:00.000Z' };
    case 'cancelled':
      return { ...base, status, cancelledAt: '2026-12-04T00:00:00.000Z', cancelledBy: 'staff', cancelledFrom: 'reserved' };
  }
}

/** `n` active online reservations of distinct volumes for a patron. */
export function onlineReservations(n: number, options: ReservationOptions = {}): Reservation[] {
  return Array.from({ length: n }, (_, i) =>
    reservation(i % 3 === 0 ? 'requested' : i % 3 === 1 ? 'reserved' : 'onHold', { volumeId: `t-${i + 10}/1`, titleId: `t-${i + 10}`, ...options }),
  );
}
