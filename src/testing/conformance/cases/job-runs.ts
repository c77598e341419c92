import { assertEqual, assertRejectsWithSame, assertTrue } from '../assert.js';
import { inUnit } from '../fixtures.js';
import type { ConformanceCase } from '../types.js';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export const jobRunCases: ConformanceCase[] = [
  {
    name: '[C1] job runs: of ten concurrent claims of one job and date, exactly one wins',
    run: async (s) => {
      const owners = Array.from({ length: 10 }, (_, i) => `server-${i}`);
      const results = await Promise.all(owners.map((owner) => inUnit(s, (tx) => tx.jobRuns.claim('approval', '2026-12-04', owner))));
      assertEqual(results.filter(Boolean).length, 1, 'number of claims that won');
      const winner = owners[results.indexOf(true)];
      const run = await inUnit(s, (tx) => tx.jobRuns.get('approval', '2026-12-04'));
      assertEqual(run && { job: run.job, date: run.date, owner: run.owner, finishedAt: run.finishedAt }, { job: 'approval', date: '2026-12-04', owner: winner, finishedAt: null }, 'the run');
      assertTrue(run !== null && INSTANT.test(run.claimedAt), 'claimedAt is an instant in toISOString form');
      assertEqual(await inUnit(s, (tx) => tx.jobRuns.claim('approval', '2026-12-04', winner ?? 'server-0')), false, 'a later claim, even by the winner');
    },
  },
  {
    name: 'job runs: claims of other dates and other jobs are independent',
    run: async (s) => {
      const claims = await inUnit(s, async (tx) => [
        await tx.jobRuns.claim('approval', '2026-12-04', 'a'),
        await tx.jobRuns.claim('approval', '2026-12-05', 'b'),
        await tx.jobRuns.claim('expiry', '2026-12-04', 'c'),
        await tx.jobRuns.claim('expiry', '2026-12-04', 'd'),
      ]);
      assertEqual(claims, [true, true, true, false], 'claims');
      assertEqual((await inUnit(s, (tx) => tx.jobRuns.get('expiry', '2026-12-04')))?.owner, 'c', 'owner of the expiry run of 2026-12-04');
      assertEqual(await inUnit(s, (tx) => tx.jobRuns.get('expiry', '2026-12-05')), null, 'a run nobody claimed');
    },
  },
  {
    name: 'job runs: a claim in a unit of work that throws is rolled back',
    run: async (s) => {
      const failure = new Error('the batch failed');
      await assertRejectsWithSame(
        inUnit(s, async (tx) => {
          assertEqual(await tx.jobRuns.claim('expiry', '2026-12-04', 'a'), true, 'claim inside the failing unit');
          throw failure;
        }),
        failure,
        'the failing unit',
      );
      assertEqual(await inUnit(s, (tx) => tx.jobRuns.get('expiry', '2026-12-04')), null, 'the run after the failed unit');
      assertEqual(await inUnit(s, (tx) => tx.jobRuns.claim('expiry', '2026-12-04', 'b')), true, 'a new claim');
    },
  },
  {
    name: 'job runs: finish marks the run finished, for its owner only, once',
    run: async (s) => {
      await inUnit(s, (tx) => tx.jobRuns.claim('approval', '2026-12-04', 'a'));
      assertEqual(await inUnit(s, (tx) => tx.jobRuns.finish('approval', '2026-12-04', 'b')), false, 'finish by another owner');
      assertEqual((await inUnit(s, (tx) => tx.jobRuns.get('approval', '2026-12-04')))?.finishedAt, null, 'finishedAt after the refused finish');
      assertEqual(await inUnit(s, (tx) => tx.jobRuns.finish('approval', '2026-12-04', 'a')), true, 'finish by the owner');
      const run = await inUnit(s, (tx) => tx.jobRuns.get('approval', '2026-12-04'));
      assertTrue(run !== null && run.finishedAt !== null && INSTANT.test(run.finishedAt), 'finishedAt is an instant');
      assertEqual(await inUnit(s, (tx) => tx.jobRuns.finish('approval', '2026-12-04', 'a')), false, 'a second finish');
      assertEqual(await inUnit(s, (tx) => tx.jobRuns.finish('expiry', '2026-12-04', 'a')), false, 'finish of a run nobody claimed');
    },
  },
];
