import { isStorableText } from '../../validation/storable-text.js';
import type { Actor } from '../actor.js';
import { MAX_ID_LENGTH, MAX_TICKED_VOLUMES } from './input.js';

/** An id as the input schemas take it: a storable string of 1 to 256 code units. */
function isQuickId(value: unknown): value is string {
  return typeof value === 'string' && value.length >= 1 && value.length <= MAX_ID_LENGTH && isStorableText(value);
}

/** A plain object (a literal), whose fields are its own: what most callers pass. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * The actor as `InputSchemas.actor` parses it, without zod, for the plain literals nearly every
 * call passes; `undefined` leaves the actor to the schema, which decides (and names what is
 * wrong). It takes only what the schema takes, and returns what the schema would return: the
 * known fields, in the schema's order.
 * @param actor - what the caller passed
 * @returns the parsed actor, or `undefined`
 * @category Service
 * @example
 * quickActor({ kind: 'staff', branchId: 'akeno' }) ?? InputSchemas.actor.parse(actor);
 */
export function quickActor(actor: unknown): Actor | undefined {
  if (!isPlainObject(actor)) return undefined;
  switch (actor['kind']) {
    case 'patron': {
      const { patronId, channel } = actor;
      if (!isQuickId(patronId) || typeof channel !== 'string' || !isStorableText(channel)) return undefined;
      return { kind: 'patron', patronId, channel };
    }
    case 'staff': {
      const { branchId } = actor;
      if (!isQuickId(branchId)) return undefined;
      if (!('staffId' in actor)) return { kind: 'staff', branchId };
      const { staffId } = actor;
      if (typeof staffId !== 'string' || !isStorableText(staffId)) return undefined;
      return { kind: 'staff', branchId, staffId };
    }
    case 'system':
      return { kind: 'system' };
    default:
      return undefined;
  }
}

/**
 * A cart entry as `InputSchemas.cartEntry` parses it, without zod, for a plain literal of two
 * ids; `undefined` leaves the input to the schema, which decides. Like {@link quickActor}, it
 * takes only what the schema takes and returns what the schema would (the two fields alone).
 * @param input - what the caller passed
 * @returns the parsed entry, or `undefined`
 * @category Service
 * @example
 * quickCartEntry({ volumeId: 't-1/1', pickupBranchId: 'akeno' }) ?? parseInput(InputSchemas.cartEntry, input);
 */
export function quickCartEntry(input: unknown): { volumeId: string; pickupBranchId: string } | undefined {
  if (!isPlainObject(input)) return undefined;
  const { volumeId, pickupBranchId } = input;
  if (!isQuickId(volumeId) || !isQuickId(pickupBranchId)) return undefined;
  return { volumeId, pickupBranchId };
}

/**
 * The ticked volumes as `InputSchemas.submit` parses them, without zod: a plain literal whose
 * `volumeIds` is an array of 1 to 100 ids, each once; `undefined` leaves the input to the schema.
 * @param input - what the caller passed
 * @returns the parsed input (a fresh array), or `undefined`
 * @category Service
 * @example
 * quickSubmit({ volumeIds: ['t-1/1'] }) ?? parseInput(InputSchemas.submit, input);
 */
export function quickSubmit(input: unknown): { volumeIds: string[] } | undefined {
  if (!isPlainObject(input)) return undefined;
  const ticked = input['volumeIds'];
  if (!Array.isArray(ticked) || Object.getPrototypeOf(ticked) !== Array.prototype || ticked.length < 1 || ticked.length > MAX_TICKED_VOLUMES) return undefined;
  const volumeIds: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < ticked.length; i++) {
    const volumeId: unknown = ticked[i];
    if (!isQuickId(volumeId) || seen.has(volumeId)) return undefined;
    seen.add(volumeId);
    volumeIds.push(volumeId);
  }
  return { volumeIds };
}
