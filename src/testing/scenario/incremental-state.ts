import type { OutboxNotice } from '../../ports/outbox.js';
import type { MemoryChanges } from '../../adapters/memory/changes.js';
import type { StoragePorts } from '../../ports/storage-ports.js';
import { readScenarioState, type ScenarioState } from './scenario-state.js';

/**
 * The part of a scenario's library a step's writes can have changed: the patrons whose
 * reservations, loans, record, cart or favourites were written, the volumes whose reservations or
 * copies were, and whether the pending notices were.
 * @category Testing
 * @example
 * const scope: StateScope = { patronIds: new Set(['hanako']), volumeIds: new Set(['genji/1']), notices: true };
 */
export interface StateScope {
  readonly patronIds: ReadonlySet<string>;
  readonly volumeIds: ReadonlySet<string>;
  readonly notices: boolean;
}

/**
 * The scope of a memory storage's changes, within the scenario's patrons and volumes.
 * @param changes - what was committed
 * @param scenario - the scenario's patrons and volumes, in their order
 * @returns the scope to read again, in the scenario's order
 * @category Testing
 * @example
 * const scope = scopeOfChanges(watch.take(), { patronIds: ['hanako'], volumeIds: ['genji/1'] });
 */
export function scopeOfChanges(
  changes: MemoryChanges,
  scenario: { readonly patronIds: readonly string[]; readonly volumeIds: readonly string[] },
): StateScope {
  const patrons = new Set<string>(changes.patronIds);
  const volumes = new Set<string>();
  for (const r of changes.reservations) {
    patrons.add(r.patronId);
    volumes.add(r.volumeId);
  }
  for (const c of changes.copies) volumes.add(c.volumeId);
  for (const l of changes.loans) patrons.add(l.patronId);
  // In the scenario's order, so that the changes are listed as a whole read lists them.
  return {
    patronIds: new Set(patrons.size === 0 ? [] : scenario.patronIds.filter((id) => patrons.has(id))),
    volumeIds: new Set(volumes.size === 0 ? [] : scenario.volumeIds.filter((id) => volumes.has(id))),
    notices: changes.outbox,
  };
}

/**
 * The part of a state that a part read again after a step replaces: the same patrons, volumes,
 * and rows by id (rows are never deleted, so every row of the part before is in the part after).
 * @param state - the whole state before the step
 * @param after - the part, read after the step
 * @param scope - the part's scope
 * @returns the state of that part before the step
 * @category Testing
 * @example
 * const before = partBefore(state, after, scope);
 */
export function partBefore(state: ScenarioState, after: ScenarioState, scope: StateScope): ScenarioState {
  const pick = <V>(rows: ReadonlyMap<string, V>, keys: Iterable<string>): Map<string, V> => {
    const out = new Map<string, V>();
    for (const k of keys) {
      const row = rows.get(k);
      if (row !== undefined) out.set(k, row);
    }
    return out;
  };
  return {
    patrons: pick(state.patrons, scope.patronIds),
    reservations: pick(state.reservations, after.reservations.keys()),
    queues: pick(state.queues, scope.volumeIds),
    copies: pick(state.copies, after.copies.keys()),
    loans: pick(state.loans, after.loans.keys()),
    notices: scope.notices ? state.notices : new Map(),
    carts: pick(state.carts, scope.patronIds),
    favourites: pick(state.favourites, scope.patronIds),
  };
}

/**
 * Puts a part read again into the runner's own state, in place: its cost is the size of the
 * part, not of the library.
 * @param state - the whole state, changed
 * @param part - the part, as read after the step
 * @param scope - the part's scope
 * @category Testing
 * @example
 * mergeInto(state, after, scope);
 */
export function mergeInto(state: MutableScenarioState, part: ScenarioState, scope: StateScope): void {
  for (const id of scope.patronIds) {
    const patron = part.patrons.get(id);
    if (patron === undefined) state.patrons.delete(id);
    else state.patrons.set(id, patron);
    state.carts.set(id, part.carts.get(id) ?? []);
    state.favourites.set(id, part.favourites.get(id) ?? []);
  }
  for (const [id, r] of part.reservations) state.reservations.set(id, r);
  for (const [id, l] of part.loans) state.loans.set(id, l);
  for (const [id, c] of part.copies) state.copies.set(id, c);
  for (const id of scope.volumeIds) state.queues.set(id, part.queues.get(id) ?? []);
  if (scope.notices) state.notices = new Map(part.notices);
}

/**
 * A {@link ScenarioState} the runner owns and updates in place.
 * @category Testing
 * @example
 * const state: MutableScenarioState = toMutableState(await readScenarioState(ports, scope));
 */
export type MutableScenarioState = {
  -readonly [K in keyof ScenarioState]: ScenarioState[K] extends ReadonlyMap<infer Key, infer V> ? Map<Key, V> : never;
};

/**
 * A state's maps as maps the runner may change (copies of the maps, the rows shared).
 * @param state - the state
 * @returns the mutable state
 * @category Testing
 * @example
 * const state = toMutableState(await readScenarioState(ports, scope));
 */
export function toMutableState(state: ScenarioState): MutableScenarioState {
  return {
    patrons: new Map(state.patrons),
    reservations: new Map(state.reservations),
    queues: new Map(state.queues),
    copies: new Map(state.copies),
    loans: new Map(state.loans),
    notices: new Map(state.notices),
    carts: new Map(state.carts),
    favourites: new Map(state.favourites),
  };
}

/**
 * Reads again the part of the library within a scope.
 * @param storage - the storage ports
 * @param scope - the part
 * @param delivered - the notices delivered so far, as rendered (without it, the outbox's pending ones)
 * @returns the part's state
 * @category Testing
 * @example
 * const after = await readStatePart(ports, scope);
 */
export function readStatePart(storage: StoragePorts, scope: StateScope, delivered?: ReadonlyMap<string, OutboxNotice>): Promise<ScenarioState> {
  return readScenarioState(storage, scope, { notices: scope.notices, delivered });
}
