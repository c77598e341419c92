import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createPostgresStorage, type PostgresStorage, type PostgresStorageOptions } from '../../../src/postgres.js';

/** The database of the PostgreSQL tests: YOYAKU_PG_URL, which `npm run test:db` sets when it is unset. */
export function postgresUrl(): string {
  const url = process.env['YOYAKU_PG_URL'];
  if (!url) {
    throw new Error(
      'YOYAKU_PG_URL is not set. Run the database tests with `npm run test:db` (it starts a throwaway PostgreSQL), ' +
        'or start one yourself: eval "$(scripts/pg-start.sh)" (stop it with scripts/pg-stop.sh).',
    );
  }
  return url;
}

/** A fresh, empty schema name for one test. */
export function freshSchemaName(): string {
  return `t_${randomBytes(6).toString('hex')}`;
}

/** Drops a test's schema and everything in it. */
export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresUrl() });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}

/** A migrated storage in a schema of its own; closing it drops the schema. */
export async function freshPostgresStorage(options: Omit<PostgresStorageOptions, 'connectionString' | 'pool' | 'schema'> = {}): Promise<PostgresStorage & { readonly schema: string }> {
  const schema = freshSchemaName();
  const storage = createPostgresStorage({ ...options, connectionString: postgresUrl(), schema });
  await storage.migrate();
  return {
    ...storage,
    schema,
    async close() {
      await storage.close();
      await dropSchema(schema);
    },
  };
}
