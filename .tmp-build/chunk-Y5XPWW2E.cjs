'use strict';

var chunkHMNALECV_cjs = require('./chunk-HMNALECV.cjs');
var chunk3464L2HU_cjs = require('./chunk-3464L2HU.cjs');
var chunk6SLC5VUX_cjs = require('./chunk-6SLC5VUX.cjs');
var zod = require('zod');

var id = zod.z.string().min(1);
var version = zod.z.number().int().min(0);
var instant = chunkHMNALECV_cjs.InstantSchema;
var localDate = chunkHMNALECV_cjs.LocalDateSchema;
function absentAsNull(schema) {
  return schema.nullish().transform((value) => value ?? void 0);
}
var rejectionReason = zod.z.union([
  zod.z.object({ rule: zod.z.literal("staff"), note: absentAsNull(zod.z.string()) }),
  zod.z.object({ rule: zod.z.enum(chunk3464L2HU_cjs.RULE_IDS) })
]);
var reservationBase = {
  id,
  patronId: id,
  titleId: id,
  volumeId: id,
  audiovisual: zod.z.boolean(),
  channel: zod.z.enum(["online", "counter"]),
  pickupBranchId: id,
  placedAt: instant,
  version
};
var ReservationRecordSchema = zod.z.discriminatedUnion("status", [
  zod.z.object({ ...reservationBase, status: zod.z.literal("requested"), cancellationRequestedAt: absentAsNull(instant) }),
  zod.z.object({ ...reservationBase, status: zod.z.literal("reserved"), queuedAt: instant, cancellationRequestedAt: absentAsNull(instant) }),
  zod.z.object({ ...reservationBase, status: zod.z.literal("rejected"), rejectedAt: instant, reasons: zod.z.array(rejectionReason) }),
  zod.z.object({
    ...reservationBase,
    status: zod.z.literal("onHold"),
    queuedAt: instant,
    copyId: id,
    trappedAt: instant,
    noticeDate: localDate,
    lastDay: localDate
  }),
  zod.z.object({ ...reservationBase, status: zod.z.literal("collected"), copyId: id, collectedAt: instant }),
  zod.z.object({ ...reservationBase, status: zod.z.literal("lapsed"), copyId: id, lastDay: localDate, lapsedAt: instant }),
  zod.z.object({
    ...reservationBase,
    status: zod.z.literal("cancelled"),
    cancelledAt: instant,
    cancelledBy: zod.z.enum(["patron", "staff"]),
    cancelledFrom: zod.z.enum(["requested", "reserved", "onHold"]),
    copyId: absentAsNull(id),
    note: absentAsNull(zod.z.string())
  })
]);
var CopyRecordSchema = zod.z.object({
  id,
  volumeId: id,
  ownerBranchId: id,
  locationBranchId: id,
  status: zod.z.enum(chunk3464L2HU_cjs.COPY_STATUSES),
  version
});
var LoanRecordSchema = zod.z.object({
  id,
  patronId: id,
  copyId: id,
  volumeId: id,
  titleId: id,
  branchId: id,
  lentAt: instant,
  dueDate: localDate,
  renewals: zod.z.number().int().min(0),
  reservationId: absentAsNull(id),
  returnedAt: instant.nullable(),
  version
});
var PatronRecordSchema = zod.z.object({
  id,
  cardNumber: zod.z.string().min(1),
  name: absentAsNull(zod.z.string()),
  email: zod.z.string().nullish(),
  internetRegistered: zod.z.boolean(),
  unreachable: zod.z.boolean(),
  noticePrivacy: zod.z.object({ showName: zod.z.boolean(), showTitle: zod.z.boolean() }),
  homeBranchId: absentAsNull(id),
  version
});
var TitleRecordSchema = zod.z.object({
  id,
  name: zod.z.string(),
  category: zod.z.string().min(1),
  audiovisual: zod.z.boolean()
});
var VolumeRecordSchema = zod.z.object({
  id,
  titleId: id,
  label: absentAsNull(zod.z.string()),
  set: absentAsNull(zod.z.boolean())
});
var OutboxNoticeRecordSchema = zod.z.object({
  id,
  kind: zod.z.string().min(1),
  patronId: id,
  reservationId: absentAsNull(id),
  createdAt: instant,
  payload: zod.z.record(zod.z.string(), zod.z.json())
});
var JobRunRecordSchema = zod.z.object({
  job: zod.z.enum(["approval", "expiry"]),
  date: localDate,
  owner: zod.z.string().min(1),
  claimedAt: instant,
  finishedAt: instant.nullable()
});
function parseRecord(schema, row, where) {
  return chunk6SLC5VUX_cjs.parseOrThrow(schema, row, "INVALID_RECORD", `${where.table} record ${where.id}`, { table: where.table, id: where.id });
}

exports.CopyRecordSchema = CopyRecordSchema;
exports.JobRunRecordSchema = JobRunRecordSchema;
exports.LoanRecordSchema = LoanRecordSchema;
exports.OutboxNoticeRecordSchema = OutboxNoticeRecordSchema;
exports.PatronRecordSchema = PatronRecordSchema;
exports.ReservationRecordSchema = ReservationRecordSchema;
exports.TitleRecordSchema = TitleRecordSchema;
exports.VolumeRecordSchema = VolumeRecordSchema;
exports.parseRecord = parseRecord;
//# sourceMappingURL=chunk-Y5XPWW2E.cjs.map
//# sourceMappingURL=chunk-Y5XPWW2E.cjs.map