import { isYoyakuError, YoyakuError } from '../../errors/yoyaku-error.js';

const UNAVAILABLE_CODES = /^SQLITE_(BUSY|LOCKED|CANTOPEN|IOERR|FULL|READONLY|NOTADB|CORRUPT|PROTOCOL|NOMEM|PERM|AUTH)/;

/**
 * The error to throw for a failure of better-sqlite3: a busy or unreachable database, and a
 * schema not migrated, become `STORE_UNAVAILABLE`; this library's own errors and anything else
 * (a bug) pass through unchanged.
 */
export function sqliteStoreError(error: unknown): unknown {
  if (isYoyakuError(error) || !(error instanceof Error)) return error;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && UNAVAILABLE_CODES.test(code)) {
    return new YoyakuError('STORE_UNAVAILABLE', `The SQLite database is unavailable (${code}): ${error.message}`, {
      details: { code },
      cause: error,
    });
  }
  if (code === 'SQLITE_ERROR' && /no such table/.test(error.message)) {
    return new YoyakuError('STORE_UNAVAILABLE', `The SQLite database has no yoyaku-rules schema (${error.message}): apply migrateSqlite() first`, {
      details: { code },
      cause: error,
    });
  }
  if (/database connection is not open/.test(error.message)) {
    return new YoyakuError('STORE_UNAVAILABLE', 'The SQLite database connection is closed', { cause: error });
  }
  if (/^Cannot open database/.test(error.message)) {
    return new YoyakuError('STORE_UNAVAILABLE', `The SQLite database cannot be opened: ${error.message}`, { cause: error });
  }
  return error;
}
