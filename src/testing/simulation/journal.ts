import type { BranchId, CopyId, PatronId, ReservationId } from '../../model/ids.js';
import type { Copy } from '../../model/material.js';
import type { Reservation, ReservationStatus } from '../../model/reservation.js';
import type { Instant, LocalDate } from '../../model/time.js';
import type { VolumeView } from './observe.js';

/** A walk-in checkout tried, with the copy and its volume's reservations just before. */
export interface WalkInAttempt {
  readonly day: LocalDate;
  readonly copyId: CopyId;
  readonly patronId: PatronId;
  readonly branchId: BranchId;
  readonly copyBefore: Copy | null;
  readonly reservationsBefore: readonly Reservation[];
  readonly ok: boolean;
  readonly codes: readonly string[];
}

/** A notice handed to the simulation's mailer. */
export interface SentNotice {
  readonly day: LocalDate;
  readonly noticeId: string;
  readonly kind: string;
  readonly reservationId: ReservationId | null;
  readonly lastDay: string | null;
}

/** One call of the approval batch. */
export interface BatchCall {
  readonly day: LocalDate;
  readonly date: LocalDate;
  readonly claimed: boolean;
  readonly server: string;
}

/** A hold the expiry job lapsed, with its volume read back right after the job. */
export interface LapseRecord {
  readonly day: LocalDate;
  readonly reservationId: ReservationId;
  readonly copyId: CopyId;
  readonly after: VolumeView | null;
}

/** A transition to `reserved` or `rejected` seen in an event, with when the request was made. */
export interface DecisionRecord {
  readonly day: LocalDate;
  readonly reservationId: ReservationId;
  readonly decidedAt: Instant;
  readonly placedAt: Instant;
  readonly pickupBranchId: BranchId;
  readonly channel: 'online' | 'counter';
  readonly to: ReservationStatus;
  /** The branch of the staff member who decided it by hand (P10); `null` for the batch. */
  readonly staffBranchId: BranchId | null;
}

/** A transition the events reported, for F1. */
export interface TransitionRecord {
  readonly day: LocalDate;
  readonly reservationId: ReservationId;
  readonly from: ReservationStatus | null;
  readonly to: ReservationStatus;
}

/**
 * What happened since the invariants last looked, beyond the state: the walk-ins tried, the
 * notices sent, the batch calls, the lapses, the decisions and transitions of the events. Also
 * what the invariants remember for the whole run: the final status each reservation was seen
 * in, and why each copy set out in transit.
 */
export class Journal {
  walkIns: WalkInAttempt[] = [];
  notices: SentNotice[] = [];
  batchCalls: BatchCall[] = [];
  lapses: LapseRecord[] = [];
  decisions: DecisionRecord[] = [];
  transitions: TransitionRecord[] = [];
  /** Service calls made, and those that ended in an error or threw. */
  calls = 0;
  errors: string[] = [];
  /** Days the simulation ran the batch on, waiting for the end-of-day check (which empties it). */
  batchDays: LocalDate[] = [];
  readonly finalSeen = new Map<ReservationId, ReservationStatus>();
  readonly transitReasons = new Map<CopyId, { readonly to: BranchId; readonly reason: string }>();
  readonly claimedDates = new Map<LocalDate, number>();
  /** Reservations whose approval or rejection was checked against C1 (each once). */
  readonly decisionsChecked = new Set<ReservationId>();
  /** Holds staff extended (P11): their notice date may be followed by more days than the policy's hold days. */
  readonly extendedHolds = new Set<ReservationId>();

  /** Empties what the last check looked at (the memory of the run stays). */
  drain(): void {
    this.walkIns = [];
    this.notices = [];
    this.batchCalls = [];
    this.lapses = [];
    this.decisions = [];
    this.transitions = [];
    this.calls = 0;
    this.errors = [];
  }
}
