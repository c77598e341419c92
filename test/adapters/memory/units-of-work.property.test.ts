import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isYoyakuError } from '../../../src/errors/yoyaku-error.js';
import type { Copy, CopyStatus } from '../../../src/model/material.js';
import { createMemoryStorage } from '../../../src/memory.js';
import { checkProperty } from '../../support/fc.js';

// Model-based: units of work started together, each a few copy writes and perhaps a throw, must
// end as if they ran one after another in the order they started, each all or nothing.

type Op =
  | { readonly kind: 'insert'; readonly id: string; readonly status: CopyStatus }
  | { readonly kind: 'update'; readonly id: string; readonly expected: number; readonly skip: 0 | 1; readonly status: CopyStatus }
  | { readonly kind: 'throw' };

const ids = fc.constantFrom('c-1', 'c-2', 'c-3');
const status = fc.constantFrom<CopyStatus>('onShelf', 'onLoan', 'missing');
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), id: ids, status }),
  fc.record({ kind: fc.constant('update' as const), id: ids, expected: fc.nat(3), skip: fc.constantFrom<0 | 1>(0, 0, 0, 1), status }),
  fc.constant({ kind: 'throw' as const }),
);
const units = fc.array(fc.array(op, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 });

const copyOf = (id: string, s: CopyStatus, version: number): Copy => ({
  id, volumeId: 't-1/1', ownerBranchId: 'akeno', locationBranchId: 'akeno', status: s, version,
});

/** Runs one unit against the model: the new model, or the error code that aborts it. */
function runModel(model: ReadonlyMap<string, Copy>, ops: readonly Op[]): { ok: true; next: Map<string, Copy> } | { ok: false; code: string } {
  const next = new Map(model);
  for (const o of ops) {
    if (o.kind === 'throw') return { ok: false, code: 'thrown' };
    const stored = next.get(o.id);
    if (o.kind === 'insert') {
      if (stored) return { ok: false, code: 'VERSION_CONFLICT' };
      next.set(o.id, copyOf(o.id, o.status, 0));
    } else {
      if (!stored) return { ok: false, code: 'NOT_FOUND' };
      if (o.skip === 1 || stored.version !== o.expected) return { ok: false, code: 'VERSION_CONFLICT' };
      next.set(o.id, copyOf(o.id, o.status, o.expected + 1));
    }
  }
  return { ok: true, next };
}

describe('memory units of work', () => {
  it('end as if run one at a time in start order, each all or nothing', async () => {
    await checkProperty(
      fc.asyncProperty(units, async (plan) => {
        const storage = createMemoryStorage();
        const outcomes = await Promise.all(
          plan.map((ops) =>
            storage.unitOfWork
              .run(async (tx) => {
                for (const o of ops) {
                  if (o.kind === 'throw') throw new Error('thrown');
                  if (o.kind === 'insert') await tx.copies.insert(copyOf(o.id, o.status, 0));
                  else await tx.copies.update(copyOf(o.id, o.status, o.expected + 1 + o.skip), o.expected);
                }
              })
              .then(
                () => 'ok',
                (error: unknown) => (isYoyakuError(error) ? error.code : error instanceof Error ? error.message : 'unknown'),
              ),
          ),
        );
        let model = new Map<string, Copy>();
        const expected: string[] = [];
        for (const ops of plan) {
          const result = runModel(model, ops);
          if (result.ok) model = result.next;
          expected.push(result.ok ? 'ok' : result.code);
        }
        expect(outcomes).toEqual(expected);
        expect(storage.snapshot().copies).toEqual([...model.values()].sort((a, b) => (a.id < b.id ? -1 : 1)));
      }),
      200,
    );
  });
});
