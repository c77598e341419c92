import { formatIssuePath, toYoyakuIssues, YoyakuError } from '../errors/yoyaku-error.js';
import { shippedLocales, type LocaleRegistry } from '../notices/locale-registry.js';
import { PolicySchema, type Policy } from '../policy/schema.js';
import type { JobProgress } from './internal/chunked-job.js';
import type { StoragePorts } from '../ports/storage-ports.js';
import type { ServiceContext } from './internal/context.js';
import { eventActorOf } from './internal/record-events.js';
import { guarded } from './internal/run-unit.js';
import type { ReservationService } from './reservation-service.js';
import { runApprovalBatch } from './use-cases/approval.js';
import { cancelByStaff, cancelOnline } from './use-cases/cancel.js';
import { addToCart, cartPage, listCart, removeFromCart } from './use-cases/cart.js';
import { changeOnline, changePickupByStaff } from './use-cases/change.js';
import { checkIn } from './use-cases/check-in.js';
import { confirmPull, markCopy } from './use-cases/copy-life.js';
import { staffList } from './use-cases/staff-lists.js';
import { collectHold } from './use-cases/collect.js';
import { placeCounterReservation } from './use-cases/counter.js';
import { deliverNotices } from './use-cases/deliver-notices.js';
import { runHoldExpiry } from './use-cases/expiry.js';
import { addFavourite, favouritesPage, listFavourites, moveFavouriteToCart, removeFavourite } from './use-cases/favourites.js';
import { listReservations, loanStatusPage } from './use-cases/lists.js';
import { renewLoan } from './use-cases/loans.js';
import { changeEmail, setInternetRegistration, setNoticePrivacy, setUnreachable } from './use-cases/patron-settings.js';
import { submitCart } from './use-cases/submit.js';
import { checkoutWalkIn } from './use-cases/walk-in.js';
import { setNotNeededAfter, suspendReservation } from './use-cases/patron-options.js';
import { runRetention } from './use-cases/retention.js';
import { history } from './use-cases/history.js';
import { approveByStaff, extendHold, moveInQueue, rejectByStaff } from './use-cases/staff-decisions.js';

/**
 * Options of {@link createReservationService}.
 * @category Service
 * @example
 * let n = 0;
 * const options: ReservationServiceOptions = { ids: () => `id-${++n}`, maxRetries: 5, serverId: 'web-1', noticeLocale: 'en' };
 */
export interface ReservationServiceOptions {
  /** Makes the id of each new reservation, loan and notice. Default: `crypto.randomUUID()`. */
  readonly ids?: (() => string) | undefined;
  /** Retries of a unit of work after a `VERSION_CONFLICT`, beyond the first attempt. Default 3. */
  readonly maxRetries?: number | undefined;
  /** The owner this service writes into job-run claims (C1, D3). Default: `yoyaku-` and a random UUID. */
  readonly serverId?: string | undefined;
  /** The language of the hold notices rendered into the outbox (D1): `ja` (default), `en`, `ja-easy`, or a locale of `locales`. */
  readonly noticeLocale?: string | undefined;
  /** The message tables, with the host's own (`createLocaleRegistry`). Default: the shipped ones. */
  readonly locales?: LocaleRegistry | undefined;
  /**
   * Runs the approval batch and the hold expiry as chunked jobs: resumable sequences of units of
   * at most this many keys each (patrons, then volumes, for the batch; volumes for the expiry),
   * claimed one by one so that several servers share a day's run without doing any chunk twice,
   * each holding its locks only for its own chunk. The results are those of one unit. Default:
   * each job is one unit of work. See `docs/integrating.md`.
   */
  readonly jobChunkSize?: number | undefined;
  /** Called after each chunk of a chunked job this service finished (chunks done and total, by every server). */
  readonly onJobProgress?: ((progress: JobProgress) => void) | undefined;
  // issue 10: delivery from several processes
  /**
   * How long a delivery holds the notices it claimed, in milliseconds, before another process
   * may claim them again (a process that dies mid-send is retried after it). Longer than the
   * mailer needs for one batch. Default 300 000 (5 minutes).
   */
  readonly noticeLeaseMs?: number | undefined;
  /** How many notices one delivery claims per unit of work. Default 50. */
  readonly deliveryBatchSize?: number | undefined;
}

function randomId(): string {
  return globalThis.crypto.randomUUID();
}

function checkedOptions(options: ReservationServiceOptions): {
  maxRetries: number;
  serverId: string;
  noticeLocale: string;
  locales: LocaleRegistry;
  noticeLeaseMs: number;
  deliveryBatchSize: number;
} {
  const chunk = options.jobChunkSize;
  const maxRetries = options.maxRetries ?? 3;
  const noticeLeaseMs = options.noticeLeaseMs ?? 300_000;
  const deliveryBatchSize = options.deliveryBatchSize ?? 50;
  const serverId = options.serverId ?? `yoyaku-${randomId()}`;
  const noticeLocale = options.noticeLocale ?? 'ja';
  const locales = options.locales ?? shippedLocales();
  const issues = [
    ...(Number.isInteger(maxRetries) && maxRetries >= 0 ? [] : [{ path: ['maxRetries'], message: 'Expected an integer >= 0' }]),
    ...(typeof serverId === 'string' && serverId.length > 0 ? [] : [{ path: ['serverId'], message: 'Expected a non-empty string' }]),
    ...(locales.locales.includes(noticeLocale) ? [] : [{ path: ['noticeLocale'], message: `Expected one of ${locales.locales.join(', ')}` }]),
    ...(options.ids === undefined || typeof options.ids === 'function' ? [] : [{ path: ['ids'], message: 'Expected a function' }]),
    ...(Number.isInteger(noticeLeaseMs) && noticeLeaseMs >= 1000 ? [] : [{ path: ['noticeLeaseMs'], message: 'Expected an integer >= 1000' }]),
    ...(Number.isInteger(deliveryBatchSize) && deliveryBatchSize >= 1 && deliveryBatchSize <= 1000 ? [] : [{ path: ['deliveryBatchSize'], message: 'Expected an integer from 1 to 1000' }]),
    ...(chunk === undefined || (Number.isInteger(chunk) && chunk >= 1) ? [] : [{ path: ['jobChunkSize'], message: 'Expected an integer >= 1' }]),
    ...(options.onJobProgress === undefined || typeof options.onJobProgress === 'function' ? [] : [{ path: ['onJobProgress'], message: 'Expected a function' }]),
  ];
  if (issues.length > 0)
    throw new YoyakuError('INVALID_INPUT', `Invalid service options: ${issues.map((i) => formatIssuePath(i.path)).join(', ')}`, { issues });
  return { maxRetries, serverId, noticeLocale, locales, noticeLeaseMs, deliveryBatchSize };
}

/**
 * The policy, checked when the service is created: a policy that is not valid is a clear
 * `INVALID_POLICY` now, instead of a `TypeError` in some later operation. Policy input that is
 * valid but was not parsed gets its defaults here, as `parsePolicy` would give them.
 */
function checkedPolicy(policy: unknown): Policy {
  const parsed = PolicySchema.safeParse(policy);
  if (parsed.success) return parsed.data;
  const issues = toYoyakuIssues(parsed.error.issues);
  throw new YoyakuError('INVALID_POLICY', `createReservationService needs a valid policy (parsePolicy or hokutoPolicy()): ${issues.map((i) => formatIssuePath(i.path)).join(', ')}`, { issues });
}

/**
 * Builds the reservation service over a storage and a parsed policy: every use case of the
 * guide, each taking an {@link Actor} and returning a {@link ServiceResult}.
 *
 * - Authorisation: a patron acts online on their own data only (another patron's reservation,
 *   loan or list is refused with `NOT_ALLOWED`, P2) and a patron on any other channel is refused
 *   with A5; every online operation checks the patron's eligibility first (A1, A3, A4, the
 *   maintenance windows of the policy at the clock's now). Staff act at their branch (check-in
 *   and walk-ins there; a hold is handed over only at its pickup branch, else P2). The system
 *   actor runs the jobs. An actor of the wrong kind, malformed, or of an unknown branch gets a
 *   `NOT_ALLOWED` error.
 * - Input is checked with zod at the edge: malformed input is `INVALID_INPUT`, an unknown id
 *   `NOT_FOUND`; nothing is written unless the result is `ok`.
 * - Each operation is one unit of work (delivery of notices excepted), retried from the start on
 *   a `VERSION_CONFLICT` up to `maxRetries` times, then reported as `CONFLICT`.
 * - Hold notices are enqueued in the outbox in the unit that made the hold, and rendered when
 *   `deliverNotices` sends them (D5: the patron's privacy choices then), with the last day
 *   counted from the Japan date they are sent (D2); a notice whose hold ended first is not sent.
 *   Several processes may deliver at once: each claims notices under a lease, so each notice
 *   goes to the mailer once in normal operation, and at least once always.
 *
 * A storage that cannot be reached is an error result, `STORE_UNAVAILABLE` with `retryable`; a
 * stored row that does not match its schema (`INVALID_RECORD`), where the operation cannot set it
 * aside, is thrown as a {@link YoyakuError}.
 * @param ports - the storage (units of work, clock, capabilities)
 * @param policy - the parsed policy
 * @param options - id generator, retries, job-run owner, notice locale
 * @returns the service
 * @throws {@link YoyakuError} `INVALID_INPUT` for invalid options; `INVALID_POLICY` for a policy that does not match the policy schema
 * @category Service
 * @example
 * import { createMemoryStorage } from 'yoyaku-rules/memory';
 * const storage = createMemoryStorage({ clock: fixedClock('2026-12-03T01:00:00.000Z') });
 * const service = createReservationService(storage, hokutoPolicy());
 * const patron: Actor = { kind: 'patron', patronId: 'p-1', channel: 'online' };
 * await service.addToCart(patron, { volumeId: 't-1/1', pickupBranchId: 'akeno' });
 * const result = await service.submitCart(patron, { volumeIds: ['t-1/1'] });
 * if (result.ok) result.value[0]?.ok; // true: the request is 予約申請中 (B3)
 * @example
 * // The morning batch, once per day across servers (C1)
 * const first = await service.runApprovalBatch({ kind: 'system' });
 * const again = await service.runApprovalBatch({ kind: 'system' });
 * again.ok && again.value.claimed; // false
 * @example
 * // A refusal names its rule, and nothing was written
 * const r = await service.cancelOnline(patron, { reservationId: 'r-held' });
 * if (!r.ok && r.kind === 'refused') r.refusals[0].rule; // 'F4'
 */
export function createReservationService(ports: StoragePorts, policy: Policy, options: ReservationServiceOptions = {}): ReservationService {
  const { maxRetries, serverId, noticeLocale, locales, noticeLeaseMs, deliveryBatchSize } = checkedOptions(options);
  const ctx: ServiceContext = {
    ports,
    policy: checkedPolicy(policy),
    jobChunkSize: options.jobChunkSize,
    onJobProgress: options.onJobProgress,
    newId: options.ids ?? randomId,
    maxRetries,
    serverId,
    noticeLocale,
    locales,
    noticeLeaseMs,
    deliveryBatchSize,
    now: () => ports.clock.now(),
  };
  // One context per distinct event actor, made once and shared by its calls (contexts are read-only):
  // a copy of the context for every call showed in a year's simulation. Bounded, whatever callers pass.
  const contexts = new Map<string, ServiceContext>();
  const acting = (actor: unknown): ServiceContext => {
    const by = eventActorOf(actor);
    const key = by.kind === 'staff' ? JSON.stringify([by.staffId, by.branchId]) : by.kind;
    let found = contexts.get(key);
    if (found === undefined) {
      if (contexts.size >= 1000) contexts.clear();
      contexts.set(key, (found = { ...ctx, actor: Object.freeze(by) }));
    }
    return found;
  };
  return {
    addFavourite: (actor, input) => guarded(() => addFavourite(acting(actor), actor, input)),
    removeFavourite: (actor, input) => guarded(() => removeFavourite(acting(actor), actor, input)),
    listFavourites: (actor) => guarded(() => listFavourites(acting(actor), actor)),
    favouritesPage: (actor, input) => guarded(() => favouritesPage(acting(actor), actor, input)),
    moveFavouriteToCart: (actor, input) => guarded(() => moveFavouriteToCart(acting(actor), actor, input)),
    addToCart: (actor, input) => guarded(() => addToCart(acting(actor), actor, input)),
    removeFromCart: (actor, input) => guarded(() => removeFromCart(acting(actor), actor, input)),
    listCart: (actor) => guarded(() => listCart(acting(actor), actor)),
    cartPage: (actor, input) => guarded(() => cartPage(acting(actor), actor, input)),
    submitCart: (actor, input) => guarded(() => submitCart(acting(actor), actor, input)),
    placeCounterReservation: (actor, input) => guarded(() => placeCounterReservation(acting(actor), actor, input)),
    checkoutWalkIn: (actor, input) => guarded(() => checkoutWalkIn(acting(actor), actor, input)),
    checkIn: (actor, input) => guarded(() => checkIn(acting(actor), actor, input)),
    markCopy: (actor, input) => guarded(() => markCopy(acting(actor), actor, input)),
    confirmPull: (actor, input) => guarded(() => confirmPull(acting(actor), actor, input)),
    staffList: (actor, input) => guarded(() => staffList(acting(actor), actor, input)),
    collectHold: (actor, input) => guarded(() => collectHold(acting(actor), actor, input)),
    runApprovalBatch: (actor, input) => guarded(() => runApprovalBatch(acting(actor), actor, input)),
    runHoldExpiry: (actor, input) => guarded(() => runHoldExpiry(acting(actor), actor, input)),
    cancelOnline: (actor, input) => guarded(() => cancelOnline(acting(actor), actor, input)),
    cancelByStaff: (actor, input) => guarded(() => cancelByStaff(acting(actor), actor, input)),
    changeOnline: (actor, input) => guarded(() => changeOnline(acting(actor), actor, input)),
    changePickupByStaff: (actor, input) => guarded(() => changePickupByStaff(acting(actor), actor, input)),
    listReservations: (actor, input) => guarded(() => listReservations(acting(actor), actor, input)),
    loanStatusPage: (actor, input) => guarded(() => loanStatusPage(acting(actor), actor, input)),
    renewLoan: (actor, input) => guarded(() => renewLoan(acting(actor), actor, input)),
    setInternetRegistration: (actor, input) => guarded(() => setInternetRegistration(acting(actor), actor, input)),
    setUnreachable: (actor, input) => guarded(() => setUnreachable(acting(actor), actor, input)),
    changeEmail: (actor, input) => guarded(() => changeEmail(acting(actor), actor, input)),
    setNoticePrivacy: (actor, input) => guarded(() => setNoticePrivacy(acting(actor), actor, input)),
    deliverNotices: (send) => guarded(() => deliverNotices(ctx, send)),
    // issue 10
    approveByStaff: (actor, input) => guarded(() => approveByStaff(acting(actor), actor, input)),
    rejectByStaff: (actor, input) => guarded(() => rejectByStaff(acting(actor), actor, input)),
    extendHold: (actor, input) => guarded(() => extendHold(acting(actor), actor, input)),
    moveInQueue: (actor, input) => guarded(() => moveInQueue(acting(actor), actor, input)),
    suspendReservation: (actor, input) => guarded(() => suspendReservation(acting(actor), actor, input)),
    setNotNeededAfter: (actor, input) => guarded(() => setNotNeededAfter(acting(actor), actor, input)),
    runRetention: (actor, input) => guarded(() => runRetention(acting(actor), actor, input)),
    history: (actor, input) => guarded(() => history(acting(actor), actor, input)),
  };
}
