import type { PatronId } from '../../model/ids.js';
import type { Loan } from '../../model/loan.js';
import type { Copy, Title, Volume } from '../../model/material.js';
import type { Reservation } from '../../model/reservation.js';
import type { Instant } from '../../model/time.js';
import type { CartEntry } from '../../ports/cart-store.js';
import type { EventRecord } from '../../ports/event-log.js';
import type { FavouriteEntry } from '../../ports/favourites-store.js';
import type { JobRun } from '../../ports/job-runs.js';
import type { OutboxNotice } from '../../ports/outbox.js';
import type { VersionedPatron } from '../../ports/patron-store.js';
import { byKeys, clone } from './rows.js';
import type { MemoryTables } from './tables.js';

/**
 * A notice in a {@link MemorySnapshot}: the notice, when it was marked sent (`null` while
 * pending), its delivery lease, and when it was dropped unsent.
 * @category Adapters
 * @example
 * const pending = storage.snapshot().outbox.filter((row: MemoryOutboxRow) => row.sentAt === null);
 */
export interface MemoryOutboxRow {
  readonly notice: OutboxNotice;
  readonly sentAt: Instant | null;
  /** The deliverer holding the lease, and until when (issue 10). */
  readonly leaseOwner?: string | undefined;
  readonly leaseUntil?: Instant | undefined;
  /** When it was dropped without being sent, and why. */
  readonly droppedAt?: Instant | undefined;
  readonly droppedReason?: string | undefined;
}

/**
 * Everything a memory storage has committed, as deep copies sorted by id (job runs by job, then
 * date). Favourites and carts are keyed by patron; patrons with an empty list are left out.
 * @category Adapters
 * @example
 * const { reservations, outbox } = storage.snapshot();
 */
export interface MemorySnapshot {
  readonly patrons: readonly VersionedPatron[];
  readonly titles: readonly Title[];
  readonly volumes: readonly Volume[];
  readonly copies: readonly Copy[];
  readonly reservations: readonly Reservation[];
  readonly loans: readonly Loan[];
  readonly favourites: Readonly<Record<PatronId, readonly FavouriteEntry[]>>;
  readonly carts: Readonly<Record<PatronId, readonly CartEntry[]>>;
  readonly outbox: readonly MemoryOutboxRow[];
  readonly jobRuns: readonly JobRun[];
  /** The event log, in `seq` order (issue 10). */
  readonly events: readonly EventRecord[];
}

function rowsById<V>(rows: ReadonlyMap<string, V>): V[] {
  return [...rows.entries()].sort(byKeys(([id]) => id)).map(([, row]) => clone(row));
}

function listsByPatron<E>(rows: ReadonlyMap<string, readonly E[]>): Record<PatronId, E[]> {
  const out: Record<PatronId, E[]> = {};
  for (const [patronId, entries] of [...rows.entries()].sort(byKeys(([id]) => id))) {
    if (entries.length > 0) out[patronId] = clone([...entries]);
  }
  return out;
}

/** A deep copy of the committed tables. */
export function takeSnapshot(tables: MemoryTables): MemorySnapshot {
  return {
    patrons: rowsById(tables.patrons.rows),
    titles: rowsById(tables.titles.rows),
    volumes: rowsById(tables.volumes.rows),
    copies: rowsById(tables.copies.rows),
    reservations: rowsById(tables.reservations.rows),
    loans: rowsById(tables.loans.rows),
    favourites: listsByPatron(tables.favourites.rows),
    carts: listsByPatron(tables.carts.rows),
    outbox: rowsById(tables.outbox.rows),
    jobRuns: rowsById(tables.jobRuns.rows),
    events: tables.events.records().map(clone),
  };
}
