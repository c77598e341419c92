// The quick checks of a cart entry and of a submission (src/service/internal/quick-input.ts)
// against InputSchemas.cartEntry and InputSchemas.submit: on any value, each either declines
// (zod decides) or returns exactly what zod returns, and never takes an input zod refuses.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputSchemas } from '../../src/service/internal/input.js';
import { quickCartEntry, quickSubmit } from '../../src/service/internal/quick-input.js';
import { checkProperty } from '../support/fc.js';

const text = fc.oneof(
  fc.constantFrom('', 't-1/1', 'akeno', 'a\u0000b', '\uD800', 'x\uDC00', '\uD83D\uDE00', 'x'.repeat(256), 'x'.repeat(257)),
  fc.string({ maxLength: 8, unit: 'binary' }),
);
const value = fc.oneof(text, fc.constant(undefined), fc.constant(null), fc.integer(), fc.boolean());
const ids = fc.oneof(
  fc.array(fc.oneof(text, value), { maxLength: 4 }),
  fc.array(fc.constantFrom('t-1/1', 't-2/1', 't-3/1'), { maxLength: 4 }),
  fc.integer({ min: 99, max: 102 }).map((n) => Array.from({ length: n }, (_, i) => `t-${i}/1`)),
  fc.constant(Object.assign(new Array<string>(2), { 0: 't-1/1' })),
);
const entryLike = fc.record({ volumeId: value, pickupBranchId: value, extra: value }, { requiredKeys: [] });
const submitLike = fc.record({ volumeIds: fc.oneof(ids, value), extra: value }, { requiredKeys: [] });

describe('quickCartEntry and quickSubmit', () => {
  it('[B1] quickCartEntry returns what the cart entry schema returns, or declines', () => {
    checkProperty(
      fc.property(fc.oneof(entryLike, value, fc.array(value)), (input) => {
        const quick = quickCartEntry(input);
        if (quick === undefined) return;
        const parsed = InputSchemas.cartEntry.safeParse(input);
        expect(parsed.success).toBe(true);
        expect(quick).toStrictEqual(parsed.success ? parsed.data : undefined);
      }),
      500,
    );
  });

  it('[B2] quickSubmit returns what the submission schema returns, or declines', () => {
    checkProperty(
      fc.property(fc.oneof(submitLike, value, ids), (input) => {
        const quick = quickSubmit(input);
        if (quick === undefined) return;
        const parsed = InputSchemas.submit.safeParse(input);
        expect(parsed.success).toBe(true);
        expect(quick).toStrictEqual(parsed.success ? parsed.data : undefined);
      }),
      500,
    );
  });

  it('[B1][B2] take the plain inputs the service is called with', () => {
    expect(quickCartEntry({ volumeId: 't-1/1', pickupBranchId: 'akeno' })).toStrictEqual({ volumeId: 't-1/1', pickupBranchId: 'akeno' });
    expect(quickSubmit({ volumeIds: ['t-1/1', 't-2/1'] })).toStrictEqual({ volumeIds: ['t-1/1', 't-2/1'] });
  });

  it('[B1][B2] leave to the schema an unstorable, missing, repeated or surplus id, or another shape', () => {
    expect(quickCartEntry({ volumeId: 't\u00001/1', pickupBranchId: 'akeno' })).toBeUndefined();
    expect(quickCartEntry({ volumeId: 't-1/1' })).toBeUndefined();
    expect(quickCartEntry(Object.create({ volumeId: 't-1/1', pickupBranchId: 'akeno' }))).toBeUndefined();
    expect(quickSubmit({ volumeIds: [] })).toBeUndefined();
    expect(quickSubmit({ volumeIds: ['t-1/1', 't-1/1'] })).toBeUndefined();
    expect(quickSubmit({ volumeIds: Array.from({ length: 101 }, (_, i) => `t-${i}/1`) })).toBeUndefined();
    expect(quickSubmit({ volumeIds: 't-1/1' })).toBeUndefined();
    expect(quickSubmit({ volumeIds: ['\uD800'] })).toBeUndefined();
  });
});
