import { japanDateOf, startOfJapanDay } from '../../calendar/japan-date.js';
import { addDays } from '../../calendar/local-date.js';
import type { Reservation } from '../../model/reservation.js';
import type { Instant, LocalDate } from '../../model/time.js';
import { ANONYMISED_PATRON_ID } from '../../ports/event-log.js';
import type { RetentionSummary } from '../reservation-service.js';
import type { ServiceResult } from '../service-result.js';
import { systemOnly } from '../internal/authorise.js';
import type { ServiceContext } from '../internal/context.js';
import { InputSchemas, parseInput } from '../internal/input.js';
import { done, failed } from '../internal/results.js';
import { runUnit } from '../internal/run-unit.js';
import { runChunkedJob, type ChunkedJob } from '../internal/chunked-job.js';
import type { StoresTx } from '../../ports/unit-of-work.js';

/** Every record of a plan: the limit of the list reads that plan the chunked run. */
const ALL = 2_147_483_647;

/** The start of `date − days` in Japan: records that ended before it lose their patron. */
function cutOff(date: LocalDate, days: number): Instant {
  return startOfJapanDay(addDays(date, -days));
}

/** Anonymises one reservation: its patron, its events and its notices. */
async function anonymiseReservation(tx: StoresTx, r: Reservation): Promise<void> {
  await tx.reservations.update({ ...r, patronId: ANONYMISED_PATRON_ID, version: r.version + 1 }, r.version);
  await tx.events.anonymiseReservation(r.id);
  await tx.outbox.anonymiseReservation(r.id);
}

/** One bounded unit: up to `batchSize` reservations and as many loans lose their patron. */
async function anonymiseBatch(ctx: ServiceContext, before: Instant, batchSize: number): Promise<{ reservations: number; loans: number }> {
  return runUnit(ctx, async (tx) => {
    const reservations = await tx.reservations.listFinishedBefore(before, batchSize);
    for (const r of reservations) await anonymiseReservation(tx, r);
    const loans = await tx.loans.listReturnedBefore(before, batchSize);
    for (const l of loans) await tx.loans.update({ ...l, patronId: ANONYMISED_PATRON_ID, version: l.version + 1 }, l.version);
    return { reservations: reservations.length, loans: loans.length };
  });
}

/**
 * The retention job (JLA Statement on Intellectual Freedom in Libraries: keep no record of what
 * a patron read once the transaction is over): for a date (today in Japan by default), every
 * reservation that ended (rejected, collected, lapsed, cancelled) and every loan returned before
 * the start of `date − retentionDays` in Japan loses its link to the patron: its `patronId`
 * becomes {@link ANONYMISED_PATRON_ID}, as do its events and its sent notices (whose payload is
 * emptied). Counts, statuses, titles, branches and dates stay, for statistics.
 *
 * Run like the other morning jobs, by the system actor; with `retentionDays: null` (the
 * default) it does nothing. It works in bounded units of `batchSize` records (default 500),
 * each its own transaction, until none is left: a run that stops (a crash, a lost connection)
 * leaves every finished unit done, and the next run goes on where it stopped; running it twice
 * changes nothing more. It writes no domain event. A date after today in Japan is refused with
 * `INVALID_INPUT`, as for the other jobs (P16): it would remove links before their time.
 *
 * With the service's `jobChunkSize` it runs as a chunked job instead ({@link retentionJob},
 * {@link runChunkedJob}): claimed once per date, its records planned in chunks of `batchSize`
 * (default `jobChunkSize`) that several servers share, resumable after a crash, the day complete
 * only when every chunk is; the summary then says whether this call `claimed` a share of it, and
 * lists the rows it could not read (`setAside`). A later call for a claimed date does nothing.
 * @param ctx - the service context
 * @param actor - the system
 * @param input - the date and the batch size, optional
 * @returns what it anonymised, and in how many units
 * @category Service
 * @example
 * const r = await runRetention(ctx, { kind: 'system' }, { date: '2026-12-08' });
 * if (r.ok) r.value.reservations; // how many reservations lost their patron
 */
export async function runRetention(ctx: ServiceContext, actor: unknown, input: unknown): Promise<ServiceResult<RetentionSummary>> {
  systemOnly(actor, 'run the retention job');
  const parsed = parseInput(InputSchemas.retention, input);
  const today = japanDateOf(ctx.now());
  const date: LocalDate = parsed?.date ?? today;
  if (date > today)
    return failed('INVALID_INPUT', `The retention run for ${date} is after today in Japan (${today}) (P16)`, [
      { path: ['date'], message: 'Expected a date on or before today in Japan' },
    ]);
  const days = ctx.policy.retentionDays;
  if (days === null) return done<RetentionSummary>({ date, enabled: false, before: null, reservations: 0, loans: 0, units: 0 });
  const before = cutOff(date, days);
  if (ctx.jobChunkSize !== undefined) {
    const tally: Record<string, number> = {};
    let units = 0;
    const onProgress = ctx.onJobProgress;
    const run = await runChunkedJob(ctx, retentionJob(days), date, parsed?.batchSize ?? ctx.jobChunkSize, (p) => {
      units++;
      onProgress?.(p);
    }, tally);
    if (!run.ok) return run;
    const { claimed, setAside } = run.value;
    return done<RetentionSummary>({ date, enabled: true, before, reservations: tally['reservations'] ?? 0, loans: tally['loans'] ?? 0, units, claimed, setAside });
  }
  const batchSize = parsed?.batchSize ?? 500;
  let reservations = 0;
  let loans = 0;
  let units = 0;
  for (;;) {
    const batch = await anonymiseBatch(ctx, before, batchSize);
    units++;
    reservations += batch.reservations;
    loans += batch.loans;
    if (batch.reservations < batchSize && batch.loans < batchSize) break;
  }
  return done<RetentionSummary>({ date, enabled: true, before, reservations, loans, units });
}

/**
 * The retention job as a chunked job ({@link runChunkedJob}): the unit that claims the date lists
 * the ended reservations and the returned loans still linked to a patron (phases `reservations`,
 * then `loans`, keyed by id); each chunk re-reads its records and anonymises those still linked,
 * so a chunk run again after a crash changes nothing twice.
 * @param days - the policy's `retentionDays`
 * @returns the job, for {@link runChunkedJob}
 * @category Service
 * @example
 * await runChunkedJob(ctx, retentionJob(365), '2026-12-09', 500, undefined, tally);
 */
export function retentionJob(days: number): ChunkedJob {
  return {
    job: 'retention',
    async plan(tx, date) {
      const before = cutOff(date, days);
      return [
        { phase: 'reservations', keys: (await tx.reservations.listFinishedBefore(before, ALL)).map((r) => r.id) },
        { phase: 'loans', keys: (await tx.loans.listReturnedBefore(before, ALL)).map((l) => l.id) },
      ];
    },
    async runChunk(tx, chunk) {
      let n = 0;
      for (const id of chunk.keys) {
        if (chunk.phase === 'reservations') {
          const r = await tx.reservations.get(id);
          if (r === null || r.patronId === ANONYMISED_PATRON_ID) continue;
          await anonymiseReservation(tx, r);
        } else {
          const l = await tx.loans.get(id);
          if (l === null || l.patronId === ANONYMISED_PATRON_ID) continue;
          await tx.loans.update({ ...l, patronId: ANONYMISED_PATRON_ID, version: l.version + 1 }, l.version);
        }
        n++;
      }
      return { counts: {}, events: [], tally: { [chunk.phase]: n } };
    },
  };
}
