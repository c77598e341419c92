import type { Reservation, ReservationStatus } from '../../model/reservation.js';
import { ReservationRecordSchema } from '../../ports/record-schemas.js';
import type { SqlColumns } from './guarded-writes.js';
import { quickReservationFromRow } from './quick-rows.js';
import { parseRow } from './record-rows.js';
import { rowShape, shapeColumns, type RowShape } from './row-shapes.js';
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

const SPECIFIC_ENTRIES = Object.entries(SPECIFIC_COLUMNS) as ReadonlyArray<readonly [SpecificField, string]>;
const SPECIFIC_FIELDS = SPECIFIC_ENTRIES.map(([field]) => field);
const REASONS_AT = SPECIFIC_FIELDS.indexOf('reasons');
/** For each status, whether each specific field (in {@link SPECIFIC_ENTRIES}' order) is one of its own. */
const OWN_FIELDS = new Map(Object.entries(STATUS_FIELDS).map(([status, fields]) => [status, SPECIFIC_FIELDS.map((field) => fields.includes(field))]));
const NO_FIELDS: readonly boolean[] = SPECIFIC_FIELDS.map(() => false);

/** The reservation row's columns other than `id` and `version`, in the order {@link reservationValues} gives their values. */
export const RESERVATION_SHAPE: RowShape = rowShape('reservations', 'reservations', [
  'patron_id',
  'title_id',
  'volume_id',
  'audiovisual',
  'channel',
  'pickup_branch_id',
  'placed_at',
  'status',
  ...SPECIFIC_ENTRIES.map(([, column]) => column),
]);

/** The values of the reservation's columns other than `id` and `version`, in {@link RESERVATION_SHAPE}'s order; fields of other statuses are `NULL`. */
export function reservationValues(r: Reservation, dialect: SqlDialect): SqlValue[] {
  const values: SqlValue[] = [r.patronId, r.titleId, r.volumeId, dialect.bool(r.audiovisual), r.channel, r.pickupBranchId, r.placedAt, r.status];
  const own = OWN_FIELDS.get(r.status) ?? NO_FIELDS;
  const fields = r as unknown as Readonly<Record<SpecificField, unknown>>;
  for (let i = 0; i < SPECIFIC_FIELDS.length; i++) {
    const value = own[i] === true ? fields[SPECIFIC_FIELDS[i]!] : undefined;
    values.push(value === undefined || value === null ? null : i === REASONS_AT ? JSON.stringify(value) : (value as SqlValue));
  }
  return values;
}

/** The reservation's columns other than `id` and `version`; fields of other statuses are `NULL`. */
export function reservationColumns(r: Reservation, dialect: SqlDialect): SqlColumns {
  return shapeColumns(RESERVATION_SHAPE, reservationValues(r, dialect));
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
