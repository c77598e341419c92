import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { statementTurns } from '../../../src/adapters/postgres/postgres-session.js';

// Issue 15: a unit's statements started together go out together on a pipelined client (the
// storage's own pool), and one after the other on any other client (the driver deprecates
// queueing a statement while one runs).

function deferred(): { promise: Promise<string>; resolve(v: string): void; reject(e: Error): void } {
  let resolve!: (v: string) => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<string>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

async function started(pipeline: boolean, firstFails: boolean): Promise<{ afterCall: string[]; afterFirst: string[]; results: PromiseSettledResult<string>[] }> {
  const inTurn = statementTurns({ pipeline } as unknown as pg.ClientBase);
  const sent: string[] = [];
  const first = deferred();
  const a = inTurn(() => (sent.push('a'), first.promise));
  const b = inTurn(async () => (sent.push('b'), 'b'));
  await new Promise((r) => setTimeout(r, 5));
  const afterCall = [...sent];
  if (firstFails) first.reject(new Error('a failed'));
  else first.resolve('a');
  const results = await Promise.allSettled([a, b]);
  return { afterCall, afterFirst: [...sent], results };
}

describe('statementTurns', () => {
  it('on a pipelined client sends the second statement before the first is answered', async () => {
    const { afterCall } = await started(true, false);
    expect(afterCall).toEqual(['a', 'b']);
  });

  it('on any other client sends the second only once the first is answered, each with its own result', async () => {
    const { afterCall, afterFirst, results } = await started(false, false);
    expect(afterCall).toEqual(['a']);
    expect(afterFirst).toEqual(['a', 'b']);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : 'failed'))).toEqual(['a', 'b']);
  });

  it('on any other client a failed statement still lets the next one go, and fails alone', async () => {
    const { afterFirst, results } = await started(false, true);
    expect(afterFirst).toEqual(['a', 'b']);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled']);
  });
});
