// A deterministic interleaving for test/db/concurrency.test.ts: the approval batch stops inside
// its unit of work right after `PatronStore.getMany` returned (its patrons' rows locked, unless a
// control removed that lock), another unit runs, and the test sees whether that unit finished
// or waited on a row lock before it lets the batch go on. No sleeps decide anything: the test
// waits for one of two events.
import pg from 'pg';
import { isYoyakuError } from '../../../src/errors/yoyaku-error.js';
import type { StoragePorts } from '../../../src/ports/storage-ports.js';
import type { StoresTx } from '../../../src/ports/unit-of-work.js';

/** A storage whose first `getMany` naming `patronId` stops until `release()`; `reached` settles when it stopped. */
export interface PausedAtGetMany {
  readonly ports: StoragePorts;
  readonly reached: Promise<void>;
  release(): void;
  /** The version conflicts its units of work met (each retried by the service). */
  conflicts(): number;
}

export function pauseAtGetMany(storage: StoragePorts, patronId: string): PausedAtGetMany {
  let armed = true;
  let conflicts = 0;
  let reachedNow = (): void => undefined;
  let releaseNow = (): void => undefined;
  const reached = new Promise<void>((resolve) => (reachedNow = resolve));
  const released = new Promise<void>((resolve) => (releaseNow = resolve));
  const wrap = (tx: StoresTx): StoresTx => ({
    ...tx,
    patrons: {
      ...tx.patrons,
      getMany: async (ids) => {
        const found = await tx.patrons.getMany(ids);
        if (armed && ids.includes(patronId)) {
          armed = false;
          reachedNow();
          await released;
        }
        return found;
      },
    },
  });
  return {
    ports: {
      clock: storage.clock,
      capabilities: storage.capabilities,
      unitOfWork: {
        run: (work, options) =>
          storage.unitOfWork.run((tx) => work(wrap(tx)), options).catch((error: unknown) => {
            if (isYoyakuError(error) && error.code === 'VERSION_CONFLICT') conflicts++;
            throw error;
          }),
      },
    },
    reached,
    release: () => releaseNow(),
    conflicts: () => conflicts,
  };
}

/**
 * Whether `work` finished, or some backend of the pool named `applicationName` waits on a lock
 * (a row lock another unit holds), whichever comes first. The lock is looked up in
 * `pg_stat_activity` until one of the two happens.
 */
export async function finishedOrBlocked(admin: pg.Pool, applicationName: string, work: Promise<unknown>): Promise<'finished' | 'blocked'> {
  let finished = false;
  const done = work.then(
    () => (finished = true),
    () => (finished = true),
  );
  for (;;) {
    if (finished) return 'finished';
    const { rows } = await admin.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1 AND wait_event_type = 'Lock'`,
      [applicationName],
    );
    if (finished) return 'finished';
    if ((rows[0]?.n ?? 0) > 0) return 'blocked';
    await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 5))]);
  }
}
