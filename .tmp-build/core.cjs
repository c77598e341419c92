'use strict';

var chunkZZPCXIVV_cjs = require('./chunk-ZZPCXIVV.cjs');
var chunkIHEQXN5U_cjs = require('./chunk-IHEQXN5U.cjs');
var chunkFSBKBYTI_cjs = require('./chunk-FSBKBYTI.cjs');
var chunk3464L2HU_cjs = require('./chunk-3464L2HU.cjs');
var chunk6SLC5VUX_cjs = require('./chunk-6SLC5VUX.cjs');



Object.defineProperty(exports, "TRANSITIONS", {
  enumerable: true,
  get: function () { return chunkZZPCXIVV_cjs.TRANSITIONS; }
});
Object.defineProperty(exports, "toMermaid", {
  enumerable: true,
  get: function () { return chunkZZPCXIVV_cjs.toMermaid; }
});
Object.defineProperty(exports, "ALLOWED", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.ALLOWED; }
});
Object.defineProperty(exports, "CHANNEL_LABELS", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.CHANNEL_LABELS; }
});
Object.defineProperty(exports, "COPY_STATUS_LABELS", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.COPY_STATUS_LABELS; }
});
Object.defineProperty(exports, "REFUSAL_CODES", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.REFUSAL_CODES; }
});
Object.defineProperty(exports, "REFUSAL_MESSAGES", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.REFUSAL_MESSAGES; }
});
Object.defineProperty(exports, "REFUSAL_RULES", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.REFUSAL_RULES; }
});
Object.defineProperty(exports, "RESERVATION_STATUS_LABELS", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.RESERVATION_STATUS_LABELS; }
});
Object.defineProperty(exports, "addDays", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.addDays; }
});
Object.defineProperty(exports, "applyEmailChange", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.applyEmailChange; }
});
Object.defineProperty(exports, "assertLocalDate", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.assertLocalDate; }
});
Object.defineProperty(exports, "buildHoldNotice", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.buildHoldNotice; }
});
Object.defineProperty(exports, "can", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.can; }
});
Object.defineProperty(exports, "checkChannel", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.checkChannel; }
});
Object.defineProperty(exports, "checkEmailChange", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.checkEmailChange; }
});
Object.defineProperty(exports, "checkFulfillable", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.checkFulfillable; }
});
Object.defineProperty(exports, "checkNotDuplicate", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.checkNotDuplicate; }
});
Object.defineProperty(exports, "checkOnlineCancellation", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.checkOnlineCancellation; }
});
Object.defineProperty(exports, "checkOnlineChange", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.checkOnlineChange; }
});
Object.defineProperty(exports, "checkOnlineEligibility", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.checkOnlineEligibility; }
});
Object.defineProperty(exports, "checkPickupBranch", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.checkPickupBranch; }
});
Object.defineProperty(exports, "checkPlacement", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.checkPlacement; }
});
Object.defineProperty(exports, "checkQuota", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.checkQuota; }
});
Object.defineProperty(exports, "checkRenewal", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.checkRenewal; }
});
Object.defineProperty(exports, "checkReservable", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.checkReservable; }
});
Object.defineProperty(exports, "checkStaffCancellation", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.checkStaffCancellation; }
});
Object.defineProperty(exports, "checkStaffPickupChange", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.checkStaffPickupChange; }
});
Object.defineProperty(exports, "checkWalkInCheckout", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.checkWalkInCheckout; }
});
Object.defineProperty(exports, "combineVerdicts", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.combineVerdicts; }
});
Object.defineProperty(exports, "compareQueue", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.compareQueue; }
});
Object.defineProperty(exports, "countQuota", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.countQuota; }
});
Object.defineProperty(exports, "createCounterReservation", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.createCounterReservation; }
});
Object.defineProperty(exports, "createOnlineRequest", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.createOnlineRequest; }
});
Object.defineProperty(exports, "fillTemplate", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.fillTemplate; }
});
Object.defineProperty(exports, "formatLocalDate", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.formatLocalDate; }
});
Object.defineProperty(exports, "formatRefusal", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.formatRefusal; }
});
Object.defineProperty(exports, "fromEpochDay", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.fromEpochDay; }
});
Object.defineProperty(exports, "holdLastDay", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.holdLastDay; }
});
Object.defineProperty(exports, "isAcceptedChannel", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.isAcceptedChannel; }
});
Object.defineProperty(exports, "isActiveReservation", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.isActiveReservation; }
});
Object.defineProperty(exports, "isCancellationPending", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.isCancellationPending; }
});
Object.defineProperty(exports, "isLocalDate", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.isLocalDate; }
});
Object.defineProperty(exports, "isOpenOn", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.isOpenOn; }
});
Object.defineProperty(exports, "isQueued", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.isQueued; }
});
Object.defineProperty(exports, "isUnfulfillable", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.isUnfulfillable; }
});
Object.defineProperty(exports, "japanDateOf", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.japanDateOf; }
});
Object.defineProperty(exports, "loanStatus", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.loanStatus; }
});
Object.defineProperty(exports, "nextOpenDay", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.nextOpenDay; }
});
Object.defineProperty(exports, "queueOf", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.queueOf; }
});
Object.defineProperty(exports, "queuePosition", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.queuePosition; }
});
Object.defineProperty(exports, "refusal", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.refusal; }
});
Object.defineProperty(exports, "refuse", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.refuse; }
});
Object.defineProperty(exports, "renewLoan", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.renewLoan; }
});
Object.defineProperty(exports, "runApprovalBatch", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.runApprovalBatch; }
});
Object.defineProperty(exports, "runHoldExpiry", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.runHoldExpiry; }
});
Object.defineProperty(exports, "startOfJapanDay", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.startOfJapanDay; }
});
Object.defineProperty(exports, "toEpochDay", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.toEpochDay; }
});
Object.defineProperty(exports, "transition", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.transition; }
});
Object.defineProperty(exports, "trapCopies", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.trapCopies; }
});
Object.defineProperty(exports, "trapCopy", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.trapCopy; }
});
Object.defineProperty(exports, "weekdayOf", {
  enumerable: true,
  get: function () { return chunkIHEQXN5U_cjs.weekdayOf; }
});
Object.defineProperty(exports, "ACTIVE_STATUSES", {
  enumerable: true,
  get: function () { return chunkFSBKBYTI_cjs.ACTIVE_STATUSES; }
});
Object.defineProperty(exports, "FINAL_STATUSES", {
  enumerable: true,
  get: function () { return chunkFSBKBYTI_cjs.FINAL_STATUSES; }
});
Object.defineProperty(exports, "RESERVATION_STATUSES", {
  enumerable: true,
  get: function () { return chunkFSBKBYTI_cjs.RESERVATION_STATUSES; }
});
Object.defineProperty(exports, "COPY_STATUSES", {
  enumerable: true,
  get: function () { return chunk3464L2HU_cjs.COPY_STATUSES; }
});
Object.defineProperty(exports, "RULE_IDS", {
  enumerable: true,
  get: function () { return chunk3464L2HU_cjs.RULE_IDS; }
});
Object.defineProperty(exports, "YoyakuError", {
  enumerable: true,
  get: function () { return chunk6SLC5VUX_cjs.YoyakuError; }
});
Object.defineProperty(exports, "isYoyakuError", {
  enumerable: true,
  get: function () { return chunk6SLC5VUX_cjs.isYoyakuError; }
});
//# sourceMappingURL=core.cjs.map
//# sourceMappingURL=core.cjs.map