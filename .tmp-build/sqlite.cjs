'use strict';

var chunk6UU2HVF3_cjs = require('./chunk-6UU2HVF3.cjs');
require('./chunk-Y5XPWW2E.cjs');
require('./chunk-HMNALECV.cjs');
require('./chunk-3464L2HU.cjs');
var chunk7LPKGVQJ_cjs = require('./chunk-7LPKGVQJ.cjs');
var chunk6SLC5VUX_cjs = require('./chunk-6SLC5VUX.cjs');
var Database = require('better-sqlite3');

function _interopDefault (e) { return e && e.__esModule ? e : { default: e }; }

var Database__default = /*#__PURE__*/_interopDefault(Database);

// src/adapters/sql/fifo-lock.ts
var FifoLock = class {
  constructor(what) {
    this.what = what;
  }
  what;
  held = false;
  waiters = [];
  acquire(timeoutMs) {
    if (!this.held) {
      this.held = true;
      return Promise.resolve(this.releaser());
    }
    return new Promise((resolve, reject) => {
      let timer;
      const grant = () => {
        if (timer !== void 0) clearTimeout(timer);
        resolve(this.releaser());
      };
      if (Number.isFinite(timeoutMs)) {
        timer = setTimeout(() => {
          const at = this.waiters.indexOf(grant);
          if (at >= 0) this.waiters.splice(at, 1);
          reject(
            new chunk6SLC5VUX_cjs.YoyakuError(
              "STORE_UNAVAILABLE",
              `${this.what} stayed busy for ${timeoutMs} ms (is a unit of work started inside another?)`,
              { details: { timeoutMs } }
            )
          );
        }, timeoutMs);
      }
      this.waiters.push(grant);
    });
  }
  releaser() {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiters.shift();
      if (next) next();
      else this.held = false;
    };
  }
};

// src/adapters/sqlite/sqlite-errors.ts
var UNAVAILABLE_CODES = /^SQLITE_(BUSY|LOCKED|CANTOPEN|IOERR|FULL|READONLY|NOTADB|CORRUPT|PROTOCOL|NOMEM|PERM|AUTH)/;
function sqliteStoreError(error) {
  if (chunk6SLC5VUX_cjs.isYoyakuError(error) || !(error instanceof Error)) return error;
  const code = error.code;
  if (typeof code === "string" && UNAVAILABLE_CODES.test(code)) {
    return new chunk6SLC5VUX_cjs.YoyakuError("STORE_UNAVAILABLE", `The SQLite database is unavailable (${code}): ${error.message}`, {
      details: { code },
      cause: error
    });
  }
  if (code === "SQLITE_ERROR" && /no such table/.test(error.message)) {
    return new chunk6SLC5VUX_cjs.YoyakuError("STORE_UNAVAILABLE", `The SQLite database has no yoyaku-rules schema (${error.message}): apply migrateSqlite() first`, {
      details: { code },
      cause: error
    });
  }
  if (/database connection is not open/.test(error.message)) {
    return new chunk6SLC5VUX_cjs.YoyakuError("STORE_UNAVAILABLE", "The SQLite database connection is closed", { cause: error });
  }
  if (/^Cannot open database/.test(error.message)) {
    return new chunk6SLC5VUX_cjs.YoyakuError("STORE_UNAVAILABLE", `The SQLite database cannot be opened: ${error.message}`, { cause: error });
  }
  return error;
}

// src/adapters/sqlite/migrations/0001_init.ts
var SQLITE_0001_INIT = {
  version: 1,
  name: "init",
  sql: `
CREATE TABLE reservations (
  id TEXT NOT NULL PRIMARY KEY,
  patron_id TEXT NOT NULL,
  title_id TEXT NOT NULL,
  volume_id TEXT NOT NULL,
  audiovisual INTEGER NOT NULL,
  channel TEXT NOT NULL,
  pickup_branch_id TEXT NOT NULL,
  placed_at TEXT NOT NULL,
  status TEXT NOT NULL,
  version INTEGER NOT NULL,
  cancellation_requested_at TEXT,
  queued_at TEXT,
  rejected_at TEXT,
  reasons TEXT,
  copy_id TEXT,
  trapped_at TEXT,
  notice_date TEXT,
  last_day TEXT,
  collected_at TEXT,
  lapsed_at TEXT,
  cancelled_at TEXT,
  cancelled_by TEXT,
  cancelled_from TEXT,
  note TEXT
);
CREATE INDEX reservations_queue ON reservations (status, volume_id, queued_at, placed_at, id);
CREATE INDEX reservations_patron ON reservations (patron_id, status);
CREATE INDEX reservations_holds_by_last_day ON reservations (status, last_day, id);
CREATE INDEX reservations_by_placed_at ON reservations (status, placed_at, id);
CREATE INDEX reservations_pending_cancellations ON reservations (cancellation_requested_at, id)
  WHERE cancellation_requested_at IS NOT NULL;

CREATE TABLE copies (
  id TEXT NOT NULL PRIMARY KEY,
  volume_id TEXT NOT NULL,
  owner_branch_id TEXT NOT NULL,
  location_branch_id TEXT NOT NULL,
  status TEXT NOT NULL,
  version INTEGER NOT NULL
);
CREATE INDEX copies_volume ON copies (volume_id, id);

CREATE TABLE loans (
  id TEXT NOT NULL PRIMARY KEY,
  patron_id TEXT NOT NULL,
  copy_id TEXT NOT NULL,
  volume_id TEXT NOT NULL,
  title_id TEXT NOT NULL,
  branch_id TEXT NOT NULL,
  lent_at TEXT NOT NULL,
  due_date TEXT NOT NULL,
  renewals INTEGER NOT NULL,
  reservation_id TEXT,
  returned_at TEXT,
  version INTEGER NOT NULL
);
CREATE INDEX loans_patron ON loans (patron_id, lent_at, id);
CREATE INDEX loans_open_by_copy ON loans (copy_id, lent_at, id) WHERE returned_at IS NULL;

CREATE TABLE patrons (
  id TEXT NOT NULL PRIMARY KEY,
  card_number TEXT NOT NULL,
  name TEXT,
  email TEXT,
  internet_registered INTEGER NOT NULL,
  unreachable INTEGER NOT NULL,
  notice_show_name INTEGER NOT NULL,
  notice_show_title INTEGER NOT NULL,
  home_branch_id TEXT,
  version INTEGER NOT NULL
);

CREATE TABLE titles (
  id TEXT NOT NULL PRIMARY KEY,
  name TEXT NOT NULL,
  category TEXT NOT NULL,
  audiovisual INTEGER NOT NULL
);

CREATE TABLE volumes (
  id TEXT NOT NULL PRIMARY KEY,
  title_id TEXT NOT NULL,
  label TEXT,
  is_set INTEGER
);
CREATE INDEX volumes_title ON volumes (title_id, id);

CREATE TABLE favourites (
  patron_id TEXT NOT NULL,
  volume_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (patron_id, volume_id)
);
CREATE INDEX favourites_order ON favourites (patron_id, position);

CREATE TABLE cart_entries (
  patron_id TEXT NOT NULL,
  volume_id TEXT NOT NULL,
  pickup_branch_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (patron_id, volume_id)
);
CREATE INDEX cart_entries_order ON cart_entries (patron_id, position);

CREATE TABLE outbox (
  id TEXT NOT NULL PRIMARY KEY,
  kind TEXT NOT NULL,
  patron_id TEXT NOT NULL,
  reservation_id TEXT,
  created_at TEXT NOT NULL,
  payload TEXT NOT NULL,
  sent_at TEXT
);
CREATE INDEX outbox_pending ON outbox (created_at, id) WHERE sent_at IS NULL;

CREATE TABLE job_runs (
  job TEXT NOT NULL,
  run_date TEXT NOT NULL,
  owner TEXT NOT NULL,
  claimed_at TEXT NOT NULL,
  finished_at TEXT,
  PRIMARY KEY (job, run_date)
);
`
};

// src/adapters/sqlite/migrations/index.ts
var SQLITE_MIGRATIONS = Object.freeze([SQLITE_0001_INIT]);

// src/adapters/sqlite/migrate-sqlite.ts
var CREATE_SCHEMA_MIGRATIONS = "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";
function migrateSqlite(database) {
  const applied = [];
  try {
    database.exec("BEGIN IMMEDIATE");
    try {
      database.exec(CREATE_SCHEMA_MIGRATIONS);
      const done = new Set(database.prepare("SELECT version FROM schema_migrations").pluck().all());
      const record = database.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))");
      for (const migration of SQLITE_MIGRATIONS) {
        if (done.has(migration.version)) continue;
        database.exec(migration.sql);
        record.run(migration.version, migration.name);
        applied.push(migration.version);
      }
      database.exec("COMMIT");
    } catch (error) {
      if (database.inTransaction) database.exec("ROLLBACK");
      throw error;
    }
  } catch (error) {
    throw sqliteStoreError(error);
  }
  return applied;
}

// src/adapters/sqlite/sqlite-session.ts
var SQLITE_DIALECT = Object.freeze({
  engine: "sqlite",
  bool: (value) => value ? 1 : 0,
  readBool: (value) => value === 1 ? true : value === 0 ? false : value,
  readJson: (value) => {
    if (typeof value !== "string") return value;
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  },
  lockSuffix: ""
});
var StatementCache = class {
  constructor(database) {
    this.database = database;
  }
  database;
  statements = /* @__PURE__ */ new Map();
  get(sql) {
    let statement = this.statements.get(sql);
    if (statement === void 0) {
      statement = this.database.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }
};
function sqliteSession(statements, isOpen) {
  const assertOpen = () => {
    if (!isOpen()) throw new chunk6SLC5VUX_cjs.YoyakuError("STORE_UNAVAILABLE", "A store was used after its unit of work ended");
  };
  return {
    async all(sql, params = []) {
      assertOpen();
      try {
        return statements.get(sql).all(...params);
      } catch (error) {
        throw sqliteStoreError(error);
      }
    },
    async run(sql, params = []) {
      assertOpen();
      try {
        return statements.get(sql).run(...params).changes;
      } catch (error) {
        throw sqliteStoreError(error);
      }
    }
  };
}

// src/adapters/sqlite/create-sqlite-storage.ts
var SQLITE_CAPABILITIES = Object.freeze({ transactions: true, concurrentWriters: true });
function openDatabase(options) {
  if (options.filename === void 0 === (options.database === void 0)) {
    throw new chunk6SLC5VUX_cjs.YoyakuError("INVALID_INPUT", "createSqliteStorage needs exactly one of filename and database", {
      issues: [{ path: ["filename"], message: "Give exactly one of filename and database" }]
    });
  }
  if (options.database !== void 0) {
    if (options.busyTimeoutMs !== void 0) options.database.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs))}`);
    return { database: options.database, owned: false };
  }
  try {
    const database = new Database__default.default(options.filename, { timeout: options.busyTimeoutMs ?? 5e3 });
    if (!database.memory) database.pragma("journal_mode = WAL");
    return { database, owned: true };
  } catch (error) {
    throw sqliteStoreError(error);
  }
}
function createSqliteStorage(options) {
  const { database, owned } = openDatabase(options);
  const clock = options.clock ?? chunk7LPKGVQJ_cjs.systemClock;
  const lockTimeoutMs = options.lockTimeoutMs ?? 1e4;
  const versionGuard = options.versionGuard ?? true;
  const config = { dialect: SQLITE_DIALECT, clock, versionGuard, lockRows: false };
  const statements = new StatementCache(database);
  const lock = new FifoLock("The SQLite storage");
  let closed = false;
  const assertOpen = () => {
    if (closed) throw new chunk6SLC5VUX_cjs.YoyakuError("STORE_UNAVAILABLE", "The SQLite storage is closed");
  };
  const exec = (sql) => {
    try {
      database.exec(sql);
    } catch (error) {
      throw sqliteStoreError(error);
    }
  };
  async function inTransaction(work) {
    assertOpen();
    const release = await lock.acquire(lockTimeoutMs);
    let open = true;
    try {
      assertOpen();
      if (versionGuard) exec("BEGIN IMMEDIATE");
      try {
        const result = await work(sqliteSession(statements, () => open));
        open = false;
        if (versionGuard) exec("COMMIT");
        return result;
      } catch (error) {
        open = false;
        if (database.inTransaction) database.exec("ROLLBACK");
        throw error;
      }
    } finally {
      open = false;
      release();
    }
  }
  if (options.migrate ?? true) migrateSqlite(database);
  return {
    clock,
    capabilities: SQLITE_CAPABILITIES,
    database,
    unitOfWork: {
      run: (work) => inTransaction((session) => work(chunk6UU2HVF3_cjs.createSqlStores(session, config)))
    },
    seed: (data) => inTransaction((session) => chunk6UU2HVF3_cjs.writeSeed(session, SQLITE_DIALECT, data)),
    async migrate() {
      assertOpen();
      const release = await lock.acquire(lockTimeoutMs);
      try {
        return migrateSqlite(database);
      } finally {
        release();
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      const release = await lock.acquire(lockTimeoutMs).catch(() => void 0);
      try {
        if (owned) database.close();
      } finally {
        release?.();
      }
    }
  };
}

exports.SQLITE_MIGRATIONS = SQLITE_MIGRATIONS;
exports.createSqliteStorage = createSqliteStorage;
exports.migrateSqlite = migrateSqlite;
//# sourceMappingURL=sqlite.cjs.map
//# sourceMappingURL=sqlite.cjs.map