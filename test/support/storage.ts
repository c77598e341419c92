import type { FixedClock } from '../../src/ports/clock.js';
import type { StoragePorts } from '../../src/ports/storage-ports.js';

/**
 * At the clock's time, claims the `approval` run of 2026-12-04 for owner `a` and enqueues notice
 * `n-1`; five minutes later (the clock advances), finishes that run and marks the notice sent.
 */
export async function claimFinishAndSend(storage: StoragePorts, clock: FixedClock): Promise<void> {
  await storage.unitOfWork.run(async (tx) => {
    await tx.jobRuns.claim('approval', '2026-12-04', 'a');
    await tx.outbox.enqueue({ id: 'n-1', kind: 'holdNotice', patronId: 'p-1', createdAt: clock.now(), payload: {} });
  });
  clock.advance({ minutes: 5 });
  await storage.unitOfWork.run(async (tx) => {
    await tx.jobRuns.finish('approval', '2026-12-04', 'a');
    await tx.outbox.markSent('n-1');
  });
}
