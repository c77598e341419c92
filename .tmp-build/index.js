export { TRANSITIONS, toMermaid } from './chunk-GLLFAQ75.js';
export { HOKUTO_POLICY_INPUT, HOLD_NOTICE_KIND, createReservationService, hokutoPolicy, parsePolicy, safeParsePolicy } from './chunk-TKWPUT7Z.js';
export { ALLOWED, CHANNEL_LABELS, COPY_STATUS_LABELS, REFUSAL_CODES, REFUSAL_MESSAGES, REFUSAL_RULES, RESERVATION_STATUS_LABELS, addDays, applyEmailChange, assertLocalDate, buildHoldNotice, can, checkChannel, checkEmailChange, checkFulfillable, checkNotDuplicate, checkOnlineCancellation, checkOnlineChange, checkOnlineEligibility, checkPickupBranch, checkPlacement, checkQuota, checkRenewal, checkReservable, checkStaffCancellation, checkStaffPickupChange, checkWalkInCheckout, combineVerdicts, compareQueue, countQuota, createCounterReservation, createOnlineRequest, fillTemplate, formatLocalDate, formatRefusal, fromEpochDay, holdLastDay, isAcceptedChannel, isActiveReservation, isCancellationPending, isLocalDate, isOpenOn, isQueued, isUnfulfillable, japanDateOf, loanStatus, nextOpenDay, queueOf, queuePosition, refusal, refuse, renewLoan, runApprovalBatch, runHoldExpiry, startOfJapanDay, toEpochDay, transition, trapCopies, trapCopy, weekdayOf } from './chunk-NBEY4S4C.js';
export { ACTIVE_STATUSES, FINAL_STATUSES, RESERVATION_STATUSES } from './chunk-E56462TD.js';
export { CopyRecordSchema, JobRunRecordSchema, LoanRecordSchema, OutboxNoticeRecordSchema, PatronRecordSchema, ReservationRecordSchema, TitleRecordSchema, VolumeRecordSchema, parseRecord } from './chunk-WE6C7Y7A.js';
export { BranchCalendarSchema, BranchSchema, InstantSchema, LocalDateSchema, MaintenanceWindowSchema, PolicySchema } from './chunk-KPWFZXN4.js';
export { COPY_STATUSES, RULE_IDS } from './chunk-QTRXJWHJ.js';
export { assertNextVersion, fixedClock, recordNotFound, systemClock, versionConflict } from './chunk-OEUHIEB4.js';
export { YoyakuError, isYoyakuError, parseOrThrow, toYoyakuIssues } from './chunk-TUTL3NE5.js';
//# sourceMappingURL=index.js.map
//# sourceMappingURL=index.js.map