import type { EventActor, EventRecord, NewEventRecord } from '../../ports/event-log.js';
import { stored } from './rows.js';

/** The keys the event log is looked up by. */
export type EventKey = 'reservation' | 'patron' | 'copy';

const KEYS: readonly EventKey[] = ['reservation', 'patron', 'copy'];

/** The key of an event in one lookup; `undefined` leaves it out (an event with no copy). */
function keyOf(event: NewEventRecord['event'], key: EventKey): string | undefined {
  const value = key === 'reservation' ? event.reservationId : key === 'patron' ? event.patronId : 'copyId' in event ? event.copyId : undefined;
  return typeof value === 'string' ? value : undefined;
}

/** Adds `seq` to a list kept in ascending order (appends are in order; a moved event may land inside). */
function insertSorted(list: number[], seq: number): void {
  let at = list.length;
  while (at > 0 && list[at - 1]! > seq) at--;
  list.splice(at, 0, seq);
}

/**
 * The committed event log, kept in columns: for each `seq` (from 1) when it was recorded, by
 * whom and what happened, each stored once, frozen. The record objects the ports return are
 * made when read (history is read rarely, written on every operation), and actors, which repeat
 * (the system, a few staff, the patron), are stored once each. Each lookup key maps to its
 * events' `seq`s in ascending order.
 */
export class EventLogTable {
  readonly #recordedAt: string[] = [];
  readonly #actors: EventActor[] = [];
  readonly #events: NewEventRecord['event'][] = [];
  readonly #interned = new Map<string, EventActor>();
  readonly #index: Record<EventKey, Map<string, number[]>> = { reservation: new Map(), patron: new Map(), copy: new Map() };

  /** How many events are committed: the last `seq`. */
  get size(): number {
    return this.#events.length;
  }

  /** The stored actor of each frozen actor object seen (an actor's fields are strings, so frozen is for good). */
  readonly #internedObjects = new WeakMap<EventActor, EventActor>();

  /** The stored actor equal to `actor`: one frozen object for each distinct actor. */
  actor(actor: EventActor): EventActor {
    // The service passes one frozen actor object for all the calls of an actor: known without writing it out.
    const frozen = Object.isFrozen(actor);
    if (frozen) {
      const known = this.#internedObjects.get(actor);
      if (known !== undefined) return known;
    }
    const key = JSON.stringify(actor);
    let found = this.#interned.get(key);
    if (found === undefined) this.#interned.set(key, (found = stored(actor)));
    if (frozen) this.#internedObjects.set(actor, found);
    return found;
  }

  /** The committed record of `seq`, made for the reader (frozen, as every row read from this storage). */
  record(seq: number): EventRecord {
    return Object.freeze({ seq, recordedAt: this.#recordedAt[seq - 1]!, actor: this.#actors[seq - 1]!, event: this.#events[seq - 1]! });
  }

  /** The committed event of `seq`. */
  event(seq: number): NewEventRecord['event'] {
    return this.#events[seq - 1]!;
  }

  /** The `seq`s of the committed events whose `key` is `value`, ascending. */
  seqsWith(key: EventKey, value: string): readonly number[] {
    return this.#index[key].get(value) ?? [];
  }

  /** Appends a stored record; its `seq` must be the next one. */
  append(record: EventRecord): void {
    const seq = this.#events.length + 1;
    if (record.seq !== seq) throw new RangeError(`event seq ${record.seq} appended after ${seq - 1}`);
    this.#recordedAt.push(record.recordedAt);
    this.#actors.push(record.actor);
    this.#events.push(record.event);
    for (const key of KEYS) {
      const value = keyOf(record.event, key);
      if (value === undefined) continue;
      const list = this.#index[key].get(value);
      if (list === undefined) this.#index[key].set(value, [seq]);
      else list.push(seq);
    }
  }

  /** Replaces the event of a committed `seq` (anonymised), moving it in the lookups whose key changed. */
  replace(seq: number, event: NewEventRecord['event']): void {
    const before = this.#events[seq - 1]!;
    this.#events[seq - 1] = event;
    for (const key of KEYS) {
      const was = keyOf(before, key);
      const now = keyOf(event, key);
      if (was === now) continue;
      if (was !== undefined) {
        const list = this.#index[key].get(was);
        const at = list === undefined ? -1 : list.indexOf(seq);
        if (at >= 0) list!.splice(at, 1);
      }
      if (now !== undefined) {
        const list = this.#index[key].get(now);
        if (list === undefined) this.#index[key].set(now, [seq]);
        else insertSorted(list, seq);
      }
    }
  }

  /** Every committed record, in `seq` order. */
  records(): EventRecord[] {
    return this.#events.map((_, i) => this.record(i + 1));
  }
}

/**
 * One unit of work's view of the event log: the unit's appends and replacements over the
 * committed log, applied at {@link EventLogView.commit}.
 */
export class EventLogView {
  /** Appended by this unit, in `seq` order, each frozen. */
  readonly #appended: EventRecord[] = [];
  /** Committed events this unit replaced, by `seq`. */
  readonly #replaced = new Map<number, NewEventRecord['event']>();

  constructor(
    readonly table: EventLogTable,
    private readonly dirty: { commit(): void; reset(): void }[],
  ) {}

  #touch(): void {
    if (this.#appended.length === 0 && this.#replaced.size === 0) this.dirty.push(this);
  }

  /** Appends entries after the committed ones and this unit's earlier appends. */
  append(entries: readonly NewEventRecord[]): void {
    if (entries.length === 0) return;
    this.#touch();
    let lastGiven: EventActor | undefined;
    let lastStored: EventActor | undefined;
    for (const entry of entries) {
      if (entry.actor !== lastGiven || lastStored === undefined) {
        lastGiven = entry.actor;
        lastStored = this.table.actor(entry.actor);
      }
      const seq = this.table.size + this.#appended.length + 1;
      this.#appended.push(Object.freeze({ seq, recordedAt: entry.recordedAt, actor: lastStored, event: stored(entry.event) }));
    }
  }

  /** The records whose `key` is `value`, as this unit sees them, in `seq` order. */
  list(key: EventKey, value: string): EventRecord[] {
    const found: EventRecord[] = [];
    const seqs = this.table.seqsWith(key, value);
    for (const seq of seqs) {
      const mine = this.#replaced.get(seq);
      if (mine === undefined) found.push(this.table.record(seq));
      else if (keyOf(mine, key) === value) found.push(Object.freeze({ ...this.table.record(seq), event: mine }));
    }
    let moved = false;
    for (const [seq, event] of this.#replaced) {
      if (keyOf(event, key) !== value || keyOf(this.table.event(seq), key) === value) continue;
      found.push(Object.freeze({ ...this.table.record(seq), event }));
      moved = true;
    }
    if (moved) found.sort((a, b) => a.seq - b.seq);
    for (const record of this.#appended) if (keyOf(record.event, key) === value) found.push(record);
    return found;
  }

  /** Replaces the event of a record this unit sees (committed or appended by it). */
  replace(seq: number, event: NewEventRecord['event']): void {
    this.#touch();
    const frozen = stored(event);
    const committed = this.table.size;
    if (seq <= committed) this.#replaced.set(seq, frozen);
    else {
      const i = seq - committed - 1;
      const record = this.#appended[i]!;
      this.#appended[i] = Object.freeze({ ...record, event: frozen });
    }
  }

  commit(): void {
    for (const [seq, event] of this.#replaced) this.table.replace(seq, event);
    for (const record of this.#appended) this.table.append(record);
  }

  reset(): void {
    this.#appended.length = 0;
    // A cleared `Map` gets a new table even when empty: most units replace no event.
    if (this.#replaced.size > 0) this.#replaced.clear();
  }
}
