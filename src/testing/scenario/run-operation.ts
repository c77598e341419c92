import { isYoyakuError } from '../../errors/yoyaku-error.js';
import type { Refusal } from '../../errors/refusal.js';
import type { DomainEvent } from '../../model/domain-event.js';
import type { VolumeId } from '../../model/ids.js';
import { formatRefusal } from '../../notices/refusal-messages.js';
import type { Actor } from '../../service/actor.js';
import type { JobSummary, NoticeSender, ReservationService, SubmitOutcome } from '../../service/reservation-service.js';
import type { ServiceResult } from '../../service/service-result.js';
import type { RefusalReport } from './scenario-report.js';
import type { ScenarioActor, ScenarioOperationStep } from './scenario-schema.js';

/**
 * What one operation step did: its outcome, refusals or error, the service's value, and the
 * ids of what it created, in order (for `as`).
 * @category Testing
 * @example
 * const done: OperationOutcome = { outcome: 'ok', value: undefined, events: [], created: ['s3-1'], message: 'created s3-1' };
 */
export interface OperationOutcome {
  readonly outcome: 'ok' | 'refused' | 'error';
  readonly refusals?: readonly RefusalReport[] | undefined;
  readonly error?: { readonly code: string; readonly message: string } | undefined;
  readonly value: unknown;
  /** The domain events the service stored with the operation. */
  readonly events: readonly DomainEvent[];
  /** Ids of the reservations or loans created, in the order of the step's aliases. */
  readonly created: readonly (string | null)[];
  readonly message: string;
}

/**
 * The service's actor for a scenario actor.
 * @param actor - the scenario actor
 * @returns the actor
 * @category Testing
 * @example
 * toServiceActor({ patron: 'hanako', channel: 'online' }); // { kind: 'patron', patronId: 'hanako', channel: 'online' }
 */
export function toServiceActor(actor: ScenarioActor): Actor {
  if (actor === 'system') return { kind: 'system' };
  if ('patron' in actor) return { kind: 'patron', patronId: actor.patron, channel: actor.channel };
  return { kind: 'staff', branchId: actor.staff, ...(actor.staffId === undefined ? {} : { staffId: actor.staffId }) };
}

/**
 * A refusal with its Japanese and English messages, for a report.
 * @param refusal - the refusal
 * @param volumeId - the cart entry's volume, when it was one
 * @returns the refusal as reported
 * @category Testing
 * @example
 * reportRefusal({ code: 'NOTICE_SENT', rule: 'F4' }).message.en; // 'After the pickup notice has been sent, …'
 */
function reportRefusal(refusal: Refusal, volumeId?: VolumeId): RefusalReport {
  return {
    code: refusal.code,
    rule: refusal.rule,
    ...(refusal.params === undefined ? {} : { params: refusal.params }),
    ...(volumeId === undefined ? {} : { volumeId }),
    message: { ja: formatRefusal(refusal, 'ja'), en: formatRefusal(refusal, 'en') },
  };
}

function refusalText(refusals: readonly RefusalReport[]): string {
  return refusals.map((r) => `${r.rule} ${r.code}${r.volumeId === undefined ? '' : ` (${r.volumeId})`}`).join(', ');
}

function fromResult<T>(name: string, result: ServiceResult<T>, created: (value: T) => readonly (string | null)[], describe: (value: T) => string): OperationOutcome {
  if (result.ok) {
    return { outcome: 'ok', value: result.value, events: result.events, created: created(result.value), message: `${name}: ${describe(result.value)}` };
  }
  if (result.kind === 'refused') {
    const refusals = result.refusals.map((r) => reportRefusal(r));
    return { outcome: 'refused', refusals, value: undefined, events: [], created: [], message: `${name}: refused (${refusalText(refusals)})` };
  }
  return {
    outcome: 'error',
    error: { code: result.code, message: result.message },
    value: undefined,
    events: [],
    created: [],
    message: `${name}: error ${result.code}: ${result.message}`,
  };
}

function fromSubmit(name: string, result: ServiceResult<readonly SubmitOutcome[]>): OperationOutcome {
  if (!result.ok) return fromResult(name, result, () => [], () => '');
  const refusals = result.value.flatMap((o) => (o.ok ? [] : o.refusals.map((r) => reportRefusal(r, o.volumeId))));
  const created = result.value.map((o) => (o.ok ? o.reservationId : null));
  const made = result.value.filter((o) => o.ok).length;
  const message =
    refusals.length === 0
      ? `${name}: ${made} placed`
      : `${name}: ${made} placed, ${result.value.length - made} refused (${refusalText(refusals)})`;
  return { outcome: refusals.length === 0 ? 'ok' : 'refused', ...(refusals.length === 0 ? {} : { refusals }), value: result.value, events: result.events, created, message };
}

function job(summary: JobSummary): string {
  if (!summary.claimed) return `${summary.date} already run, nothing done`;
  const counts = (['approved', 'rejected', 'cancelled', 'lapsed', 'newHolds'] as const).map((k) => `${k} ${summary[k]}`);
  return `${summary.date}: ${counts.join(', ')}`;
}

const none = (): readonly (string | null)[] => [];
const ok = (): string => 'done';

async function call(
  service: ReservationService,
  actor: Actor,
  step: ScenarioOperationStep,
  resolve: (alias: string) => string,
  send: NoticeSender,
): Promise<OperationOutcome> {
  const name = step.do;
  switch (step.do) {
    case 'addFavourite':
      return fromResult(name, await service.addFavourite(actor, step.args), none, (v) => `${v.length} in favourites`);
    case 'removeFavourite':
      return fromResult(name, await service.removeFavourite(actor, step.args), none, (v) => `${v.length} in favourites`);
    case 'listFavourites':
      return fromResult(name, await service.listFavourites(actor), none, (v) => `${v.length} in favourites`);
    case 'favouritesPage':
      return fromResult(name, await service.favouritesPage(actor, step.args), none, (v) => `${v.volumeIds.length} in favourites${v.nextCursor === null ? '' : ', more'}`);
    case 'moveFavouriteToCart':
      return fromResult(name, await service.moveFavouriteToCart(actor, step.args), none, (v) => `${v.length} in cart`);
    case 'addToCart':
      return fromResult(name, await service.addToCart(actor, step.args), none, (v) => `${v.length} in cart`);
    case 'removeFromCart':
      return fromResult(name, await service.removeFromCart(actor, step.args), none, (v) => `${v.length} in cart`);
    case 'listCart':
      return fromResult(name, await service.listCart(actor), none, (v) => `${v.length} in cart`);
    case 'cartPage':
      return fromResult(name, await service.cartPage(actor, step.args), none, (v) => `${v.entries.length} in cart${v.nextCursor === null ? '' : ', more'}`);
    case 'submitCart':
      return fromSubmit(name, await service.submitCart(actor, step.args));
    case 'reserveOnline': {
      const added = await service.addToCart(actor, step.args);
      const alreadyInCart = !added.ok && added.kind === 'refused' && added.refusals.every((r) => r.code === 'ALREADY_IN_CART');
      if (!added.ok && !alreadyInCart) return fromResult(name, added, none, ok);
      return fromSubmit(name, await service.submitCart(actor, { volumeIds: [step.args.volumeId] }));
    }
    case 'placeCounterReservation':
      return fromResult(name, await service.placeCounterReservation(actor, step.args), (r) => [r.id], (r) => `created ${r.id} (${r.status})`);
    case 'checkoutWalkIn':
      return fromResult(name, await service.checkoutWalkIn(actor, step.args), (l) => [l.id], (l) => `lent as ${l.id}, due ${l.dueDate}`);
    case 'checkIn':
      return fromResult(name, await service.checkIn(actor, step.args), none, (o) => `${o.copy.id}: ${o.kind}`);
    case 'markCopy':
      return fromResult(name, await service.markCopy(actor, step.args), none, (v) => `${v.copy.id}: ${v.copy.status}`);
    case 'confirmPull':
      return fromResult(name, await service.confirmPull(actor, step.args), none, (o) => `${o.copy.id}: ${o.kind}`);
    case 'staffList': {
      const { list, limit, offset } = step.args;
      const input = { list, ...(limit === undefined ? {} : { limit }), ...(offset === undefined ? {} : { offset }) };
      return fromResult(name, await service.staffList(actor, input), none, (v) => `${v.list}: ${v.items.length} lines`);
    }
    case 'collectHold':
      return fromResult(
        name,
        await service.collectHold(actor, { reservationId: resolve(step.args.reservationId) }),
        (l) => [l.id],
        (l) => `lent as ${l.id}, due ${l.dueDate}`,
      );
    case 'runApprovalBatch':
      return fromResult(name, await service.runApprovalBatch(actor, step.args.date === undefined ? {} : { date: step.args.date }), none, job);
    case 'runHoldExpiry':
      return fromResult(name, await service.runHoldExpiry(actor, step.args.date === undefined ? {} : { date: step.args.date }), none, job);
    case 'cancelOnline':
      return fromResult(name, await service.cancelOnline(actor, { reservationId: resolve(step.args.reservationId) }), none, (r) => r.status);
    case 'cancelByStaff': {
      const input = { reservationId: resolve(step.args.reservationId), ...(step.args.note === undefined ? {} : { note: step.args.note }) };
      return fromResult(name, await service.cancelByStaff(actor, input), none, (r) => r.status);
    }
    case 'changeOnline':
      return fromResult(name, await service.changeOnline(actor, { ...step.args, reservationId: resolve(step.args.reservationId) }), none, (r) => r.pickupBranchId);
    case 'changePickupByStaff':
      return fromResult(
        name,
        await service.changePickupByStaff(actor, { ...step.args, reservationId: resolve(step.args.reservationId) }),
        none,
        (r) => `pickup ${r.pickupBranchId}`,
      );
    case 'listReservations':
      return fromResult(name, await service.listReservations(actor, step.args.patronId === undefined ? {} : { patronId: step.args.patronId }), none, (v) => `${v.reservations.length} reservations`);
    case 'loanStatusPage':
      return fromResult(name, await service.loanStatusPage(actor, step.args.patronId === undefined ? {} : { patronId: step.args.patronId }), none, (v) => `${v.loans.length} loans`);
    case 'renewLoan':
      return fromResult(name, await service.renewLoan(actor, { loanId: resolve(step.args.loanId) }), none, (l) => `due ${l.dueDate}`);
    case 'setInternetRegistration': {
      const { email, ...rest } = step.args;
      return fromResult(name, await service.setInternetRegistration(actor, { ...rest, ...(email === undefined ? {} : { email }) }), none, ok);
    }
    case 'setUnreachable':
      return fromResult(name, await service.setUnreachable(actor, step.args), none, ok);
    case 'changeEmail':
      return fromResult(name, await service.changeEmail(actor, step.args), none, ok);
    case 'setNoticePrivacy':
      return fromResult(name, await service.setNoticePrivacy(actor, step.args), none, ok);
    // issue 10
    case 'deliverNotices':
      return fromResult(name, await service.deliverNotices(send), none, (r) =>
        `${r.sent} sent${r.notSent.length === 0 ? '' : `, ${r.notSent.length} not sent (${r.notSent.map((n) => n.status).join(', ')})`}`,
      );
    case 'approveByStaff':
      return fromResult(name, await service.approveByStaff(actor, { reservationId: resolve(step.args.reservationId) }), none, (r) => r.status);
    case 'rejectByStaff':
      return fromResult(name, await service.rejectByStaff(actor, { ...step.args, reservationId: resolve(step.args.reservationId) }), none, (r) => r.status);
    case 'extendHold':
      return fromResult(name, await service.extendHold(actor, { ...step.args, reservationId: resolve(step.args.reservationId) }), none, (r) =>
        r.status === 'onHold' ? `last day ${r.lastDay}` : r.status,
      );
    case 'runRetention':
      return fromResult(name, await service.runRetention(actor, step.args), none, (r) =>
        r.enabled ? `${r.reservations} reservations and ${r.loans} loans anonymised in ${r.units} units` : 'retention is off',
      );
    case 'history': {
      const { reservationId, copyId, patronId } = step.args;
      const input = reservationId !== undefined ? { reservationId: resolve(reservationId) } : copyId !== undefined ? { copyId } : { patronId: patronId ?? '' };
      return fromResult(name, await service.history(actor, input), none, (events) => `${events.length} events`);
    }
    case 'suspendReservation':
      return fromResult(name, await service.suspendReservation(actor, { ...step.args, reservationId: resolve(step.args.reservationId) }), none, () =>
        step.args.until === null ? 'resumed' : `suspended until ${step.args.until}`,
      );
    case 'setNotNeededAfter':
      return fromResult(name, await service.setNotNeededAfter(actor, { ...step.args, reservationId: resolve(step.args.reservationId) }), none, () =>
        step.args.date === null ? 'no date' : `not needed after ${step.args.date}`,
      );
    case 'moveInQueue':
      return fromResult(name, await service.moveInQueue(actor, { ...step.args, reservationId: resolve(step.args.reservationId) }), none, () => `moved to ${step.args.toPosition}`);
  }
}

/**
 * Performs one operation step on the service. Aliases in `reservationId` and `loanId` are
 * resolved to ids first; an alias whose step created nothing, or a service that throws, gives
 * an `error` outcome rather than an exception.
 * @param service - the reservation service
 * @param step - the parsed operation step
 * @param resolve - the id bound to an alias; throws when the alias is unbound
 * @param send - the mailer of a `deliverNotices` step; default: one that accepts every notice
 * @returns what the operation did
 * @category Testing
 * @example
 * const outcome = await runOperation(service, step, (alias) => aliases.get(alias) ?? alias);
 * outcome.outcome; // 'ok' | 'refused' | 'error'
 */
export async function runOperation(
  service: ReservationService,
  step: ScenarioOperationStep,
  resolve: (alias: string) => string,
  send: NoticeSender = async () => {},
): Promise<OperationOutcome> {
  try {
    return await call(service, toServiceActor(step.actor), step, resolve, send);
  } catch (e) {
    const code = isYoyakuError(e) ? e.code : 'THROWN';
    const message = e instanceof Error ? e.message : String(e);
    return { outcome: 'error', error: { code, message }, value: undefined, events: [], created: [], message: `${step.do}: error ${code}: ${message}` };
  }
}
