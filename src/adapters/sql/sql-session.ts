import type { Clock } from '../../ports/clock.js';
import type { RowReader } from './row-reader.js';

/** A value bound to a statement parameter. */
export type SqlValue = string | number | boolean | null;

/** A row as the driver returns it: column names to values. */
export type SqlRow = Readonly<Record<string, unknown>>;

/** How one SQL engine spells the values that differ between engines. */
export interface SqlDialect {
  readonly engine: 'sqlite' | 'postgres';
  /** A boolean as a parameter (SQLite has no boolean type: 1 and 0). */
  bool(value: boolean): SqlValue;
  /** A boolean column as read; anything but the engine's true and false is returned unchanged, for the record schema to refuse. */
  readBool(value: unknown): unknown;
  /** A JSON column as read; text that is not JSON is returned unchanged, for the record schema to refuse. */
  readJson(value: unknown): unknown;
  /** Appended to a single-row read inside a unit of work (`' FOR UPDATE'` on PostgreSQL), or `''`. */
  readonly lockSuffix: string;
  /**
   * A condition that `column` is one of a list of ids bound as ONE parameter (so that the text of
   * the statement, and its prepared plan, is the same whatever the list's length):
   * `column IN (SELECT value FROM json_each(?))` on SQLite, `column = ANY(?::text[])` on PostgreSQL.
   */
  inList(column: string): string;
  /** The parameter of {@link SqlDialect.inList}: the ids as a JSON array (SQLite) or an array literal (PostgreSQL). */
  listParam(ids: readonly string[]): SqlValue;
}

/**
 * The statements of one unit of work. SQL is written with `?` placeholders; the PostgreSQL
 * session numbers them. Each call fails with `STORE_UNAVAILABLE` once the unit has ended.
 */
export interface SqlSession {
  all(sql: string, params?: readonly SqlValue[]): Promise<SqlRow[]>;
  /** Runs a write and returns how many rows it changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
  /** How the unit's stores turn rows into records (strict when absent: a bad row fails its read). */
  readonly rows?: RowReader | undefined;
}

/** What the SQL stores need besides a session. */
export interface SqlStoreConfig {
  readonly dialect: SqlDialect;
  readonly clock: Clock;
  /** `false` drops the version check of updates (for the concurrency test only). */
  readonly versionGuard: boolean;
  /** Whether single-row reads lock the row until the unit ends. */
  readonly lockRows: boolean;
  /** Whether `PatronStore.getMany` locks its rows too (with `lockRows`; default: as `lockRows`). A race test's control turns it off alone. */
  readonly lockGetManyPatrons?: boolean | undefined;
}
