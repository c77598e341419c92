import { ACTIVE_STATUSES } from './chunk-E56462TD.js';
import { systemClock, recordNotFound, versionConflict, assertNextVersion } from './chunk-OEUHIEB4.js';
import { YoyakuError } from './chunk-TUTL3NE5.js';

// src/adapters/memory/fifo-lock.ts
var FifoLock = class {
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
            new YoyakuError(
              "STORE_UNAVAILABLE",
              `The memory storage stayed busy for ${timeoutMs} ms (is a unit of work started inside another?)`,
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

// src/adapters/memory/rows.ts
function clone(value) {
  return structuredClone(value);
}
function byKeys(...keys) {
  return (a, b) => {
    for (const key of keys) {
      const x = key(a);
      const y = key(b);
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  };
}
function sortedCopies(rows, compare) {
  return rows.map(clone).sort(compare);
}
function insertVersioned(view, table, row) {
  const existing = view.get(row.id);
  if (existing !== void 0) throw versionConflict(table, row.id, null, existing.version);
  view.set(row.id, clone(row));
}
function updateVersioned(view, table, next, expectedVersion) {
  const current = view.get(next.id);
  if (current === void 0) throw recordNotFound(table, next.id);
  assertNextVersion(table, next.id, next.version, expectedVersion);
  if (current.version !== expectedVersion) throw versionConflict(table, next.id, expectedVersion, current.version);
  view.set(next.id, clone(next));
}

// src/adapters/memory/snapshot.ts
function rowsById(rows) {
  return [...rows.entries()].sort(byKeys(([id]) => id)).map(([, row]) => clone(row));
}
function listsByPatron(rows) {
  const out = {};
  for (const [patronId, entries] of [...rows.entries()].sort(byKeys(([id]) => id))) {
    if (entries.length > 0) out[patronId] = clone([...entries]);
  }
  return out;
}
function takeSnapshot(tables) {
  return {
    patrons: rowsById(tables.patrons.rows),
    titles: rowsById(tables.titles.rows),
    volumes: rowsById(tables.volumes.rows),
    copies: rowsById(tables.copies.rows),
    reservations: rowsById(tables.reservations.rows),
    loans: rowsById(tables.loans.rows),
    favourites: listsByPatron(tables.favourites.rows),
    carts: listsByPatron(tables.carts.rows),
    outbox: rowsById(tables.outbox.rows),
    jobRuns: rowsById(tables.jobRuns.rows)
  };
}

// src/adapters/memory/table.ts
var Table = class {
  constructor(indexers) {
    this.indexers = indexers;
    for (const name of Object.keys(indexers)) this.indexes.set(name, /* @__PURE__ */ new Map());
  }
  indexers;
  rows = /* @__PURE__ */ new Map();
  indexes = /* @__PURE__ */ new Map();
  put(id, row) {
    const previous = this.rows.get(id);
    for (const [name, index] of this.indexes) {
      const keyOf = this.indexers[name];
      if (previous !== void 0) index.get(keyOf(previous))?.delete(id);
      const key = keyOf(row);
      let ids = index.get(key);
      if (!ids) index.set(key, ids = /* @__PURE__ */ new Set());
      ids.add(id);
    }
    this.rows.set(id, row);
  }
  idsWith(index, key) {
    return this.indexes.get(index)?.get(key) ?? /* @__PURE__ */ new Set();
  }
};
var TableView = class {
  constructor(table) {
    this.table = table;
  }
  table;
  written = /* @__PURE__ */ new Map();
  get(id) {
    return this.written.has(id) ? this.written.get(id) : this.table.rows.get(id);
  }
  set(id, row) {
    this.written.set(id, row);
  }
  /** The rows whose `index` key is `key`, as this unit sees them. */
  find(index, key) {
    const keyOf = this.table.indexers[index];
    const found = [];
    for (const id of this.table.idsWith(index, key)) {
      const row = this.get(id);
      if (row !== void 0 && (!this.written.has(id) || keyOf(row) === key)) found.push(row);
    }
    for (const [id, row] of this.written) {
      if (!this.table.idsWith(index, key).has(id) && keyOf(row) === key) found.push(row);
    }
    return found;
  }
  commit() {
    for (const [id, row] of this.written) this.table.put(id, row);
  }
};

// src/adapters/memory/tables.ts
function createTables() {
  return {
    reservations: new Table({
      volume: (r) => r.volumeId,
      patron: (r) => r.patronId,
      status: (r) => r.status
    }),
    copies: new Table({ volume: (c) => c.volumeId }),
    loans: new Table({ patron: (l) => l.patronId, copy: (l) => l.copyId }),
    patrons: new Table({}),
    titles: new Table({}),
    volumes: new Table({ title: (v) => v.titleId }),
    favourites: new Table({}),
    carts: new Table({}),
    outbox: new Table({ status: (row) => row.sentAt === null ? "pending" : "sent" }),
    jobRuns: new Table({})
  };
}
function openViews(tables) {
  return {
    reservations: new TableView(tables.reservations),
    copies: new TableView(tables.copies),
    loans: new TableView(tables.loans),
    patrons: new TableView(tables.patrons),
    titles: new TableView(tables.titles),
    volumes: new TableView(tables.volumes),
    favourites: new TableView(tables.favourites),
    carts: new TableView(tables.carts),
    outbox: new TableView(tables.outbox),
    jobRuns: new TableView(tables.jobRuns)
  };
}
function commitViews(views) {
  for (const view of Object.values(views)) view.commit();
}
function jobRunKey(job, date) {
  return `${job}/${date}`;
}

// src/adapters/memory/stores/catalog.ts
var byId = byKeys((v) => v.id);
function memoryCatalog(views) {
  return {
    getTitle: (id) => {
      const row = views.titles.get(id);
      return row === void 0 ? null : clone(row);
    },
    getVolume: (id) => {
      const row = views.volumes.get(id);
      return row === void 0 ? null : clone(row);
    },
    listVolumes: (titleId) => sortedCopies(views.volumes.find("title", titleId), byId)
  };
}

// src/adapters/memory/stores/copies.ts
var byId2 = byKeys((c) => c.id);
function memoryCopies(views) {
  const view = views.copies;
  return {
    get: (id) => {
      const row = view.get(id);
      return row === void 0 ? null : clone(row);
    },
    listByVolume: (volumeId) => sortedCopies(view.find("volume", volumeId), byId2),
    insert: (copy) => insertVersioned(view, "copies", copy),
    update: (next, expectedVersion) => updateVersioned(view, "copies", next, expectedVersion)
  };
}

// src/adapters/memory/stores/entry-lists.ts
function entryList(view, keep) {
  return {
    list: (patronId) => clone([...view.get(patronId) ?? []]),
    add: (patronId, entry) => {
      const entries = view.get(patronId) ?? [];
      if (entries.some((e) => e.volumeId === entry.volumeId)) return false;
      view.set(patronId, [...entries, keep(entry)]);
      return true;
    },
    remove: (patronId, volumeId) => {
      const entries = view.get(patronId) ?? [];
      const kept = entries.filter((e) => e.volumeId !== volumeId);
      if (kept.length === entries.length) return false;
      view.set(patronId, kept);
      return true;
    }
  };
}
function memoryFavourites(views) {
  return entryList(views.favourites, (e) => ({ volumeId: e.volumeId }));
}
function memoryCart(views) {
  return entryList(views.carts, (e) => ({ volumeId: e.volumeId, pickupBranchId: e.pickupBranchId }));
}

// src/adapters/memory/stores/job-runs.ts
function memoryJobRuns(views, clock) {
  const view = views.jobRuns;
  return {
    claim: (job, date, owner) => {
      const key = jobRunKey(job, date);
      if (view.get(key) !== void 0) return false;
      view.set(key, { job, date, owner, claimedAt: clock.now(), finishedAt: null });
      return true;
    },
    get: (job, date) => {
      const row = view.get(jobRunKey(job, date));
      return row === void 0 ? null : clone(row);
    },
    finish: (job, date, owner) => {
      const key = jobRunKey(job, date);
      const row = view.get(key);
      if (row === void 0 || row.owner !== owner || row.finishedAt !== null) return false;
      view.set(key, { ...row, finishedAt: clock.now() });
      return true;
    }
  };
}

// src/adapters/memory/stores/loans.ts
var byLentAt = byKeys((l) => l.lentAt, (l) => l.id);
function memoryLoans(views) {
  const view = views.loans;
  return {
    get: (id) => {
      const row = view.get(id);
      return row === void 0 ? null : clone(row);
    },
    listByPatron: (patronId, options = {}) => {
      const rows = view.find("patron", patronId);
      const kept = options.open === void 0 ? rows : rows.filter((l) => l.returnedAt === null === options.open);
      return sortedCopies(kept, byLentAt);
    },
    findOpenByCopy: (copyId) => {
      const open = view.find("copy", copyId).filter((l) => l.returnedAt === null).sort(byLentAt);
      const latest = open[open.length - 1];
      return latest === void 0 ? null : clone(latest);
    },
    insert: (loan) => insertVersioned(view, "loans", loan),
    update: (next, expectedVersion) => updateVersioned(view, "loans", next, expectedVersion)
  };
}

// src/adapters/memory/stores/outbox.ts
var byCreatedAt = byKeys((n) => n.createdAt, (n) => n.id);
function memoryOutbox(views, clock) {
  const view = views.outbox;
  return {
    enqueue: (notice) => {
      if (view.get(notice.id) !== void 0) throw versionConflict("outbox", notice.id, null, null);
      view.set(notice.id, { notice: clone(notice), sentAt: null });
    },
    listPending: () => view.find("status", "pending").map((row) => clone(row.notice)).sort(byCreatedAt),
    markSent: (id) => {
      const row = view.get(id);
      if (row === void 0) throw recordNotFound("outbox", id);
      if (row.sentAt !== null) return false;
      view.set(id, { notice: row.notice, sentAt: clock.now() });
      return true;
    }
  };
}

// src/adapters/memory/stores/patrons.ts
function memoryPatrons(views) {
  const view = views.patrons;
  return {
    get: (id) => {
      const row = view.get(id);
      return row === void 0 ? null : clone(row.patron);
    },
    getVersioned: (id) => {
      const row = view.get(id);
      return row === void 0 ? null : clone(row);
    },
    update: (next, expectedVersion) => {
      const current = view.get(next.id);
      if (current === void 0) throw recordNotFound("patrons", next.id);
      if (current.version !== expectedVersion) throw versionConflict("patrons", next.id, expectedVersion, current.version);
      view.set(next.id, { patron: clone(next), version: expectedVersion + 1 });
    }
  };
}

// src/adapters/memory/stores/reservations.ts
var byPlacedAt = byKeys((r) => r.placedAt, (r) => r.id);
var byQueuedAt = byKeys((r) => "queuedAt" in r ? r.queuedAt : "", (r) => r.placedAt, (r) => r.id);
var byCancellationRequestedAt = byKeys(
  (r) => "cancellationRequestedAt" in r ? r.cancellationRequestedAt ?? "" : "",
  (r) => r.id
);
var byLastDay = byKeys((r) => "lastDay" in r ? r.lastDay : "", (r) => r.id);
function isActive(r) {
  return ACTIVE_STATUSES.includes(r.status);
}
function hasPendingCancellation(r) {
  return (r.status === "requested" || r.status === "reserved") && r.cancellationRequestedAt !== void 0;
}
function memoryReservations(views) {
  const view = views.reservations;
  const withStatus = (status) => view.find("status", status);
  return {
    get: (id) => {
      const row = view.get(id);
      return row === void 0 ? null : clone(row);
    },
    listByPatron: (patronId, options = {}) => {
      const rows = view.find("patron", patronId);
      const kept = options.active === void 0 ? rows : rows.filter((r) => isActive(r) === options.active);
      return sortedCopies(kept, byPlacedAt);
    },
    listQueue: (volumeId) => sortedCopies(
      view.find("volume", volumeId).filter((r) => r.status === "reserved" && !hasPendingCancellation(r)),
      byQueuedAt
    ),
    listByVolume: (volumeId) => sortedCopies(view.find("volume", volumeId).filter(isActive), byPlacedAt),
    listRequested: () => sortedCopies(withStatus("requested"), byPlacedAt),
    listPendingCancellations: () => sortedCopies([...withStatus("requested"), ...withStatus("reserved")].filter(hasPendingCancellation), byCancellationRequestedAt),
    listHoldsEndingBefore: (date) => sortedCopies(
      withStatus("onHold").filter((r) => r.status === "onHold" && r.lastDay < date),
      byLastDay
    ),
    insert: (reservation) => insertVersioned(view, "reservations", reservation),
    update: (next, expectedVersion) => updateVersioned(view, "reservations", next, expectedVersion)
  };
}

// src/adapters/memory/unit.ts
function asyncStore(store, assertOpen) {
  const wrapped = {};
  for (const [name, method] of Object.entries(store)) {
    wrapped[name] = async (...args) => {
      assertOpen();
      return method(...args);
    };
  }
  return wrapped;
}
function openUnit(tables, clock) {
  const views = openViews(tables);
  let open = true;
  const assertOpen = () => {
    if (!open) throw new YoyakuError("STORE_UNAVAILABLE", "A store was used after its unit of work ended");
  };
  const tx = {
    reservations: asyncStore(memoryReservations(views), assertOpen),
    copies: asyncStore(memoryCopies(views), assertOpen),
    loans: asyncStore(memoryLoans(views), assertOpen),
    patrons: asyncStore(memoryPatrons(views), assertOpen),
    catalog: asyncStore(memoryCatalog(views), assertOpen),
    favourites: asyncStore(memoryFavourites(views), assertOpen),
    cart: asyncStore(memoryCart(views), assertOpen),
    outbox: asyncStore(memoryOutbox(views, clock), assertOpen),
    jobRuns: asyncStore(memoryJobRuns(views, clock), assertOpen)
  };
  return {
    tx,
    commit: () => commitViews(views),
    close: () => {
      open = false;
    }
  };
}

// src/adapters/memory/create-memory-storage.ts
var MEMORY_CAPABILITIES = Object.freeze({ transactions: true, concurrentWriters: false });
function writeSeed(tables, data) {
  const copied = clone(data);
  for (const patron of copied.patrons ?? []) tables.patrons.put(patron.id, { patron, version: 0 });
  for (const title of copied.titles ?? []) tables.titles.put(title.id, title);
  for (const volume of copied.volumes ?? []) tables.volumes.put(volume.id, volume);
  for (const copy of copied.copies ?? []) tables.copies.put(copy.id, copy);
  for (const reservation of copied.reservations ?? []) tables.reservations.put(reservation.id, reservation);
  for (const loan of copied.loans ?? []) tables.loans.put(loan.id, loan);
}
function createMemoryStorage(options = {}) {
  const clock = options.clock ?? systemClock;
  const lockTimeoutMs = options.lockTimeoutMs ?? 1e4;
  const tables = createTables();
  const lock = new FifoLock();
  let closed = false;
  if (options.seed) writeSeed(tables, options.seed);
  const assertOpen = () => {
    if (closed) throw new YoyakuError("STORE_UNAVAILABLE", "The memory storage is closed");
  };
  return {
    clock,
    capabilities: MEMORY_CAPABILITIES,
    unitOfWork: {
      async run(work) {
        assertOpen();
        const release = await lock.acquire(lockTimeoutMs);
        const unit = openUnit(tables, clock);
        try {
          const result = await work(unit.tx);
          assertOpen();
          unit.commit();
          return result;
        } finally {
          unit.close();
          release();
        }
      }
    },
    async seed(data) {
      assertOpen();
      const release = await lock.acquire(lockTimeoutMs);
      try {
        writeSeed(tables, data);
      } finally {
        release();
      }
    },
    snapshot: () => takeSnapshot(tables),
    async close() {
      closed = true;
    }
  };
}

export { createMemoryStorage };
//# sourceMappingURL=chunk-UTMH25GG.js.map
//# sourceMappingURL=chunk-UTMH25GG.js.map