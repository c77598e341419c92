// The quick actor check (src/service/internal/quick-input.ts) against InputSchemas.actor: on any
// value, it either declines (zod decides) or returns exactly what zod returns, and it never takes
// an actor zod refuses.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputSchemas } from '../../src/service/internal/input.js';
import { quickActor } from '../../src/service/internal/quick-input.js';
import { checkProperty } from '../support/fc.js';

const text = fc.oneof(
  fc.constantFrom('', 'p-1', 'akeno', 'online', 'counter', 'a\u0000b', '\uD800', 'x\uDC00', '\uD83D\uDE00', 'x'.repeat(256), 'x'.repeat(257)),
  fc.string({ maxLength: 8, unit: 'binary' }),
);
const value = fc.oneof(text, fc.constant(undefined), fc.constant(null), fc.integer(), fc.boolean());
const actorLike = fc.record(
  {
    kind: fc.oneof(fc.constantFrom('patron', 'staff', 'system', 'Patron', ''), value),
    patronId: value,
    channel: value,
    branchId: value,
    staffId: value,
    extra: value,
  },
  { requiredKeys: [] },
);

describe('quickActor', () => {
  it('[P2] returns what the actor schema returns, or declines', () => {
    checkProperty(
      fc.property(fc.oneof(actorLike, value, fc.array(value)), (actor) => {
        const quick = quickActor(actor);
        if (quick === undefined) return;
        const parsed = InputSchemas.actor.safeParse(actor);
        expect(parsed.success).toBe(true);
        expect(quick).toStrictEqual(parsed.success ? parsed.data : undefined);
      }),
      500,
    );
  });

  it('[P2] takes the plain actors the service is called with', () => {
    expect(quickActor({ kind: 'patron', patronId: 'p-1', channel: 'online' })).toStrictEqual({ kind: 'patron', patronId: 'p-1', channel: 'online' });
    expect(quickActor({ kind: 'staff', branchId: 'akeno', staffId: 's-1' })).toStrictEqual({ kind: 'staff', branchId: 'akeno', staffId: 's-1' });
    expect(quickActor({ kind: 'system' })).toStrictEqual({ kind: 'system' });
  });

  it('[P2] leaves to the schema an actor with an unstorable or missing id, or of another shape', () => {
    expect(quickActor({ kind: 'patron', patronId: 'p\u00001', channel: 'online' })).toBeUndefined();
    expect(quickActor({ kind: 'staff', branchId: '' })).toBeUndefined();
    expect(quickActor({ kind: 'staff', branchId: 'akeno', staffId: undefined })).toBeUndefined();
    expect(quickActor(Object.create({ kind: 'system' }))).toBeUndefined();
    expect(quickActor('system')).toBeUndefined();
  });
});
