import { assertEqual, assertRejectsWithSame, assertTrue } from '../assert.js';
import { inUnit } from '../fixtures.js';
import type { ConformanceCase } from '../types.js';

const PLAN = [
  { phase: 'decide', keys: ['p-1', 'p-2'] },
  { phase: 'decide', keys: ['p-3'] },
  { phase: 'trap', keys: ['t-1/1'] },
];

export const jobChunkCases: ConformanceCase[] = [
  {
    name: '[C1] job chunks: a plan is listed in order; next gives the first unfinished chunk; finish marks it once',
    run: async (s) => {
      await inUnit(s, (tx) => tx.jobChunks.plan('approval', '2026-12-04', PLAN));
      const listed = await inUnit(s, (tx) => tx.jobChunks.list('approval', '2026-12-04'));
      assertEqual(listed, PLAN.map((c, seq) => ({ seq, phase: c.phase, finished: false })), 'the planned chunks');
      assertEqual(await inUnit(s, (tx) => tx.jobChunks.next('approval', '2026-12-04')), { seq: 0, ...PLAN[0], finished: false }, 'next');
      assertEqual(await inUnit(s, (tx) => tx.jobChunks.finish('approval', '2026-12-04', 0, 'a')), true, 'first finish');
      assertEqual(await inUnit(s, (tx) => tx.jobChunks.finish('approval', '2026-12-04', 0, 'b')), false, 'second finish');
      assertEqual((await inUnit(s, (tx) => tx.jobChunks.next('approval', '2026-12-04')))?.seq, 1, 'next after the first is finished');
      assertEqual(await inUnit(s, (tx) => tx.jobChunks.list('expiry', '2026-12-04')), [], 'another job has no chunks');
      assertEqual(await inUnit(s, (tx) => tx.jobChunks.next('approval', '2026-12-05')), null, 'another date has no chunks');
    },
  },
  {
    name: 'job chunks: a finish in a unit of work that throws is rolled back, and the chunk is next again',
    run: async (s) => {
      await inUnit(s, (tx) => tx.jobChunks.plan('expiry', '2026-12-04', PLAN));
      const failure = new Error('the chunk failed');
      await assertRejectsWithSame(
        inUnit(s, async (tx) => {
          const chunk = await tx.jobChunks.next('expiry', '2026-12-04');
          await tx.jobChunks.finish('expiry', '2026-12-04', chunk?.seq ?? -1, 'a');
          throw failure;
        }),
        failure,
        'the failing unit',
      );
      assertEqual((await inUnit(s, (tx) => tx.jobChunks.next('expiry', '2026-12-04')))?.seq, 0, 'next after the rollback');
      const all = await inUnit(s, (tx) => tx.jobChunks.list('expiry', '2026-12-04'));
      assertTrue(all.every((c) => !c.finished), 'nothing finished');
    },
  },
];
