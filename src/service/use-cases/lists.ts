import { queuePosition } from '../../jobs/queue-order.js';
import type { PatronId, TitleId, VolumeId } from '../../model/ids.js';
import type { Title, Volume } from '../../model/material.js';
import type { Reservation } from '../../model/reservation.js';
import { RESERVATION_STATUS_LABELS } from '../../notices/labels.js';
import { rejectionReasonTexts } from '../../notices/rejection-reasons.js';
import { japanDateOf } from '../../calendar/japan-date.js';
import { estimateWaitDays } from '../../jobs/estimated-wait.js';
import type { StoresTx } from '../../ports/unit-of-work.js';
import { checkRenewal, loanStatus } from '../../rules/loan-status.js';
import { isCancellationPending } from '../../rules/reservation-state.js';
import type { LoanStatusPage, LoanView, ReservationList, ReservationView } from '../reservation-service.js';
import type { ServiceResult } from '../service-result.js';
import { eligiblePatron, patronOrStaff, type PatronOrStaff } from '../internal/authorise.js';
import type { ServiceContext } from '../internal/context.js';
import { halt } from '../internal/halt.js';
import { InputSchemas, parseInput } from '../internal/input.js';
import { pageOf } from '../internal/page.js';
import { existing } from '../internal/lookups.js';
import { done, failed, refusedBy } from '../internal/results.js';
import { runUnit } from '../internal/run-unit.js';

/** The cached value of `key`, loaded on the first call. */
async function cached<K, V>(cache: Map<K, V>, key: K, load: () => Promise<V>): Promise<V> {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const value = await load();
  cache.set(key, value);
  return value;
}

/** Reads each title, volume and volume's active reservations once per call. */
class Reader {
  readonly #titles = new Map<TitleId, Title>();
  readonly #volumes = new Map<VolumeId, Volume>();
  readonly #byVolume = new Map<VolumeId, Reservation[]>();

  constructor(private readonly tx: StoresTx) {}

  title(id: TitleId): Promise<Title> {
    return cached(this.#titles, id, () => existing(this.tx, 'title', id));
  }

  volume(id: VolumeId): Promise<Volume> {
    return cached(this.#volumes, id, () => existing(this.tx, 'volume', id));
  }

  reservationsOf(volumeId: VolumeId): Promise<Reservation[]> {
    return cached(this.#byVolume, volumeId, () => this.tx.reservations.listByVolume(volumeId));
  }
}

/** The estimate of the days to wait, when the policy shows it and the reservation is queued. */
async function estimatedWait(ctx: ServiceContext, tx: StoresTx, reader: Reader, r: Reservation): Promise<number | null> {
  if (!ctx.policy.showEstimatedWait || r.status !== 'reserved') return null;
  const position = queuePosition(r, await reader.reservationsOf(r.volumeId));
  if (position === null) return null;
  const copies = await tx.copies.listByVolume(r.volumeId);
  return estimateWaitDays({ position, copies, policy: ctx.policy });
}

/** Whose data: a patron's own (another's is refused with P2), or any patron's for staff (the id is then required). */
async function subjectPatron(ctx: ServiceContext, tx: StoresTx, who: PatronOrStaff, wanted: PatronId | undefined): Promise<PatronId> {
  if (who.kind === 'patron') {
    await eligiblePatron(ctx, tx, who.patronId, ctx.now());
    if (wanted !== undefined && wanted !== who.patronId) halt(refusedBy('NOT_ALLOWED'));
    return who.patronId;
  }
  if (wanted === undefined)
    halt(failed('INVALID_INPUT', 'Invalid input: patronId', [{ path: ['patronId'], message: 'Staff must name the patron' }]));
  await existing(tx, 'patron', wanted);
  return wanted;
}

/**
 * F1, C2, D2, G3: a patron's reservations, every status, in the order placed: the status with
 * its Japanese and English label, the 1-based queue position (`null` while `requested` (C2), on
 * hold and after), the hold's last day, whether an online cancellation is pending (F2), and the
 * instant the list was computed for (`asOf`, G3). A patron sees their own list online (A1, A3,
 * A4 apply; another patron's id is refused with `NOT_ALLOWED`, P2); staff name the patron.
 * @param ctx - the service context
 * @param actor - the patron online, or staff
 * @param input - `{ patronId }`, required for staff; `limit` (default 100, at most 500) and `cursor` (the previous page's `nextCursor`)
 * @returns the list, one page of it
 * @category Service
 * @example
 * const r = await listReservations(ctx, patron);
 * if (r.ok) r.value.reservations[0]?.label.ja; // '予約申請中'
 */
export async function listReservations(ctx: ServiceContext, actor: unknown, input: unknown): Promise<ServiceResult<ReservationList>> {
  const who = patronOrStaff(ctx, actor, 'list reservations');
  const filter = parseInput(InputSchemas.patronFilter, input);
  const wanted = filter?.patronId;
  return runUnit(ctx, async (tx) => {
    const patronId = await subjectPatron(ctx, tx, who, wanted);
    const asOf = ctx.now();
    const today = japanDateOf(asOf);
    const reader = new Reader(tx);
    const views: ReservationView[] = [];
    const { items, nextCursor } = pageOf(await tx.reservations.listByPatron(patronId), (r) => r.id, filter);
    for (const r of items) {
      const title = await reader.title(r.titleId);
      const volume = await reader.volume(r.volumeId);
      views.push({
        reservationId: r.id,
        volumeId: r.volumeId,
        titleId: r.titleId,
        title: title.name,
        volumeLabel: volume.label ?? null,
        status: r.status,
        label: RESERVATION_STATUS_LABELS[r.status],
        channel: r.channel,
        pickupBranchId: r.pickupBranchId,
        queuePosition: r.status === 'reserved' ? queuePosition(r, await reader.reservationsOf(r.volumeId)) : null,
        lastDay: r.status === 'onHold' ? r.lastDay : null,
        cancellationPending: isCancellationPending(r),
        rejectionReasons: r.status === 'rejected' ? rejectionReasonTexts(r.reasons) : null,
        suspendedUntil: (r.status === 'requested' || r.status === 'reserved') && r.suspendedUntil !== undefined && r.suspendedUntil >= today ? r.suspendedUntil : null,
        notNeededAfter: (r.status === 'requested' || r.status === 'reserved') ? (r.notNeededAfter ?? null) : null,
        estimatedWaitDays: await estimatedWait(ctx, tx, reader, r),
      });
    }
    return done<ReservationList>({ asOf, reservations: views, nextCursor });
  });
}

/**
 * G1–G4: the loan status page of a patron's open loans, in the order lent: overdue (G1: the due
 * date in red), reserved (G2: 予約「有」, someone waits), whether a renewal would be accepted now
 * (G4, {@link checkRenewal}), and `asOf` (G3). Who may see it: as {@link listReservations}.
 * @param ctx - the service context
 * @param actor - the patron online, or staff
 * @param input - `{ patronId }`, required for staff; `limit` and `cursor` as for {@link listReservations}
 * @returns the page
 * @category Service
 * @example
 * const r = await loanStatusPage(ctx, patron);
 * if (r.ok) r.value.loans[0]?.renewable; // false while someone waits (G4)
 */
export async function loanStatusPage(ctx: ServiceContext, actor: unknown, input: unknown): Promise<ServiceResult<LoanStatusPage>> {
  const who = patronOrStaff(ctx, actor, 'see the loan status page');
  const filter = parseInput(InputSchemas.patronFilter, input);
  const wanted = filter?.patronId;
  return runUnit(ctx, async (tx) => {
    const patronId = await subjectPatron(ctx, tx, who, wanted);
    const asOf = ctx.now();
    const reader = new Reader(tx);
    const loans: LoanView[] = [];
    const { items, nextCursor } = pageOf(await tx.loans.listByPatron(patronId, { open: true }), (l) => l.id, filter);
    for (const loan of items) {
      const reservations = await reader.reservationsOf(loan.volumeId);
      const status = loanStatus(loan, reservations, asOf);
      loans.push({
        loanId: loan.id,
        copyId: loan.copyId,
        title: (await reader.title(loan.titleId)).name,
        dueDate: loan.dueDate,
        overdue: status.overdue,
        reserved: status.reserved,
        renewable: checkRenewal(loan, reservations, asOf, ctx.policy).ok,
      });
    }
    return done<LoanStatusPage>({ asOf, loans, nextCursor });
  });
}
