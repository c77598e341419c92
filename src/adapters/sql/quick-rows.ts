// The common rows read straight into records, without the zod schema: each reader returns the
// record the schema would return, or `undefined` when a value is not one its checks accept (the
// caller then gives the row to the schema, which decides: a bad row is still INVALID_RECORD).
import type { Loan } from '../../model/loan.js';
import { COPY_STATUSES, type Copy, type Title, type Volume } from '../../model/material.js';
import type { Patron } from '../../model/patron.js';
import type { Channel, Reservation } from '../../model/reservation.js';
import type { CartEntry } from '../../ports/cart-store.js';
import type { VersionedPatron } from '../../ports/patron-store.js';
import { isQuickCount, isQuickDate, isQuickId, isQuickInstant, isQuickOptional, isQuickText } from './quick-checks.js';
import type { SqlDialect, SqlRow } from './sql-session.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
const COPY_STATUS_SET: ReadonlySet<unknown> = new Set(COPY_STATUSES);
const CANCELLED_BY: ReadonlySet<unknown> = new Set(['patron', 'staff', 'system']);
const CANCELLED_FROM: ReadonlySet<unknown> = new Set(['requested', 'reserved', 'onHold']);

/** Sets `field` to the optional column's value when there is one (the caller checked it). */
function setOptional(record: Record<string, unknown>, field: string, value: unknown): void {
  if (value !== null && value !== undefined) record[field] = value;
}

/**
 * A reservation row as the record schema reads it, or `undefined` to leave it to the schema (a
 * value the quick checks do not take, or a rejected reservation, whose reasons are JSON).
 * @param row - the row
 * @param dialect - the engine's spelling of booleans
 * @returns the reservation, or `undefined`
 * @example
 * quickReservationFromRow(row, SQLITE_DIALECT) ?? checkedReservationFromRow(row, SQLITE_DIALECT);
 */
export function quickReservationFromRow(row: SqlRow, dialect: SqlDialect): Reservation | undefined {
  const { id, patron_id, title_id, volume_id, channel, pickup_branch_id, placed_at, status, version } = row;
  const audiovisual = dialect.readBool(row['audiovisual']);
  if (
    !isQuickId(id) ||
    !isQuickId(patron_id) ||
    !isQuickId(title_id) ||
    !isQuickId(volume_id) ||
    typeof audiovisual !== 'boolean' ||
    (channel !== 'online' && channel !== 'counter') ||
    !isQuickId(pickup_branch_id) ||
    !isQuickInstant(placed_at) ||
    !isQuickCount(version)
  )
    return undefined;
  // Each record is one literal (no spread of a common part): rows are read by the hundred thousand.
  const channelOf = channel as Channel;
  switch (status) {
    case 'requested':
    case 'reserved': {
      const { not_needed_after, suspended_until, cancellation_requested_at, queued_at } = row;
      if (!isQuickOptional(not_needed_after, isQuickDate) || !isQuickOptional(suspended_until, isQuickDate) || !isQuickOptional(cancellation_requested_at, isQuickInstant))
        return undefined;
      if (status === 'reserved' && !isQuickInstant(queued_at)) return undefined;
      const record: Record<string, unknown> = {
        id, patronId: patron_id, titleId: title_id, volumeId: volume_id, audiovisual, channel: channelOf, pickupBranchId: pickup_branch_id, placedAt: placed_at, version, status,
      };
      if (status === 'reserved') record['queuedAt'] = queued_at;
      setOptional(record, 'notNeededAfter', not_needed_after);
      setOptional(record, 'suspendedUntil', suspended_until);
      setOptional(record, 'cancellationRequestedAt', cancellation_requested_at);
      return record as unknown as Reservation;
    }
    case 'onHold': {
      const { queued_at, copy_id, trapped_at, notice_date, last_day, notice_sent_at } = row;
      if (
        !isQuickInstant(queued_at) ||
        !isQuickId(copy_id) ||
        !isQuickInstant(trapped_at) ||
        !isQuickDate(notice_date) ||
        !isQuickDate(last_day) ||
        !isQuickOptional(notice_sent_at, isQuickInstant)
      )
        return undefined;
      const record: Record<string, unknown> = {
        id, patronId: patron_id, titleId: title_id, volumeId: volume_id, audiovisual, channel: channelOf, pickupBranchId: pickup_branch_id, placedAt: placed_at, version, status,
        queuedAt: queued_at, copyId: copy_id, trappedAt: trapped_at, noticeDate: notice_date, lastDay: last_day,
      };
      setOptional(record, 'noticeSentAt', notice_sent_at);
      return record as unknown as Reservation;
    }
    case 'collected': {
      const { copy_id, collected_at } = row;
      if (!isQuickId(copy_id) || !isQuickInstant(collected_at)) return undefined;
      return {
        id, patronId: patron_id, titleId: title_id, volumeId: volume_id, audiovisual, channel: channelOf, pickupBranchId: pickup_branch_id, placedAt: placed_at, version, status,
        copyId: copy_id, collectedAt: collected_at,
      };
    }
    case 'lapsed': {
      const { copy_id, last_day, lapsed_at } = row;
      if (!isQuickId(copy_id) || !isQuickDate(last_day) || !isQuickInstant(lapsed_at)) return undefined;
      return {
        id, patronId: patron_id, titleId: title_id, volumeId: volume_id, audiovisual, channel: channelOf, pickupBranchId: pickup_branch_id, placedAt: placed_at, version, status,
        copyId: copy_id, lastDay: last_day, lapsedAt: lapsed_at,
      };
    }
    case 'cancelled': {
      const { cancelled_at, cancelled_by, cancelled_from, copy_id, note } = row;
      if (
        !isQuickInstant(cancelled_at) ||
        !CANCELLED_BY.has(cancelled_by) ||
        !CANCELLED_FROM.has(cancelled_from) ||
        !isQuickOptional(copy_id, isQuickId) ||
        !isQuickOptional(note, isQuickText)
      )
        return undefined;
      const record: Record<string, unknown> = {
        id, patronId: patron_id, titleId: title_id, volumeId: volume_id, audiovisual, channel: channelOf, pickupBranchId: pickup_branch_id, placedAt: placed_at, version, status,
        cancelledAt: cancelled_at, cancelledBy: cancelled_by, cancelledFrom: cancelled_from,
      };
      setOptional(record, 'copyId', copy_id);
      setOptional(record, 'note', note);
      return record as unknown as Reservation;
    }
    default:
      return undefined;
  }
}

/**
 * A copy row as the record schema reads it, or `undefined` to leave it to the schema.
 * @param row - the row
 * @param dialect - the engine's spelling of booleans
 * @returns the copy, or `undefined`
 * @example
 * quickCopyFromRow(row, SQLITE_DIALECT) ?? checkedCopyFromRow(row, SQLITE_DIALECT);
 */
export function quickCopyFromRow(row: SqlRow, dialect: SqlDialect): Copy | undefined {
  const { id, volume_id, owner_branch_id, location_branch_id, status, not_for_loan, reservation_id, transit_from_branch_id, version } = row;
  if (
    !isQuickId(id) ||
    !isQuickId(volume_id) ||
    !isQuickId(owner_branch_id) ||
    !isQuickId(location_branch_id) ||
    !COPY_STATUS_SET.has(status) ||
    !isQuickOptional(reservation_id, isQuickId) ||
    !isQuickOptional(transit_from_branch_id, isQuickId) ||
    !isQuickCount(version)
  )
    return undefined;
  const copy = { id, volumeId: volume_id, ownerBranchId: owner_branch_id, locationBranchId: location_branch_id, status, version } as Mutable<Copy>;
  // As the schema's reader has it: a 禁帯出 column that is anything but NULL or false reads as true.
  if (not_for_loan !== null && not_for_loan !== undefined && dialect.readBool(not_for_loan)) copy.notForLoan = true;
  setOptional(copy, 'reservationId', reservation_id);
  setOptional(copy, 'transitFromBranchId', transit_from_branch_id);
  return copy;
}

/**
 * A patron row as the record schema reads it, or `undefined` to leave it to the schema.
 * @param row - the row
 * @param dialect - the engine's spelling of booleans
 * @returns the patron and its version, or `undefined`
 * @example
 * quickPatronFromRow(row, SQLITE_DIALECT) ?? checkedPatronFromRow(row, SQLITE_DIALECT);
 */
export function quickPatronFromRow(row: SqlRow, dialect: SqlDialect): VersionedPatron | undefined {
  const { id, card_number, name, email, home_branch_id, version } = row;
  const internetRegistered = dialect.readBool(row['internet_registered']);
  const unreachable = dialect.readBool(row['unreachable']);
  const showName = dialect.readBool(row['notice_show_name']);
  const showTitle = dialect.readBool(row['notice_show_title']);
  if (
    !isQuickId(id) ||
    !isQuickId(card_number) ||
    !isQuickOptional(name, isQuickText) ||
    !isQuickOptional(email, isQuickText) ||
    typeof internetRegistered !== 'boolean' ||
    typeof unreachable !== 'boolean' ||
    typeof showName !== 'boolean' ||
    typeof showTitle !== 'boolean' ||
    !isQuickOptional(home_branch_id, isQuickId) ||
    !isQuickCount(version)
  )
    return undefined;
  const patron = { id, cardNumber: card_number, internetRegistered, unreachable, noticePrivacy: { showName, showTitle } } as Mutable<Patron>;
  setOptional(patron, 'name', name);
  setOptional(patron, 'email', email);
  setOptional(patron, 'homeBranchId', home_branch_id);
  return { patron, version };
}

/**
 * A title row as the record schema reads it, or `undefined` to leave it to the schema.
 * @param row - the row
 * @param dialect - the engine's spelling of booleans
 * @returns the title, or `undefined`
 * @example
 * quickTitleFromRow(row, SQLITE_DIALECT) ?? checkedTitleFromRow(row, SQLITE_DIALECT);
 */
export function quickTitleFromRow(row: SqlRow, dialect: SqlDialect): Title | undefined {
  const { id, name, category } = row;
  const audiovisual = dialect.readBool(row['audiovisual']);
  if (!isQuickId(id) || !isQuickText(name) || !isQuickId(category) || typeof audiovisual !== 'boolean') return undefined;
  return { id, name, category, audiovisual };
}

/**
 * A volume row as the record schema reads it, or `undefined` to leave it to the schema.
 * @param row - the row
 * @param dialect - the engine's spelling of booleans
 * @returns the volume, or `undefined`
 * @example
 * quickVolumeFromRow(row, SQLITE_DIALECT) ?? checkedVolumeFromRow(row, SQLITE_DIALECT);
 */
export function quickVolumeFromRow(row: SqlRow, dialect: SqlDialect): Volume | undefined {
  const { id, title_id, label, is_set } = row;
  const set = is_set === null || is_set === undefined ? undefined : dialect.readBool(is_set);
  if (!isQuickId(id) || !isQuickId(title_id) || !isQuickOptional(label, isQuickText) || (set !== undefined && typeof set !== 'boolean')) return undefined;
  const volume = { id, titleId: title_id } as Mutable<Volume>;
  setOptional(volume, 'label', label);
  setOptional(volume, 'set', set);
  return volume;
}

/**
 * A loan row as the record schema reads it, or `undefined` to leave it to the schema.
 * @param row - the row
 * @returns the loan, or `undefined`
 * @example
 * quickLoanFromRow(row) ?? checkedLoanFromRow(row);
 */
export function quickLoanFromRow(row: SqlRow): Loan | undefined {
  const { id, patron_id, copy_id, volume_id, title_id, branch_id, lent_at, due_date, renewals, reservation_id, returned_at, version } = row;
  if (
    !isQuickId(id) ||
    !isQuickId(patron_id) ||
    !isQuickId(copy_id) ||
    !isQuickId(volume_id) ||
    !isQuickId(title_id) ||
    !isQuickId(branch_id) ||
    !isQuickInstant(lent_at) ||
    !isQuickDate(due_date) ||
    !isQuickCount(renewals) ||
    !isQuickOptional(reservation_id, isQuickId) ||
    !isQuickOptional(returned_at, isQuickInstant) ||
    !isQuickCount(version)
  )
    return undefined;
  const loan = {
    id, patronId: patron_id, copyId: copy_id, volumeId: volume_id, titleId: title_id, branchId: branch_id,
    lentAt: lent_at, dueDate: due_date, renewals, returnedAt: returned_at ?? null, version,
  } as Mutable<Loan>;
  setOptional(loan, 'reservationId', reservation_id);
  return loan;
}

/**
 * A cart row as the record schema reads it, or `undefined` to leave it to the schema.
 * @param row - the row
 * @returns the entry, or `undefined`
 * @example
 * quickCartEntryFromRow(row) ?? checkedCartEntryFromRow(row);
 */
export function quickCartEntryFromRow(row: SqlRow): CartEntry | undefined {
  const { volume_id, pickup_branch_id } = row;
  if (typeof volume_id !== 'string' || volume_id.length === 0 || typeof pickup_branch_id !== 'string' || pickup_branch_id.length === 0) return undefined;
  return { volumeId: volume_id, pickupBranchId: pickup_branch_id };
}
