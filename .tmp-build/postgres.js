import { writeSeed, createSqlStores } from './chunk-W65UGKJR.js';
import './chunk-WE6C7Y7A.js';
import './chunk-KPWFZXN4.js';
import './chunk-QTRXJWHJ.js';
import { systemClock } from './chunk-OEUHIEB4.js';
import { YoyakuError, isYoyakuError } from './chunk-TUTL3NE5.js';
import pg from 'pg';

// src/adapters/postgres/postgres-errors.ts
var NETWORK_CODES = /* @__PURE__ */ new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN", "EPIPE"]);
var UNAVAILABLE_STATES = /* @__PURE__ */ new Set(["53300", "53400", "57014", "55P03", "57P01", "57P02", "57P03", "28000", "28P01", "3D000"]);
var RETRYABLE_STATES = /* @__PURE__ */ new Set(["40001", "40P01"]);
var UNAVAILABLE_MESSAGES = /timeout|Connection terminated|Client has encountered a connection error|Client was closed|Cannot use a pool after calling end/i;
function isConnectionError(error) {
  return isYoyakuError(error) && error.code === "STORE_UNAVAILABLE";
}
function postgresStoreError(error) {
  if (isYoyakuError(error) || !(error instanceof Error)) return error;
  const code = error.code;
  const state = typeof code === "string" ? code : "";
  if (NETWORK_CODES.has(state) || UNAVAILABLE_STATES.has(state) || state.startsWith("08") || state === "" && UNAVAILABLE_MESSAGES.test(error.message)) {
    return new YoyakuError("STORE_UNAVAILABLE", `PostgreSQL is unavailable${state ? ` (${state})` : ""}: ${error.message}`, {
      details: { code: state || null },
      cause: error
    });
  }
  if (state === "42P01") {
    return new YoyakuError("STORE_UNAVAILABLE", `The PostgreSQL schema has no yoyaku-rules tables (${error.message}): apply migratePostgres() first`, {
      details: { code: state },
      cause: error
    });
  }
  if (RETRYABLE_STATES.has(state)) {
    return new YoyakuError("VERSION_CONFLICT", `PostgreSQL aborted the unit of work to resolve a conflict (${state}); run it again`, {
      details: { code: state, table: null, id: null, expected: null, actual: null },
      cause: error
    });
  }
  return error;
}

// src/adapters/postgres/connect.ts
async function connectClient(pool, timeoutMs) {
  let timer;
  let timedOut = false;
  const connecting = pool.connect();
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      reject(new YoyakuError("STORE_UNAVAILABLE", `PostgreSQL did not accept a connection within ${timeoutMs} ms`, { details: { timeoutMs } }));
    }, timeoutMs);
  });
  connecting.then(
    (client) => {
      if (timedOut) client.release();
    },
    () => void 0
  );
  try {
    return await Promise.race([connecting, deadline]);
  } catch (error) {
    throw postgresStoreError(error);
  } finally {
    clearTimeout(timer);
  }
}
var IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;
function quoteSchema(schema) {
  if (!IDENTIFIER.test(schema)) {
    throw new YoyakuError("INVALID_INPUT", "Invalid PostgreSQL schema name: expected letters, digits and underscores", {
      issues: [{ path: ["schema"], message: "Expected a plain identifier (letters, digits, underscores; not starting with a digit)" }]
    });
  }
  return `"${schema}"`;
}

// src/adapters/postgres/migrations/0001_init.ts
var POSTGRES_0001_INIT = {
  version: 1,
  name: "init",
  sql: `
CREATE TABLE reservations (
  id TEXT COLLATE "C" NOT NULL PRIMARY KEY,
  patron_id TEXT COLLATE "C" NOT NULL,
  title_id TEXT COLLATE "C" NOT NULL,
  volume_id TEXT COLLATE "C" NOT NULL,
  audiovisual BOOLEAN NOT NULL,
  channel TEXT COLLATE "C" NOT NULL,
  pickup_branch_id TEXT COLLATE "C" NOT NULL,
  placed_at TEXT COLLATE "C" NOT NULL,
  status TEXT COLLATE "C" NOT NULL,
  version INTEGER NOT NULL,
  cancellation_requested_at TEXT COLLATE "C",
  queued_at TEXT COLLATE "C",
  rejected_at TEXT COLLATE "C",
  reasons JSONB,
  copy_id TEXT COLLATE "C",
  trapped_at TEXT COLLATE "C",
  notice_date TEXT COLLATE "C",
  last_day TEXT COLLATE "C",
  collected_at TEXT COLLATE "C",
  lapsed_at TEXT COLLATE "C",
  cancelled_at TEXT COLLATE "C",
  cancelled_by TEXT COLLATE "C",
  cancelled_from TEXT COLLATE "C",
  note TEXT COLLATE "C"
);
CREATE INDEX reservations_queue ON reservations (status, volume_id, queued_at, placed_at, id);
CREATE INDEX reservations_patron ON reservations (patron_id, status);
CREATE INDEX reservations_holds_by_last_day ON reservations (status, last_day, id);
CREATE INDEX reservations_by_placed_at ON reservations (status, placed_at, id);
CREATE INDEX reservations_pending_cancellations ON reservations (cancellation_requested_at, id)
  WHERE cancellation_requested_at IS NOT NULL;

CREATE TABLE copies (
  id TEXT COLLATE "C" NOT NULL PRIMARY KEY,
  volume_id TEXT COLLATE "C" NOT NULL,
  owner_branch_id TEXT COLLATE "C" NOT NULL,
  location_branch_id TEXT COLLATE "C" NOT NULL,
  status TEXT COLLATE "C" NOT NULL,
  version INTEGER NOT NULL
);
CREATE INDEX copies_volume ON copies (volume_id, id);

CREATE TABLE loans (
  id TEXT COLLATE "C" NOT NULL PRIMARY KEY,
  patron_id TEXT COLLATE "C" NOT NULL,
  copy_id TEXT COLLATE "C" NOT NULL,
  volume_id TEXT COLLATE "C" NOT NULL,
  title_id TEXT COLLATE "C" NOT NULL,
  branch_id TEXT COLLATE "C" NOT NULL,
  lent_at TEXT COLLATE "C" NOT NULL,
  due_date TEXT COLLATE "C" NOT NULL,
  renewals INTEGER NOT NULL,
  reservation_id TEXT COLLATE "C",
  returned_at TEXT COLLATE "C",
  version INTEGER NOT NULL
);
CREATE INDEX loans_patron ON loans (patron_id, lent_at, id);
CREATE INDEX loans_open_by_copy ON loans (copy_id, lent_at, id) WHERE returned_at IS NULL;

CREATE TABLE patrons (
  id TEXT COLLATE "C" NOT NULL PRIMARY KEY,
  card_number TEXT COLLATE "C" NOT NULL,
  name TEXT COLLATE "C",
  email TEXT COLLATE "C",
  internet_registered BOOLEAN NOT NULL,
  unreachable BOOLEAN NOT NULL,
  notice_show_name BOOLEAN NOT NULL,
  notice_show_title BOOLEAN NOT NULL,
  home_branch_id TEXT COLLATE "C",
  version INTEGER NOT NULL
);

CREATE TABLE titles (
  id TEXT COLLATE "C" NOT NULL PRIMARY KEY,
  name TEXT COLLATE "C" NOT NULL,
  category TEXT COLLATE "C" NOT NULL,
  audiovisual BOOLEAN NOT NULL
);

CREATE TABLE volumes (
  id TEXT COLLATE "C" NOT NULL PRIMARY KEY,
  title_id TEXT COLLATE "C" NOT NULL,
  label TEXT COLLATE "C",
  is_set BOOLEAN
);
CREATE INDEX volumes_title ON volumes (title_id, id);

CREATE TABLE favourites (
  patron_id TEXT COLLATE "C" NOT NULL,
  volume_id TEXT COLLATE "C" NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (patron_id, volume_id)
);
CREATE INDEX favourites_order ON favourites (patron_id, position);

CREATE TABLE cart_entries (
  patron_id TEXT COLLATE "C" NOT NULL,
  volume_id TEXT COLLATE "C" NOT NULL,
  pickup_branch_id TEXT COLLATE "C" NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (patron_id, volume_id)
);
CREATE INDEX cart_entries_order ON cart_entries (patron_id, position);

CREATE TABLE outbox (
  id TEXT COLLATE "C" NOT NULL PRIMARY KEY,
  kind TEXT COLLATE "C" NOT NULL,
  patron_id TEXT COLLATE "C" NOT NULL,
  reservation_id TEXT COLLATE "C",
  created_at TEXT COLLATE "C" NOT NULL,
  payload JSONB NOT NULL,
  sent_at TEXT COLLATE "C"
);
CREATE INDEX outbox_pending ON outbox (created_at, id) WHERE sent_at IS NULL;

CREATE TABLE job_runs (
  job TEXT COLLATE "C" NOT NULL,
  run_date TEXT COLLATE "C" NOT NULL,
  owner TEXT COLLATE "C" NOT NULL,
  claimed_at TEXT COLLATE "C" NOT NULL,
  finished_at TEXT COLLATE "C",
  PRIMARY KEY (job, run_date)
);
`
};

// src/adapters/postgres/migrations/index.ts
var POSTGRES_MIGRATIONS = Object.freeze([POSTGRES_0001_INIT]);

// src/adapters/postgres/migrate-postgres.ts
var MIGRATION_LOCK_KEY = 7305114482;
var CREATE_SCHEMA_MIGRATIONS = "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";
var RECORD_MIGRATION = `INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))`;
function isPool(target) {
  return typeof target.totalCount === "number";
}
async function migratePostgres(target, options = {}) {
  const schema = options.schema === void 0 ? void 0 : quoteSchema(options.schema);
  const client = isPool(target) ? await connectClient(target, options.connectionTimeoutMs ?? 5e3) : target;
  let broken = false;
  try {
    await client.query("BEGIN");
    try {
      await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK_KEY]);
      if (schema !== void 0) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}; SET LOCAL search_path TO ${schema}`);
      await client.query(CREATE_SCHEMA_MIGRATIONS);
      const done = new Set((await client.query("SELECT version FROM schema_migrations")).rows.map((row) => row.version));
      const applied = [];
      for (const migration of POSTGRES_MIGRATIONS) {
        if (done.has(migration.version)) continue;
        await client.query(migration.sql);
        await client.query(RECORD_MIGRATION, [migration.version, migration.name]);
        applied.push(migration.version);
      }
      await client.query("COMMIT");
      return applied;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {
        broken = true;
      });
      throw error;
    }
  } catch (error) {
    const mapped = postgresStoreError(error);
    if (isConnectionError(mapped)) broken = true;
    throw mapped;
  } finally {
    if (isPool(target)) client.release(broken);
  }
}

// src/adapters/postgres/postgres-session.ts
var POSTGRES_DIALECT = Object.freeze({
  engine: "postgres",
  bool: (value) => value,
  readBool: (value) => value,
  readJson: (value) => value,
  lockSuffix: " FOR UPDATE"
});
var numbered = /* @__PURE__ */ new Map();
function numberPlaceholders(sql) {
  let text = numbered.get(sql);
  if (text === void 0) {
    let n = 0;
    text = sql.replace(/\?/g, () => `$${++n}`);
    numbered.set(sql, text);
  }
  return text;
}
async function query(client, text, values, queryTimeoutMs) {
  try {
    return await client.query({ text, values, query_timeout: queryTimeoutMs });
  } catch (error) {
    throw postgresStoreError(error);
  }
}
function postgresSession(client, queryTimeoutMs, isOpen) {
  const assertOpen = () => {
    if (!isOpen()) throw new YoyakuError("STORE_UNAVAILABLE", "A store was used after its unit of work ended");
  };
  return {
    async all(sql, params = []) {
      assertOpen();
      return (await query(client, numberPlaceholders(sql), params, queryTimeoutMs)).rows;
    },
    async run(sql, params = []) {
      assertOpen();
      return (await query(client, numberPlaceholders(sql), params, queryTimeoutMs)).rowCount ?? 0;
    }
  };
}

// src/adapters/postgres/create-postgres-storage.ts
var POSTGRES_CAPABILITIES = Object.freeze({ transactions: true, concurrentWriters: true });
var CLIENT_GRACE_MS = 2e3;
function makePool(options, statementTimeoutMs, connectionTimeoutMs) {
  if (options.connectionString === void 0 === (options.pool === void 0)) {
    throw new YoyakuError("INVALID_INPUT", "createPostgresStorage needs exactly one of connectionString and pool", {
      issues: [{ path: ["connectionString"], message: "Give exactly one of connectionString and pool" }]
    });
  }
  if (options.pool !== void 0) return { pool: options.pool, owned: false };
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: connectionTimeoutMs,
    statement_timeout: statementTimeoutMs,
    query_timeout: statementTimeoutMs + CLIENT_GRACE_MS,
    idle_in_transaction_session_timeout: statementTimeoutMs + CLIENT_GRACE_MS
  });
  pool.on("error", () => void 0);
  return { pool, owned: true };
}
function createPostgresStorage(options) {
  const statementTimeoutMs = options.statementTimeoutMs ?? 3e4;
  const connectionTimeoutMs = options.connectionTimeoutMs ?? 5e3;
  const queryTimeoutMs = statementTimeoutMs + CLIENT_GRACE_MS;
  const schema = options.schema === void 0 ? void 0 : quoteSchema(options.schema);
  const { pool, owned } = makePool(options, statementTimeoutMs, connectionTimeoutMs);
  const clock = options.clock ?? systemClock;
  const versionGuard = options.versionGuard ?? true;
  const config = { dialect: POSTGRES_DIALECT, clock, versionGuard, lockRows: versionGuard };
  const begin = [
    "BEGIN",
    ...schema === void 0 ? [] : [`SET LOCAL search_path TO ${schema}`],
    ...owned ? [] : [`SET LOCAL statement_timeout = ${Math.max(0, Math.floor(statementTimeoutMs))}`]
  ].join("; ");
  let closed = false;
  const assertOpen = () => {
    if (closed) throw new YoyakuError("STORE_UNAVAILABLE", "The PostgreSQL storage is closed");
  };
  async function inTransaction(work) {
    assertOpen();
    const client = await connectClient(pool, connectionTimeoutMs);
    let open = true;
    let broken = false;
    try {
      await query(client, begin, [], queryTimeoutMs);
      try {
        const result = await work(postgresSession(client, queryTimeoutMs, () => open));
        open = false;
        await query(client, "COMMIT", [], queryTimeoutMs);
        return result;
      } catch (error) {
        open = false;
        await query(client, "ROLLBACK", [], queryTimeoutMs).catch(() => {
          broken = true;
        });
        throw error;
      }
    } catch (error) {
      if (isConnectionError(error)) broken = true;
      throw error;
    } finally {
      open = false;
      client.release(broken);
    }
  }
  return {
    clock,
    capabilities: POSTGRES_CAPABILITIES,
    pool,
    unitOfWork: {
      run: (work) => inTransaction((session) => work(createSqlStores(session, config)))
    },
    seed: (data) => inTransaction((session) => writeSeed(session, POSTGRES_DIALECT, data)),
    async migrate() {
      assertOpen();
      return migratePostgres(pool, { ...options.schema === void 0 ? {} : { schema: options.schema }, connectionTimeoutMs });
    },
    async close() {
      if (closed) return;
      closed = true;
      if (owned) await pool.end().catch((error) => Promise.reject(postgresStoreError(error)));
    }
  };
}

export { POSTGRES_MIGRATIONS, createPostgresStorage, migratePostgres };
//# sourceMappingURL=postgres.js.map
//# sourceMappingURL=postgres.js.map