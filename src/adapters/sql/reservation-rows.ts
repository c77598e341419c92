import type { Reservation, ReservationStatus } from '../../model/reservation.js';
import { ReservationRecordSchema } from '../../ports/record-schemas.js';
import type { SqlColumns } from './guarded-writes.js';
import { quickReservationFromRow } from './quick-rows.js';
import { parseRow } from './record-rows.js';
import type { SqlDialect, SqlRow, SqlValue } from './sql-session.js';

type SpecificField =
  | 'cancellationRequestedAt'
  | 'queuedAt'
  | 'rejectedAt'
  | 'reasons'
  | 'copyId'
  | 'trappedAt'
  | 'noticeDate'
  | 'lastDay'
  | 'collectedAt'
  | 'lapsedAt'
  | 'cancelledAt'
  | 'cancelledBy'
  | 'cancelledFrom'
  | 'note'
  // issue 10
  | 'noticeSentAt'
  | 'notNeededAfter'
  | 'suspendedUntil';

/** The nullable column of each status-specific field. */
const SPECIFIC_COLUMNS: Readonly<Record<SpecificField, string>> = {
  cancellationRequestedAt: 'cancellation_requested_at',
  queuedAt: 'queued_at',
  rejectedAt: 'rejected_at',
  reasons: 'reasons',
  copyId: 'copy_id',
  trappedAt: 'trapped_at',
  noticeDate: 'notice_date',
  lastDay: 'last_day',
  collectedAt: 'collected_at',
  lapsedAt: 'lapsed_at',
  cancelledAt: 'cancelled_at',
  cancelledBy: 'cancelled_by',
  cancelledFrom: 'cancelled_from',
  note: 'note',
  // issue 10 (migration 0003)
  noticeSentAt: 'notice_sent_at',
  notNeededAfter: 'not_needed_after',
  suspendedUntil: 'suspended_until',
};

/** The fields each status has beyond the common ones: only these are written. */
const STATUS_FIELDS: Readonly<Record<ReservationStatus, readonly SpecificField[]>> = {
  requested: ['cancellationRequestedAt', 'notNeededAfter', 'suspendedUntil'],
  reserved: ['queuedAt', 'cancellationRequestedAt', 'notNeededAfter', 'suspendedUntil'],
  rejected: ['rejectedAt', 'reasons'],
  onHold: ['queuedAt', 'copyId', 'trappedAt', 'noticeDate', 'lastDay', 'noticeSentAt'],
  collected: ['copyId', 'collectedAt'],
  lapsed: ['copyId', 'lastDay', 'lapsedAt'],
  cancelled: ['cancelledAt', 'cancelledBy', 'cancelledFrom', 'copyId', 'note'],
};

const OWN_FIELDS = new Map(Object.entries(STATUS_FIELDS).map(([status, fields]) => [status, new Set<SpecificField>(fields)]));
const NO_FIELDS: ReadonlySet<SpecificField> = new Set();

/** A status-specific field's column value: `NULL` when the status has no such field or it is absent. */
function specific(own: ReadonlySet<SpecificField>, fields: Readonly<Record<SpecificField, unknown>>, field: SpecificField): SqlValue {
  if (!own.has(field)) return null;
  const value = fields[field];
  return value === undefined || value === null ? null : field === 'reasons' ? JSON.stringify(value) : (value as SqlValue);
}

/**
 * The reservation's columns other than `id` and `version`; fields of other statuses are `NULL`.
 * One literal, the specific columns in the order of `SPECIFIC_COLUMNS` after the common ones
 * (adding 17 columns one by one under computed names cost V8 about six times as much).
 */
export function reservationColumns(r: Reservation, dialect: SqlDialect): SqlColumns {
  const own = OWN_FIELDS.get(r.status) ?? NO_FIELDS;
  const fields = r as unknown as Readonly<Record<SpecificField, unknown>>;
  return {
    patron_id: r.patronId,
    title_id: r.titleId,
    volume_id: r.volumeId,
    audiovisual: dialect.bool(r.audiovisual),
    channel: r.channel,
    pickup_branch_id: r.pickupBranchId,
    placed_at: r.placedAt,
    status: r.status,
    cancellation_requested_at: specific(own, fields, 'cancellationRequestedAt'),
    queued_at: specific(own, fields, 'queuedAt'),
    rejected_at: specific(own, fields, 'rejectedAt'),
    reasons: specific(own, fields, 'reasons'),
    copy_id: specific(own, fields, 'copyId'),
    trapped_at: specific(own, fields, 'trappedAt'),
    notice_date: specific(own, fields, 'noticeDate'),
    last_day: specific(own, fields, 'lastDay'),
    collected_at: specific(own, fields, 'collectedAt'),
    lapsed_at: specific(own, fields, 'lapsedAt'),
    cancelled_at: specific(own, fields, 'cancelledAt'),
    cancelled_by: specific(own, fields, 'cancelledBy'),
    cancelled_from: specific(own, fields, 'cancelledFrom'),
    note: specific(own, fields, 'note'),
    notice_sent_at: specific(own, fields, 'noticeSentAt'),
    not_needed_after: specific(own, fields, 'notNeededAfter'),
    suspended_until: specific(own, fields, 'suspendedUntil'),
  };
}

/** A reservation row as its record (the quick reader, or the schema when it declines: `INVALID_RECORD` naming `reservations` and the id). */
export function reservationFromRow(row: SqlRow, dialect: SqlDialect): Reservation {
  return quickReservationFromRow(row, dialect) ?? checkedReservationFromRow(row, dialect);
}

/** A reservation row, checked against the record schema (`INVALID_RECORD` naming `reservations` and the id). */
export function checkedReservationFromRow(row: SqlRow, dialect: SqlDialect): Reservation {
  const record: Record<string, unknown> = {
    id: row['id'],
    patronId: row['patron_id'],
    titleId: row['title_id'],
    volumeId: row['volume_id'],
    audiovisual: dialect.readBool(row['audiovisual']),
    channel: row['channel'],
    pickupBranchId: row['pickup_branch_id'],
    placedAt: row['placed_at'],
    status: row['status'],
    version: row['version'],
  };
  for (const [field, column] of Object.entries(SPECIFIC_COLUMNS)) {
    const value = row[column];
    if (value !== null && value !== undefined) record[field] = field === 'reasons' ? dialect.readJson(value) : value;
  }
  return parseRow(ReservationRecordSchema, 'reservations', row, record) as Reservation;
}
