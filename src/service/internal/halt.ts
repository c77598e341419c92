import type { Verdict } from '../../errors/refusal.js';
import { fromVerdict, type ServiceFailure } from './results.js';

/**
 * Stops a use case with its failure. Thrown inside a unit of work, it rolls the unit back, so
 * that nothing is written unless the result is `ok`; the service turns it back into the result
 * it carries. It never leaves the service.
 * @category Service
 * @example
 * try { halt(refusedBy('NOT_ALLOWED')); } catch (e) { if (e instanceof Halt) e.result.kind; } // 'refused'
 */
export class Halt extends Error {
  /** The result the operation returns. */
  readonly result: ServiceFailure;

  /** @param result - the result the operation returns */
  constructor(result: ServiceFailure) {
    // A Halt never leaves the service, so it is made without a stack trace (capturing one was a
    // noticeable part of each refused call in a year's simulation).
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      super(result.kind === 'refused' ? `Refused: ${result.refusals.map((r) => r.code).join(', ')}` : `${result.code}: ${result.message}`);
    } finally {
      Error.stackTraceLimit = limit;
    }
    this.name = 'Halt';
    this.result = result;
  }
}

/**
 * Stops the use case with a failure (see {@link Halt}).
 * @param result - the failure to return
 * @returns never
 * @category Service
 * @example
 * if (copy === null) halt(failed('NOT_FOUND', `No copy ${copyId}`));
 */
export function halt(result: ServiceFailure): never {
  throw new Halt(result);
}

/**
 * Stops the use case when a rule's verdict refuses.
 * @param verdict - the verdict
 * @category Service
 * @example
 * haltUnless(checkWalkInCheckout(copy, reservations));
 */
export function haltUnless(verdict: Verdict): void {
  const failure = fromVerdict(verdict);
  if (failure !== null) halt(failure);
}
