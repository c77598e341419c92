import { InstantSchema, LocalDateSchema } from './chunk-KPWFZXN4.js';
import { RULE_IDS, COPY_STATUSES } from './chunk-QTRXJWHJ.js';
import { parseOrThrow } from './chunk-TUTL3NE5.js';
import { z } from 'zod';

var id = z.string().min(1);
var version = z.number().int().min(0);
var instant = InstantSchema;
var localDate = LocalDateSchema;
function absentAsNull(schema) {
  return schema.nullish().transform((value) => value ?? void 0);
}
var rejectionReason = z.union([
  z.object({ rule: z.literal("staff"), note: absentAsNull(z.string()) }),
  z.object({ rule: z.enum(RULE_IDS) })
]);
var reservationBase = {
  id,
  patronId: id,
  titleId: id,
  volumeId: id,
  audiovisual: z.boolean(),
  channel: z.enum(["online", "counter"]),
  pickupBranchId: id,
  placedAt: instant,
  version
};
var ReservationRecordSchema = z.discriminatedUnion("status", [
  z.object({ ...reservationBase, status: z.literal("requested"), cancellationRequestedAt: absentAsNull(instant) }),
  z.object({ ...reservationBase, status: z.literal("reserved"), queuedAt: instant, cancellationRequestedAt: absentAsNull(instant) }),
  z.object({ ...reservationBase, status: z.literal("rejected"), rejectedAt: instant, reasons: z.array(rejectionReason) }),
  z.object({
    ...reservationBase,
    status: z.literal("onHold"),
    queuedAt: instant,
    copyId: id,
    trappedAt: instant,
    noticeDate: localDate,
    lastDay: localDate
  }),
  z.object({ ...reservationBase, status: z.literal("collected"), copyId: id, collectedAt: instant }),
  z.object({ ...reservationBase, status: z.literal("lapsed"), copyId: id, lastDay: localDate, lapsedAt: instant }),
  z.object({
    ...reservationBase,
    status: z.literal("cancelled"),
    cancelledAt: instant,
    cancelledBy: z.enum(["patron", "staff"]),
    cancelledFrom: z.enum(["requested", "reserved", "onHold"]),
    copyId: absentAsNull(id),
    note: absentAsNull(z.string())
  })
]);
var CopyRecordSchema = z.object({
  id,
  volumeId: id,
  ownerBranchId: id,
  locationBranchId: id,
  status: z.enum(COPY_STATUSES),
  version
});
var LoanRecordSchema = z.object({
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
  version
});
var PatronRecordSchema = z.object({
  id,
  cardNumber: z.string().min(1),
  name: absentAsNull(z.string()),
  email: z.string().nullish(),
  internetRegistered: z.boolean(),
  unreachable: z.boolean(),
  noticePrivacy: z.object({ showName: z.boolean(), showTitle: z.boolean() }),
  homeBranchId: absentAsNull(id),
  version
});
var TitleRecordSchema = z.object({
  id,
  name: z.string(),
  category: z.string().min(1),
  audiovisual: z.boolean()
});
var VolumeRecordSchema = z.object({
  id,
  titleId: id,
  label: absentAsNull(z.string()),
  set: absentAsNull(z.boolean())
});
var OutboxNoticeRecordSchema = z.object({
  id,
  kind: z.string().min(1),
  patronId: id,
  reservationId: absentAsNull(id),
  createdAt: instant,
  payload: z.record(z.string(), z.json())
});
var JobRunRecordSchema = z.object({
  job: z.enum(["approval", "expiry"]),
  date: localDate,
  owner: z.string().min(1),
  claimedAt: instant,
  finishedAt: instant.nullable()
});
function parseRecord(schema, row, where) {
  return parseOrThrow(schema, row, "INVALID_RECORD", `${where.table} record ${where.id}`, { table: where.table, id: where.id });
}

export { CopyRecordSchema, JobRunRecordSchema, LoanRecordSchema, OutboxNoticeRecordSchema, PatronRecordSchema, ReservationRecordSchema, TitleRecordSchema, VolumeRecordSchema, parseRecord };
//# sourceMappingURL=chunk-WE6C7Y7A.js.map
//# sourceMappingURL=chunk-WE6C7Y7A.js.map