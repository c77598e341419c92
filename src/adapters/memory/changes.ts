import type { PatronId } from '../../model/ids.js';
import type { Loan } from '../../model/loan.js';
import type { Copy } from '../../model/material.js';
import type { Reservation } from '../../model/reservation.js';
import type { MemoryTables } from './tables.js';

/**
 * What was committed to a memory storage between two calls of a {@link MemoryChangeWatch}: the
 * reservations, copies and loans written (the stored rows, frozen; latest version), the patrons whose record,
 * cart or favourites were written, and whether a notice was queued or marked sent.
 * @category Adapters
 * @example
 * const { reservations, patronIds, outbox } = watch.take();
 */
export interface MemoryChanges {
  readonly reservations: readonly Reservation[];
  readonly copies: readonly Copy[];
  readonly loans: readonly Loan[];
  readonly patronIds: readonly PatronId[];
  readonly outbox: boolean;
}

/**
 * A watch on a memory storage's commits, for a reader that keeps its own view of the library up
 * to date without reading it all again (the scenario runner does, after every step).
 * @category Adapters
 * @example
 * const watch = storage.watchChanges();
 * await service.reserveOnline(actor, input);
 * watch.take().reservations.length; // 1
 * watch.stop();
 */
export interface MemoryChangeWatch {
  /** The changes committed since the watch started or since the previous `take`. */
  take(): MemoryChanges;
  /** Ends the watch: the storage stops recording for it. */
  stop(): void;
}

/** Starts a watch on the committed tables. */
export function watchTables(tables: MemoryTables): MemoryChangeWatch {
  let reservations = new Map<string, Reservation>();
  let copies = new Map<string, Copy>();
  let loans = new Map<string, Loan>();
  let patronIds = new Set<PatronId>();
  let outbox = false;
  const onReservation = (id: string, row: Reservation): void => void reservations.set(id, row);
  const onCopy = (id: string, row: Copy): void => void copies.set(id, row);
  const onLoan = (id: string, row: Loan): void => void loans.set(id, row);
  const onPatron = (id: string): void => void patronIds.add(id);
  const onNotice = (): void => {
    outbox = true;
  };
  const subscriptions: readonly (() => void)[] = [
    subscribe(tables.reservations.listeners, onReservation),
    subscribe(tables.copies.listeners, onCopy),
    subscribe(tables.loans.listeners, onLoan),
    subscribe(tables.patrons.listeners, onPatron),
    subscribe(tables.carts.listeners, onPatron),
    subscribe(tables.favourites.listeners, onPatron),
    subscribe(tables.outbox.listeners, onNotice),
  ];
  return {
    take() {
      const changes: MemoryChanges = {
        reservations: [...reservations.values()],
        copies: [...copies.values()],
        loans: [...loans.values()],
        patronIds: [...patronIds],
        outbox,
      };
      reservations = new Map();
      copies = new Map();
      loans = new Map();
      patronIds = new Set();
      outbox = false;
      return changes;
    },
    stop() {
      for (const unsubscribe of subscriptions) unsubscribe();
    },
  };
}

function subscribe<V>(listeners: Set<(id: string, row: V) => void>, listener: (id: string, row: V) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
