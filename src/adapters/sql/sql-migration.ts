/**
 * One versioned schema migration of a SQL adapter: the statements that bring the schema from
 * `version - 1` to `version`. Each applied migration is recorded in the `schema_migrations`
 * table, so applying the list again is a no-op. Hosts with their own migration tool can take the
 * `sql` as it is.
 * @category Adapters
 * @example
 * import { SQLITE_MIGRATIONS } from 'yoyaku-rules/sqlite';
 * const latest: SqlMigration | undefined = SQLITE_MIGRATIONS.at(-1);
 * console.log(latest?.version, latest?.name); // 1 'init'
 */
export interface SqlMigration {
  /** Applied in ascending order, each once; the first is 1. */
  readonly version: number;
  /** A short name, such as `init`. */
  readonly name: string;
  /** The statements, separated by semicolons. */
  readonly sql: string;
}
