// Rows read back from the SQL tables, turned into the model's records and checked with
// parseRecord: a bad row throws INVALID_RECORD naming its table and id. The common rows are read
// by the quick readers of quick-rows.ts first; what those do not accept goes to the schema.
import * as z from 'zod';
import type { Loan } from '../../model/loan.js';
import type { Copy, Title, Volume } from '../../model/material.js';
import type { Patron } from '../../model/patron.js';
import type { CartEntry } from '../../ports/cart-store.js';
import type { FavouriteEntry } from '../../ports/favourites-store.js';
import type { JobRun } from '../../ports/job-runs.js';
import type { OutboxNotice } from '../../ports/outbox.js';
import type { VersionedPatron } from '../../ports/patron-store.js';
import type { StoreTable } from '../../ports/store-errors.js';
import {
  CopyRecordSchema,
  JobRunRecordSchema,
  LoanRecordSchema,
  OutboxNoticeRecordSchema,
  parseRecord,
  PatronRecordSchema,
  TitleRecordSchema,
  VolumeRecordSchema,
} from '../../ports/record-schemas.js';
import { quickCartEntryFromRow, quickCopyFromRow, quickLoanFromRow, quickPatronFromRow, quickTitleFromRow, quickVolumeFromRow } from './quick-rows.js';
import type { SqlDialect, SqlRow } from './sql-session.js';

const entryId = z.string().min(1);
const FavouriteEntryRecordSchema = z.object({ volumeId: entryId });
const CartEntryRecordSchema = z.object({ volumeId: entryId, pickupBranchId: entryId });

/**
 * The record read from a row, checked against its schema: a bad one throws `INVALID_RECORD` naming
 * the table and the row's id (its `id` column unless given).
 */
export function parseRow<S extends z.ZodType>(schema: S, table: StoreTable, row: SqlRow, record: unknown, id = String(row['id'])): z.output<S> {
  return parseRecord(schema, record, { table, id });
}

/** The id of a favourites or cart row: patron and volume. */
function entryRowId(row: SqlRow): string {
  return `${String(row['patron_id'])}/${String(row['volume_id'])}`;
}

/** `NULL` columns of optional fields are left out, so the record reads as the model has it. */
function withoutNulls(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== null && value !== undefined));
}

/** A copy row as its record (the quick reader, or the schema when it declines). */
export function copyFromRow(row: SqlRow, dialect: SqlDialect): Copy {
  return quickCopyFromRow(row, dialect) ?? checkedCopyFromRow(row, dialect);
}

/** A copy row checked against its record schema. */
export function checkedCopyFromRow(row: SqlRow, dialect: SqlDialect): Copy {
  const record = withoutNulls({
    id: row['id'],
    volumeId: row['volume_id'],
    ownerBranchId: row['owner_branch_id'],
    locationBranchId: row['location_branch_id'],
    status: row['status'],
    notForLoan: row['not_for_loan'] === null || row['not_for_loan'] === undefined || !dialect.readBool(row['not_for_loan']) ? null : true,
    reservationId: row['reservation_id'],
    transitFromBranchId: row['transit_from_branch_id'],
    version: row['version'],
  });
  return parseRow(CopyRecordSchema, 'copies', row, record) as Copy;
}

/** A loan row as its record (the quick reader, or the schema when it declines). */
export function loanFromRow(row: SqlRow): Loan {
  return quickLoanFromRow(row) ?? checkedLoanFromRow(row);
}

/** A loan row checked against its record schema. */
export function checkedLoanFromRow(row: SqlRow): Loan {
  const record = {
    ...withoutNulls({
      id: row['id'],
      patronId: row['patron_id'],
      copyId: row['copy_id'],
      volumeId: row['volume_id'],
      titleId: row['title_id'],
      branchId: row['branch_id'],
      lentAt: row['lent_at'],
      dueDate: row['due_date'],
      renewals: row['renewals'],
      reservationId: row['reservation_id'],
      version: row['version'],
    }),
    returnedAt: row['returned_at'] ?? null,
  };
  return parseRow(LoanRecordSchema, 'loans', row, record) as Loan;
}

/** A patron row as its record (the quick reader, or the schema when it declines). */
export function patronFromRow(row: SqlRow, dialect: SqlDialect): VersionedPatron {
  return quickPatronFromRow(row, dialect) ?? checkedPatronFromRow(row, dialect);
}

/** A patron row checked against its record schema. */
export function checkedPatronFromRow(row: SqlRow, dialect: SqlDialect): VersionedPatron {
  const record = withoutNulls({
    id: row['id'],
    cardNumber: row['card_number'],
    name: row['name'],
    email: row['email'],
    internetRegistered: dialect.readBool(row['internet_registered']),
    unreachable: dialect.readBool(row['unreachable']),
    noticePrivacy: { showName: dialect.readBool(row['notice_show_name']), showTitle: dialect.readBool(row['notice_show_title']) },
    homeBranchId: row['home_branch_id'],
    version: row['version'],
  });
  const { version, ...patron } = parseRow(PatronRecordSchema, 'patrons', row, record);
  return { patron: patron as Patron, version };
}

/** A title row as its record (the quick reader, or the schema when it declines). */
export function titleFromRow(row: SqlRow, dialect: SqlDialect): Title {
  return quickTitleFromRow(row, dialect) ?? checkedTitleFromRow(row, dialect);
}

/** A title row checked against its record schema. */
export function checkedTitleFromRow(row: SqlRow, dialect: SqlDialect): Title {
  const record = { id: row['id'], name: row['name'], category: row['category'], audiovisual: dialect.readBool(row['audiovisual']) };
  return parseRow(TitleRecordSchema, 'titles', row, record);
}

/** A volume row as its record (the quick reader, or the schema when it declines). */
export function volumeFromRow(row: SqlRow, dialect: SqlDialect): Volume {
  return quickVolumeFromRow(row, dialect) ?? checkedVolumeFromRow(row, dialect);
}

/** A volume row checked against its record schema. */
export function checkedVolumeFromRow(row: SqlRow, dialect: SqlDialect): Volume {
  const record = withoutNulls({
    id: row['id'],
    titleId: row['title_id'],
    label: row['label'],
    set: row['is_set'] === null ? null : dialect.readBool(row['is_set']),
  });
  return parseRow(VolumeRecordSchema, 'volumes', row, record) as Volume;
}

export function noticeFromRow(row: SqlRow, dialect: SqlDialect): OutboxNotice {
  const record = withoutNulls({
    id: row['id'],
    kind: row['kind'],
    patronId: row['patron_id'],
    reservationId: row['reservation_id'],
    createdAt: row['created_at'],
    payload: dialect.readJson(row['payload']),
  });
  return parseRow(OutboxNoticeRecordSchema, 'outbox', row, record) as OutboxNotice;
}

export function jobRunFromRow(row: SqlRow): JobRun {
  const record = {
    job: row['job'],
    date: row['run_date'],
    owner: row['owner'],
    claimedAt: row['claimed_at'],
    finishedAt: row['finished_at'] ?? null,
  };
  return parseRow(JobRunRecordSchema, 'job_runs', row, record, `${String(row['job'])}/${String(row['run_date'])}`);
}

export function favouriteFromRow(row: SqlRow): FavouriteEntry {
  const record = { volumeId: row['volume_id'] };
  return parseRow(FavouriteEntryRecordSchema, 'favourites', row, record, entryRowId(row));
}

/** A cartEntry row as its record (the quick reader, or the schema when it declines). */
export function cartEntryFromRow(row: SqlRow): CartEntry {
  return quickCartEntryFromRow(row) ?? checkedCartEntryFromRow(row);
}

/** A cartEntry row checked against its record schema. */
export function checkedCartEntryFromRow(row: SqlRow): CartEntry {
  const record = { volumeId: row['volume_id'], pickupBranchId: row['pickup_branch_id'] };
  return parseRow(CartEntryRecordSchema, 'cart', row, record, entryRowId(row));
}
