import type { SeedableStorage } from '../../ports/seed-data.js';
import type { StorageCapabilities, StoragePorts } from '../../ports/storage-ports.js';
import type { StoresTx } from '../../ports/unit-of-work.js';
import type { HealthCheckable, UnitOfWorkOptions } from '../../ports/unreadable-records.js';
import { sqlHealth } from './health.js';
import { createSqlStores } from './create-stores.js';
import { rowReader } from './row-reader.js';
import { writeSeed } from './seed.js';
import type { SqlSession, SqlStoreConfig } from './sql-session.js';

/** Runs `work` in one transaction of an engine. */
export type SqlTransactor = <T>(work: (session: SqlSession) => Promise<T>) => Promise<T>;

/** The statements around one unit of work, as one engine spells them. */
export interface SqlTransactionSteps {
  begin(): Promise<unknown> | void;
  /** The unit's session; it refuses statements once `isOpen()` is false. */
  session(isOpen: () => boolean): SqlSession;
  commit(): Promise<unknown> | void;
  rollback(): Promise<unknown> | void;
}

const SQL_CAPABILITIES: StorageCapabilities = Object.freeze({ transactions: true, concurrentWriters: true });

/**
 * Begins, runs `work` on a session that is open only until the unit ends, and commits; when
 * `work` or the commit fails, rolls back and throws that failure.
 */
export async function runSqlTransaction<T>(steps: SqlTransactionSteps, work: (session: SqlSession) => Promise<T>): Promise<T> {
  let open = true;
  try {
    await steps.begin();
    try {
      const result = await work(steps.session(() => open));
      open = false;
      await steps.commit();
      return result;
    } catch (error) {
      open = false;
      await steps.rollback();
      throw error;
    }
  } finally {
    open = false;
  }
}

/** The ports and seeding of a SQL storage: every unit of work and every seed is one transaction. */
export function sqlStoragePorts(config: SqlStoreConfig, inTransaction: SqlTransactor): StoragePorts & SeedableStorage & HealthCheckable {
  return {
    clock: config.clock,
    capabilities: SQL_CAPABILITIES,
    unitOfWork: {
      run: <T>(work: (tx: StoresTx) => Promise<T>, options?: UnitOfWorkOptions): Promise<T> =>
        inTransaction((session) => work(createSqlStores(options?.onInvalidRecord === undefined ? session : { ...session, rows: rowReader(options) }, config))),
    },
    seed: (data) => inTransaction((session) => writeSeed(session, config.dialect, data)),
    checkHealth: () => inTransaction((session) => sqlHealth(session, config.dialect)),
  };
}
