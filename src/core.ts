/**
 * The pure core without zod at run time: model, calendar, lifecycle, rules and jobs, with the
 * status labels. Everything here is also exported from the main entry, `yoyaku-rules`; import
 * this one when bundle size matters (under 10 kB gzipped) and your data is already parsed.
 * Notices and refusal messages (their Japanese and English texts) live in the main entry only.
 * @packageDocumentation
 */

export { COPY_STATUSES } from './model/material.js';
export { RESERVATION_STATUSES, ACTIVE_STATUSES, FINAL_STATUSES } from './model/reservation.js';
export { RULE_IDS } from './errors/rule-id.js';
export { REFUSAL_RULES, REFUSAL_CODES } from './errors/refusal-codes.js';
export { refusal, refuse, ALLOWED, combineVerdicts } from './errors/refusal.js';
export { YoyakuError, isYoyakuError } from './errors/yoyaku-error.js';
export { toEpochDay, fromEpochDay, addDays, weekdayOf, isLocalDate, assertLocalDate } from './calendar/local-date.js';
export { japanDateOf, startOfJapanDay } from './calendar/japan-date.js';
export { isOpenOn, nextOpenDay, calendarCoverage } from './calendar/open-days.js';
export { holidayCoverage } from './calendar/compiled-calendar.js';
export type { HolidayCoverage } from './calendar/japan-holidays.js';
export { japanHolidays, JAPAN_HOLIDAY_COVERAGE } from './calendar/japan-holidays.js';
export { holdLastDay } from './calendar/hold-last-day.js';
export { TRANSITIONS } from './lifecycle/transition-table.js';
export { transition, can } from './lifecycle/transition.js';
export { createOnlineRequest, createCounterReservation } from './lifecycle/create.js';
export { toMermaid } from './lifecycle/to-mermaid.js';
export { RESERVATION_STATUS_LABELS } from './notices/labels.js';
// Rules
export { isActiveReservation, isCancellationPending, isQueued } from './rules/reservation-state.js';
export { isAcceptedChannel, checkChannel, checkOnlineEligibility, checkEmailChange, applyEmailChange } from './rules/eligibility.js';
export { checkPickupBranch } from './rules/pickup.js';
export { checkReservable, isUnfulfillable, checkFulfillable, copySupply, checkLendable } from './rules/reservability.js';
export { countQuota, checkQuota } from './rules/quota.js';
export { checkNotDuplicate } from './rules/duplicate.js';
export { checkNotOnLoan } from './rules/already-on-loan.js';
export { checkPlacement } from './rules/placement.js';
export { checkOnlineCancellation, checkStaffCancellation } from './rules/cancellation.js';
export { checkOnlineChange, checkStaffPickupChange } from './rules/change.js';
export { loanStatus, checkRenewal, renewLoan } from './rules/loan-status.js';
export { checkWalkInCheckout } from './rules/walk-in.js';
// Jobs
export { compareQueue, queueOf, queuePosition } from './jobs/queue-order.js';
export { runApprovalBatch } from './jobs/approval-batch.js';
export { trapCopy, trapCopies } from './jobs/trapping.js';
export { runHoldExpiry } from './jobs/hold-expiry.js';

// --- issue 9: copies on the move (P5–P9) ---
export { moveCopy, OUT_OF_SERVICE_STATUSES } from './model/material.js';
export { goesHome } from './jobs/trapping.js';
export { holdPeriod } from './jobs/hold-start.js';
export { checkCopyMark, markCopy, copyEvent, COPY_MARKS } from './rules/copy-life.js';
// --- end issue 9 ---
