import type { Loan } from '../../model/loan.js';
import type { Copy, Title, Volume } from '../../model/material.js';
import { ACTIVE_STATUSES, type Reservation } from '../../model/reservation.js';
import type { CartEntry } from '../../ports/cart-store.js';
import type { FavouriteEntry } from '../../ports/favourites-store.js';
import type { JobRun } from '../../ports/job-runs.js';
import { ANONYMISED_PATRON_ID } from '../../ports/event-log.js';
import type { VersionedPatron } from '../../ports/patron-store.js';
import type { MemoryOutboxRow } from './snapshot.js';
import { EventLogTable, EventLogView } from './event-log-table.js';
import { Table, TableView } from './table.js';

/** A planned chunk of a job run. */
export interface MemoryChunkRow {
  readonly job: string;
  readonly date: string;
  readonly seq: number;
  readonly phase: string;
  readonly keys: readonly string[];
  readonly owner: string | null;
  readonly finishedAt: string | null;
}

/** Every table of a memory storage (committed state). */
export interface MemoryTables {
  readonly reservations: Table<Reservation, 'patron' | 'status' | 'pickup' | 'activeVolume' | 'activePatron', 'endedNamed'>;
  readonly copies: Table<Copy, 'volume' | 'location' | 'transitFrom'>;
  readonly loans: Table<Loan, 'patron' | 'openPatron' | 'openCopy', 'returnedNamed'>;
  readonly patrons: Table<VersionedPatron>;
  readonly titles: Table<Title>;
  readonly volumes: Table<Volume, 'title'>;
  readonly favourites: Table<readonly FavouriteEntry[]>;
  readonly carts: Table<readonly CartEntry[]>;
  readonly outbox: Table<MemoryOutboxRow, 'status' | 'reservation'>;
  readonly jobRuns: Table<JobRun>;
  readonly jobChunks: Table<MemoryChunkRow, 'run'>;
  /** The event log (issue 10), by `seq`. */
  readonly events: EventLogTable;
}

/** One unit of work's views of every table. */
export type MemoryViews = {
  readonly [K in keyof MemoryTables]: MemoryTables[K] extends Table<infer V, infer I, infer O> ? TableView<V, I, O> : MemoryTables[K] extends EventLogTable ? EventLogView : never;
};

/** What a unit of work wrote to: the views to commit, then reset. */
export type DirtyViews = { commit(): void; reset(): void }[];

const ACTIVE: ReadonlySet<string> = new Set(ACTIVE_STATUSES);

/** When a final reservation ended; `null` for an active one. */
export function endedAt(r: Reservation): string | null {
  switch (r.status) {
    case 'rejected':
      return r.rejectedAt;
    case 'collected':
      return r.collectedAt;
    case 'lapsed':
      return r.lapsedAt;
    case 'cancelled':
      return r.cancelledAt;
    default:
      return null;
  }
}

/**
 * The key of a pair of fields (`a\u0000b`), one string for each distinct pair: a row's key is
 * computed on every write (twice, for the row and the one it replaces), and a string made once is
 * compared and hashed at no cost. Made per storage; its size is bounded by the pairs its rows hold.
 */
function pairKeys(): (a: string, b: string) => string {
  const keys = new Map<string, Map<string, string>>();
  return (a, b) => {
    let byB = keys.get(a);
    if (byB === undefined) keys.set(a, (byB = new Map()));
    let key = byB.get(b);
    if (key === undefined) byB.set(b, (key = `${a}\u0000${b}`));
    return key;
  };
}

/**
 * The tables whose every lookup sorts its answer in a total order (ending with the id), so the
 * order rows are filed in a key is never seen: a row leaving a key swaps with the key's last.
 * The outbox and the job chunks keep their filing order.
 */
const ANY_ORDER = { anyOrder: true } as const;

/** Empty tables with their indexes. */
export function createTables(): MemoryTables {
  const pair = pairKeys();
  return {
    reservations: new Table<Reservation, 'patron' | 'status' | 'pickup' | 'activeVolume' | 'activePatron', 'endedNamed'>(
      {
        // Only the statuses asked for (the hold shelf, the queue at a branch).
        pickup: (r) => (r.status === 'onHold' || r.status === 'reserved' ? pair(r.pickupBranchId, r.status) : undefined),
        patron: (r) => r.patronId,
        // Active statuses only: no lookup asks for the final ones (the retention job reads `endedNamed`).
        status: (r) => (ACTIVE.has(r.status) ? r.status : undefined),
        // Active reservations only (final ones left out), so a long history does not slow queues and quotas.
        activeVolume: (r) => (ACTIVE.has(r.status) ? r.volumeId : undefined),
        activePatron: (r) => (ACTIVE.has(r.status) ? r.patronId : undefined),
      },
      // Final reservations still naming their patron, by when they ended: the retention job reads those that ended before its cut-off.
      { endedNamed: (r) => (r.patronId === ANONYMISED_PATRON_ID ? undefined : (endedAt(r) ?? undefined)) },
      ANY_ORDER,
    ),
    copies: new Table<Copy, 'volume' | 'location' | 'transitFrom'>(
      {
        volume: (c) => c.volumeId,
        location: (c) => pair(c.locationBranchId, c.status),
        transitFrom: (c) => (c.status === 'inTransit' ? (c.transitFromBranchId ?? '') : undefined),
      },
      {},
      ANY_ORDER,
    ),
    // Open loans only (returned ones left out), so a copy's or a patron's history of loans does not slow the look-up of the open ones.
    loans: new Table<Loan, 'patron' | 'openPatron' | 'openCopy', 'returnedNamed'>(
      {
        patron: (l) => l.patronId,
        openPatron: (l) => (l.returnedAt === null ? l.patronId : undefined),
        openCopy: (l) => (l.returnedAt === null ? l.copyId : undefined),
      },
      // Returned loans still naming their patron, by when they came back (the retention job).
      { returnedNamed: (l) => (l.returnedAt === null || l.patronId === ANONYMISED_PATRON_ID ? undefined : l.returnedAt) },
      ANY_ORDER,
    ),
    patrons: new Table<VersionedPatron>({}),
    titles: new Table<Title>({}),
    volumes: new Table<Volume, 'title'>({ title: (v) => v.titleId }, {}, ANY_ORDER),
    favourites: new Table<readonly FavouriteEntry[]>({}),
    carts: new Table<readonly CartEntry[]>({}),
    outbox: new Table<MemoryOutboxRow, 'status' | 'reservation'>({
      // Only the pending notices are looked up by status.
      status: (row) => (row.sentAt === null && row.droppedAt === undefined ? 'pending' : undefined),
      reservation: (row) => row.notice.reservationId ?? '',
    }),
    jobRuns: new Table<JobRun>({}),
    jobChunks: new Table<MemoryChunkRow, 'run'>({ run: (row) => jobRunKey(row.job, row.date) }),
    events: new EventLogTable(),
  };
}

/** Copy-on-write views of every table, shared by the units of a storage (they run one at a time); each view adds itself to `dirty` at its first write. */
export function openViews(tables: MemoryTables, dirty: DirtyViews): MemoryViews {
  return {
    reservations: new TableView(tables.reservations, dirty),
    copies: new TableView(tables.copies, dirty),
    loans: new TableView(tables.loans, dirty),
    patrons: new TableView(tables.patrons, dirty),
    titles: new TableView(tables.titles, dirty),
    volumes: new TableView(tables.volumes, dirty),
    favourites: new TableView(tables.favourites, dirty),
    carts: new TableView(tables.carts, dirty),
    outbox: new TableView(tables.outbox, dirty),
    jobRuns: new TableView(tables.jobRuns, dirty),
    jobChunks: new TableView(tables.jobChunks, dirty),
    events: new EventLogView(tables.events, dirty),
  };
}

/** Applies the writes of the views a unit wrote to, synchronously. */
export function commitViews(dirty: DirtyViews): void {
  for (const view of dirty) view.commit();
}

/** Forgets the writes of the views a unit wrote to (after a commit, or when the unit failed). */
export function resetViews(dirty: DirtyViews): void {
  for (const view of dirty) view.reset();
  dirty.length = 0;
}

/** The key of a job run row. */
export function jobRunKey(job: string, date: string): string {
  return `${job}/${date}`;
}
