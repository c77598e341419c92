import { isStorableText } from '../../validation/storable-text.js';
import type { Actor } from '../actor.js';

/** An id as the input schemas take it: a storable string of 1 to 256 code units. */
function isQuickId(value: unknown): value is string {
  return typeof value === 'string' && value.length >= 1 && value.length <= 256 && isStorableText(value);
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
