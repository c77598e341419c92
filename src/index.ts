/**
 * The main entry point: the whole library. The rules of a Japanese public library's internet
 * reservation service as pure functions and data (model, policy, calendar, lifecycle, rules,
 * jobs, notices), with zod for parsing outside data, and the ports a host implements.
 * @packageDocumentation
 */
// The public entry point: explicit named re-exports, grouped by layer.

// Model
export type { PatronId, TitleId, VolumeId, CopyId, BranchId, ReservationId, LoanId } from './model/ids.js';
export type { LocalDate, Instant } from './model/time.js';
export type { Patron, NoticePrivacy } from './model/patron.js';
export type { Branch, BranchKind } from './model/branch.js';
export type { Title, Volume, Copy, CopyStatus, Category } from './model/material.js';
export { COPY_STATUSES } from './model/material.js';
export type {
  Channel,
  ReservationStatus,
  RejectionReason,
  CancelledBy,
  ReservationBase,
  RequestedReservation,
  ReservedReservation,
  RejectedReservation,
  OnHoldReservation,
  CollectedReservation,
  LapsedReservation,
  CancelledReservation,
  Reservation,
  ReservationOf,
} from './model/reservation.js';
export { RESERVATION_STATUSES, ACTIVE_STATUSES, FINAL_STATUSES } from './model/reservation.js';
export type { Loan } from './model/loan.js';
export type { DomainEvent, DomainEventType, EventBase } from './model/domain-event.js';
export { parseReservation, parsePatron, parseTitle, parseVolume, parseCopy, parseLoan } from './validation/parse-model.js';
export { isStorableText } from './validation/storable-text.js';

// Errors and refusals
export type { RuleId } from './errors/rule-id.js';
export { RULE_IDS } from './errors/rule-id.js';
export type { RefusalCode } from './errors/refusal-codes.js';
export { REFUSAL_RULES, REFUSAL_CODES } from './errors/refusal-codes.js';
export type { Refusal, RefusalParams, Verdict } from './errors/refusal.js';
export { refusal, refuse, ALLOWED, combineVerdicts } from './errors/refusal.js';
export type { YoyakuErrorCode, YoyakuIssue } from './errors/yoyaku-error.js';
export { YoyakuError, isYoyakuError, toYoyakuIssues, parseOrThrow } from './errors/yoyaku-error.js';

// Policy
export type { Policy, PolicyBranch, PolicyInput, BranchCalendar, MaintenanceWindow } from './policy/schema.js';
export {
  PolicySchema,
  BranchSchema,
  BranchCalendarSchema,
  MaintenanceWindowSchema,
  LocalDateSchema,
  InstantSchema,
} from './policy/schema.js';
export { parsePolicy, safeParsePolicy } from './policy/parse-policy.js';
export { hokutoPolicy, HOKUTO_POLICY_INPUT } from './policy/presets/hokuto.js';

// Calendar
export { toEpochDay, fromEpochDay, addDays, weekdayOf, isLocalDate, assertLocalDate } from './calendar/local-date.js';
export { japanDateOf, startOfJapanDay } from './calendar/japan-date.js';
export { isOpenOn, nextOpenDay, calendarCoverage } from './calendar/open-days.js';
export { holidayCoverage } from './calendar/compiled-calendar.js';
export type { HolidayCoverage } from './calendar/japan-holidays.js';
export { japanHolidays, JAPAN_HOLIDAY_COVERAGE } from './calendar/japan-holidays.js';
export { holdLastDay } from './calendar/hold-last-day.js';

// Lifecycle
export type { LifecycleEvent, LifecycleEventType } from './lifecycle/lifecycle-event.js';
export type { TransitionRow } from './lifecycle/transition-table.js';
export { TRANSITIONS } from './lifecycle/transition-table.js';
export type { TransitionContext, TransitionResult } from './lifecycle/transition.js';
export { transition, can } from './lifecycle/transition.js';
export type { NewReservationInput } from './lifecycle/create.js';
export { createOnlineRequest, createCounterReservation } from './lifecycle/create.js';
export { toMermaid } from './lifecycle/to-mermaid.js';

// Rules
export { isActiveReservation, isCancellationPending, isQueued } from './rules/reservation-state.js';
export type { EmailChangeOptions } from './rules/eligibility.js';
export { isAcceptedChannel, checkChannel, checkOnlineEligibility, checkEmailChange, applyEmailChange } from './rules/eligibility.js';
export { checkPickupBranch } from './rules/pickup.js';
export type { ReservableItem } from './rules/reservability.js';
export { checkReservable, isUnfulfillable, checkFulfillable, copySupply, checkLendable } from './rules/reservability.js';
export type { CopySupply } from './rules/reservability.js';
export type { QuotaCount, QuotaAddition } from './rules/quota.js';
export { countQuota, checkQuota } from './rules/quota.js';
export { checkNotDuplicate } from './rules/duplicate.js';
export { checkNotOnLoan } from './rules/already-on-loan.js';
export type { PlacementInput } from './rules/placement.js';
export { checkPlacement } from './rules/placement.js';
export { checkOnlineCancellation, checkStaffCancellation } from './rules/cancellation.js';
export { checkOnlineChange, checkStaffPickupChange } from './rules/change.js';
export type { LoanStatus } from './rules/loan-status.js';
export { loanStatus, checkRenewal, renewLoan } from './rules/loan-status.js';
export { checkWalkInCheckout } from './rules/walk-in.js';

// Ports
export type { ReservationStore, ListByPatronOptions } from './ports/reservation-store.js';
export type { CopyStore } from './ports/copy-store.js';
export type { LoanStore, ListLoansOptions } from './ports/loan-store.js';
export type { CatalogItem, CatalogPort } from './ports/catalog-port.js';
export type { PatronStore, VersionedPatron } from './ports/patron-store.js';
export type { FavouritesStore, FavouriteEntry } from './ports/favourites-store.js';
export type { CartStore, CartEntry } from './ports/cart-store.js';
export type { Outbox, OutboxNotice, JsonValue } from './ports/outbox.js';
export type { JobRuns, JobRun, JobName } from './ports/job-runs.js';
export type { Clock, FixedClock, ClockAdvance } from './ports/clock.js';
export { systemClock, fixedClock } from './ports/clock.js';
export type { UnitOfWork, StoresTx } from './ports/unit-of-work.js';
export type { SetAsideRecord, UnitOfWorkOptions, StoreHealth, HealthCheckable } from './ports/unreadable-records.js';
export type { JobChunk, JobChunks, JobChunkState } from './ports/job-chunks.js';
export type { JobProgress } from './service/internal/chunked-job.js';
export type { StoragePorts, StorageCapabilities } from './ports/storage-ports.js';
export type { SeedData, SeedableStorage } from './ports/seed-data.js';
export type { StoreTable } from './ports/store-errors.js';
export { versionConflict, recordNotFound, assertNextVersion } from './ports/store-errors.js';
export type { PatronRecord } from './ports/record-schemas.js';
export {
  ReservationRecordSchema,
  CopyRecordSchema,
  LoanRecordSchema,
  PatronRecordSchema,
  TitleRecordSchema,
  VolumeRecordSchema,
  OutboxNoticeRecordSchema,
  JobRunRecordSchema,
  parseRecord,
} from './ports/record-schemas.js';

// Jobs
export type { QueueKey } from './jobs/queue-order.js';
export { compareQueue, queueOf, queuePosition } from './jobs/queue-order.js';
export type {
  ApprovalSnapshot,
  ApprovalOptions,
  ApprovalDecision,
  ApprovalDecisionKind,
  ApprovalBatchResult,
} from './jobs/approval-batch.js';
export { runApprovalBatch } from './jobs/approval-batch.js';
export type { TrapCopyInput, TrapResult, TrapKind, TrapCopiesInput, TrapCopiesResult } from './jobs/trapping.js';
export { trapCopy, trapCopies } from './jobs/trapping.js';
export type { HoldExpirySnapshot, HoldExpiryOptions, HoldExpiryResult } from './jobs/hold-expiry.js';
export { runHoldExpiry } from './jobs/hold-expiry.js';

// Notices and labels
export type { BilingualText, Locale } from './notices/labels.js';
export { RESERVATION_STATUS_LABELS, COPY_STATUS_LABELS, CHANNEL_LABELS } from './notices/labels.js';
export { formatLocalDate } from './notices/format-date.js';
export type { HoldNoticeInput, HoldNoticeFields, HoldNotice } from './notices/hold-notice.js';
export { buildHoldNotice } from './notices/hold-notice.js';
export type { RefusalMessageOverrides } from './notices/refusal-messages.js';
export { REFUSAL_MESSAGES, formatRefusal, fillTemplate } from './notices/refusal-messages.js';
export type { LocaleRegistry, MessageTable } from './notices/locale-registry.js';
export { createLocaleRegistry, localeTable, shippedLocales, shippedMessageTables } from './notices/locale-registry.js';
export { EASY_JAPANESE_CHANNELS, EASY_JAPANESE_COPY_STATUSES, EASY_JAPANESE_REFUSALS, EASY_JAPANESE_STATUSES } from './notices/ja-easy.js';
export { easyJapaneseNotice, englishNotice, japaneseNotice } from './notices/hold-notice-texts.js';

// Service
export type { Actor } from './service/actor.js';
export type { ServiceResult, ServiceErrorCode } from './service/service-result.js';
export type {
  ReservationService,
  SubmitOutcome,
  CheckInOutcome,
  ReservationView,
  ReservationList,
  LoanView,
  LoanStatusPage,
  FavouritesPage,
  CartPage,
  JobSummary,
  DeliverableNotice,
  NoticeSender,
  NoticeDeliveryReport,
} from './service/reservation-service.js';
export type { ReservationServiceOptions } from './service/create-reservation-service.js';
export { createReservationService } from './service/create-reservation-service.js';
export { withStoreOutagesThrown } from './service/store-outages-thrown.js';
export { HOLD_NOTICE_KIND } from './service/internal/hold-notices.js';

// issue 10: staff decisions, the notice as sent, patrons' options, the record of what happened
export type { PatronOptions } from './model/reservation.js';
export { checkStaffBranch, checkHoldExtension, maxExtendedLastDay, checkPatronOption } from './rules/staff-decisions.js';
export type { QueueMoveWrite, QueueMovePlan } from './jobs/queue-reorder.js';
export { planQueueMove } from './jobs/queue-reorder.js';
export type { EstimatedWaitInput } from './jobs/estimated-wait.js';
export { estimateWaitDays } from './jobs/estimated-wait.js';
export { REJECTION_REASON_TEXTS, rejectionReasonText, rejectionReasonTexts } from './notices/rejection-reasons.js';
export type { HoldDates } from './calendar/hold-dates.js';
export { holdDatesFrom, holdDatesOn, holdDatesOnDelivery } from './calendar/hold-dates.js';
export type { UnsentNotice } from './service/reservation-service.js';
export type { EventLog, EventRecord, NewEventRecord, EventActor } from './ports/event-log.js';
export { ANONYMISED_PATRON_ID } from './ports/event-log.js';
export { isSuspendedOn } from './rules/patron-options.js';
export type { RetentionSummary } from './service/reservation-service.js';
// --- issue 9: copies on the move (P5–P9) ---
export type { CopyPlace } from './model/material.js';
export { moveCopy, OUT_OF_SERVICE_STATUSES } from './model/material.js';
export type { CopySource } from './jobs/trapping.js';
export { goesHome } from './jobs/trapping.js';
export { holdPeriod } from './jobs/hold-start.js';
export type { PageRequest } from './ports/page.js';
export type { CopyEvent, CopyEventType } from './model/copy-event.js';
export type { CopyMark } from './rules/copy-life.js';
export { checkCopyMark, markCopy, copyEvent, COPY_MARKS } from './rules/copy-life.js';
export type { CopyMarkOutcome, StaffList, StaffListKind, StaffListLine } from './service/reservation-service.js';
// --- end issue 9 ---
