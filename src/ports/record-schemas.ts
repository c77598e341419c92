import * as z from 'zod';
import { parseOrThrow } from '../errors/yoyaku-error.js';
import { RULE_IDS, type RuleId } from '../errors/rule-id.js';
import { COPY_STATUSES, type CopyStatus } from '../model/material.js';
import type { Patron } from '../model/patron.js';
import { InstantSchema, LocalDateSchema } from '../policy/schema.js';
import { storableString } from '../validation/storable-text.js';
import type { StoreTable } from './store-errors.js';

const id = storableString().min(1);
const version = z.number().int().min(0);
const instant = InstantSchema;
const localDate = LocalDateSchema;

/** An optional field that a SQL row holds as `NULL` when absent: `null` reads as `undefined`. */
function absentAsNull<S extends z.ZodType>(schema: S) {
  return schema.nullish().transform((value) => value ?? undefined);
}

const rejectionReason = z.union([
  z.object({ rule: z.literal('staff'), note: absentAsNull(storableString()) }),
  z.object({ rule: z.enum(RULE_IDS as [RuleId, ...RuleId[]]) }),
]);

// issue 10: the patron's options on a reservation not yet on hold (P13, P14)
const patronOptions = {
  notNeededAfter: absentAsNull(localDate),
  suspendedUntil: absentAsNull(localDate),
};

const reservationBase = {
  id,
  patronId: id,
  titleId: id,
  volumeId: id,
  audiovisual: z.boolean(),
  channel: z.enum(['online', 'counter']),
  pickupBranchId: id,
  placedAt: instant,
  version,
};

/**
 * Zod schema of a stored reservation: a discriminated union on `status`, each status with
 * exactly its own fields (unknown columns are dropped, `NULL` optional fields read as absent).
 * SQL adapters check rows with it through {@link parseRecord}.
 * @category Ports
 * @example
 * const r = parseRecord(ReservationRecordSchema, row, { table: 'reservations', id: row.id });
 * r.status; // 'requested' | 'reserved' | …
 */
export const ReservationRecordSchema = z.discriminatedUnion('status', [
  z.object({ ...reservationBase, ...patronOptions, status: z.literal('requested'), cancellationRequestedAt: absentAsNull(instant) }),
  z.object({ ...reservationBase, ...patronOptions, status: z.literal('reserved'), queuedAt: instant, cancellationRequestedAt: absentAsNull(instant) }),
  z.object({ ...reservationBase, status: z.literal('rejected'), rejectedAt: instant, reasons: z.array(rejectionReason) }),
  z.object({
    ...reservationBase,
    status: z.literal('onHold'),
    queuedAt: instant,
    copyId: id,
    trappedAt: instant,
    noticeDate: localDate,
    lastDay: localDate,
    noticeSentAt: absentAsNull(instant),
  }),
  z.object({ ...reservationBase, status: z.literal('collected'), copyId: id, collectedAt: instant }),
  z.object({ ...reservationBase, status: z.literal('lapsed'), copyId: id, lastDay: localDate, lapsedAt: instant }),
  z.object({
    ...reservationBase,
    status: z.literal('cancelled'),
    cancelledAt: instant,
    cancelledBy: z.enum(['patron', 'staff', 'system']),
    cancelledFrom: z.enum(['requested', 'reserved', 'onHold']),
    copyId: absentAsNull(id),
    note: absentAsNull(storableString()),
  }),
]);

/**
 * Zod schema of a stored copy.
 * @category Ports
 * @example
 * parseRecord(CopyRecordSchema, row, { table: 'copies', id: row.id }).status; // 'onShelf'
 */
export const CopyRecordSchema = z.object({
  id,
  volumeId: id,
  ownerBranchId: id,
  locationBranchId: id,
  status: z.enum(COPY_STATUSES as [CopyStatus, ...CopyStatus[]]),
  // issue 9 (copies on the move): 禁帯出 and where the copy travels, for whom
  notForLoan: absentAsNull(z.boolean()),
  reservationId: absentAsNull(id),
  transitFromBranchId: absentAsNull(id),
  version,
});

/**
 * Zod schema of a stored loan.
 * @category Ports
 * @example
 * parseRecord(LoanRecordSchema, row, { table: 'loans', id: row.id }).returnedAt; // null while open
 */
export const LoanRecordSchema = z.object({
  id,
  patronId: id,
  copyId: id,
  volumeId: id,
  titleId: id,
  branchId: id,
  lentAt: instant,
  dueDate: localDate,
  renewals: z.number().int().min(0),
  reservationId: absentAsNull(id),
  returnedAt: instant.nullable(),
  version,
});

/**
 * A stored patron row: the {@link Patron} and the version kept alongside it.
 * @category Ports
 * @example
 * const { version, ...patron }: PatronRecord = parseRecord(PatronRecordSchema, row, { table: 'patrons', id: row.id });
 */
export type PatronRecord = Patron & { readonly version: number };

/**
 * Zod schema of a stored patron row: the patron's fields and its `version`.
 * @category Ports
 * @example
 * const { version, ...patron } = parseRecord(PatronRecordSchema, row, { table: 'patrons', id: row.id });
 */
export const PatronRecordSchema = z.object({
  id,
  cardNumber: storableString().min(1),
  name: absentAsNull(storableString()),
  email: storableString().nullish(),
  internetRegistered: z.boolean(),
  unreachable: z.boolean(),
  noticePrivacy: z.object({ showName: z.boolean(), showTitle: z.boolean() }),
  homeBranchId: absentAsNull(id),
  version,
});

/**
 * Zod schema of a stored title.
 * @category Ports
 * @example
 * parseRecord(TitleRecordSchema, row, { table: 'titles', id: row.id }).audiovisual; // false
 */
export const TitleRecordSchema = z.object({
  id,
  name: storableString(),
  category: storableString().min(1),
  audiovisual: z.boolean(),
});

/**
 * Zod schema of a stored volume.
 * @category Ports
 * @example
 * parseRecord(VolumeRecordSchema, row, { table: 'volumes', id: row.id }).titleId; // 't-1'
 */
export const VolumeRecordSchema = z.object({
  id,
  titleId: id,
  label: absentAsNull(storableString()),
  set: absentAsNull(z.boolean()),
});

/**
 * Zod schema of a notice stored in the outbox (its payload is any JSON object).
 * @category Ports
 * @example
 * parseRecord(OutboxNoticeRecordSchema, row, { table: 'outbox', id: row.id }).kind; // 'holdNotice'
 */
export const OutboxNoticeRecordSchema = z.object({
  id,
  kind: storableString().min(1),
  patronId: id,
  reservationId: absentAsNull(id),
  createdAt: instant,
  payload: z.record(storableString(), z.json()),
});

/**
 * Zod schema of a stored job run.
 * @category Ports
 * @example
 * parseRecord(JobRunRecordSchema, row, { table: 'job_runs', id: `${row.job}/${row.date}` }).owner;
 */
export const JobRunRecordSchema = z.object({
  job: z.enum(['approval', 'expiry', 'retention']),
  date: localDate,
  owner: storableString().min(1),
  claimedAt: instant,
  finishedAt: instant.nullable(),
});

/**
 * Checks a record read back from storage against its schema, and returns it in the model's
 * shape. A bad row is a data error, thrown as `INVALID_RECORD` naming the table and the id
 * (`details: { table, id }`) with the zod issues; the message lists paths, never values.
 * @param schema - one of the record schemas
 * @param row - the record as read (columns already mapped to the model's field names)
 * @param where - the table and the row's id, for the error
 * @returns the parsed record
 * @throws {@link YoyakuError} `INVALID_RECORD`
 * @category Ports
 * @example
 * parseRecord(CopyRecordSchema, { id: 'c-1', volumeId: 't-1/1', ownerBranchId: 'akeno',
 *   locationBranchId: 'akeno', status: 'lost', version: 0 }, { table: 'copies', id: 'c-1' });
 * // throws YoyakuError INVALID_RECORD, details { table: 'copies', id: 'c-1' }, issues [{ path: ['status'], … }]
 */
export function parseRecord<S extends z.ZodType>(schema: S, row: unknown, where: { readonly table: StoreTable; readonly id: string }): z.output<S> {
  return parseOrThrow(schema, row, 'INVALID_RECORD', `${where.table} record ${where.id}`, { table: where.table, id: where.id });
}
