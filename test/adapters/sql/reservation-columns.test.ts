import { describe, expect, it } from 'vitest';
import type { Reservation, ReservationStatus } from '../../../src/model/reservation.js';
import { reservationColumns } from '../../../src/adapters/sql/reservation-rows.js';
import { SQLITE_DIALECT } from '../../../src/adapters/sqlite/sqlite-session.js';

// The columns as they were written before reservationColumns became one literal: the common ones,
// then every status-specific column in this order, NULL unless the status has the field.
const SPECIFIC: readonly (readonly [string, string])[] = [
  ['cancellationRequestedAt', 'cancellation_requested_at'], ['queuedAt', 'queued_at'], ['rejectedAt', 'rejected_at'], ['reasons', 'reasons'],
  ['copyId', 'copy_id'], ['trappedAt', 'trapped_at'], ['noticeDate', 'notice_date'], ['lastDay', 'last_day'], ['collectedAt', 'collected_at'],
  ['lapsedAt', 'lapsed_at'], ['cancelledAt', 'cancelled_at'], ['cancelledBy', 'cancelled_by'], ['cancelledFrom', 'cancelled_from'], ['note', 'note'],
  ['noticeSentAt', 'notice_sent_at'], ['notNeededAfter', 'not_needed_after'], ['suspendedUntil', 'suspended_until'],
];
const OWN: Record<ReservationStatus, readonly string[]> = {
  requested: ['cancellationRequestedAt', 'notNeededAfter', 'suspendedUntil'],
  reserved: ['queuedAt', 'cancellationRequestedAt', 'notNeededAfter', 'suspendedUntil'],
  rejected: ['rejectedAt', 'reasons'],
  onHold: ['queuedAt', 'copyId', 'trappedAt', 'noticeDate', 'lastDay', 'noticeSentAt'],
  collected: ['copyId', 'collectedAt'],
  lapsed: ['copyId', 'lastDay', 'lapsedAt'],
  cancelled: ['cancelledAt', 'cancelledBy', 'cancelledFrom', 'copyId', 'note'],
};
function asBefore(r: Record<string, unknown>): Record<string, unknown> {
  const columns: Record<string, unknown> = {
    patron_id: r['patronId'], title_id: r['titleId'], volume_id: r['volumeId'], audiovisual: r['audiovisual'] ? 1 : 0, channel: r['channel'],
    pickup_branch_id: r['pickupBranchId'], placed_at: r['placedAt'], status: r['status'],
  };
  for (const [field, column] of SPECIFIC) {
    const value = OWN[r['status'] as ReservationStatus].includes(field) ? r[field] : undefined;
    columns[column] = value === undefined || value === null ? null : field === 'reasons' ? JSON.stringify(value) : value;
  }
  return columns;
}

describe('reservationColumns', () => {
  const common = { id: 'r-1', patronId: 'p-1', titleId: 't-1', volumeId: 't-1/1', audiovisual: true, channel: 'online', pickupBranchId: 'akeno', placedAt: '2026-12-03T01:00:00.000Z', version: 3 };
  // Every specific field set (so that a status's own ones show and the others stay NULL), then none, then null values.
  const every = Object.fromEntries(SPECIFIC.map(([field]) => [field, field === 'reasons' ? [{ rule: 'E1' }] : `${field}-value`]));
  for (const status of Object.keys(OWN) as ReservationStatus[]) {
    it(`writes the columns of a ${status} reservation as before, in the same order`, () => {
      for (const fields of [every, {}, Object.fromEntries(SPECIFIC.map(([field]) => [field, null]))]) {
        const r = { ...common, ...fields, status } as unknown as Reservation;
        const columns = reservationColumns(r, SQLITE_DIALECT);
        const expected = asBefore(r as unknown as Record<string, unknown>);
        expect(Object.keys(columns)).toEqual(Object.keys(expected));
        expect(columns).toStrictEqual(expected);
      }
    });
  }
});
