#!/usr/bin/env node
var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res) => function __init() {
  return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// src/errors/yoyaku-error.ts
function isYoyakuError(value) {
  return typeof value === "object" && value !== null && value[BRAND] === true;
}
function toYoyakuIssues(issues) {
  return issues.map((i) => ({ path: i.path, message: i.message, code: i.code }));
}
function parseOrThrow(schema, input, code, what, details) {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = toYoyakuIssues(result.error.issues);
  const where = issues.map((i) => i.path.length ? i.path.map(String).join(".") : "(root)").join(", ");
  throw new YoyakuError(code, `Invalid ${what}: ${where}`, { issues, ...details ? { details } : {} });
}
var BRAND, YoyakuError;
var init_yoyaku_error = __esm({
  "src/errors/yoyaku-error.ts"() {
    "use strict";
    BRAND = /* @__PURE__ */ Symbol.for("yoyaku-rules.error");
    YoyakuError = class extends Error {
      /** The stable code. */
      code;
      /** The problems found, each with its path. */
      issues;
      /** Extra, non-personal facts (table, row id, expected version…). */
      details;
      constructor(code, message, options = {}) {
        super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
        this.name = "YoyakuError";
        this.code = code;
        this.issues = options.issues ?? [];
        this.details = options.details ?? {};
        Object.defineProperty(this, BRAND, { value: true });
      }
    };
  }
});

// src/policy/schema.ts
import { z } from "zod";
var localDate, monthDay, LocalDateSchema, InstantSchema, BranchSchema, BranchCalendarSchema, MaintenanceWindowSchema, PolicySchema;
var init_schema = __esm({
  "src/policy/schema.ts"() {
    "use strict";
    localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Expected a date as YYYY-MM-DD").refine((s) => {
      const [y, m, d] = s.split("-").map(Number);
      const t = new Date(Date.UTC(y + 400, m - 1, d));
      return t.getUTCFullYear() === y + 400 && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
    }, "Not a calendar date");
    monthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "Expected MM-DD");
    LocalDateSchema = localDate;
    InstantSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/, "Expected an ISO 8601 instant with a time zone").refine((s) => !Number.isNaN(Date.parse(s)), "Not a valid instant").transform((s) => new Date(Date.parse(s)).toISOString());
    BranchSchema = z.object({
      id: z.string().min(1),
      kind: z.enum(["library", "museum"]).default("library"),
      nameJa: z.string().min(1),
      nameRomaji: z.string().min(1),
      phone: z.string().optional(),
      pickup: z.boolean().default(true)
    });
    BranchCalendarSchema = z.object({
      /** Weekly closing days, 0 = Sunday … 6 = Saturday. */
      closedWeekdays: z.array(z.number().int().min(0).max(6)).default([]),
      /** Whether the branch closes on national holidays (`holidays` of the policy). */
      closedOnHolidays: z.boolean().default(false),
      /**
       * Whether a national holiday falling on a weekly closing day moves the closure to the
       * next day that is neither (a common rule: open on the holiday Monday, closed Tuesday).
       */
      holidayShiftsClosure: z.boolean().default(false),
      /** Year-end closure, as month-day bounds inclusive; may wrap the new year (12-29 to 01-03). */
      yearEnd: z.object({ from: monthDay, to: monthDay }).nullable().default(null),
      /** One-off closed dates (整理日, inventory, …). */
      closedDates: z.array(localDate).default([]),
      /** Closed periods, inclusive (特別整理期間). */
      closedRanges: z.array(z.object({ from: localDate, to: localDate })).default([]),
      /** Dates open despite every rule above. */
      openDates: z.array(localDate).default([])
    });
    MaintenanceWindowSchema = z.object({ start: InstantSchema, end: InstantSchema }).refine((w) => w.start < w.end, { message: "start must be before end", path: ["end"] });
    PolicySchema = z.object({
      /** E1: online reservations per patron. */
      maxOnline: z.number().int().min(1).default(7),
      /** E1: of which audiovisual. */
      maxOnlineAudiovisual: z.number().int().min(0).default(3),
      /** E1: whether counter reservations also count toward the online quota. */
      quotaCountsCounterReservations: z.boolean().default(false),
      /** D2: length of the hold period. */
      holdDays: z.number().int().min(1).max(366).default(7),
      /** D2: count calendar days (the guide) or open days of the pickup branch (開館日). */
      holdCounting: z.enum(["calendarDays", "openDays"]).default("calendarDays"),
      /** D2: when counting calendar days, a last day on which the pickup branch is closed moves to its next open day. */
      extendHoldPastClosedDays: z.boolean().default(false),
      /** F2: an online cancellation is finalised by the next approval batch, or at once. */
      onlineCancellation: z.enum(["nextOpenDay", "immediate"]).default("nextOpenDay"),
      /** E4: the approval batch rejects a request whose every copy is missing or long overdue. */
      rejectUnfulfillable: z.boolean().default(true),
      /** E3: categories that are in-library only and never reservable. */
      nonReservableCategories: z.array(z.string().min(1)).default(["rare", "localHistory", "reference", "gazette", "newspaper"]),
      /** Loan period in days, for loans made at collection or at a walk-in checkout. */
      loanDays: z.number().int().min(1).default(14),
      /** Renewals allowed per loan (G4 also blocks them while someone waits). */
      maxRenewals: z.number().int().min(0).default(1),
      /** H1: the branches; the museum kind is never a pickup point (E5). */
      branches: z.array(BranchSchema).default([]),
      /** Per-branch calendars of open days, by branch id. */
      calendars: z.record(z.string(), BranchCalendarSchema).default({}),
      /** National holidays (祝日), used by calendars with `closedOnHolidays`. */
      holidays: z.array(localDate).default([]),
      /** A4: maintenance windows of the online service. */
      maintenanceWindows: z.array(MaintenanceWindowSchema).default([])
    }).superRefine((p, ctx) => {
      const ids = /* @__PURE__ */ new Set();
      p.branches.forEach((b, i) => {
        if (ids.has(b.id)) ctx.addIssue({ code: "custom", message: `Duplicate branch id`, path: ["branches", i, "id"] });
        ids.add(b.id);
        if (b.kind === "museum" && b.pickup)
          ctx.addIssue({ code: "custom", message: "A museum is never a pickup point (E5)", path: ["branches", i, "pickup"] });
      });
      for (const id4 of Object.keys(p.calendars)) {
        if (!ids.has(id4)) ctx.addIssue({ code: "custom", message: "Calendar for an unknown branch", path: ["calendars", id4] });
      }
      for (const [id4, cal] of Object.entries(p.calendars)) {
        if (new Set(cal.closedWeekdays).size >= 7 && cal.openDates.length === 0)
          ctx.addIssue({ code: "custom", message: "A calendar closed every weekday is never open", path: ["calendars", id4, "closedWeekdays"] });
      }
      if (p.maxOnlineAudiovisual > p.maxOnline)
        ctx.addIssue({ code: "custom", message: "maxOnlineAudiovisual cannot exceed maxOnline", path: ["maxOnlineAudiovisual"] });
    });
  }
});

// src/errors/rule-id.ts
var RULE_IDS;
var init_rule_id = __esm({
  "src/errors/rule-id.ts"() {
    "use strict";
    RULE_IDS = [
      "A1",
      "A2",
      "A3",
      "A4",
      "A5",
      "A6",
      "B1",
      "B2",
      "B3",
      "B4",
      "B5",
      "C1",
      "C2",
      "C3",
      "C4",
      "D1",
      "D2",
      "D3",
      "D4",
      "D5",
      "E1",
      "E2",
      "E3",
      "E4",
      "E5",
      "F1",
      "F2",
      "F3",
      "F4",
      "F5",
      "G1",
      "G2",
      "G3",
      "G4",
      "H1",
      "P1",
      "P2",
      "P3",
      "P4"
    ];
  }
});

// src/model/material.ts
var COPY_STATUSES;
var init_material = __esm({
  "src/model/material.ts"() {
    "use strict";
    COPY_STATUSES = [
      "onShelf",
      "onLoan",
      "inTransit",
      "onHoldShelf",
      "missing",
      "longOverdue"
    ];
  }
});

// src/model/reservation.ts
var RESERVATION_STATUSES, ACTIVE_STATUSES;
var init_reservation = __esm({
  "src/model/reservation.ts"() {
    "use strict";
    RESERVATION_STATUSES = [
      "requested",
      "reserved",
      "rejected",
      "onHold",
      "collected",
      "lapsed",
      "cancelled"
    ];
    ACTIVE_STATUSES = ["requested", "reserved", "onHold"];
  }
});

// src/ports/clock.ts
function toEpochMillis(instant3) {
  const millis = INSTANT_PATTERN2.test(instant3) ? Date.parse(instant3) : Number.NaN;
  if (Number.isNaN(millis)) {
    throw new YoyakuError("INVALID_INPUT", "Invalid clock instant: expected an ISO 8601 instant with a time zone", {
      issues: [{ path: [], message: "Expected an ISO 8601 instant with a time zone" }]
    });
  }
  return millis;
}
function millisOf(by) {
  if (typeof by === "number") return by;
  return ((((by.days ?? 0) * 24 + (by.hours ?? 0)) * 60 + (by.minutes ?? 0)) * 60 + (by.seconds ?? 0)) * 1e3 + (by.milliseconds ?? 0);
}
function fixedClock(start) {
  let millis = toEpochMillis(start);
  return {
    now: () => new Date(millis).toISOString(),
    set(instant3) {
      millis = toEpochMillis(instant3);
    },
    advance(by) {
      millis += millisOf(by);
      return new Date(millis).toISOString();
    }
  };
}
var systemClock, INSTANT_PATTERN2;
var init_clock = __esm({
  "src/ports/clock.ts"() {
    "use strict";
    init_yoyaku_error();
    systemClock = Object.freeze({
      now: () => new Date(Date.now()).toISOString()
    });
    INSTANT_PATTERN2 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
  }
});

// src/adapters/memory/fifo-lock.ts
var FifoLock;
var init_fifo_lock = __esm({
  "src/adapters/memory/fifo-lock.ts"() {
    "use strict";
    init_yoyaku_error();
    FifoLock = class {
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
  }
});

// src/ports/store-errors.ts
function versionConflict(table, id4, expected, actual, extra = {}) {
  const message = expected === null ? `Version conflict on ${table} ${id4}: a record with this id already exists` : `Version conflict on ${table} ${id4}: expected version ${expected}, found ${actual === null ? "another" : actual}`;
  return new YoyakuError("VERSION_CONFLICT", message, { details: { ...extra, table, id: id4, expected, actual } });
}
function recordNotFound(table, id4) {
  return new YoyakuError("NOT_FOUND", `No record ${id4} in ${table}`, { details: { table, id: id4 } });
}
function assertNextVersion(table, id4, nextVersion, expectedVersion) {
  if (nextVersion !== expectedVersion + 1) {
    throw new YoyakuError(
      "VERSION_CONFLICT",
      `Version conflict on ${table} ${id4}: the next version must be ${expectedVersion + 1}, got ${nextVersion}`,
      { details: { table, id: id4, expected: expectedVersion, actual: null, nextVersion } }
    );
  }
}
var init_store_errors = __esm({
  "src/ports/store-errors.ts"() {
    "use strict";
    init_yoyaku_error();
  }
});

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
var init_rows = __esm({
  "src/adapters/memory/rows.ts"() {
    "use strict";
    init_store_errors();
  }
});

// src/adapters/memory/snapshot.ts
function rowsById(rows) {
  return [...rows.entries()].sort(byKeys(([id4]) => id4)).map(([, row]) => clone(row));
}
function listsByPatron(rows) {
  const out = {};
  for (const [patronId, entries] of [...rows.entries()].sort(byKeys(([id4]) => id4))) {
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
var init_snapshot = __esm({
  "src/adapters/memory/snapshot.ts"() {
    "use strict";
    init_rows();
  }
});

// src/adapters/memory/table.ts
var Table, TableView;
var init_table = __esm({
  "src/adapters/memory/table.ts"() {
    "use strict";
    Table = class {
      constructor(indexers) {
        this.indexers = indexers;
        for (const name of Object.keys(indexers)) this.indexes.set(name, /* @__PURE__ */ new Map());
      }
      indexers;
      rows = /* @__PURE__ */ new Map();
      indexes = /* @__PURE__ */ new Map();
      put(id4, row) {
        const previous = this.rows.get(id4);
        for (const [name, index] of this.indexes) {
          const keyOf = this.indexers[name];
          if (previous !== void 0) index.get(keyOf(previous))?.delete(id4);
          const key = keyOf(row);
          let ids = index.get(key);
          if (!ids) index.set(key, ids = /* @__PURE__ */ new Set());
          ids.add(id4);
        }
        this.rows.set(id4, row);
      }
      idsWith(index, key) {
        return this.indexes.get(index)?.get(key) ?? /* @__PURE__ */ new Set();
      }
    };
    TableView = class {
      constructor(table) {
        this.table = table;
      }
      table;
      written = /* @__PURE__ */ new Map();
      get(id4) {
        return this.written.has(id4) ? this.written.get(id4) : this.table.rows.get(id4);
      }
      set(id4, row) {
        this.written.set(id4, row);
      }
      /** The rows whose `index` key is `key`, as this unit sees them. */
      find(index, key) {
        const keyOf = this.table.indexers[index];
        const found2 = [];
        for (const id4 of this.table.idsWith(index, key)) {
          const row = this.get(id4);
          if (row !== void 0 && (!this.written.has(id4) || keyOf(row) === key)) found2.push(row);
        }
        for (const [id4, row] of this.written) {
          if (!this.table.idsWith(index, key).has(id4) && keyOf(row) === key) found2.push(row);
        }
        return found2;
      }
      commit() {
        for (const [id4, row] of this.written) this.table.put(id4, row);
      }
    };
  }
});

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
function jobRunKey(job2, date) {
  return `${job2}/${date}`;
}
var init_tables = __esm({
  "src/adapters/memory/tables.ts"() {
    "use strict";
    init_table();
  }
});

// src/adapters/memory/stores/catalog.ts
function memoryCatalog(views) {
  return {
    getTitle: (id4) => {
      const row = views.titles.get(id4);
      return row === void 0 ? null : clone(row);
    },
    getVolume: (id4) => {
      const row = views.volumes.get(id4);
      return row === void 0 ? null : clone(row);
    },
    listVolumes: (titleId) => sortedCopies(views.volumes.find("title", titleId), byId)
  };
}
var byId;
var init_catalog = __esm({
  "src/adapters/memory/stores/catalog.ts"() {
    "use strict";
    init_rows();
    byId = byKeys((v) => v.id);
  }
});

// src/adapters/memory/stores/copies.ts
function memoryCopies(views) {
  const view = views.copies;
  return {
    get: (id4) => {
      const row = view.get(id4);
      return row === void 0 ? null : clone(row);
    },
    listByVolume: (volumeId) => sortedCopies(view.find("volume", volumeId), byId2),
    insert: (copy) => insertVersioned(view, "copies", copy),
    update: (next, expectedVersion) => updateVersioned(view, "copies", next, expectedVersion)
  };
}
var byId2;
var init_copies = __esm({
  "src/adapters/memory/stores/copies.ts"() {
    "use strict";
    init_rows();
    byId2 = byKeys((c) => c.id);
  }
});

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
var init_entry_lists = __esm({
  "src/adapters/memory/stores/entry-lists.ts"() {
    "use strict";
    init_rows();
  }
});

// src/adapters/memory/stores/job-runs.ts
function memoryJobRuns(views, clock) {
  const view = views.jobRuns;
  return {
    claim: (job2, date, owner) => {
      const key = jobRunKey(job2, date);
      if (view.get(key) !== void 0) return false;
      view.set(key, { job: job2, date, owner, claimedAt: clock.now(), finishedAt: null });
      return true;
    },
    get: (job2, date) => {
      const row = view.get(jobRunKey(job2, date));
      return row === void 0 ? null : clone(row);
    },
    finish: (job2, date, owner) => {
      const key = jobRunKey(job2, date);
      const row = view.get(key);
      if (row === void 0 || row.owner !== owner || row.finishedAt !== null) return false;
      view.set(key, { ...row, finishedAt: clock.now() });
      return true;
    }
  };
}
var init_job_runs = __esm({
  "src/adapters/memory/stores/job-runs.ts"() {
    "use strict";
    init_rows();
    init_tables();
  }
});

// src/adapters/memory/stores/loans.ts
function memoryLoans(views) {
  const view = views.loans;
  return {
    get: (id4) => {
      const row = view.get(id4);
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
var byLentAt;
var init_loans = __esm({
  "src/adapters/memory/stores/loans.ts"() {
    "use strict";
    init_rows();
    byLentAt = byKeys((l) => l.lentAt, (l) => l.id);
  }
});

// src/adapters/memory/stores/outbox.ts
function memoryOutbox(views, clock) {
  const view = views.outbox;
  return {
    enqueue: (notice) => {
      if (view.get(notice.id) !== void 0) throw versionConflict("outbox", notice.id, null, null);
      view.set(notice.id, { notice: clone(notice), sentAt: null });
    },
    listPending: () => view.find("status", "pending").map((row) => clone(row.notice)).sort(byCreatedAt),
    markSent: (id4) => {
      const row = view.get(id4);
      if (row === void 0) throw recordNotFound("outbox", id4);
      if (row.sentAt !== null) return false;
      view.set(id4, { notice: row.notice, sentAt: clock.now() });
      return true;
    }
  };
}
var byCreatedAt;
var init_outbox = __esm({
  "src/adapters/memory/stores/outbox.ts"() {
    "use strict";
    init_store_errors();
    init_rows();
    byCreatedAt = byKeys((n) => n.createdAt, (n) => n.id);
  }
});

// src/adapters/memory/stores/patrons.ts
function memoryPatrons(views) {
  const view = views.patrons;
  return {
    get: (id4) => {
      const row = view.get(id4);
      return row === void 0 ? null : clone(row.patron);
    },
    getVersioned: (id4) => {
      const row = view.get(id4);
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
var init_patrons = __esm({
  "src/adapters/memory/stores/patrons.ts"() {
    "use strict";
    init_store_errors();
    init_rows();
  }
});

// src/adapters/memory/stores/reservations.ts
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
    get: (id4) => {
      const row = view.get(id4);
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
var byPlacedAt, byQueuedAt, byCancellationRequestedAt, byLastDay;
var init_reservations = __esm({
  "src/adapters/memory/stores/reservations.ts"() {
    "use strict";
    init_reservation();
    init_rows();
    byPlacedAt = byKeys((r) => r.placedAt, (r) => r.id);
    byQueuedAt = byKeys((r) => "queuedAt" in r ? r.queuedAt : "", (r) => r.placedAt, (r) => r.id);
    byCancellationRequestedAt = byKeys(
      (r) => "cancellationRequestedAt" in r ? r.cancellationRequestedAt ?? "" : "",
      (r) => r.id
    );
    byLastDay = byKeys((r) => "lastDay" in r ? r.lastDay : "", (r) => r.id);
  }
});

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
var init_unit = __esm({
  "src/adapters/memory/unit.ts"() {
    "use strict";
    init_yoyaku_error();
    init_catalog();
    init_copies();
    init_entry_lists();
    init_job_runs();
    init_loans();
    init_outbox();
    init_patrons();
    init_reservations();
    init_tables();
  }
});

// src/adapters/memory/create-memory-storage.ts
var create_memory_storage_exports = {};
__export(create_memory_storage_exports, {
  createMemoryStorage: () => createMemoryStorage
});
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
var MEMORY_CAPABILITIES;
var init_create_memory_storage = __esm({
  "src/adapters/memory/create-memory-storage.ts"() {
    "use strict";
    init_yoyaku_error();
    init_clock();
    init_fifo_lock();
    init_rows();
    init_snapshot();
    init_tables();
    init_unit();
    MEMORY_CAPABILITIES = Object.freeze({ transactions: true, concurrentWriters: false });
  }
});

// src/ports/record-schemas.ts
import { z as z5 } from "zod";
function absentAsNull(schema) {
  return schema.nullish().transform((value) => value ?? void 0);
}
function parseRecord(schema, row, where) {
  return parseOrThrow(schema, row, "INVALID_RECORD", `${where.table} record ${where.id}`, { table: where.table, id: where.id });
}
var id3, version, instant2, localDate3, rejectionReason, reservationBase, ReservationRecordSchema, CopyRecordSchema, LoanRecordSchema, PatronRecordSchema, TitleRecordSchema, VolumeRecordSchema, OutboxNoticeRecordSchema, JobRunRecordSchema;
var init_record_schemas = __esm({
  "src/ports/record-schemas.ts"() {
    "use strict";
    init_yoyaku_error();
    init_rule_id();
    init_material();
    init_schema();
    id3 = z5.string().min(1);
    version = z5.number().int().min(0);
    instant2 = InstantSchema;
    localDate3 = LocalDateSchema;
    rejectionReason = z5.union([
      z5.object({ rule: z5.literal("staff"), note: absentAsNull(z5.string()) }),
      z5.object({ rule: z5.enum(RULE_IDS) })
    ]);
    reservationBase = {
      id: id3,
      patronId: id3,
      titleId: id3,
      volumeId: id3,
      audiovisual: z5.boolean(),
      channel: z5.enum(["online", "counter"]),
      pickupBranchId: id3,
      placedAt: instant2,
      version
    };
    ReservationRecordSchema = z5.discriminatedUnion("status", [
      z5.object({ ...reservationBase, status: z5.literal("requested"), cancellationRequestedAt: absentAsNull(instant2) }),
      z5.object({ ...reservationBase, status: z5.literal("reserved"), queuedAt: instant2, cancellationRequestedAt: absentAsNull(instant2) }),
      z5.object({ ...reservationBase, status: z5.literal("rejected"), rejectedAt: instant2, reasons: z5.array(rejectionReason) }),
      z5.object({
        ...reservationBase,
        status: z5.literal("onHold"),
        queuedAt: instant2,
        copyId: id3,
        trappedAt: instant2,
        noticeDate: localDate3,
        lastDay: localDate3
      }),
      z5.object({ ...reservationBase, status: z5.literal("collected"), copyId: id3, collectedAt: instant2 }),
      z5.object({ ...reservationBase, status: z5.literal("lapsed"), copyId: id3, lastDay: localDate3, lapsedAt: instant2 }),
      z5.object({
        ...reservationBase,
        status: z5.literal("cancelled"),
        cancelledAt: instant2,
        cancelledBy: z5.enum(["patron", "staff"]),
        cancelledFrom: z5.enum(["requested", "reserved", "onHold"]),
        copyId: absentAsNull(id3),
        note: absentAsNull(z5.string())
      })
    ]);
    CopyRecordSchema = z5.object({
      id: id3,
      volumeId: id3,
      ownerBranchId: id3,
      locationBranchId: id3,
      status: z5.enum(COPY_STATUSES),
      version
    });
    LoanRecordSchema = z5.object({
      id: id3,
      patronId: id3,
      copyId: id3,
      volumeId: id3,
      titleId: id3,
      branchId: id3,
      lentAt: instant2,
      dueDate: localDate3,
      renewals: z5.number().int().min(0),
      reservationId: absentAsNull(id3),
      returnedAt: instant2.nullable(),
      version
    });
    PatronRecordSchema = z5.object({
      id: id3,
      cardNumber: z5.string().min(1),
      name: absentAsNull(z5.string()),
      email: z5.string().nullish(),
      internetRegistered: z5.boolean(),
      unreachable: z5.boolean(),
      noticePrivacy: z5.object({ showName: z5.boolean(), showTitle: z5.boolean() }),
      homeBranchId: absentAsNull(id3),
      version
    });
    TitleRecordSchema = z5.object({
      id: id3,
      name: z5.string(),
      category: z5.string().min(1),
      audiovisual: z5.boolean()
    });
    VolumeRecordSchema = z5.object({
      id: id3,
      titleId: id3,
      label: absentAsNull(z5.string()),
      set: absentAsNull(z5.boolean())
    });
    OutboxNoticeRecordSchema = z5.object({
      id: id3,
      kind: z5.string().min(1),
      patronId: id3,
      reservationId: absentAsNull(id3),
      createdAt: instant2,
      payload: z5.record(z5.string(), z5.json())
    });
    JobRunRecordSchema = z5.object({
      job: z5.enum(["approval", "expiry"]),
      date: localDate3,
      owner: z5.string().min(1),
      claimedAt: instant2,
      finishedAt: instant2.nullable()
    });
  }
});

// src/adapters/sql/record-rows.ts
import { z as z6 } from "zod";
function withoutNulls(record) {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== null && value !== void 0));
}
function copyFromRow(row) {
  const record = {
    id: row["id"],
    volumeId: row["volume_id"],
    ownerBranchId: row["owner_branch_id"],
    locationBranchId: row["location_branch_id"],
    status: row["status"],
    version: row["version"]
  };
  return parseRecord(CopyRecordSchema, record, { table: "copies", id: String(row["id"]) });
}
function loanFromRow(row) {
  const record = {
    ...withoutNulls({
      id: row["id"],
      patronId: row["patron_id"],
      copyId: row["copy_id"],
      volumeId: row["volume_id"],
      titleId: row["title_id"],
      branchId: row["branch_id"],
      lentAt: row["lent_at"],
      dueDate: row["due_date"],
      renewals: row["renewals"],
      reservationId: row["reservation_id"],
      version: row["version"]
    }),
    returnedAt: row["returned_at"] ?? null
  };
  return parseRecord(LoanRecordSchema, record, { table: "loans", id: String(row["id"]) });
}
function patronFromRow(row, dialect) {
  const record = withoutNulls({
    id: row["id"],
    cardNumber: row["card_number"],
    name: row["name"],
    email: row["email"],
    internetRegistered: dialect.readBool(row["internet_registered"]),
    unreachable: dialect.readBool(row["unreachable"]),
    noticePrivacy: { showName: dialect.readBool(row["notice_show_name"]), showTitle: dialect.readBool(row["notice_show_title"]) },
    homeBranchId: row["home_branch_id"],
    version: row["version"]
  });
  const { version: version2, ...patron } = parseRecord(PatronRecordSchema, record, { table: "patrons", id: String(row["id"]) });
  return { patron, version: version2 };
}
function titleFromRow(row, dialect) {
  const record = { id: row["id"], name: row["name"], category: row["category"], audiovisual: dialect.readBool(row["audiovisual"]) };
  return parseRecord(TitleRecordSchema, record, { table: "titles", id: String(row["id"]) });
}
function volumeFromRow(row, dialect) {
  const record = withoutNulls({
    id: row["id"],
    titleId: row["title_id"],
    label: row["label"],
    set: row["is_set"] === null ? null : dialect.readBool(row["is_set"])
  });
  return parseRecord(VolumeRecordSchema, record, { table: "volumes", id: String(row["id"]) });
}
function noticeFromRow(row, dialect) {
  const record = withoutNulls({
    id: row["id"],
    kind: row["kind"],
    patronId: row["patron_id"],
    reservationId: row["reservation_id"],
    createdAt: row["created_at"],
    payload: dialect.readJson(row["payload"])
  });
  return parseRecord(OutboxNoticeRecordSchema, record, { table: "outbox", id: String(row["id"]) });
}
function jobRunFromRow(row) {
  const record = {
    job: row["job"],
    date: row["run_date"],
    owner: row["owner"],
    claimedAt: row["claimed_at"],
    finishedAt: row["finished_at"] ?? null
  };
  return parseRecord(JobRunRecordSchema, record, { table: "job_runs", id: `${String(row["job"])}/${String(row["run_date"])}` });
}
function favouriteFromRow(row) {
  const record = { volumeId: row["volume_id"] };
  return parseRecord(FavouriteEntryRecordSchema, record, { table: "favourites", id: `${String(row["patron_id"])}/${String(row["volume_id"])}` });
}
function cartEntryFromRow(row) {
  const record = { volumeId: row["volume_id"], pickupBranchId: row["pickup_branch_id"] };
  return parseRecord(CartEntryRecordSchema, record, { table: "cart", id: `${String(row["patron_id"])}/${String(row["volume_id"])}` });
}
var entryId, FavouriteEntryRecordSchema, CartEntryRecordSchema;
var init_record_rows = __esm({
  "src/adapters/sql/record-rows.ts"() {
    "use strict";
    init_record_schemas();
    entryId = z6.string().min(1);
    FavouriteEntryRecordSchema = z6.object({ volumeId: entryId });
    CartEntryRecordSchema = z6.object({ volumeId: entryId, pickupBranchId: entryId });
  }
});

// src/adapters/sql/stores/catalog.ts
function sqlCatalog(session, config) {
  const { dialect } = config;
  return {
    async getTitle(id4) {
      const rows = await session.all("SELECT * FROM titles WHERE id = ?", [id4]);
      return rows[0] === void 0 ? null : titleFromRow(rows[0], dialect);
    },
    async getVolume(id4) {
      const rows = await session.all("SELECT * FROM volumes WHERE id = ?", [id4]);
      return rows[0] === void 0 ? null : volumeFromRow(rows[0], dialect);
    },
    listVolumes: async (titleId) => (await session.all("SELECT * FROM volumes WHERE title_id = ? ORDER BY id", [titleId])).map((row) => volumeFromRow(row, dialect))
  };
}
var init_catalog2 = __esm({
  "src/adapters/sql/stores/catalog.ts"() {
    "use strict";
    init_record_rows();
  }
});

// src/adapters/sql/guarded-writes.ts
async function storedVersion(session, sqlTable, id4) {
  const rows = await session.all(`SELECT version FROM ${sqlTable} WHERE id = ?`, [id4]);
  const version2 = rows[0]?.["version"];
  return typeof version2 === "number" ? version2 : null;
}
async function insertRow(session, table, sqlTable, columns, options = { versioned: true }) {
  const names = Object.keys(columns);
  const inserted = await session.run(
    `INSERT INTO ${sqlTable} (${names.join(", ")}) VALUES (${names.map(() => "?").join(", ")}) ON CONFLICT (id) DO NOTHING`,
    Object.values(columns)
  );
  if (inserted === 0) {
    const id4 = String(columns["id"]);
    throw versionConflict(table, id4, null, options.versioned ? await storedVersion(session, sqlTable, id4) : null);
  }
}
async function updateRow(session, config, table, sqlTable, id4, columns, nextVersion, expectedVersion) {
  if (nextVersion !== expectedVersion + 1) {
    if (await storedVersion(session, sqlTable, id4) === null) throw recordNotFound(table, id4);
    assertNextVersion(table, id4, nextVersion, expectedVersion);
  }
  const names = Object.keys(columns);
  const assignments = [...names.map((name) => `${name} = ?`), "version = ?"].join(", ");
  const guard = config.versionGuard ? " AND version = ?" : "";
  const params = [...Object.values(columns), nextVersion, id4];
  if (config.versionGuard) params.push(expectedVersion);
  const updated = await session.run(`UPDATE ${sqlTable} SET ${assignments} WHERE id = ?${guard}`, params);
  if (updated === 0) {
    const actual = await storedVersion(session, sqlTable, id4);
    if (actual === null) throw recordNotFound(table, id4);
    throw versionConflict(table, id4, expectedVersion, actual);
  }
}
var init_guarded_writes = __esm({
  "src/adapters/sql/guarded-writes.ts"() {
    "use strict";
    init_store_errors();
  }
});

// src/adapters/sql/stores/copies.ts
function copyColumns(copy) {
  return {
    volume_id: copy.volumeId,
    owner_branch_id: copy.ownerBranchId,
    location_branch_id: copy.locationBranchId,
    status: copy.status
  };
}
function sqlCopies(session, config) {
  return {
    async get(id4) {
      const rows = await session.all(`SELECT * FROM copies WHERE id = ?${config.lockRows ? config.dialect.lockSuffix : ""}`, [id4]);
      return rows[0] === void 0 ? null : copyFromRow(rows[0]);
    },
    listByVolume: async (volumeId) => (await session.all("SELECT * FROM copies WHERE volume_id = ? ORDER BY id", [volumeId])).map(copyFromRow),
    insert: (copy) => insertRow(session, "copies", "copies", { id: copy.id, ...copyColumns(copy), version: copy.version }),
    update: (next, expectedVersion) => updateRow(session, config, "copies", "copies", next.id, copyColumns(next), next.version, expectedVersion)
  };
}
var init_copies2 = __esm({
  "src/adapters/sql/stores/copies.ts"() {
    "use strict";
    init_guarded_writes();
    init_record_rows();
  }
});

// src/adapters/sql/stores/entry-lists.ts
async function appendEntry(session, table, extra, patronId, volumeId) {
  const columns = ["patron_id", "volume_id", ...Object.keys(extra), "position"];
  const values = ["?", "?", ...Object.keys(extra).map(() => "?"), "COALESCE(MAX(position), 0) + 1"];
  const added = await session.run(
    `INSERT INTO ${table} (${columns.join(", ")}) SELECT ${values.join(", ")} FROM ${table} WHERE patron_id = ? ON CONFLICT (patron_id, volume_id) DO NOTHING`,
    [patronId, volumeId, ...Object.values(extra), patronId]
  );
  return added > 0;
}
async function removeEntry(session, table, patronId, volumeId) {
  return await session.run(`DELETE FROM ${table} WHERE patron_id = ? AND volume_id = ?`, [patronId, volumeId]) > 0;
}
function sqlFavourites(session) {
  return {
    list: async (patronId) => (await session.all("SELECT * FROM favourites WHERE patron_id = ? ORDER BY position, volume_id", [patronId])).map(favouriteFromRow),
    add: (patronId, entry) => appendEntry(session, "favourites", {}, patronId, entry.volumeId),
    remove: (patronId, volumeId) => removeEntry(session, "favourites", patronId, volumeId)
  };
}
function sqlCart(session) {
  return {
    list: async (patronId) => (await session.all("SELECT * FROM cart_entries WHERE patron_id = ? ORDER BY position, volume_id", [patronId])).map(cartEntryFromRow),
    add: (patronId, entry) => appendEntry(session, "cart_entries", { pickup_branch_id: entry.pickupBranchId }, patronId, entry.volumeId),
    remove: (patronId, volumeId) => removeEntry(session, "cart_entries", patronId, volumeId)
  };
}
var init_entry_lists2 = __esm({
  "src/adapters/sql/stores/entry-lists.ts"() {
    "use strict";
    init_record_rows();
  }
});

// src/adapters/sql/stores/job-runs.ts
function sqlJobRuns(session, config) {
  return {
    claim: async (job2, date, owner) => await session.run(
      "INSERT INTO job_runs (job, run_date, owner, claimed_at, finished_at) VALUES (?, ?, ?, ?, NULL) ON CONFLICT (job, run_date) DO NOTHING",
      [job2, date, owner, config.clock.now()]
    ) > 0,
    async get(job2, date) {
      const rows = await session.all("SELECT * FROM job_runs WHERE job = ? AND run_date = ?", [job2, date]);
      return rows[0] === void 0 ? null : jobRunFromRow(rows[0]);
    },
    finish: async (job2, date, owner) => await session.run("UPDATE job_runs SET finished_at = ? WHERE job = ? AND run_date = ? AND owner = ? AND finished_at IS NULL", [
      config.clock.now(),
      job2,
      date,
      owner
    ]) > 0
  };
}
var init_job_runs2 = __esm({
  "src/adapters/sql/stores/job-runs.ts"() {
    "use strict";
    init_record_rows();
  }
});

// src/adapters/sql/stores/loans.ts
function loanColumns(loan) {
  return {
    patron_id: loan.patronId,
    copy_id: loan.copyId,
    volume_id: loan.volumeId,
    title_id: loan.titleId,
    branch_id: loan.branchId,
    lent_at: loan.lentAt,
    due_date: loan.dueDate,
    renewals: loan.renewals,
    reservation_id: loan.reservationId ?? null,
    returned_at: loan.returnedAt
  };
}
function sqlLoans(session, config) {
  const lock = config.lockRows ? config.dialect.lockSuffix : "";
  return {
    async get(id4) {
      const rows = await session.all(`SELECT * FROM loans WHERE id = ?${lock}`, [id4]);
      return rows[0] === void 0 ? null : loanFromRow(rows[0]);
    },
    async listByPatron(patronId, options = {}) {
      const filter = options.open === void 0 ? "" : options.open ? " AND returned_at IS NULL" : " AND returned_at IS NOT NULL";
      return (await session.all(`SELECT * FROM loans WHERE patron_id = ?${filter} ORDER BY lent_at, id`, [patronId])).map(loanFromRow);
    },
    async findOpenByCopy(copyId) {
      const rows = await session.all(
        `SELECT * FROM loans WHERE copy_id = ? AND returned_at IS NULL ORDER BY lent_at DESC, id DESC LIMIT 1${lock}`,
        [copyId]
      );
      return rows[0] === void 0 ? null : loanFromRow(rows[0]);
    },
    insert: (loan) => insertRow(session, "loans", "loans", { id: loan.id, ...loanColumns(loan), version: loan.version }),
    update: (next, expectedVersion) => updateRow(session, config, "loans", "loans", next.id, loanColumns(next), next.version, expectedVersion)
  };
}
var init_loans2 = __esm({
  "src/adapters/sql/stores/loans.ts"() {
    "use strict";
    init_guarded_writes();
    init_record_rows();
  }
});

// src/adapters/sql/stores/outbox.ts
function sqlOutbox(session, config) {
  return {
    enqueue: (notice) => insertRow(
      session,
      "outbox",
      "outbox",
      {
        id: notice.id,
        kind: notice.kind,
        patron_id: notice.patronId,
        reservation_id: notice.reservationId ?? null,
        created_at: notice.createdAt,
        payload: JSON.stringify(notice.payload)
      },
      { versioned: false }
    ),
    listPending: async () => (await session.all("SELECT * FROM outbox WHERE sent_at IS NULL ORDER BY created_at, id")).map((row) => noticeFromRow(row, config.dialect)),
    async markSent(id4) {
      if (await session.run("UPDATE outbox SET sent_at = ? WHERE id = ? AND sent_at IS NULL", [config.clock.now(), id4]) > 0) return true;
      if ((await session.all("SELECT id FROM outbox WHERE id = ?", [id4])).length === 0) throw recordNotFound("outbox", id4);
      return false;
    }
  };
}
var init_outbox2 = __esm({
  "src/adapters/sql/stores/outbox.ts"() {
    "use strict";
    init_store_errors();
    init_guarded_writes();
    init_record_rows();
  }
});

// src/adapters/sql/stores/patrons.ts
function patronColumns(patron, dialect) {
  return {
    card_number: patron.cardNumber,
    name: patron.name ?? null,
    email: patron.email ?? null,
    internet_registered: dialect.bool(patron.internetRegistered),
    unreachable: dialect.bool(patron.unreachable),
    notice_show_name: dialect.bool(patron.noticePrivacy.showName),
    notice_show_title: dialect.bool(patron.noticePrivacy.showTitle),
    home_branch_id: patron.homeBranchId ?? null
  };
}
function sqlPatrons(session, config) {
  const { dialect } = config;
  const read = async (id4) => {
    const rows = await session.all(`SELECT * FROM patrons WHERE id = ?${config.lockRows ? dialect.lockSuffix : ""}`, [id4]);
    return rows[0] === void 0 ? null : patronFromRow(rows[0], dialect);
  };
  return {
    get: async (id4) => (await read(id4))?.patron ?? null,
    getVersioned: read,
    update: (next, expectedVersion) => updateRow(session, config, "patrons", "patrons", next.id, patronColumns(next, dialect), expectedVersion + 1, expectedVersion)
  };
}
var init_patrons2 = __esm({
  "src/adapters/sql/stores/patrons.ts"() {
    "use strict";
    init_guarded_writes();
    init_record_rows();
  }
});

// src/adapters/sql/reservation-rows.ts
function reservationColumns(r, dialect) {
  const columns = {
    patron_id: r.patronId,
    title_id: r.titleId,
    volume_id: r.volumeId,
    audiovisual: dialect.bool(r.audiovisual),
    channel: r.channel,
    pickup_branch_id: r.pickupBranchId,
    placed_at: r.placedAt,
    status: r.status
  };
  const own = new Set(STATUS_FIELDS[r.status] ?? []);
  const fields = r;
  for (const [field, column] of Object.entries(SPECIFIC_COLUMNS)) {
    const value = own.has(field) ? fields[field] : void 0;
    if (value === void 0 || value === null) columns[column] = null;
    else columns[column] = field === "reasons" ? JSON.stringify(value) : value;
  }
  return columns;
}
function reservationFromRow(row, dialect) {
  const record = {
    id: row["id"],
    patronId: row["patron_id"],
    titleId: row["title_id"],
    volumeId: row["volume_id"],
    audiovisual: dialect.readBool(row["audiovisual"]),
    channel: row["channel"],
    pickupBranchId: row["pickup_branch_id"],
    placedAt: row["placed_at"],
    status: row["status"],
    version: row["version"]
  };
  for (const [field, column] of Object.entries(SPECIFIC_COLUMNS)) {
    const value = row[column];
    if (value !== null && value !== void 0) record[field] = field === "reasons" ? dialect.readJson(value) : value;
  }
  return parseRecord(ReservationRecordSchema, record, { table: "reservations", id: String(row["id"]) });
}
var SPECIFIC_COLUMNS, STATUS_FIELDS;
var init_reservation_rows = __esm({
  "src/adapters/sql/reservation-rows.ts"() {
    "use strict";
    init_record_schemas();
    SPECIFIC_COLUMNS = {
      cancellationRequestedAt: "cancellation_requested_at",
      queuedAt: "queued_at",
      rejectedAt: "rejected_at",
      reasons: "reasons",
      copyId: "copy_id",
      trappedAt: "trapped_at",
      noticeDate: "notice_date",
      lastDay: "last_day",
      collectedAt: "collected_at",
      lapsedAt: "lapsed_at",
      cancelledAt: "cancelled_at",
      cancelledBy: "cancelled_by",
      cancelledFrom: "cancelled_from",
      note: "note"
    };
    STATUS_FIELDS = {
      requested: ["cancellationRequestedAt"],
      reserved: ["queuedAt", "cancellationRequestedAt"],
      rejected: ["rejectedAt", "reasons"],
      onHold: ["queuedAt", "copyId", "trappedAt", "noticeDate", "lastDay"],
      collected: ["copyId", "collectedAt"],
      lapsed: ["copyId", "lastDay", "lapsedAt"],
      cancelled: ["cancelledAt", "cancelledBy", "cancelledFrom", "copyId", "note"]
    };
  }
});

// src/adapters/sql/stores/reservations.ts
function sqlReservations(session, config) {
  const { dialect } = config;
  const list = async (where, orderBy, params) => (await session.all(`SELECT * FROM reservations WHERE ${where} ORDER BY ${orderBy}`, params)).map((row) => reservationFromRow(row, dialect));
  return {
    async get(id4) {
      const rows = await session.all(`SELECT * FROM reservations WHERE id = ?${config.lockRows ? dialect.lockSuffix : ""}`, [id4]);
      return rows[0] === void 0 ? null : reservationFromRow(rows[0], dialect);
    },
    listByPatron: (patronId, options = {}) => {
      const filter = options.active === void 0 ? "" : ` AND ${options.active ? ACTIVE : FINAL}`;
      return list(`patron_id = ?${filter}`, "placed_at, id", [patronId]);
    },
    listQueue: (volumeId) => list("status = 'reserved' AND volume_id = ? AND cancellation_requested_at IS NULL", "queued_at, placed_at, id", [volumeId]),
    listByVolume: (volumeId) => list(`${ACTIVE} AND volume_id = ?`, "placed_at, id", [volumeId]),
    listRequested: () => list("status = 'requested'", "placed_at, id", []),
    listPendingCancellations: () => list("cancellation_requested_at IS NOT NULL AND status IN ('requested', 'reserved')", "cancellation_requested_at, id", []),
    listHoldsEndingBefore: (date) => list("status = 'onHold' AND last_day < ?", "last_day, id", [date]),
    insert: (reservation) => insertRow(session, "reservations", "reservations", {
      id: reservation.id,
      ...reservationColumns(reservation, dialect),
      version: reservation.version
    }),
    update: (next, expectedVersion) => updateRow(session, config, "reservations", "reservations", next.id, reservationColumns(next, dialect), next.version, expectedVersion)
  };
}
var ACTIVE, FINAL;
var init_reservations2 = __esm({
  "src/adapters/sql/stores/reservations.ts"() {
    "use strict";
    init_guarded_writes();
    init_reservation_rows();
    ACTIVE = "status IN ('requested', 'reserved', 'onHold')";
    FINAL = "status NOT IN ('requested', 'reserved', 'onHold')";
  }
});

// src/adapters/sql/create-stores.ts
function createSqlStores(session, config) {
  return {
    reservations: sqlReservations(session, config),
    copies: sqlCopies(session, config),
    loans: sqlLoans(session, config),
    patrons: sqlPatrons(session, config),
    catalog: sqlCatalog(session, config),
    favourites: sqlFavourites(session),
    cart: sqlCart(session),
    outbox: sqlOutbox(session, config),
    jobRuns: sqlJobRuns(session, config)
  };
}
var init_create_stores = __esm({
  "src/adapters/sql/create-stores.ts"() {
    "use strict";
    init_catalog2();
    init_copies2();
    init_entry_lists2();
    init_job_runs2();
    init_loans2();
    init_outbox2();
    init_patrons2();
    init_reservations2();
  }
});

// src/adapters/sql/fifo-lock.ts
var FifoLock2;
var init_fifo_lock2 = __esm({
  "src/adapters/sql/fifo-lock.ts"() {
    "use strict";
    init_yoyaku_error();
    FifoLock2 = class {
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
                new YoyakuError(
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
  }
});

// src/adapters/sql/seed.ts
async function upsert(session, table, columns) {
  const names = Object.keys(columns);
  const updates = names.filter((name) => name !== "id").map((name) => `${name} = excluded.${name}`);
  await session.run(
    `INSERT INTO ${table} (${names.join(", ")}) VALUES (${names.map(() => "?").join(", ")}) ON CONFLICT (id) DO UPDATE SET ${updates.join(", ")}`,
    Object.values(columns)
  );
}
async function writeSeed2(session, dialect, data) {
  for (const p of data.patrons ?? []) await upsert(session, "patrons", { id: p.id, ...patronColumns(p, dialect), version: 0 });
  for (const t of data.titles ?? []) {
    await upsert(session, "titles", { id: t.id, name: t.name, category: t.category, audiovisual: dialect.bool(t.audiovisual) });
  }
  for (const v of data.volumes ?? []) {
    await upsert(session, "volumes", { id: v.id, title_id: v.titleId, label: v.label ?? null, is_set: v.set === void 0 ? null : dialect.bool(v.set) });
  }
  for (const c of data.copies ?? []) await upsert(session, "copies", { id: c.id, ...copyColumns(c), version: c.version });
  for (const r of data.reservations ?? []) await upsert(session, "reservations", { id: r.id, ...reservationColumns(r, dialect), version: r.version });
  for (const l of data.loans ?? []) await upsert(session, "loans", { id: l.id, ...loanColumns(l), version: l.version });
}
var init_seed = __esm({
  "src/adapters/sql/seed.ts"() {
    "use strict";
    init_reservation_rows();
    init_copies2();
    init_loans2();
    init_patrons2();
  }
});

// src/adapters/sqlite/sqlite-errors.ts
function sqliteStoreError(error) {
  if (isYoyakuError(error) || !(error instanceof Error)) return error;
  const code = error.code;
  if (typeof code === "string" && UNAVAILABLE_CODES.test(code)) {
    return new YoyakuError("STORE_UNAVAILABLE", `The SQLite database is unavailable (${code}): ${error.message}`, {
      details: { code },
      cause: error
    });
  }
  if (code === "SQLITE_ERROR" && /no such table/.test(error.message)) {
    return new YoyakuError("STORE_UNAVAILABLE", `The SQLite database has no yoyaku-rules schema (${error.message}): apply migrateSqlite() first`, {
      details: { code },
      cause: error
    });
  }
  if (/database connection is not open/.test(error.message)) {
    return new YoyakuError("STORE_UNAVAILABLE", "The SQLite database connection is closed", { cause: error });
  }
  if (/^Cannot open database/.test(error.message)) {
    return new YoyakuError("STORE_UNAVAILABLE", `The SQLite database cannot be opened: ${error.message}`, { cause: error });
  }
  return error;
}
var UNAVAILABLE_CODES;
var init_sqlite_errors = __esm({
  "src/adapters/sqlite/sqlite-errors.ts"() {
    "use strict";
    init_yoyaku_error();
    UNAVAILABLE_CODES = /^SQLITE_(BUSY|LOCKED|CANTOPEN|IOERR|FULL|READONLY|NOTADB|CORRUPT|PROTOCOL|NOMEM|PERM|AUTH)/;
  }
});

// src/adapters/sqlite/migrations/0001_init.ts
var SQLITE_0001_INIT;
var init_init = __esm({
  "src/adapters/sqlite/migrations/0001_init.ts"() {
    "use strict";
    SQLITE_0001_INIT = {
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
  }
});

// src/adapters/sqlite/migrations/index.ts
var SQLITE_MIGRATIONS;
var init_migrations = __esm({
  "src/adapters/sqlite/migrations/index.ts"() {
    "use strict";
    init_init();
    SQLITE_MIGRATIONS = Object.freeze([SQLITE_0001_INIT]);
  }
});

// src/adapters/sqlite/migrate-sqlite.ts
function migrateSqlite(database) {
  const applied = [];
  try {
    database.exec("BEGIN IMMEDIATE");
    try {
      database.exec(CREATE_SCHEMA_MIGRATIONS);
      const done2 = new Set(database.prepare("SELECT version FROM schema_migrations").pluck().all());
      const record = database.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))");
      for (const migration of SQLITE_MIGRATIONS) {
        if (done2.has(migration.version)) continue;
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
var CREATE_SCHEMA_MIGRATIONS;
var init_migrate_sqlite = __esm({
  "src/adapters/sqlite/migrate-sqlite.ts"() {
    "use strict";
    init_sqlite_errors();
    init_migrations();
    CREATE_SCHEMA_MIGRATIONS = "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";
  }
});

// src/adapters/sqlite/sqlite-session.ts
function sqliteSession(statements, isOpen) {
  const assertOpen = () => {
    if (!isOpen()) throw new YoyakuError("STORE_UNAVAILABLE", "A store was used after its unit of work ended");
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
var SQLITE_DIALECT, StatementCache;
var init_sqlite_session = __esm({
  "src/adapters/sqlite/sqlite-session.ts"() {
    "use strict";
    init_yoyaku_error();
    init_sqlite_errors();
    SQLITE_DIALECT = Object.freeze({
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
    StatementCache = class {
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
  }
});

// src/adapters/sqlite/create-sqlite-storage.ts
var create_sqlite_storage_exports = {};
__export(create_sqlite_storage_exports, {
  createSqliteStorage: () => createSqliteStorage
});
import Database from "better-sqlite3";
function openDatabase(options) {
  if (options.filename === void 0 === (options.database === void 0)) {
    throw new YoyakuError("INVALID_INPUT", "createSqliteStorage needs exactly one of filename and database", {
      issues: [{ path: ["filename"], message: "Give exactly one of filename and database" }]
    });
  }
  if (options.database !== void 0) {
    if (options.busyTimeoutMs !== void 0) options.database.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs))}`);
    return { database: options.database, owned: false };
  }
  try {
    const database = new Database(options.filename, { timeout: options.busyTimeoutMs ?? 5e3 });
    if (!database.memory) database.pragma("journal_mode = WAL");
    return { database, owned: true };
  } catch (error) {
    throw sqliteStoreError(error);
  }
}
function createSqliteStorage(options) {
  const { database, owned } = openDatabase(options);
  const clock = options.clock ?? systemClock;
  const lockTimeoutMs = options.lockTimeoutMs ?? 1e4;
  const versionGuard = options.versionGuard ?? true;
  const config = { dialect: SQLITE_DIALECT, clock, versionGuard, lockRows: false };
  const statements = new StatementCache(database);
  const lock = new FifoLock2("The SQLite storage");
  let closed = false;
  const assertOpen = () => {
    if (closed) throw new YoyakuError("STORE_UNAVAILABLE", "The SQLite storage is closed");
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
      run: (work) => inTransaction((session) => work(createSqlStores(session, config)))
    },
    seed: (data) => inTransaction((session) => writeSeed2(session, SQLITE_DIALECT, data)),
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
var SQLITE_CAPABILITIES;
var init_create_sqlite_storage = __esm({
  "src/adapters/sqlite/create-sqlite-storage.ts"() {
    "use strict";
    init_yoyaku_error();
    init_clock();
    init_create_stores();
    init_fifo_lock2();
    init_seed();
    init_migrate_sqlite();
    init_sqlite_errors();
    init_sqlite_session();
    SQLITE_CAPABILITIES = Object.freeze({ transactions: true, concurrentWriters: true });
  }
});

// src/cli/main.ts
import { readFileSync } from "fs";

// src/cli/run-cli.ts
import { parseArgs } from "util";

// src/testing/scenario/resolve-policy.ts
init_yoyaku_error();
import "zod";

// src/policy/presets/hokuto.ts
var JAPAN_HOLIDAYS_2025_2027 = [
  "2025-01-01",
  "2025-01-13",
  "2025-02-11",
  "2025-02-24",
  "2025-03-20",
  "2025-04-29",
  "2025-05-05",
  "2025-05-06",
  "2025-07-21",
  "2025-08-11",
  "2025-09-15",
  "2025-09-23",
  "2025-10-13",
  "2025-11-03",
  "2025-11-24",
  "2026-01-01",
  "2026-01-12",
  "2026-02-11",
  "2026-02-23",
  "2026-03-20",
  "2026-04-29",
  "2026-05-04",
  "2026-05-05",
  "2026-05-06",
  "2026-07-20",
  "2026-08-11",
  "2026-09-21",
  "2026-09-22",
  "2026-09-23",
  "2026-10-12",
  "2026-11-03",
  "2026-11-23",
  "2027-01-01",
  "2027-01-11",
  "2027-02-11",
  "2027-02-23",
  "2027-03-22",
  "2027-04-29",
  "2027-05-03",
  "2027-05-04",
  "2027-05-05",
  "2027-07-19",
  "2027-08-11",
  "2027-09-20",
  "2027-09-23",
  "2027-10-11",
  "2027-11-03",
  "2027-11-23"
];
var standardCalendar = {
  closedWeekdays: [1],
  holidayShiftsClosure: true,
  yearEnd: { from: "12-28", to: "01-04" }
};
var HOKUTO_POLICY_INPUT = {
  maxOnline: 7,
  maxOnlineAudiovisual: 3,
  holdDays: 7,
  branches: [
    { id: "akeno", kind: "library", nameJa: "\u660E\u91CE\u56F3\u66F8\u9928", nameRomaji: "Akeno Library", phone: "0551-25-3285", pickup: true },
    { id: "sutama", kind: "library", nameJa: "\u3059\u305F\u307E\u68EE\u306E\u56F3\u66F8\u9928", nameRomaji: "Sutama Forest Library", phone: "0551-20-6112", pickup: true },
    { id: "takane", kind: "library", nameJa: "\u305F\u304B\u306D\u56F3\u66F8\u9928", nameRomaji: "Takane Library", phone: "0551-47-4784", pickup: true },
    { id: "nagasaka", kind: "library", nameJa: "\u306A\u304C\u3055\u304B\u56F3\u66F8\u9928", nameRomaji: "Nagasaka Library", phone: "0551-32-8228", pickup: true },
    { id: "kindaichi", kind: "library", nameJa: "\u91D1\u7530\u4E00\u6625\u5F66\u8A18\u5FF5\u56F3\u66F8\u9928", nameRomaji: "Kindaichi Haruhiko Memorial Library", phone: "0551-38-1211", pickup: true },
    { id: "kobuchizawa", kind: "library", nameJa: "\u5C0F\u6DF5\u6CA2\u56F3\u66F8\u9928", nameRomaji: "Kobuchizawa Library", phone: "0551-42-1203", pickup: true },
    { id: "hakushu", kind: "library", nameJa: "\u30E9\u30A4\u30D6\u30E9\u30EA\u30FC\u306F\u304F\u3057\u3085\u3046", nameRomaji: "Library Hakushu", phone: "0551-35-5070", pickup: true },
    { id: "mukawa", kind: "library", nameJa: "\u3080\u304B\u308F\u56F3\u66F8\u9928", nameRomaji: "Mukawa Library", phone: "0551-20-3019", pickup: true },
    { id: "museum", kind: "museum", nameJa: "\u5317\u675C\u5E02\u90F7\u571F\u8CC7\u6599\u9928", nameRomaji: "Hokuto City Local History Museum", pickup: false }
  ],
  calendars: {
    akeno: standardCalendar,
    sutama: standardCalendar,
    takane: standardCalendar,
    nagasaka: { ...standardCalendar, closedDates: ["2026-12-24"] },
    kindaichi: standardCalendar,
    kobuchizawa: standardCalendar,
    hakushu: { ...standardCalendar, closedWeekdays: [1, 2], holidayShiftsClosure: false },
    mukawa: standardCalendar,
    museum: { closedWeekdays: [1, 2], yearEnd: { from: "12-28", to: "01-04" } }
  },
  holidays: JAPAN_HOLIDAYS_2025_2027
};

// src/testing/scenario/resolve-policy.ts
init_schema();

// src/testing/scenario/flatten-issues.ts
function rootIssues(issues) {
  return issues.filter((i) => i.path.length <= 1).length;
}
function likeliestOption(options) {
  let best;
  for (const option of options) {
    if (best === void 0) best = option;
    else {
      const [a, b] = [rootIssues(option), rootIssues(best)];
      if (a < b || a === b && option.length < best.length) best = option;
    }
  }
  return best ?? [];
}
function flatten(issue, prefix) {
  const path = [...prefix, ...issue.path];
  if (issue.code === "invalid_union") {
    if (issue.errors.length === 0) {
      const expected = "options" in issue && Array.isArray(issue.options) ? `: expected one of ${issue.options.join(", ")}` : "";
      return [{ path, message: `${issue.message}${expected}`, code: issue.code }];
    }
    return likeliestOption(issue.errors).flatMap((inner) => flatten(inner, path));
  }
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => ({ path: [...path, key], message: `Unknown field "${key}"`, code: issue.code }));
  }
  return [{ path, message: issue.message, code: issue.code }];
}
function flattenIssues(issues) {
  return issues.flatMap((issue) => flatten(issue, []));
}

// src/testing/scenario/scenario-schema.ts
init_rule_id();
init_material();
init_reservation();
init_schema();
import { z as z2 } from "zod";
var id = z2.string().min(1);
var INSTANT_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
function isCalendarInstant(text2) {
  const m = INSTANT_PATTERN.exec(text2);
  if (m === null) return true;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number);
  const date = /* @__PURE__ */ new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && hour <= 23 && minute <= 59;
}
var instant = z2.string().regex(INSTANT_PATTERN, "Expected an ISO 8601 instant with its offset, such as 2026-12-01T10:00:00+09:00").refine(isCalendarInstant, "Not a calendar date and time").pipe(InstantSchema).meta({ id: "Instant", description: "An ISO 8601 instant with its offset, such as 2026-12-01T10:00:00+09:00" });
var localDate2 = LocalDateSchema.meta({ id: "LocalDate", description: "A calendar day in Japan, YYYY-MM-DD" });
var ruleId = z2.enum(RULE_IDS);
var copyStatus = z2.enum(COPY_STATUSES);
var reservationStatus = z2.enum(RESERVATION_STATUSES);
var serviceErrorCode = z2.enum(["INVALID_INPUT", "NOT_FOUND", "NOT_ALLOWED", "CONFLICT"]);
var ScenarioActorSchema = z2.union([
  z2.object({
    patron: id.describe("A patron id of the library"),
    channel: z2.string().min(1).default("online").describe('The channel the patron uses; anything but "online" is refused (A5)')
  }).strict(),
  z2.object({
    staff: id.describe("The branch id of the counter where staff act"),
    staffId: z2.string().min(1).optional()
  }).strict(),
  z2.literal("system").describe("The scheduler running the morning jobs")
]).meta({ id: "Actor" });
var ScenarioPatronSchema = z2.object({
  id,
  cardNumber: z2.string().min(1).optional().describe("Library card number; default card-<id>"),
  name: z2.string().optional(),
  email: z2.string().nullable().optional().describe("E-mail address; default <id>@example.jp; null for none (A1)"),
  internetRegistered: z2.boolean().default(true).describe("Registered for the internet service (A1)"),
  unreachable: z2.boolean().default(false).describe("Staff judged the patron unreachable by e-mail (A3)"),
  showName: z2.boolean().default(true).describe("The hold notice may show the name (D5)"),
  showTitle: z2.boolean().default(true).describe("The hold notice may show the title (D5)"),
  homeBranch: id.optional()
}).strict();
var ScenarioCopySchema = z2.object({
  id,
  branch: id.describe("The branch where the copy is"),
  owner: id.optional().describe("The branch that owns it; default branch"),
  status: copyStatus.default("onShelf")
}).strict().meta({ id: "Copy" });
var ScenarioVolumeSchema = z2.object({
  id,
  label: z2.string().optional().describe("Volume label such as \u4E0A or \u4E0B"),
  set: z2.boolean().default(false).describe("A set record standing for several volumes, never reservable (E2)"),
  copies: z2.array(ScenarioCopySchema).default([])
}).strict();
var ScenarioTitleSchema = z2.object({
  id,
  name: z2.string().min(1),
  category: z2.string().min(1).default("book").describe("Category code; the policy lists the in-library-only ones (E3)"),
  audiovisual: z2.boolean().default(false).describe("Audiovisual material, counted in the sub-quota of E1"),
  copies: z2.array(ScenarioCopySchema).default([]).describe("Copies of the single volume <id>/1, when volumes is not given"),
  volumes: z2.array(ScenarioVolumeSchema).optional()
}).strict();
var ScenarioLoanSchema = z2.object({
  id,
  copy: id,
  patron: id,
  lentAt: instant,
  dueDate: localDate2,
  renewals: z2.number().int().min(0).default(0)
}).strict();
function withoutDefault(schema) {
  return schema instanceof z2.ZodDefault ? schema.unwrap() : schema;
}
var ScenarioPolicySchema = z2.object(Object.fromEntries(Object.entries(PolicySchema.shape).map(([key, field]) => [key, withoutDefault(field).optional()]))).strict().describe("Policy fields set on top of the preset");
var ScenarioLibrarySchema = z2.object({
  preset: z2.enum(["hokuto", "none"]).default("hokuto").describe("Start from the Hokuto preset, or from the policy defaults alone"),
  policy: ScenarioPolicySchema.default({}),
  patrons: z2.array(ScenarioPatronSchema).default([]),
  titles: z2.array(ScenarioTitleSchema).default([]),
  loans: z2.array(ScenarioLoanSchema).default([])
}).strict();
var ScenarioNoticeExpectationSchema = z2.object({
  patron: id,
  reservation: id.optional().describe("Only notices about this reservation alias"),
  count: z2.number().int().min(0).optional().describe("How many notices were queued to the patron so far"),
  contains: z2.array(z2.string()).default([]).describe("Texts the latest notice must contain"),
  excludes: z2.array(z2.string()).default([]).describe("Texts the latest notice must not contain"),
  lastDay: localDate2.optional().describe("The last day to collect that the latest notice gives")
}).strict();
var ScenarioExpectationSchema = z2.object({
  reservation: id.optional().describe("Alias of a reservation created earlier (as)"),
  status: reservationStatus.optional(),
  queuePosition: z2.number().int().min(1).nullable().optional().describe("1-based place in the queue; null when not queued (C2)"),
  lastDay: localDate2.nullable().optional().describe("Last day of the hold; null when not on hold (D2)"),
  rejectedFor: z2.union([ruleId, z2.literal("staff")]).optional().describe("The rejection names this rule (C4)"),
  cancellationPending: z2.boolean().optional().describe("An online cancellation waits for the batch (F2)"),
  pickupBranch: id.optional(),
  refused: z2.string().min(1).optional().describe("The previous operation was refused with this refusal code or rule ID"),
  succeeded: z2.boolean().optional().describe("Whether the previous operation succeeded"),
  error: serviceErrorCode.optional().describe("The previous operation failed with this error code"),
  result: z2.unknown().optional().describe("A partial match of the previous operation\u2019s value"),
  notice: ScenarioNoticeExpectationSchema.optional(),
  activeCount: z2.object({ patron: id, count: z2.number().int().min(0) }).strict().optional().describe("Count of the patron\u2019s active (requested, reserved, onHold) reservations"),
  copy: z2.object({ id, status: copyStatus.optional(), branch: id.optional() }).strict().optional(),
  loan: z2.object({
    id: id.describe("Loan alias or starting loan id"),
    overdue: z2.boolean().optional().describe("G1"),
    reserved: z2.boolean().optional().describe("G2"),
    renewable: z2.boolean().optional().describe("G4"),
    dueDate: localDate2.optional(),
    returned: z2.boolean().optional()
  }).strict().optional()
}).strict().superRefine((e, ctx) => {
  const needsReservation = ["status", "queuePosition", "lastDay", "rejectedFor", "cancellationPending", "pickupBranch"];
  for (const key of needsReservation) {
    if (e[key] !== void 0 && e.reservation === void 0) {
      ctx.addIssue({ code: "custom", message: `"${key}" needs "reservation"`, path: [key] });
    }
  }
  if (Object.values(e).every((v) => v === void 0)) ctx.addIssue({ code: "custom", message: "An expectation checks something", path: [] });
});
var cartEntryArgs = { volumeId: id, pickupBranchId: id };
var base = {
  at: instant,
  actor: ScenarioActorSchema,
  note: z2.string().optional()
};
function operation(name, args, description) {
  return z2.object({ ...base, do: z2.literal(name).describe(description), args: z2.object(args).strict().prefault({}) }).strict();
}
function creating(name, args, description, asDescription) {
  return z2.object({ ...base, do: z2.literal(name).describe(description), args: z2.object(args).strict().prefault({}), as: id.optional().describe(asDescription) }).strict();
}
var noArgs = {};
var reservationAlias = "Alias bound to the new reservation";
var loanAlias = "Alias bound to the new loan";
var ScenarioOperationStepSchema = z2.discriminatedUnion("do", [
  operation("addFavourite", { volumeId: id }, "B5: add a volume to the favourites"),
  operation("removeFavourite", { volumeId: id }, "B5: remove a volume from the favourites"),
  operation("listFavourites", noArgs, "B5: the favourites list"),
  operation("moveFavouriteToCart", cartEntryArgs, "B5 \u2192 B1: move a favourite into the cart"),
  operation("addToCart", cartEntryArgs, "B1: add an entry to the cart"),
  operation("removeFromCart", { volumeId: id }, "B1: remove an entry from the cart"),
  operation("listCart", noArgs, "B1: the cart"),
  z2.object({
    ...base,
    do: z2.literal("submitCart").describe("B2, B3: submit the ticked cart entries"),
    args: z2.object({ volumeIds: z2.array(id).min(1) }).strict().prefault({}),
    as: z2.union([id, z2.array(id)]).optional().describe("An alias for the one volume submitted, or one alias per volume in order")
  }).strict(),
  creating("reserveOnline", cartEntryArgs, "B1, B2: add one entry to the cart (unless it is there already) and submit it", reservationAlias),
  creating("placeCounterReservation", { patronId: id, ...cartEntryArgs }, "C2: staff place a reservation at the counter", reservationAlias),
  creating("checkoutWalkIn", { patronId: id, copyId: id }, "C3: a walk-in borrows a copy from the shelf", loanAlias),
  operation("checkIn", { copyId: id }, "D1: a copy is returned or arrives at the actor\u2019s branch"),
  creating("collectHold", { reservationId: id }, "D2: the patron collects a hold", loanAlias),
  operation("runApprovalBatch", { date: localDate2.optional() }, "C1, C4: the morning approval batch"),
  operation("runHoldExpiry", { date: localDate2.optional() }, "D3: the hold expiry job"),
  operation("cancelOnline", { reservationId: id }, "F2\u2013F4: the patron cancels online"),
  operation("cancelByStaff", { reservationId: id, note: z2.string().optional() }, "F3, F4: staff cancel"),
  operation("changeOnline", { reservationId: id, pickupBranchId: id }, "F5: an online change (refused)"),
  operation("changePickupByStaff", { reservationId: id, pickupBranchId: id }, "F5: staff change the pickup branch"),
  operation("listReservations", { patronId: id.optional() }, "F1: the reservation list"),
  operation("loanStatusPage", { patronId: id.optional() }, "G1\u2013G3: the loan status page"),
  operation("renewLoan", { loanId: id }, "G4: renew a loan"),
  operation(
    "setInternetRegistration",
    { patronId: id, registered: z2.boolean(), email: z2.string().optional() },
    "A1: staff register a patron for the internet service"
  ),
  operation("setUnreachable", { patronId: id, unreachable: z2.boolean() }, "A3: staff set or clear the unreachable mark"),
  operation("changeEmail", { email: z2.string(), confirmed: z2.boolean() }, "A2: the patron changes the e-mail address"),
  operation("setNoticePrivacy", { showName: z2.boolean(), showTitle: z2.boolean() }, "D5: the patron\u2019s choices for the hold notice")
]);
var ScenarioExpectationStepSchema = z2.object({
  at: instant.optional().describe("When to check; default the previous step\u2019s instant"),
  expect: ScenarioExpectationSchema,
  note: z2.string().optional()
}).strict();
var ScenarioStepSchema = z2.union([ScenarioOperationStepSchema, ScenarioExpectationStepSchema]);
var ScenarioSchema = z2.object({
  $schema: z2.string().optional(),
  name: z2.string().min(1),
  description: z2.string().optional(),
  rules: z2.array(ruleId).default([]).describe("The rule IDs this scenario demonstrates"),
  library: ScenarioLibrarySchema,
  steps: z2.array(ScenarioStepSchema)
}).strict();

// src/testing/scenario/resolve-policy.ts
var PRESETS = {
  hokuto: HOKUTO_POLICY_INPUT,
  none: {}
};
function policyWithOverrides(preset, overrides, at) {
  const prefixed = (issues) => flattenIssues(issues).map((i) => ({ ...i, path: [...at, ...i.path] }));
  const checked = ScenarioPolicySchema.safeParse(overrides);
  if (!checked.success) return { ok: false, issues: prefixed(checked.error.issues) };
  const parsed = PolicySchema.safeParse({ ...PRESETS[preset], ...overrides });
  if (!parsed.success) return { ok: false, issues: prefixed(parsed.error.issues) };
  return { ok: true, policy: parsed.data };
}
function resolvePolicy(input) {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new YoyakuError("INVALID_POLICY", "Invalid policy: (root): expected an object", {
      issues: [{ path: [], message: "Expected an object" }]
    });
  }
  const { preset, ...overrides } = input;
  if (preset !== void 0 && preset !== "hokuto" && preset !== "none") {
    throw new YoyakuError("INVALID_POLICY", 'Invalid policy: preset: expected "hokuto" or "none"', {
      issues: [{ path: ["preset"], message: 'Expected "hokuto" or "none"' }]
    });
  }
  const result = policyWithOverrides(preset ?? "none", overrides, []);
  if (result.ok) return result.policy;
  throw new YoyakuError("INVALID_POLICY", `Invalid policy: ${describeIssues(result.issues)}`, { issues: result.issues });
}
function describeIssues(issues) {
  return issues.map((i) => `${formatPath(i.path)}: ${i.message}`).join("; ");
}
function formatPath(path) {
  return path.length === 0 ? "(root)" : path.map(String).join(".");
}

// src/testing/scenario/text-width.ts
var WIDE_RANGES = [
  [4352, 4447],
  [11904, 12350],
  [12353, 13311],
  [13312, 19903],
  [19968, 40959],
  [40960, 42191],
  [44032, 55203],
  [63744, 64255],
  [65072, 65103],
  [65280, 65376],
  [65504, 65510],
  [127744, 128591],
  [131072, 262141]
];
var ANSI = /\u001b\[[0-9;]*m/g;
function displayWidth(text2) {
  let width = 0;
  for (const char of text2.replace(ANSI, "")) {
    const code = char.codePointAt(0) ?? 0;
    width += WIDE_RANGES.some(([from, to]) => code >= from && code <= to) ? 2 : 1;
  }
  return width;
}
function padEnd(text2, width) {
  return text2 + " ".repeat(Math.max(0, width - displayWidth(text2)));
}

// src/cli/read-json-file.ts
import { readFile } from "fs/promises";

// src/cli/cli-error.ts
var CliError = class extends Error {
  /** The process exit code. */
  exitCode;
  /** Further lines, such as one per issue with its path. */
  details;
  constructor(message, exitCode = 2, details = []) {
    super(message);
    this.name = "CliError";
    this.exitCode = exitCode;
    this.details = details;
  }
};

// src/cli/read-json-file.ts
function lineAndColumn(text2, position) {
  const before = text2.slice(0, position);
  const line = before.split("\n").length;
  const column = position - before.lastIndexOf("\n");
  return `line ${line}, column ${column}`;
}
async function readJsonFile(path) {
  let text2;
  try {
    text2 = await readFile(path, "utf8");
  } catch (e) {
    const code = e.code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : code ?? "unreadable";
    throw new CliError(`cannot read ${path}: ${why}`);
  }
  try {
    return JSON.parse(text2.replace(/^\uFEFF/, ""));
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const position = /position (\d+)/.exec(message);
    const where = position?.[1] === void 0 ? "" : ` (${lineAndColumn(text2, Number(position[1]))})`;
    throw new CliError(`${path} is not valid JSON: ${message.replace(/ in JSON at position \d+.*$/, "")}${where}`);
  }
}

// src/cli/scenario-errors.ts
init_yoyaku_error();
var WHAT = {
  INVALID_SCENARIO: "is not a valid scenario",
  INVALID_POLICY: "is not a valid policy",
  INVALID_INPUT: "has an invalid value"
};
function toCliError(file, error) {
  if (error instanceof CliError) return error;
  if (isYoyakuError(error)) {
    const what = WHAT[error.code];
    if (what !== void 0 && error.issues.length > 0) {
      return new CliError(`${file} ${what}:`, 2, error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`));
    }
    return new CliError(`${file}: ${error.code}: ${error.message}`);
  }
  return new CliError(`${file}: ${error instanceof Error ? error.message : String(error)}`);
}

// src/cli/check-policy-command.ts
var KNOBS = [
  ["maxOnline", "E1", "online reservations per patron"],
  ["maxOnlineAudiovisual", "E1", "of which audiovisual"],
  ["quotaCountsCounterReservations", "E1", "counter reservations count toward the quota"],
  ["holdDays", "D2", "length of the hold period"],
  ["holdCounting", "D2", "calendar days or open days of the pickup branch"],
  ["extendHoldPastClosedDays", "D2", "a last day on a closed day moves to the next open day"],
  ["onlineCancellation", "F2", "online cancellation finalised by the next batch, or at once"],
  ["rejectUnfulfillable", "E4", "the batch rejects requests no copy can fill"],
  ["nonReservableCategories", "E3", "in-library-only categories"],
  ["loanDays", "G1", "loan period in days"],
  ["maxRenewals", "G4", "renewals per loan"]
];
var WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
function calendarText(cal) {
  if (cal === void 0) return "open every day";
  const parts = [
    cal.closedWeekdays.length > 0 ? `closed ${cal.closedWeekdays.map((d) => WEEKDAYS[d]).join(", ")}` : "no weekly closing day",
    cal.closedOnHolidays ? "closed on holidays" : null,
    cal.holidayShiftsClosure ? "open on a holiday closing day, closed the next" : null,
    cal.yearEnd === null ? null : `year end ${cal.yearEnd.from}\u2026${cal.yearEnd.to}`,
    cal.closedDates.length > 0 ? `closed ${cal.closedDates.join(", ")}` : null,
    cal.closedRanges.length > 0 ? `closed ${cal.closedRanges.map((r) => `${r.from}\u2026${r.to}`).join(", ")}` : null,
    cal.openDates.length > 0 ? `open ${cal.openDates.join(", ")}` : null
  ];
  return parts.filter((p) => p !== null).join("; ");
}
function valueText(value) {
  return Array.isArray(value) ? value.join(", ") : String(value);
}
function describePolicy(policy) {
  const lines = ["Effective policy", ""];
  const width = Math.max(...KNOBS.map(([k]) => k.length));
  for (const [key, rule, what] of KNOBS) {
    lines.push(`  ${padEnd(key, width)}  ${padEnd(valueText(policy[key]), 12)}  ${rule}  ${what}`);
  }
  lines.push("", `Branches (H1): ${policy.branches.length}`);
  const nameWidth = Math.max(0, ...policy.branches.map((b) => displayWidth(b.nameJa)));
  const idWidth = Math.max(0, ...policy.branches.map((b) => b.id.length));
  for (const b of policy.branches) {
    const pickup = b.pickup ? "pickup" : b.kind === "museum" ? "museum, not a pickup point (E5)" : "not a pickup point";
    lines.push(`  ${padEnd(b.id, idWidth)}  ${padEnd(b.nameJa, nameWidth)}  ${padEnd(b.phone ?? "\u2014", 12)}  ${pickup}`);
    lines.push(`  ${" ".repeat(idWidth)}  ${b.nameRomaji}; ${calendarText(policy.calendars[b.id])}`);
  }
  const holidays = [...policy.holidays].sort();
  lines.push(
    "",
    holidays.length === 0 ? "Holidays: none" : `Holidays: ${holidays.length} dates, ${holidays[0]} to ${holidays[holidays.length - 1]}`,
    policy.maintenanceWindows.length === 0 ? "Maintenance windows (A4): none" : `Maintenance windows (A4): ${policy.maintenanceWindows.map((w) => `${w.start} \u2192 ${w.end}`).join(", ")}`
  );
  return `${lines.join("\n")}
`;
}
async function checkPolicyCommand(options, io) {
  const input = await readJsonFile(options.file);
  let policy;
  try {
    policy = resolvePolicy(input);
  } catch (e) {
    throw toCliError(options.file, e);
  }
  io.out(options.json ? `${JSON.stringify(policy, null, 2)}
` : describePolicy(policy));
  return 0;
}

// src/calendar/japan-date.ts
init_yoyaku_error();
import { tzOffset } from "@date-fns/tz";

// src/calendar/local-date.ts
init_yoyaku_error();
var DAY_MS = 864e5;
var DAYS_IN_400_YEARS = 146097;
var LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
function toEpochDay(date) {
  const y = +date.slice(0, 4);
  const m = +date.slice(5, 7);
  const d = +date.slice(8, 10);
  return Date.UTC(y + 400, m - 1, d) / DAY_MS - DAYS_IN_400_YEARS;
}
function fromEpochDay(day) {
  const t = new Date(day * DAY_MS);
  const y = t.getUTCFullYear();
  const m = t.getUTCMonth() + 1;
  const d = t.getUTCDate();
  return `${y < 1e3 ? String(y).padStart(4, "0") : y}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
}
function addDays(date, days) {
  return fromEpochDay(toEpochDay(date) + days);
}
function weekdayOf(date) {
  return ((toEpochDay(date) + 4) % 7 + 7) % 7;
}
function isLocalDate(value) {
  if (typeof value !== "string") return false;
  const m = LOCAL_DATE.exec(value);
  if (!m) return false;
  return fromEpochDay(toEpochDay(value)) === value;
}
function assertLocalDate(value, field) {
  if (!isLocalDate(value))
    throw new YoyakuError("INVALID_INPUT", `${field} is not a date as YYYY-MM-DD`, {
      issues: [{ path: [field], message: "Expected a date as YYYY-MM-DD" }]
    });
  return value;
}

// src/calendar/japan-date.ts
var JAPAN = "Asia/Tokyo";
var MINUTE_MS = 6e4;
var DAY_MS2 = 864e5;
var MODERN_JST_FROM_MS = Date.UTC(1952, 0, 1);
var JST_OFFSET_MS = 9 * 60 * MINUTE_MS;
var ISO_INSTANT_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
function japanDateOf(instant3) {
  const ms = typeof instant3 === "number" ? instant3 : typeof instant3 === "string" ? ISO_INSTANT_WITH_ZONE.test(instant3) ? Date.parse(instant3) : Number.NaN : instant3.getTime();
  if (!Number.isFinite(ms))
    throw new YoyakuError("INVALID_INPUT", "Not a valid instant", { issues: [{ path: ["instant"], message: "Invalid instant" }] });
  const offset = ms >= MODERN_JST_FROM_MS ? JST_OFFSET_MS : tzOffset(JAPAN, new Date(ms)) * MINUTE_MS;
  return fromEpochDay(Math.floor((ms + offset) / DAY_MS2));
}
function startOfJapanDay(date) {
  const ms = Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) - JST_OFFSET_MS;
  return new Date(ms).toISOString();
}

// src/cli/run-command.ts
init_schema();

// src/notices/format-date.ts
var WEEKDAYS_JA = ["\u65E5", "\u6708", "\u706B", "\u6C34", "\u6728", "\u91D1", "\u571F"];
var WEEKDAYS_EN = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
var MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December"
];
function formatLocalDate(date, locale) {
  assertLocalDate(date, "date");
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const weekday2 = weekdayOf(date);
  if (locale === "ja") return `${year}\u5E74${month}\u6708${day}\u65E5\uFF08${WEEKDAYS_JA[weekday2] ?? ""}\uFF09`;
  return `${WEEKDAYS_EN[weekday2] ?? ""}, ${day} ${MONTHS_EN[month - 1] ?? ""} ${year}`;
}

// src/notices/labels.ts
var RESERVATION_STATUS_LABELS = {
  requested: { ja: "\u4E88\u7D04\u7533\u8ACB\u4E2D", en: "Requested" },
  reserved: { ja: "\u4E88\u7D04\u4E2D", en: "Reserved" },
  rejected: { ja: "\u4E88\u7D04\u62D2\u5426", en: "Rejected" },
  onHold: { ja: "\u304A\u53D6\u7F6E\u304D", en: "On hold" },
  collected: { ja: "\u8CB8\u51FA\u6E08", en: "Collected" },
  lapsed: { ja: "\u53D6\u7F6E\u671F\u9650\u5207\u308C", en: "Lapsed" },
  cancelled: { ja: "\u4E88\u7D04\u53D6\u6D88", en: "Cancelled" }
};
var COPY_STATUS_LABELS = {
  onShelf: { ja: "\u5728\u67B6", en: "On shelf" },
  onLoan: { ja: "\u8CB8\u51FA\u4E2D", en: "On loan" },
  inTransit: { ja: "\u56DE\u9001\u4E2D", en: "In transit" },
  onHoldShelf: { ja: "\u53D6\u7F6E\u4E2D", en: "On the hold shelf" },
  missing: { ja: "\u6240\u5728\u4E0D\u660E", en: "Missing" },
  longOverdue: { ja: "\u9577\u671F\u5EF6\u6EDE", en: "Long overdue" }
};

// src/testing/scenario/format-timeline.ts
var JST_OFFSET_MS2 = 9 * 60 * 60 * 1e3;
function jstTime(at) {
  const d = new Date(Date.parse(at) + JST_OFFSET_MS2);
  return `${String(d.getUTCHours()).padStart(2, "0")}:${String(d.getUTCMinutes()).padStart(2, "0")}`;
}
function paint(color2) {
  const wrap = (code) => (text2) => color2 ? `\x1B[${code}m${text2}\x1B[0m` : text2;
  return { ok: wrap("32"), bad: wrap("31"), warn: wrap("33"), dim: wrap("2"), bold: wrap("1") };
}
function statusText(status) {
  if (status === null) return "\u65B0\u898F new";
  const label = RESERVATION_STATUS_LABELS[status];
  return `${label.ja} ${label.en}`;
}
var Timeline = class {
  constructor(report, options) {
    this.report = report;
    this.p = paint(options.color ?? false);
    this.branchNames = new Map((options.branches ?? []).map((b) => [b.id, b.nameJa]));
    this.aliases = new Map(Object.entries(report.aliases).map(([alias, id4]) => [id4, alias]));
    for (const s of report.steps) {
      this.actorWidth = Math.max(this.actorWidth, displayWidth(this.actor(s)));
      this.operationWidth = Math.max(this.operationWidth, displayWidth(s.operation ?? ""));
    }
  }
  report;
  lines = [];
  p;
  branchNames;
  aliases;
  actorWidth = 8;
  operationWidth = 10;
  get indent() {
    return " ".repeat(2 + 5 + 2 + this.actorWidth + 2);
  }
  branch(id4) {
    const name = this.branchNames.get(id4);
    return name === void 0 ? id4 : `${name}`;
  }
  actor(step) {
    if (step.kind === "expectation") return step.passed ? "\u2713 check" : "\u2717 check";
    const a = step.actor;
    if (a === void 0 || a.kind === "system") return "system";
    if (a.kind === "staff") return `staff\xB7${a.branchId}`;
    return a.channel === "online" ? a.patronId : `${a.patronId} (${a.channel})`;
  }
  alias(change) {
    return change.alias ?? change.reservationId;
  }
  details(step) {
    const args = step.args ?? {};
    const parts = [];
    const volumeIds = args["volumeIds"];
    if (Array.isArray(volumeIds)) parts.push(volumeIds.length > 3 ? `${volumeIds.length} volumes` : volumeIds.join(", "));
    for (const key of ["volumeId", "copyId", "reservationId", "loanId"]) {
      if (typeof args[key] === "string") parts.push(String(args[key]));
    }
    if (typeof args["patronId"] === "string") parts.push(`for ${String(args["patronId"])}`);
    if (typeof args["pickupBranchId"] === "string") parts.push(`\u2192 ${this.branch(String(args["pickupBranchId"]))}`);
    for (const key of ["registered", "unreachable", "showName", "showTitle", "confirmed"]) {
      if (typeof args[key] === "boolean") parts.push(`${key}: ${String(args[key])}`);
    }
    if (typeof args["date"] === "string") parts.push(String(args["date"]));
    const aliases = Object.keys(step.bound ?? {});
    if (aliases.length > 0) parts.push(`as ${aliases.length > 3 ? `${aliases[0]} \u2026 ${aliases[aliases.length - 1]}` : aliases.join(", ")}`);
    const job2 = step.operation === "runApprovalBatch" || step.operation === "runHoldExpiry" ? step.value : void 0;
    if (job2 !== void 0) {
      const counts = step.operation === "runApprovalBatch" ? [["approved", "approved"], ["rejected", "rejected"], ["cancelled", "cancellations"], ["newHolds", "new holds"]] : [["lapsed", "lapsed"], ["newHolds", "new holds"]];
      const done2 = counts.filter(([k]) => job2[k] !== 0);
      const what = done2.length === 0 ? "nothing to do" : done2.map(([k, name]) => `${name} ${String(job2[k])}`).join(" \xB7 ");
      parts.push(job2.claimed ? `${job2.date}: ${what}` : `${job2.date}: already run, nothing done`);
    }
    return parts.join(" ");
  }
  change(c) {
    const { p } = this;
    switch (c.type) {
      case "reservation": {
        const facts = [
          c.from === null ? `${c.patronId} \xB7 ${c.volumeId} \xB7 ${c.channel}` : null,
          c.queuePosition === void 0 ? null : `queue ${c.queuePosition}`,
          c.to === "onHold" && c.lastDay !== void 0 ? `collect by ${formatLocalDate(c.lastDay, "ja")}` : null,
          c.to === "lapsed" ? "no notice sent" : null,
          c.reasons === void 0 ? null : `for ${c.reasons.join(", ")}`
        ].filter((f) => f !== null);
        const to = c.to === "rejected" || c.to === "lapsed" || c.to === "cancelled" ? p.warn(statusText(c.to)) : p.bold(statusText(c.to));
        return [`\u25C6 ${this.alias(c)}  ${statusText(c.from)} \u2192 ${to}${facts.length ? `  (${facts.join(" \xB7 ")})` : ""}`];
      }
      case "cancellationRequested":
        return [`\u25C6 ${this.alias(c)}  cancellation received, finalised by the next approval batch`];
      case "pickupChanged":
        return [`\u25C6 ${this.alias(c)}  pickup ${this.branch(c.from)} \u2192 ${this.branch(c.to)}`];
      case "copy": {
        const where = (b) => `@${b}`;
        return [`\u25AA copy ${c.copyId}  ${c.label.from.ja} ${c.label.from.en} ${where(c.from.branchId)} \u2192 ${c.label.to.ja} ${c.label.to.en} ${where(c.to.branchId)}`];
      }
      case "loan": {
        const name = c.alias ?? c.loanId;
        if (c.event === "lent") return [`\u25AA loan ${name}  copy ${c.copyId} lent to ${c.patronId}, due ${c.dueDate}`];
        if (c.event === "returned") return [`\u25AA loan ${name}  copy ${c.copyId} returned by ${c.patronId}`];
        return [`\u25AA loan ${name}  renewed, due ${c.dueDate}`];
      }
      case "notice": {
        const about = c.alias ?? c.reservationId;
        const subject = typeof c.payload["subject"] === "string" ? c.payload["subject"] : c.kind;
        const body = typeof c.payload["body"] === "string" ? c.payload["body"] : "";
        const salutation = body.split("\n")[0] ?? "";
        const lastDay = typeof c.payload["lastDay"] === "string" ? ` \xB7 \u53D6\u7F6E\u671F\u9650 ${c.payload["lastDay"]}` : "";
        return [`\u2709 notice to ${c.patronId}${about === void 0 ? "" : ` about ${about}`}: ${subject}`, `    ${salutation}${lastDay}`];
      }
      case "patron":
        return [`\u25AA patron ${c.patronId}: ${c.fields.join(", ")} changed`];
      case "cart":
      case "favourites": {
        const list = c.type === "cart" ? "cart" : "favourites";
        const diff = [...c.added.map((v) => `+${v}`), ...c.removed.map((v) => `\u2212${v}`)].join(" ");
        return [`\u25AA ${list} of ${c.patronId}: ${diff}`];
      }
    }
  }
  /** What a patron's page showed: the reservation list (F1) or the loan status page (G1–G4). */
  view(s) {
    if (s.outcome !== "ok") return [];
    if (s.operation === "listReservations") {
      return s.value.reservations.map((r) => {
        const facts = [
          `${r.label.ja} ${r.label.en}`,
          r.queuePosition === null ? null : `queue ${r.queuePosition}`,
          r.lastDay === null ? null : `collect by ${r.lastDay}`,
          r.cancellationPending ? "cancellation pending" : null
        ].filter((f) => f !== null);
        const item = r.volumeLabel === null ? r.title : `${r.title}\uFF08${r.volumeLabel}\uFF09`;
        return `\u2630 ${this.aliasOf(r.reservationId)}  ${item}  ${facts.join(" \xB7 ")}`;
      });
    }
    if (s.operation === "loanStatusPage") {
      return s.value.loans.map((l) => {
        const facts = [
          `due ${l.dueDate}`,
          l.overdue ? this.p.bad("\u5EF6\u6EDE overdue") : null,
          l.reserved ? "\u4E88\u7D04\u300C\u6709\u300D someone waits" : null,
          l.renewable ? "renewable" : "no renewal"
        ].filter((f) => f !== null);
        return `\u2630 ${this.aliasOf(l.loanId)}  ${l.title}  ${facts.join(" \xB7 ")}`;
      });
    }
    return [];
  }
  aliasOf(id4) {
    return this.aliases.get(id4) ?? id4;
  }
  step(s, showTime) {
    const { p } = this;
    const time = showTime ? jstTime(s.at) : "     ";
    if (s.kind === "expectation") {
      const mark = s.passed ? p.ok(padEnd(this.actor(s), this.actorWidth)) : p.bad(padEnd(this.actor(s), this.actorWidth));
      const text2 = s.passed ? s.message : p.bad(s.message);
      this.lines.push(`  ${time}  ${mark}  ${text2}`);
      if (s.note !== void 0) this.lines.push(`${this.indent}${p.dim(`# ${s.note}`)}`);
    } else {
      const outcome = s.outcome === "ok" ? "" : s.outcome === "refused" ? `  ${p.warn("\u2717 refused")}` : `  ${p.bad("\u203C error")}`;
      const head = `  ${time}  ${padEnd(this.actor(s), this.actorWidth)}  ${padEnd(s.operation ?? "", this.operationWidth)}  ${this.details(s)}`;
      this.lines.push(`${head.trimEnd()}${outcome}`);
      if (s.note !== void 0) this.lines.push(`${this.indent}${p.dim(`# ${s.note}`)}`);
      for (const r of s.refusals ?? []) {
        this.lines.push(`${this.indent}${p.warn(`\u2717 [${r.rule}] ${r.code}`)}${r.volumeId === void 0 ? "" : ` (${r.volumeId})`}`);
        this.lines.push(`${this.indent}    ${r.message.ja}`);
        this.lines.push(`${this.indent}    ${r.message.en}`);
      }
      if (s.error !== void 0) this.lines.push(`${this.indent}${p.bad(`\u203C ${s.error.code}: ${s.error.message}`)}`);
      for (const line of this.view(s)) this.lines.push(`${this.indent}${line}`);
    }
    for (const c of s.changes) for (const line of this.change(c)) this.lines.push(`${this.indent}${line}`);
  }
  render() {
    const { p, report } = this;
    this.lines.push(p.bold(report.name));
    if (report.description !== void 0) this.lines.push(report.description);
    if (report.rules.length > 0) this.lines.push(`Rules: ${report.rules.join(" ")}`);
    let date = "";
    let time = "";
    for (const s of report.steps) {
      if (s.date !== date) {
        date = s.date;
        time = "";
        const heading = `\u25A0 ${formatLocalDate(s.date, "ja")}  ${formatLocalDate(s.date, "en")}`;
        this.lines.push("", p.bold(`${heading} ${"\u2500".repeat(Math.max(3, 72 - displayWidth(heading)))}`));
      }
      const t = jstTime(s.at);
      this.step(s, t !== time);
      time = t;
    }
    const { operations, refused: refused2, expectations, failed: failed2 } = report.summary;
    const verdict = report.passed ? p.ok("\u2713 passed") : p.bad(`\u2717 ${failed2} failed`);
    this.lines.push("", "\u2500".repeat(72));
    const stopped = report.complete ? "" : ` \xB7 stopped before step ${report.nextStep}`;
    this.lines.push(`${operations} operations (${refused2} refused) \xB7 ${expectations} checks \xB7 ${verdict}${stopped}`);
    for (const s of report.steps.filter((x) => x.passed === false)) {
      this.lines.push(p.bad(`  step ${s.index} (${s.date} ${jstTime(s.at)} JST): ${s.message}`));
    }
    return `${this.lines.join("\n")}
`;
  }
};
function formatScenarioTimeline(report, options = {}) {
  return new Timeline(report, options).render();
}

// src/errors/refusal-codes.ts
var REFUSAL_RULES = {
  /** A1: the patron is not registered for the internet service. */
  NOT_REGISTERED: "A1",
  /** A1: the patron has no e-mail address for notices. */
  NO_EMAIL: "A1",
  /** A2: the new e-mail address is malformed. */
  INVALID_EMAIL: "A2",
  /** A3: staff judged the patron unreachable by e-mail. */
  UNREACHABLE: "A3",
  /** A4: the online service is in a maintenance window. */
  MAINTENANCE: "A4",
  /** A5: the channel (e-mail, telephone, …) is not accepted. */
  CHANNEL_NOT_ACCEPTED: "A5",
  /** B1: the cart already has this volume. */
  ALREADY_IN_CART: "B1",
  /** B1: the entry is not in the cart (or favourites). */
  NOT_IN_CART: "B1",
  /** B4: the branch is not a pickup library. */
  NOT_A_PICKUP_BRANCH: "B4",
  /** B5: the volume is already in the favourites list. */
  ALREADY_IN_FAVOURITES: "B5",
  /** C1: approval before the first open day after the request. */
  NOT_YET_ELIGIBLE: "C1",
  /** C3: the copy is not available to a walk-in (it is trapped, lent or gone). */
  COPY_NOT_AVAILABLE: "C3",
  /** C2: the copy on the shelf belongs to the queue: someone holds an approved or counter reservation for its volume. */
  RESERVED_FOR_QUEUE: "C2",
  /** D2: collection after the hold's last day. */
  HOLD_EXPIRED: "D2",
  /** D3: expiry before the hold's last day has passed. */
  HOLD_NOT_EXPIRED: "D3",
  /** D1: a copy for another volume, or not on the shelf, cannot be trapped. */
  COPY_NOT_TRAPPABLE: "D1",
  /** E1: the online quota (7) is full. */
  QUOTA_EXCEEDED: "E1",
  /** E1: the audiovisual sub-quota (3) is full. */
  AUDIOVISUAL_QUOTA_EXCEEDED: "E1",
  /** E2: a set record, not a single volume, was requested. */
  SET_NOT_RESERVABLE: "E2",
  /** E3: in-library-only material (rare, local history, reference, gazettes, newspapers, …). */
  IN_LIBRARY_ONLY: "E3",
  /** E4: every copy is missing or long overdue. */
  UNFULFILLABLE: "E4",
  /** E5: the local history museum is not a pickup point. */
  MUSEUM_NOT_PICKUP: "E5",
  /** F1: no such transition from the reservation's status (a final status never changes). */
  INVALID_TRANSITION: "F1",
  /** F2: only the patron's own requested or reserved online reservation can be cancelled online. */
  CANCEL_NOT_ALLOWED: "F2",
  /** F2: a cancellation is already pending for the next approval batch. */
  CANCELLATION_PENDING: "F2",
  /** F3: a counter reservation cannot be cancelled online. */
  COUNTER_RESERVATION: "F3",
  /** F4: after the hold notice, online cancellation is closed; contact the library. */
  NOTICE_SENT: "F4",
  /** F5: a reservation cannot be changed online; cancel and reserve again, or contact the library. */
  ONLINE_CHANGE_NOT_ALLOWED: "F5",
  /** G4: a renewal while someone waits for the item. */
  RENEWAL_BLOCKED: "G4",
  /** P1: the patron already has an active reservation for this volume. */
  DUPLICATE_RESERVATION: "P1",
  /** P2: the actor may not act on this data (another patron's, another branch's). */
  NOT_ALLOWED: "P2",
  /** P3: the patron already has this copy on loan. */
  ALREADY_ON_LOAN: "P3",
  /** P4: the loan has been renewed as often as the policy allows (`maxRenewals`). */
  RENEWAL_LIMIT: "P4",
  /** P4: the loan was returned; there is nothing to renew. */
  LOAN_RETURNED: "P4"
};
var REFUSAL_CODES = Object.keys(REFUSAL_RULES);

// src/testing/scenario/parse-scenario.ts
init_rule_id();
init_yoyaku_error();

// src/testing/scenario/build-library.ts
function patronOf(p) {
  return {
    id: p.id,
    cardNumber: p.cardNumber ?? `card-${p.id}`,
    ...p.name === void 0 ? {} : { name: p.name },
    email: p.email === void 0 ? `${p.id}@example.jp` : p.email,
    internetRegistered: p.internetRegistered,
    unreachable: p.unreachable,
    noticePrivacy: { showName: p.showName, showTitle: p.showTitle },
    ...p.homeBranch === void 0 ? {} : { homeBranchId: p.homeBranch }
  };
}
function buildLibrary(library) {
  const issues = [];
  const resolved = policyWithOverrides(library.preset, library.policy, ["library", "policy"]);
  if (!resolved.ok) return { library: null, issues: resolved.issues };
  const policy = resolved.policy;
  const branchIds = new Set(policy.branches.map((b) => b.id));
  const unique = (seen, value, path, what) => {
    if (seen.has(value)) issues.push({ path, message: `Duplicate ${what} id "${value}"` });
    seen.add(value);
  };
  const knownBranch = (value, path) => {
    if (value !== void 0 && !branchIds.has(value)) issues.push({ path, message: `Unknown branch "${value}"` });
  };
  const patronIds = /* @__PURE__ */ new Set();
  const patrons = library.patrons.map((p, i) => {
    unique(patronIds, p.id, ["library", "patrons", i, "id"], "patron");
    knownBranch(p.homeBranch, ["library", "patrons", i, "homeBranch"]);
    return patronOf(p);
  });
  const titleIds = /* @__PURE__ */ new Set();
  const volumeIds = /* @__PURE__ */ new Set();
  const copyIds = /* @__PURE__ */ new Set();
  const titles = [];
  const volumes = [];
  const copies = [];
  library.titles.forEach((t, ti) => {
    const at = ["library", "titles", ti];
    unique(titleIds, t.id, [...at, "id"], "title");
    titles.push({ id: t.id, name: t.name, category: t.category, audiovisual: t.audiovisual });
    if (t.volumes !== void 0 && t.copies.length > 0) {
      issues.push({ path: [...at, "copies"], message: "A title with volumes lists its copies under each volume" });
    }
    const vols = t.volumes ?? [{ id: `${t.id}/1`, label: void 0, set: false, copies: t.copies }];
    vols.forEach((v, vi) => {
      const vAt = t.volumes === void 0 ? at : [...at, "volumes", vi];
      if (t.volumes !== void 0) unique(volumeIds, v.id, [...vAt, "id"], "volume");
      else unique(volumeIds, v.id, [...at, "id"], "volume");
      volumes.push({ id: v.id, titleId: t.id, ...v.label === void 0 ? {} : { label: v.label }, ...v.set ? { set: true } : {} });
      v.copies.forEach((c, ci) => {
        const cAt = [...vAt, "copies", ci];
        unique(copyIds, c.id, [...cAt, "id"], "copy");
        knownBranch(c.branch, [...cAt, "branch"]);
        knownBranch(c.owner, [...cAt, "owner"]);
        copies.push({ id: c.id, volumeId: v.id, ownerBranchId: c.owner ?? c.branch, locationBranchId: c.branch, status: c.status, version: 0 });
      });
    });
  });
  const loanIds = /* @__PURE__ */ new Set();
  const loans = [];
  library.loans.forEach((l, li) => {
    const at = ["library", "loans", li];
    unique(loanIds, l.id, [...at, "id"], "loan");
    if (!patronIds.has(l.patron)) issues.push({ path: [...at, "patron"], message: `Unknown patron "${l.patron}"` });
    const copyIndex = copies.findIndex((c) => c.id === l.copy);
    const copy = copies[copyIndex];
    if (copy === void 0) {
      issues.push({ path: [...at, "copy"], message: `Unknown copy "${l.copy}"` });
      return;
    }
    if (loans.some((other) => other.copyId === l.copy)) issues.push({ path: [...at, "copy"], message: `Copy "${l.copy}" is already on loan` });
    copies[copyIndex] = { ...copy, status: copy.status === "longOverdue" ? "longOverdue" : "onLoan" };
    const volume = volumes.find((v) => v.id === copy.volumeId);
    loans.push({
      id: l.id,
      patronId: l.patron,
      copyId: copy.id,
      volumeId: copy.volumeId,
      titleId: volume?.titleId ?? "",
      branchId: copy.locationBranchId,
      lentAt: l.lentAt,
      dueDate: l.dueDate,
      renewals: l.renewals,
      returnedAt: null,
      version: 0
    });
  });
  return {
    library: { policy, seed: { patrons, titles, volumes, copies, loans }, patronIds, branchIds, volumeIds, copyIds, loanIds },
    issues
  };
}

// src/testing/scenario/parse-scenario.ts
var CREATES = {
  submitCart: "reservation",
  reserveOnline: "reservation",
  placeCounterReservation: "reservation",
  checkoutWalkIn: "loan",
  collectHold: "loan"
};
var REFUSAL_NAMES = /* @__PURE__ */ new Set([...REFUSAL_CODES, ...RULE_IDS]);
var StepChecker = class {
  constructor(library) {
    this.library = library;
    for (const id4 of library.loanIds) this.aliases.set(id4, "loan");
  }
  library;
  issues = [];
  aliases = /* @__PURE__ */ new Map();
  sawOperation = false;
  issue(path, message) {
    this.issues.push({ path, message });
  }
  known(set, value, path, what) {
    if (typeof value === "string" && !set.has(value)) this.issue(path, `Unknown ${what} "${value}"`);
  }
  alias(value, kind, path) {
    if (typeof value !== "string") return;
    const bound = this.aliases.get(value);
    if (bound === void 0) this.issue(path, `Unknown ${kind} alias "${value}": no earlier step binds it with "as"`);
    else if (bound !== kind) this.issue(path, `"${value}" names a ${bound}, not a ${kind}`);
  }
  bind(value, kind, path) {
    if (this.aliases.has(value)) this.issue(path, `Alias "${value}" is already bound`);
    else this.aliases.set(value, kind);
  }
  operation(step, at) {
    this.sawOperation = true;
    const lib = this.library;
    const actor = step.actor;
    if (actor !== "system") {
      if ("patron" in actor) this.known(lib.patronIds, actor.patron, [...at, "actor", "patron"], "patron");
      else this.known(lib.branchIds, actor.staff, [...at, "actor", "staff"], "branch");
    }
    const args = step.args;
    const argAt = (key) => [...at, "args", key];
    this.known(lib.volumeIds, args["volumeId"], argAt("volumeId"), "volume");
    this.known(lib.branchIds, args["pickupBranchId"], argAt("pickupBranchId"), "branch");
    this.known(lib.patronIds, args["patronId"], argAt("patronId"), "patron");
    this.known(lib.copyIds, args["copyId"], argAt("copyId"), "copy");
    this.alias(args["reservationId"], "reservation", argAt("reservationId"));
    this.alias(args["loanId"], "loan", argAt("loanId"));
    if (step.do === "submitCart") {
      step.args.volumeIds.forEach((v, i) => this.known(lib.volumeIds, v, [...argAt("volumeIds"), i], "volume"));
    }
    if (!("as" in step) || step.as === void 0) return;
    const kind = CREATES[step.do];
    if (kind === void 0) {
      this.issue([...at, "as"], `"${step.do}" creates nothing to name`);
      return;
    }
    if (Array.isArray(step.as)) {
      const count = step.do === "submitCart" ? step.args.volumeIds.length : 1;
      if (step.as.length !== count) this.issue([...at, "as"], `Expected ${count} aliases, one per volume submitted`);
      step.as.forEach((a, i) => this.bind(a, kind, [...at, "as", i]));
      return;
    }
    if (step.do === "submitCart" && step.args.volumeIds.length !== 1) {
      this.issue([...at, "as"], "One alias names one reservation: give one alias per volume submitted");
    }
    this.bind(step.as, kind, [...at, "as"]);
  }
  expectation(e, at) {
    const lib = this.library;
    this.alias(e.reservation, "reservation", [...at, "reservation"]);
    this.known(lib.branchIds, e.pickupBranch, [...at, "pickupBranch"], "branch");
    if (e.refused !== void 0 && !REFUSAL_NAMES.has(e.refused)) {
      this.issue([...at, "refused"], `"${e.refused}" is neither a refusal code nor a rule ID`);
    }
    for (const key of ["refused", "succeeded", "error", "result"]) {
      if (e[key] !== void 0 && !this.sawOperation) this.issue([...at, key], "No operation before this expectation");
    }
    if (e.notice) {
      this.known(lib.patronIds, e.notice.patron, [...at, "notice", "patron"], "patron");
      this.alias(e.notice.reservation, "reservation", [...at, "notice", "reservation"]);
    }
    if (e.activeCount) this.known(lib.patronIds, e.activeCount.patron, [...at, "activeCount", "patron"], "patron");
    if (e.copy) this.known(lib.copyIds, e.copy.id, [...at, "copy", "id"], "copy");
    if (e.copy) this.known(lib.branchIds, e.copy.branch, [...at, "copy", "branch"], "branch");
    if (e.loan) this.alias(e.loan.id, "loan", [...at, "loan", "id"]);
  }
};
function invalid(issues) {
  return new YoyakuError("INVALID_SCENARIO", `Invalid scenario: ${describeIssues(issues)}`, { issues });
}
function parseScenario(input) {
  const parsed = ScenarioSchema.safeParse(input);
  if (!parsed.success) throw invalid(flattenIssues(parsed.error.issues));
  const scenario = parsed.data;
  const built = buildLibrary(scenario.library);
  if (built.library === null || built.issues.length > 0) throw invalid(built.issues);
  const checker = new StepChecker(built.library);
  const steps = [];
  let previous;
  scenario.steps.forEach((step, index) => {
    const at = ["steps", index];
    const when = step.at ?? previous;
    if (when === void 0) checker.issues.push({ path: [...at, "at"], message: 'The first step needs "at"' });
    else if (previous !== void 0 && when < previous) {
      checker.issues.push({ path: [...at, "at"], message: `Steps must be in time order: this step is before the previous one (${previous})` });
    }
    if ("do" in step) checker.operation(step, at);
    else checker.expectation(step.expect, [...at, "expect"]);
    if (when !== void 0) {
      steps.push({ index, at: when, step });
      previous = when;
    }
  });
  if (checker.issues.length > 0) throw invalid(checker.issues);
  return { scenario, library: built.library, steps, aliases: checker.aliases };
}

// src/testing/scenario/run-scenario.ts
init_create_memory_storage();
init_yoyaku_error();
init_clock();

// src/service/create-reservation-service.ts
init_yoyaku_error();

// src/service/internal/run-unit.ts
init_yoyaku_error();

// src/errors/refusal.ts
function refusal(code, params) {
  return params === void 0 ? { code, rule: REFUSAL_RULES[code] } : { code, rule: REFUSAL_RULES[code], params };
}
var ALLOWED = Object.freeze({ ok: true });
function refuse(code, params) {
  return { ok: false, refusals: [refusal(code, params)] };
}
function combineVerdicts(verdicts) {
  const refusals = [];
  for (const v of verdicts) if (!v.ok) refusals.push(...v.refusals);
  const [first, ...rest] = refusals;
  return first === void 0 ? ALLOWED : { ok: false, refusals: [first, ...rest] };
}

// src/service/internal/results.ts
function done(value, events = []) {
  return { ok: true, value, events };
}
function refusedWith(refusals) {
  return { ok: false, kind: "refused", refusals };
}
function refusedBy(code, params) {
  return { ok: false, kind: "refused", refusals: [refusal(code, params)] };
}
function failed(code, message, issues = []) {
  return { ok: false, kind: "error", code, message, issues };
}
function fromVerdict(verdict) {
  return verdict.ok ? null : refusedWith(verdict.refusals);
}

// src/service/internal/halt.ts
var Halt = class extends Error {
  /** The result the operation returns. */
  result;
  /** @param result - the result the operation returns */
  constructor(result) {
    super(result.kind === "refused" ? `Refused: ${result.refusals.map((r) => r.code).join(", ")}` : `${result.code}: ${result.message}`);
    this.name = "Halt";
    this.result = result;
  }
};
function halt(result) {
  throw new Halt(result);
}
function haltUnless(verdict) {
  const failure = fromVerdict(verdict);
  if (failure !== null) halt(failure);
}

// src/service/internal/run-unit.ts
async function runUnit(ctx, work) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await ctx.ports.unitOfWork.run(work);
    } catch (error) {
      if (!isYoyakuError(error) || error.code !== "VERSION_CONFLICT") throw error;
      if (attempt >= ctx.maxRetries) {
        const table = error.details["table"];
        const id4 = error.details["id"];
        const where = typeof table === "string" && typeof id4 === "string" ? ` (last on ${table} ${id4})` : "";
        halt(failed("CONFLICT", `The store kept changing: gave up after ${attempt + 1} attempts${where}`));
      }
    }
  }
}
async function guarded(operation2) {
  try {
    return await operation2();
  } catch (error) {
    if (error instanceof Halt) return error.result;
    if (isYoyakuError(error) && (error.code === "INVALID_INPUT" || error.code === "NOT_FOUND"))
      return failed(error.code, error.message, error.issues);
    throw error;
  }
}

// src/jobs/approval-batch.ts
init_yoyaku_error();

// src/rules/eligibility.ts
init_yoyaku_error();

// src/rules/instant.ts
init_yoyaku_error();
var ZONED_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
function instantMs(instant3, field) {
  const ms = typeof instant3 === "string" && ZONED_INSTANT.test(instant3) ? Date.parse(instant3) : Number.NaN;
  if (!Number.isFinite(ms))
    throw new YoyakuError("INVALID_INPUT", `${field} is not an ISO 8601 instant with a time zone`, {
      issues: [{ path: [field], message: "Expected an ISO 8601 instant with a time zone" }]
    });
  return ms;
}

// src/rules/eligibility.ts
var MAX_EMAIL_LENGTH = 254;
var MAX_LOCAL_PART_LENGTH = 64;
var LOCAL_PART = /^[^\s@"(),:;<>[\\\]]+$/;
var DOMAIN_LABEL = /^(?!-)[^\s@"(),:;<>[\\\]._]+(?<!-)$/;
function isAcceptedChannel(channel) {
  return channel === "online" || channel === "counter";
}
function checkChannel(channel) {
  return isAcceptedChannel(channel) ? ALLOWED : refuse("CHANNEL_NOT_ACCEPTED");
}
function checkOnlineEligibility(patron, at, policy) {
  const atMs = instantMs(at, "at");
  const window = policy.maintenanceWindows.find(
    (w) => instantMs(w.start, "maintenanceWindows.start") <= atMs && atMs < instantMs(w.end, "maintenanceWindows.end")
  );
  return combineVerdicts([
    patron.internetRegistered ? ALLOWED : refuse("NOT_REGISTERED"),
    hasEmail(patron) ? ALLOWED : refuse("NO_EMAIL"),
    patron.unreachable ? refuse("UNREACHABLE") : ALLOWED,
    window === void 0 ? ALLOWED : refuse("MAINTENANCE", { until: window.end })
  ]);
}
function hasEmail(patron) {
  return typeof patron.email === "string" && patron.email.trim() !== "";
}
function isWellFormedEmail(email) {
  if (typeof email !== "string" || email.length > MAX_EMAIL_LENGTH) return false;
  const at = email.lastIndexOf("@");
  if (at < 1) return false;
  const local = email.slice(0, at);
  const labels = email.slice(at + 1).split(".");
  if (local.length > MAX_LOCAL_PART_LENGTH || !LOCAL_PART.test(local)) return false;
  if (local.startsWith(".") || local.endsWith(".") || local.includes("..")) return false;
  return labels.length >= 2 && labels.every((label) => DOMAIN_LABEL.test(label));
}
function checkEmailChange(email) {
  return isWellFormedEmail(email) ? ALLOWED : refuse("INVALID_EMAIL");
}
function applyEmailChange(patron, email, options) {
  if (!isWellFormedEmail(email))
    throw new YoyakuError("INVALID_INPUT", "The new e-mail address is malformed; check it with checkEmailChange first", {
      issues: [{ path: ["email"], message: "Expected a well-formed e-mail address (A2)" }]
    });
  return { ...patron, email, unreachable: options.confirmed ? false : patron.unreachable };
}

// src/rules/reservation-state.ts
init_reservation();
function isActiveReservation(reservation) {
  return ACTIVE_STATUSES.includes(reservation.status);
}
function isCancellationPending(reservation) {
  return (reservation.status === "requested" || reservation.status === "reserved") && reservation.cancellationRequestedAt !== void 0;
}
function isQueued(reservation) {
  return reservation.status === "reserved" && reservation.cancellationRequestedAt === void 0;
}

// src/rules/quota.ts
function countQuota(reservations, patronId, policy) {
  let total = 0;
  let audiovisual = 0;
  for (const r of reservations) {
    if (r.patronId !== patronId || !isActiveReservation(r)) continue;
    if (r.channel !== "online" && !policy.quotaCountsCounterReservations) continue;
    total += 1;
    if (r.audiovisual) audiovisual += 1;
  }
  return { total, audiovisual };
}
function checkQuota(reservations, patronId, adding, policy) {
  if (adding.channel !== "online") return ALLOWED;
  const count = countQuota(reservations, patronId, policy);
  return combineVerdicts([
    count.total + 1 > policy.maxOnline ? refuse("QUOTA_EXCEEDED", { limit: policy.maxOnline, count: count.total }) : ALLOWED,
    adding.audiovisual && count.audiovisual + 1 > policy.maxOnlineAudiovisual ? refuse("AUDIOVISUAL_QUOTA_EXCEEDED", { limit: policy.maxOnlineAudiovisual, count: count.audiovisual }) : ALLOWED
  ]);
}

// src/rules/reservability.ts
init_yoyaku_error();
var LOST_STATUSES = ["missing", "longOverdue"];
function checkReservable(item, policy) {
  const { title, volume } = item;
  if (volume.titleId !== title.id)
    throw new YoyakuError("INVALID_INPUT", "The volume does not belong to the title", {
      issues: [{ path: ["volume", "titleId"], message: "Expected the id of the given title" }],
      details: { titleId: title.id, volumeId: volume.id }
    });
  return combineVerdicts([
    volume.set === true ? refuse("SET_NOT_RESERVABLE", { volumeId: volume.id }) : ALLOWED,
    policy.nonReservableCategories.includes(title.category) ? refuse("IN_LIBRARY_ONLY", { category: title.category }) : ALLOWED
  ]);
}
function isUnfulfillable(copies) {
  return copies.every((c) => LOST_STATUSES.includes(c.status));
}

// src/jobs/apply-transition.ts
init_yoyaku_error();

// src/lifecycle/transition.ts
init_yoyaku_error();
function refused(r) {
  return { ok: false, refusal: r };
}
function invalid2(r, event) {
  return refused(refusal("INVALID_TRANSITION", { from: r.status, event: event.type }));
}
function onlineCancellationRefusal(r) {
  if (r.status === "onHold") return refusal("NOTICE_SENT");
  if (r.status !== "requested" && r.status !== "reserved") return refusal("INVALID_TRANSITION", { from: r.status, event: "cancel" });
  if (r.channel === "counter") return refusal("COUNTER_RESERVATION");
  if (r.cancellationRequestedAt !== void 0) return refusal("CANCELLATION_PENDING");
  return null;
}
function base2(r) {
  return {
    id: r.id,
    patronId: r.patronId,
    titleId: r.titleId,
    volumeId: r.volumeId,
    audiovisual: r.audiovisual,
    channel: r.channel,
    pickupBranchId: r.pickupBranchId,
    placedAt: r.placedAt,
    version: r.version + 1
  };
}
function ok(prev, next, event) {
  return { ok: true, reservation: next, events: [event] };
}
function cancelled(r, at, by, note) {
  if (r.status !== "requested" && r.status !== "reserved" && r.status !== "onHold") return refused(refusal("INVALID_TRANSITION", { from: r.status, event: "cancel" }));
  const next = {
    ...base2(r),
    status: "cancelled",
    cancelledAt: at,
    cancelledBy: by,
    cancelledFrom: r.status,
    ...r.status === "onHold" ? { copyId: r.copyId } : {},
    ...note === void 0 ? {} : { note }
  };
  return ok(r, next, {
    type: "reservationCancelled",
    reservationId: r.id,
    patronId: r.patronId,
    at,
    from: r.status,
    to: "cancelled",
    by,
    ...r.status === "onHold" ? { copyId: r.copyId } : {}
  });
}
function transition(reservation, event, context) {
  const r = reservation;
  const at = context.at;
  switch (event.type) {
    case "approve": {
      if (r.status !== "requested") return invalid2(r, event);
      if (r.cancellationRequestedAt !== void 0) return refused(refusal("CANCELLATION_PENDING"));
      return ok(r, { ...base2(r), status: "reserved", queuedAt: at }, {
        type: "reservationApproved",
        reservationId: r.id,
        patronId: r.patronId,
        at,
        from: "requested",
        to: "reserved"
      });
    }
    case "reject": {
      if (r.status !== "requested") return invalid2(r, event);
      if (event.reasons.length === 0)
        throw new YoyakuError("INVALID_INPUT", "A rejection needs at least one reason (C4)", {
          issues: [{ path: ["reasons"], message: "Expected at least one reason" }]
        });
      return ok(r, { ...base2(r), status: "rejected", rejectedAt: at, reasons: event.reasons }, {
        type: "reservationRejected",
        reservationId: r.id,
        patronId: r.patronId,
        at,
        from: "requested",
        to: "rejected",
        reasons: event.reasons
      });
    }
    case "requestCancellation": {
      const why = onlineCancellationRefusal(r);
      if (why) return refused(why);
      const next = { ...r, version: r.version + 1, cancellationRequestedAt: at };
      return ok(r, next, { type: "cancellationRequested", reservationId: r.id, patronId: r.patronId, at, from: r.status, to: r.status });
    }
    case "finaliseCancellation": {
      if (r.status !== "requested" && r.status !== "reserved" || r.cancellationRequestedAt === void 0) return invalid2(r, event);
      return cancelled(r, at, "patron");
    }
    case "cancel": {
      if (event.by === "patron") {
        const why = onlineCancellationRefusal(r);
        if (why) return refused(why);
      }
      return cancelled(r, at, event.by, event.note);
    }
    case "trap": {
      if (r.status !== "reserved") return invalid2(r, event);
      if (r.cancellationRequestedAt !== void 0) return refused(refusal("CANCELLATION_PENDING"));
      return ok(r, {
        ...base2(r),
        status: "onHold",
        queuedAt: r.queuedAt,
        copyId: event.copyId,
        trappedAt: at,
        noticeDate: event.noticeDate,
        lastDay: event.lastDay
      }, {
        type: "holdStarted",
        reservationId: r.id,
        patronId: r.patronId,
        at,
        from: "reserved",
        to: "onHold",
        copyId: event.copyId,
        pickupBranchId: r.pickupBranchId,
        noticeDate: event.noticeDate,
        lastDay: event.lastDay
      });
    }
    case "collect": {
      if (r.status !== "onHold") return invalid2(r, event);
      if (japanDateOf(at) > r.lastDay) return refused(refusal("HOLD_EXPIRED", { lastDay: r.lastDay }));
      return ok(r, { ...base2(r), status: "collected", copyId: r.copyId, collectedAt: at }, {
        type: "holdCollected",
        reservationId: r.id,
        patronId: r.patronId,
        at,
        from: "onHold",
        to: "collected",
        copyId: r.copyId
      });
    }
    case "lapse": {
      if (r.status !== "onHold") return invalid2(r, event);
      if (japanDateOf(at) <= r.lastDay) return refused(refusal("HOLD_NOT_EXPIRED", { lastDay: r.lastDay }));
      return ok(r, { ...base2(r), status: "lapsed", copyId: r.copyId, lastDay: r.lastDay, lapsedAt: at }, {
        type: "holdLapsed",
        reservationId: r.id,
        patronId: r.patronId,
        at,
        from: "onHold",
        to: "lapsed",
        copyId: r.copyId,
        lastDay: r.lastDay
      });
    }
    case "changePickup": {
      if (r.status === "requested") return refused(refusal("ONLINE_CHANGE_NOT_ALLOWED"));
      if (r.status !== "reserved") return invalid2(r, event);
      return ok(r, { ...r, version: r.version + 1, pickupBranchId: event.pickupBranchId }, {
        type: "pickupChanged",
        reservationId: r.id,
        patronId: r.patronId,
        at,
        from: "reserved",
        to: "reserved",
        pickupBranchId: event.pickupBranchId
      });
    }
  }
}

// src/jobs/apply-transition.ts
function applyTransition(reservation, event, at, events) {
  const result = transition(reservation, event, { at });
  if (!result.ok)
    throw new YoyakuError("INVALID_INPUT", `Reservation ${reservation.id} cannot take ${event.type}: ${result.refusal.code}`, {
      details: { reservationId: reservation.id, event: event.type, refusal: result.refusal.code }
    });
  for (const e of result.events) events.push(e);
  return result.reservation;
}

// src/calendar/open-days.ts
init_yoyaku_error();

// src/calendar/compiled-calendar.ts
var ALWAYS_OPEN = {
  closedWeekdays: [false, false, false, false, false, false, false],
  closedOnHolidays: false,
  holidayShiftsClosure: false,
  yearEnd: null,
  holidays: /* @__PURE__ */ new Set(),
  closedDays: /* @__PURE__ */ new Set(),
  closedRanges: [],
  openDays: /* @__PURE__ */ new Set()
};
var cache = /* @__PURE__ */ new WeakMap();
function monthDayNumber(md) {
  return +md.slice(0, 2) * 100 + +md.slice(3, 5);
}
function compile(calendar, holidays) {
  const closedWeekdays = [0, 1, 2, 3, 4, 5, 6].map((d) => calendar.closedWeekdays.includes(d));
  return {
    closedWeekdays,
    closedOnHolidays: calendar.closedOnHolidays,
    holidayShiftsClosure: calendar.holidayShiftsClosure,
    yearEnd: calendar.yearEnd ? { from: monthDayNumber(calendar.yearEnd.from), to: monthDayNumber(calendar.yearEnd.to) } : null,
    holidays,
    closedDays: new Set(calendar.closedDates.map(toEpochDay)),
    closedRanges: calendar.closedRanges.map((r) => [toEpochDay(r.from), toEpochDay(r.to)]),
    openDays: new Set(calendar.openDates.map(toEpochDay))
  };
}
function compiledCalendar(policy, branchId) {
  let byBranch = cache.get(policy);
  if (!byBranch) {
    byBranch = /* @__PURE__ */ new Map();
    const holidays = new Set(policy.holidays.map(toEpochDay));
    for (const [id4, cal] of Object.entries(policy.calendars)) byBranch.set(id4, compile(cal, holidays));
    cache.set(policy, byBranch);
  }
  return byBranch.get(branchId) ?? ALWAYS_OPEN;
}

// src/calendar/open-days.ts
var SEARCH_LIMIT_DAYS = 731;
var DAY_MS3 = 864e5;
function weekday(day) {
  return ((day + 4) % 7 + 7) % 7;
}
function monthDay2(day) {
  const t = new Date(day * DAY_MS3);
  return (t.getUTCMonth() + 1) * 100 + t.getUTCDate();
}
function inYearEnd(cal, day) {
  const ye = cal.yearEnd;
  if (ye === null) return false;
  const md = monthDay2(day);
  return ye.from <= ye.to ? md >= ye.from && md <= ye.to : md >= ye.from || md <= ye.to;
}
function isHolidayOnClosedWeekday(cal, day) {
  return cal.holidays.has(day) && cal.closedWeekdays[weekday(day)] === true;
}
function weeklyClosed(cal, day) {
  if (!cal.holidayShiftsClosure) return cal.closedWeekdays[weekday(day)] === true;
  if (cal.holidays.has(day)) return false;
  if (cal.closedWeekdays[weekday(day)] === true) return true;
  for (let d = day - 1; cal.holidays.has(d); d--) if (isHolidayOnClosedWeekday(cal, d)) return true;
  return false;
}
function isOpenEpochDay(cal, day) {
  if (cal.openDays.has(day)) return true;
  if (cal.closedDays.has(day)) return false;
  if (cal.closedOnHolidays && cal.holidays.has(day)) return false;
  if (weeklyClosed(cal, day)) return false;
  if (inYearEnd(cal, day)) return false;
  for (const [from, to] of cal.closedRanges) if (day >= from && day <= to) return false;
  return true;
}
function isOpenOn(policy, branchId, date) {
  return isOpenEpochDay(compiledCalendar(policy, branchId), toEpochDay(date));
}
function nextOpenEpochDay(cal, day, branchId) {
  for (let d = day + 1; d <= day + SEARCH_LIMIT_DAYS; d++) if (isOpenEpochDay(cal, d)) return d;
  throw new YoyakuError("CALENDAR_NEVER_OPEN", `Branch ${branchId} has no open day within two years`, {
    details: { branchId, after: fromEpochDay(day) }
  });
}

// src/jobs/approval-eligibility.ts
var SEARCH_LIMIT_DAYS2 = 731;
function isCanonicalInstant(instant3) {
  return instant3.length === 24 && instant3.charCodeAt(23) === 90 && instant3.charCodeAt(10) === 84;
}
var ApprovalEligibility = class {
  #policy;
  #date;
  #cutoffs = /* @__PURE__ */ new Map();
  /**
   * @param policy - the parsed policy
   * @param date - the batch's Japan date
   */
  constructor(policy, date) {
    this.#policy = policy;
    this.#date = date;
  }
  /**
   * Whether an instant's Japan day is ripe on the batch date at a branch.
   * @param branchId - the pickup branch
   * @param instant - when the request (or its cancellation) was made
   * @returns true when the batch of that date decides it
   */
  isEligible(branchId, instant3) {
    let cutoff = this.#cutoffs.get(branchId);
    if (cutoff === void 0) {
      cutoff = this.#cutoffOf(branchId);
      this.#cutoffs.set(branchId, cutoff);
    }
    if (cutoff === null) return false;
    return isCanonicalInstant(instant3) ? instant3 < cutoff.startInstant : japanDateOf(instant3) < cutoff.lastOpenDay;
  }
  #cutoffOf(branchId) {
    for (let back = 0; back <= SEARCH_LIMIT_DAYS2; back++) {
      const day = addDays(this.#date, -back);
      if (isOpenOn(this.#policy, branchId, day)) return { lastOpenDay: day, startInstant: startOfJapanDay(day) };
    }
    return null;
  }
};

// src/jobs/approval-batch.ts
function notFound(what, id4, reservationId) {
  const key = what === "copies" ? "volumeId" : `${what}Id`;
  throw new YoyakuError("NOT_FOUND", `The snapshot has no ${what === "copies" ? "copy list for volume" : what} ${id4} (reservation ${reservationId})`, {
    details: { [key]: id4, reservationId }
  });
}
function addRules(verdict, rules, ignore) {
  if (verdict.ok) return rules;
  let out = rules;
  for (const refusal2 of verdict.refusals) {
    if (refusal2.rule === ignore || out?.includes(refusal2.rule)) continue;
    if (out === null) out = [];
    out.push(refusal2.rule);
  }
  return out;
}
function byPlacing(a, b) {
  if (a.placedAt !== b.placedAt) return a.placedAt < b.placedAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
function runApprovalBatch(snapshot, options) {
  const { at, policy } = options;
  const date = assertLocalDate(options.date, "date");
  const eligibility = new ApprovalEligibility(policy, date);
  const next = snapshot.reservations.slice();
  const requests = [];
  const decisions = [];
  const events = [];
  for (let i = 0; i < next.length; i++) {
    const r = next[i];
    if (r.status === "requested") {
      if (eligibility.isEligible(r.pickupBranchId, r.placedAt)) requests.push(i);
    } else if (r.status === "reserved" && r.cancellationRequestedAt !== void 0 && eligibility.isEligible(r.pickupBranchId, r.cancellationRequestedAt)) {
      const done2 = applyTransition(r, { type: "finaliseCancellation" }, at, events);
      next[i] = done2;
      decisions.push({ reservationId: r.id, kind: "cancellationFinalised", next: done2 });
    }
  }
  if (requests.length === 0) return { decisions, reservations: next, events };
  const patrons = /* @__PURE__ */ new Map();
  for (const i of requests) {
    const r = next[i];
    if (r.cancellationRequestedAt !== void 0 || patrons.has(r.patronId)) continue;
    const patron = snapshot.patrons.get(r.patronId) ?? notFound("patron", r.patronId, r.id);
    patrons.set(r.patronId, { rules: addRules(checkOnlineEligibility(patron, at, policy), null, "A4"), counted: [] });
  }
  for (const r of next) if (r.status === "reserved" || r.status === "onHold") patrons.get(r.patronId)?.counted.push(r);
  const items = /* @__PURE__ */ new Map();
  const itemRules = (r) => {
    let rules = items.get(r.volumeId);
    if (rules !== void 0) return rules;
    const volume = snapshot.volumes.get(r.volumeId) ?? notFound("volume", r.volumeId, r.id);
    const title = snapshot.titles.get(r.titleId) ?? notFound("title", r.titleId, r.id);
    rules = addRules(checkReservable({ title, volume }, policy), null);
    if (policy.rejectUnfulfillable && isUnfulfillable(snapshot.copiesByVolume.get(r.volumeId) ?? notFound("copies", r.volumeId, r.id)))
      rules = rules === null ? ["E4"] : [...rules, "E4"];
    items.set(r.volumeId, rules);
    return rules;
  };
  requests.sort((i, j) => byPlacing(next[i], next[j]));
  for (const index of requests) {
    const r = next[index];
    if (r.cancellationRequestedAt !== void 0) {
      const done2 = applyTransition(r, { type: "finaliseCancellation" }, at, events);
      next[index] = done2;
      decisions.push({ reservationId: r.id, kind: "cancellationFinalised", next: done2 });
      continue;
    }
    const state = patrons.get(r.patronId);
    const forItem = itemRules(r);
    let rules = forItem === null ? state.rules : state.rules === null ? forItem : [...state.rules, ...forItem];
    const held = state.counted.length;
    if (held >= policy.maxOnline || r.audiovisual && held >= policy.maxOnlineAudiovisual)
      rules = addRules(checkQuota(state.counted, r.patronId, { audiovisual: r.audiovisual, channel: r.channel }, policy), rules === null ? null : [...rules]);
    if (rules !== null) {
      const reasons = rules.map((rule) => ({ rule }));
      const done2 = applyTransition(r, { type: "reject", reasons }, at, events);
      next[index] = done2;
      decisions.push({ reservationId: r.id, kind: "rejected", reasons, next: done2 });
    } else {
      const done2 = applyTransition(r, { type: "approve" }, at, events);
      next[index] = done2;
      decisions.push({ reservationId: r.id, kind: "approved", next: done2 });
      state.counted.push(done2);
    }
  }
  return { decisions, reservations: next, events };
}

// src/service/internal/authorise.ts
init_yoyaku_error();

// src/service/internal/input.ts
init_yoyaku_error();
init_schema();
import { z as z4 } from "zod";
var id2 = z4.string().min(1).max(256);
var InputSchemas = {
  actor: z4.discriminatedUnion("kind", [
    z4.object({ kind: z4.literal("patron"), patronId: id2, channel: z4.string() }),
    z4.object({ kind: z4.literal("staff"), branchId: id2, staffId: z4.string().optional() }),
    z4.object({ kind: z4.literal("system") })
  ]),
  volume: z4.object({ volumeId: id2 }),
  cartEntry: z4.object({ volumeId: id2, pickupBranchId: id2 }),
  submit: z4.object({
    volumeIds: z4.array(id2).min(1).max(100).refine((ids) => new Set(ids).size === ids.length, "Each volume may be ticked once")
  }),
  counter: z4.object({ patronId: id2, volumeId: id2, pickupBranchId: id2 }),
  walkIn: z4.object({ patronId: id2, copyId: id2 }),
  copy: z4.object({ copyId: id2 }),
  reservation: z4.object({ reservationId: id2 }),
  staffCancel: z4.object({ reservationId: id2, note: z4.string().max(500).optional() }),
  pickupChange: z4.object({ reservationId: id2, pickupBranchId: id2 }),
  job: z4.object({ date: LocalDateSchema.optional() }).optional(),
  patronFilter: z4.object({ patronId: id2.optional() }).optional(),
  loan: z4.object({ loanId: id2 }),
  registration: z4.object({ patronId: id2, registered: z4.boolean(), email: z4.string().optional() }),
  unreachable: z4.object({ patronId: id2, unreachable: z4.boolean() }),
  emailChange: z4.object({ email: z4.string(), confirmed: z4.boolean() }),
  noticePrivacy: z4.object({ showName: z4.boolean(), showTitle: z4.boolean() })
};
function parseInput(schema, input) {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = toYoyakuIssues(result.error.issues);
  const where = issues.map((i) => i.path.length > 0 ? i.path.map(String).join(".") : "(root)").join(", ");
  return halt(failed("INVALID_INPUT", `Invalid input: ${where}`, issues));
}

// src/service/internal/lookups.ts
function found(value, what, id4) {
  if (value === null) halt(failed("NOT_FOUND", `No ${what} ${id4}`));
  return value;
}
async function existingPatron(tx, id4) {
  return found(await tx.patrons.get(id4), "patron", id4);
}
async function existingVolume(tx, id4) {
  return found(await tx.catalog.getVolume(id4), "volume", id4);
}
async function existingTitle(tx, id4) {
  return found(await tx.catalog.getTitle(id4), "title", id4);
}
async function existingItem(tx, volumeId) {
  const volume = await existingVolume(tx, volumeId);
  return { volume, title: await existingTitle(tx, volume.titleId) };
}
async function existingReservation(tx, id4) {
  return found(await tx.reservations.get(id4), "reservation", id4);
}
async function existingCopy(tx, id4) {
  return found(await tx.copies.get(id4), "copy", id4);
}
async function existingLoan(tx, id4) {
  return found(await tx.loans.get(id4), "loan", id4);
}
function policyBranch(policy, id4) {
  return found(policy.branches.find((b) => b.id === id4) ?? null, "branch", id4);
}

// src/service/internal/authorise.ts
function checkedActor(actor, operation2, allowed) {
  const parsed = InputSchemas.actor.safeParse(actor);
  if (!parsed.success) halt(failed("NOT_ALLOWED", `Not a valid actor for ${operation2}`, toYoyakuIssues(parsed.error.issues)));
  const checked = parsed.data;
  if (!allowed.includes(checked.kind)) halt(failed("NOT_ALLOWED", `A ${checked.kind} actor may not ${operation2}`));
  return checked;
}
function onlinePatron(actor, operation2) {
  const checked = checkedActor(actor, operation2, ["patron"]);
  if (checked.channel !== "online") halt(refusedBy("CHANNEL_NOT_ACCEPTED"));
  return checked.patronId;
}
function staffBranch(ctx, actor, operation2) {
  const checked = checkedActor(actor, operation2, ["staff"]);
  const branch = ctx.policy.branches.find((b) => b.id === checked.branchId);
  if (branch === void 0) halt(failed("NOT_ALLOWED", `Branch ${checked.branchId} is not one of the library's`));
  return branch;
}
function systemOnly(actor, operation2) {
  checkedActor(actor, operation2, ["system"]);
}
function patronOrStaff(ctx, actor, operation2) {
  const checked = checkedActor(actor, operation2, ["patron", "staff"]);
  if (checked.kind === "patron") return { kind: "patron", patronId: onlinePatron(checked, operation2) };
  return { kind: "staff", branchId: staffBranch(ctx, checked, operation2).id };
}
async function eligiblePatron(ctx, tx, patronId, at, ignore = []) {
  const patron = await existingPatron(tx, patronId);
  const verdict = checkOnlineEligibility(patron, at, ctx.policy);
  if (!verdict.ok) {
    const kept = verdict.refusals.filter((r) => !ignore.includes(r.code));
    const [first, ...rest] = kept;
    if (first !== void 0) halt(refusedWith([first, ...rest]));
  }
  return patron;
}

// src/calendar/hold-last-day.ts
function holdLastDay(policy, branchId, noticeDate) {
  const start = toEpochDay(noticeDate);
  if (policy.holdCounting === "calendarDays") {
    const last = start + policy.holdDays;
    if (!policy.extendHoldPastClosedDays) return fromEpochDay(last);
    const cal2 = compiledCalendar(policy, branchId);
    return fromEpochDay(isOpenEpochDay(cal2, last) ? last : nextOpenEpochDay(cal2, last, branchId));
  }
  const cal = compiledCalendar(policy, branchId);
  let day = start;
  for (let n = 0; n < policy.holdDays; n++) day = nextOpenEpochDay(cal, day, branchId);
  return fromEpochDay(day);
}

// src/jobs/queue-order.ts
function compareQueue(a, b) {
  if (a.queuedAt !== b.queuedAt) return a.queuedAt < b.queuedAt ? -1 : 1;
  if (a.placedAt !== b.placedAt) return a.placedAt < b.placedAt ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return 0;
}
function queueOf(reservations, volumeId) {
  const queue = [];
  for (const r of reservations) if (r.volumeId === volumeId && isQueued(r)) queue.push(r);
  return queue.sort(compareQueue);
}
function queuePosition(reservation, reservations) {
  if (!isQueued(reservation)) return null;
  let ahead = 0;
  for (const r of reservations)
    if (r.volumeId === reservation.volumeId && r.id !== reservation.id && isQueued(r) && compareQueue(r, reservation) < 0) ahead++;
  return ahead + 1;
}

// src/jobs/volume-queues.ts
var VolumeQueues = class {
  #byVolume = /* @__PURE__ */ new Map();
  #sorted = /* @__PURE__ */ new Set();
  #next = /* @__PURE__ */ new Map();
  /** @param reservations - reservations of any volumes; only queued ones are kept */
  constructor(reservations) {
    for (const r of reservations) {
      if (!isQueued(r)) continue;
      const queue = this.#byVolume.get(r.volumeId);
      if (queue === void 0) this.#byVolume.set(r.volumeId, [r]);
      else queue.push(r);
    }
  }
  /**
   * The head of a volume's queue not yet handed out in this job, and moves past it.
   * @param volumeId - the volume
   * @returns the head, or undefined when nobody else waits
   */
  take(volumeId) {
    const queue = this.#byVolume.get(volumeId);
    if (queue === void 0) return void 0;
    if (!this.#sorted.has(volumeId)) {
      queue.sort(compareQueue);
      this.#sorted.add(volumeId);
    }
    const index = this.#next.get(volumeId) ?? 0;
    if (index >= queue.length) return void 0;
    this.#next.set(volumeId, index + 1);
    return queue[index];
  }
};

// src/jobs/trapping.ts
function untrappable(copy, heldCopyIds) {
  if (copy.status === "missing" || copy.status === "longOverdue") return refusal("COPY_NOT_TRAPPABLE", { status: copy.status });
  if (heldCopyIds.has(copy.id)) return refusal("COPY_NOT_TRAPPABLE", { status: copy.status, held: true });
  return null;
}
function placeCopy(copy, head, at, noticeDate, policy) {
  if (head === void 0) return { ok: true, kind: "shelve", copy: { ...copy, status: "onShelf", version: copy.version + 1 }, events: [] };
  if (copy.locationBranchId !== head.pickupBranchId)
    return {
      ok: true,
      kind: "transit",
      copy: { ...copy, status: "inTransit", locationBranchId: head.pickupBranchId, version: copy.version + 1 },
      reservationId: head.id,
      events: []
    };
  const events = [];
  const lastDay = holdLastDay(policy, head.pickupBranchId, noticeDate);
  const reservation = applyTransition(head, { type: "trap", copyId: copy.id, noticeDate, lastDay }, at, events);
  return { ok: true, kind: "hold", copy: { ...copy, status: "onHoldShelf", version: copy.version + 1 }, reservation, events };
}
function heldCopies(reservations) {
  const held = /* @__PURE__ */ new Set();
  for (const r of reservations) if (r.status === "onHold") held.add(r.copyId);
  return held;
}
function trapCopy(input) {
  const { copy, reservations, at, policy } = input;
  const refused2 = untrappable(copy, heldCopies(reservations));
  if (refused2 !== null) return { ok: false, refusal: refused2 };
  return placeCopy(copy, queueOf(reservations, copy.volumeId)[0], at, japanDateOf(at), policy);
}
function trapCopies(input) {
  const { copies, reservations, at, policy } = input;
  const noticeDate = japanDateOf(at);
  const queues = new VolumeQueues(reservations);
  const held = heldCopies(reservations);
  const results = [];
  const changedCopies = [];
  const holds = /* @__PURE__ */ new Map();
  const events = [];
  for (const copy of copies) {
    const refused2 = untrappable(copy, held);
    if (refused2 !== null) {
      results.push({ ok: false, refusal: refused2 });
      continue;
    }
    const result = placeCopy(copy, queues.take(copy.volumeId), at, noticeDate, policy);
    results.push(result);
    changedCopies.push(result.copy);
    if (result.kind === "hold") {
      holds.set(result.reservation.id, result.reservation);
      held.add(copy.id);
      for (const e of result.events) events.push(e);
    }
  }
  const next = holds.size === 0 ? reservations.slice() : reservations.map((r) => holds.get(r.id) ?? r);
  return { results, copies: changedCopies, reservations: next, events };
}

// src/notices/hold-notice.ts
init_yoyaku_error();
function mismatch(field, expected) {
  throw new YoyakuError("INVALID_INPUT", `The ${field} is not the one the reservation names`, {
    issues: [{ path: [field, "id"], message: `Expected ${expected}` }]
  });
}
function present(text2) {
  return typeof text2 === "string" && text2.trim() !== "" ? text2 : null;
}
function itemText(fields, locale) {
  if (fields.title === null) return null;
  if (fields.volumeLabel === null) return fields.title;
  return locale === "ja" ? `${fields.title}\uFF08${fields.volumeLabel}\uFF09` : `${fields.title} (${fields.volumeLabel})`;
}
function japaneseNotice(f) {
  const item = itemText(f, "ja");
  const lastDay = formatLocalDate(f.lastDay, "ja");
  const phone = f.pickupPhone === null ? "" : `\uFF08\u260E${f.pickupPhone}\uFF09`;
  const lines = [
    f.patronName === null ? "\u5229\u7528\u8005\u69D8" : `${f.patronName} \u69D8`,
    "",
    "\u3054\u4E88\u7D04\u3044\u305F\u3060\u3044\u305F\u8CC7\u6599\u306E\u3054\u7528\u610F\u304C\u3067\u304D\u307E\u3057\u305F\u306E\u3067\u3001\u304A\u77E5\u3089\u305B\u3057\u307E\u3059\u3002",
    "",
    ...item === null ? [] : [`\u8CC7\u6599\u540D\uFF1A${item}`],
    `\u53D7\u53D6\u9928\uFF1A${f.pickupBranch}${phone}`,
    `\u53D6\u7F6E\u671F\u9650\uFF1A${lastDay}\u307E\u3067`,
    "",
    `\u53D6\u7F6E\u671F\u9650\uFF08${lastDay}\uFF09\u307E\u3067\u306B\u3001\u53D7\u53D6\u9928\u3067\u304A\u53D7\u3051\u53D6\u308A\u304F\u3060\u3055\u3044\u3002`,
    `\u53D6\u7F6E\u671F\u9593\u306F\u3001\u3053\u306E\u30E1\u30FC\u30EB\u306E\u9001\u4FE1\u65E5\uFF08${formatLocalDate(f.noticeDate, "ja")}\uFF09\u306E\u7FCC\u65E5\u304B\u3089\u6570\u3048\u307E\u3059\u3002`,
    "\u30E1\u30FC\u30EB\u306E\u4E0D\u7740\u30FB\u9045\u5EF6\u304C\u3042\u3063\u3066\u3082\u3001\u53D6\u7F6E\u671F\u9650\u306F\u5EF6\u9577\u3055\u308C\u307E\u305B\u3093\u3002",
    "\u53D6\u7F6E\u671F\u9650\u3092\u904E\u304E\u307E\u3059\u3068\u3001\u4E88\u7D04\u3092\u53D6\u6D88\u3055\u305B\u3066\u3044\u305F\u3060\u304D\u307E\u3059\u3002\u305D\u306E\u969B\u306B\u306F\u3001\u30E1\u30FC\u30EB\u3001\u96FB\u8A71\u7B49\u306B\u3088\u308B\u901A\u77E5\u306F\u3044\u305F\u3057\u307E\u305B\u3093\u3002",
    "",
    `\u3054\u4E0D\u660E\u306A\u70B9\u306F\u3001${f.pickupBranch}${phone}\u307E\u3067\u304A\u554F\u3044\u5408\u308F\u305B\u304F\u3060\u3055\u3044\u3002`
  ];
  const subject = item === null ? "\u3010\u4E88\u7D04\uFF08\u8CB8\u51FA\uFF09\u6C7A\u5B9A\u901A\u77E5\u3011\u3054\u4E88\u7D04\u306E\u8CC7\u6599\u3092\u3054\u7528\u610F\u3057\u307E\u3057\u305F" : `\u3010\u4E88\u7D04\uFF08\u8CB8\u51FA\uFF09\u6C7A\u5B9A\u901A\u77E5\u3011${item}\u3092\u3054\u7528\u610F\u3057\u307E\u3057\u305F`;
  return { subject, body: lines.join("\n") };
}
function englishNotice(f) {
  const item = itemText(f, "en");
  const lastDay = formatLocalDate(f.lastDay, "en");
  const phone = f.pickupPhone === null ? "" : ` (tel. ${f.pickupPhone})`;
  const lines = [
    f.patronName === null ? "Dear patron," : `Dear ${f.patronName},`,
    "",
    "The item you reserved is ready for you to collect.",
    "",
    ...item === null ? [] : [`Item: ${item}`],
    `Pickup library: ${f.pickupBranch}${phone}`,
    `Collect by: ${lastDay}`,
    "",
    `Please collect it at the pickup library by ${lastDay}.`,
    `The hold period counts from the day after this notice was sent (${formatLocalDate(f.noticeDate, "en")}).`,
    "Late or lost mail does not extend it.",
    "After the last day the reservation is cancelled, without any further notice by mail or telephone.",
    "",
    `For questions, please contact ${f.pickupBranch}${phone}.`
  ];
  const subject = item === null ? "Your reserved item is ready for pickup" : `Your reserved item is ready for pickup: ${item}`;
  return { subject, body: lines.join("\n") };
}
function buildHoldNotice(input) {
  const { reservation, patron, title, volume, branch, locale } = input;
  if (patron.id !== reservation.patronId) mismatch("patron", "the reservation\u2019s patronId");
  if (title.id !== reservation.titleId) mismatch("title", "the reservation\u2019s titleId");
  if (volume.id !== reservation.volumeId) mismatch("volume", "the reservation\u2019s volumeId");
  if (branch.id !== reservation.pickupBranchId) mismatch("branch", "the reservation\u2019s pickupBranchId");
  const { showName, showTitle } = patron.noticePrivacy;
  const fields = {
    patronName: showName ? present(patron.name) : null,
    title: showTitle ? present(title.name) : null,
    volumeLabel: showTitle ? present(volume.label) : null,
    pickupBranch: locale === "ja" ? branch.nameJa : branch.nameRomaji,
    pickupPhone: present(branch.phone),
    lastDay: reservation.lastDay,
    noticeDate: reservation.noticeDate
  };
  const { subject, body } = locale === "ja" ? japaneseNotice(fields) : englishNotice(fields);
  return { reservationId: reservation.id, locale, to: present(patron.email), subject, body, fields };
}

// src/service/internal/hold-notices.ts
var HOLD_NOTICE_KIND = "holdNotice";
async function enqueueHoldNotice(ctx, tx, hold, at) {
  const patron = await existingPatron(tx, hold.patronId);
  const title = await existingTitle(tx, hold.titleId);
  const volume = await existingVolume(tx, hold.volumeId);
  const branch = policyBranch(ctx.policy, hold.pickupBranchId);
  const rendered = buildHoldNotice({ reservation: hold, patron, title, volume, branch, locale: ctx.noticeLocale });
  const notice = {
    id: ctx.newId(),
    kind: HOLD_NOTICE_KIND,
    patronId: hold.patronId,
    reservationId: hold.id,
    createdAt: at,
    payload: {
      locale: rendered.locale,
      subject: rendered.subject,
      body: rendered.body,
      pickupBranchId: hold.pickupBranchId,
      noticeDate: hold.noticeDate,
      lastDay: hold.lastDay,
      nameShown: rendered.fields.patronName !== null,
      titleShown: rendered.fields.title !== null
    }
  };
  await tx.outbox.enqueue(notice);
  return notice;
}

// src/service/internal/copy-placement.ts
async function offerCopy(ctx, tx, copy, expectedVersion, at) {
  const reservations = await tx.reservations.listByVolume(copy.volumeId);
  const result = trapCopy({ copy: { ...copy, version: expectedVersion }, reservations, at, policy: ctx.policy });
  if (!result.ok) halt(refusedWith([result.refusal]));
  await tx.copies.update(result.copy, expectedVersion);
  if (result.kind === "hold") {
    await tx.reservations.update(result.reservation, result.reservation.version - 1);
    await enqueueHoldNotice(ctx, tx, result.reservation, at);
  }
  return result;
}
async function offerShelvedCopies(ctx, tx, volumeId, at) {
  const shelved = (await tx.copies.listByVolume(volumeId)).filter((c) => c.status === "onShelf");
  if (shelved.length === 0) return { holds: 0, events: [] };
  const reservations = await tx.reservations.listByVolume(volumeId);
  const { results, events } = trapCopies({ copies: shelved, reservations, at, policy: ctx.policy });
  let holds = 0;
  for (const [i, result] of results.entries()) {
    const before = shelved[i];
    if (before === void 0 || !result.ok || result.kind === "shelve") continue;
    await tx.copies.update(result.copy, before.version);
    if (result.kind === "hold") {
      await tx.reservations.update(result.reservation, result.reservation.version - 1);
      await enqueueHoldNotice(ctx, tx, result.reservation, at);
      holds++;
    }
  }
  return { holds, events };
}

// src/service/use-cases/jobs.ts
function emptySummary(date, claimed) {
  return { date, claimed, approved: 0, rejected: 0, cancelled: 0, lapsed: 0, newHolds: 0 };
}
async function runClaimedJob(ctx, job2, date, work) {
  return runUnit(ctx, async (tx) => {
    const day = date ?? japanDateOf(ctx.now());
    if (!await tx.jobRuns.claim(job2, day, ctx.serverId)) return done(emptySummary(day, false));
    const { summary, events } = await work(tx, day);
    await tx.jobRuns.finish(job2, day, ctx.serverId);
    return done(summary, events);
  });
}

// src/service/use-cases/approval.ts
async function loadApprovalSnapshot(tx) {
  const byId3 = /* @__PURE__ */ new Map();
  const requested = await tx.reservations.listRequested();
  for (const r of [...requested, ...await tx.reservations.listPendingCancellations()]) byId3.set(r.id, r);
  const patronIds = [...new Set(requested.map((r) => r.patronId))].sort();
  const patrons = /* @__PURE__ */ new Map();
  for (const patronId of patronIds) {
    for (const r of await tx.reservations.listByPatron(patronId, { active: true })) if (!byId3.has(r.id)) byId3.set(r.id, r);
    const patron = await tx.patrons.get(patronId);
    if (patron !== null) patrons.set(patronId, patron);
  }
  const titles = /* @__PURE__ */ new Map();
  const volumes = /* @__PURE__ */ new Map();
  const copiesByVolume = /* @__PURE__ */ new Map();
  for (const r of requested) {
    if (!volumes.has(r.volumeId)) {
      const volume = await tx.catalog.getVolume(r.volumeId);
      if (volume !== null) volumes.set(r.volumeId, volume);
      copiesByVolume.set(r.volumeId, await tx.copies.listByVolume(r.volumeId));
    }
    if (!titles.has(r.titleId)) {
      const title = await tx.catalog.getTitle(r.titleId);
      if (title !== null) titles.set(r.titleId, title);
    }
  }
  return { reservations: [...byId3.values()], patrons, titles, volumes, copiesByVolume };
}
async function runApprovalBatch2(ctx, actor, input) {
  systemOnly(actor, "run the approval batch");
  const parsed = parseInput(InputSchemas.job, input);
  return runClaimedJob(ctx, "approval", parsed?.date, async (tx, date) => {
    const at = ctx.now();
    const snapshot = await loadApprovalSnapshot(tx);
    const result = runApprovalBatch(snapshot, { date, at, policy: ctx.policy });
    let approved = 0;
    let rejected = 0;
    let cancelled2 = 0;
    const grown = /* @__PURE__ */ new Set();
    for (const decision of result.decisions) {
      await tx.reservations.update(decision.next, decision.next.version - 1);
      if (decision.kind === "approved") {
        approved++;
        grown.add(decision.next.volumeId);
      } else if (decision.kind === "rejected") rejected++;
      else cancelled2++;
    }
    const events = [...result.events];
    let newHolds = 0;
    for (const volumeId of [...grown].sort()) {
      const offered = await offerShelvedCopies(ctx, tx, volumeId, at);
      newHolds += offered.holds;
      events.push(...offered.events);
    }
    return { summary: { date, claimed: true, approved, rejected, cancelled: cancelled2, lapsed: 0, newHolds }, events };
  });
}

// src/rules/cancellation.ts
function checkOnlineCancellation(reservation, patronId) {
  const r = reservation;
  if (r.patronId !== patronId) return refuse("NOT_ALLOWED");
  if (r.status === "onHold") return refuse("NOTICE_SENT");
  if (r.status !== "requested" && r.status !== "reserved") return refuse("INVALID_TRANSITION", { from: r.status, event: "cancel" });
  if (r.channel === "counter") return refuse("COUNTER_RESERVATION");
  if (isCancellationPending(r)) return refuse("CANCELLATION_PENDING");
  return ALLOWED;
}
function checkStaffCancellation(reservation) {
  const r = reservation;
  if (r.status === "requested" || r.status === "reserved" || r.status === "onHold") return ALLOWED;
  return refuse("INVALID_TRANSITION", { from: r.status, event: "cancel" });
}

// src/service/use-cases/cancel.ts
async function cancelOnline(ctx, actor, input) {
  const patronId = onlinePatron(actor, "cancel online");
  const { reservationId } = parseInput(InputSchemas.reservation, input);
  return runUnit(ctx, async (tx) => {
    const at = ctx.now();
    await eligiblePatron(ctx, tx, patronId, at);
    const reservation = await existingReservation(tx, reservationId);
    haltUnless(checkOnlineCancellation(reservation, patronId));
    const event = ctx.policy.onlineCancellation === "immediate" ? { type: "cancel", by: "patron" } : { type: "requestCancellation" };
    const moved = transition(reservation, event, { at });
    if (!moved.ok) halt(refusedWith([moved.refusal]));
    await tx.reservations.update(moved.reservation, reservation.version);
    return done(moved.reservation, moved.events);
  });
}
async function cancelByStaff(ctx, actor, input) {
  staffBranch(ctx, actor, "cancel a reservation");
  const { reservationId, note } = parseInput(InputSchemas.staffCancel, input);
  return runUnit(ctx, async (tx) => {
    const at = ctx.now();
    const reservation = await existingReservation(tx, reservationId);
    haltUnless(checkStaffCancellation(reservation));
    const moved = transition(reservation, { type: "cancel", by: "staff", ...note === void 0 ? {} : { note } }, { at });
    if (!moved.ok) halt(refusedWith([moved.refusal]));
    await tx.reservations.update(moved.reservation, reservation.version);
    const events = [...moved.events];
    if (reservation.status === "onHold") {
      const copy = await existingCopy(tx, reservation.copyId);
      if (copy.status === "onHoldShelf") events.push(...(await offerCopy(ctx, tx, copy, copy.version, at)).events);
    }
    return done(moved.reservation, events);
  });
}

// src/rules/pickup.ts
function checkPickupBranch(policy, branchId) {
  const branch = policy.branches.find((b) => b.id === branchId);
  if (branch?.kind === "museum") return refuse("MUSEUM_NOT_PICKUP", { branchId });
  if (branch === void 0 || !branch.pickup) return refuse("NOT_A_PICKUP_BRANCH", { branchId });
  return ALLOWED;
}

// src/service/use-cases/cart.ts
async function addEntryToCart(ctx, tx, patronId, entry) {
  const item = await existingItem(tx, entry.volumeId);
  haltUnless(combineVerdicts([checkReservable(item, ctx.policy), checkPickupBranch(ctx.policy, entry.pickupBranchId)]));
  if (!await tx.cart.add(patronId, { volumeId: entry.volumeId, pickupBranchId: entry.pickupBranchId })) halt(refusedBy("ALREADY_IN_CART"));
  return tx.cart.list(patronId);
}
async function addToCart(ctx, actor, input) {
  const patronId = onlinePatron(actor, "add to the cart");
  const entry = parseInput(InputSchemas.cartEntry, input);
  return runUnit(ctx, async (tx) => {
    await eligiblePatron(ctx, tx, patronId, ctx.now());
    return done(await addEntryToCart(ctx, tx, patronId, entry));
  });
}
async function removeFromCart(ctx, actor, input) {
  const patronId = onlinePatron(actor, "remove from the cart");
  const { volumeId } = parseInput(InputSchemas.volume, input);
  return runUnit(ctx, async (tx) => {
    await eligiblePatron(ctx, tx, patronId, ctx.now());
    if (!await tx.cart.remove(patronId, volumeId)) halt(refusedBy("NOT_IN_CART"));
    return done(await tx.cart.list(patronId));
  });
}
async function listCart(ctx, actor) {
  const patronId = onlinePatron(actor, "list the cart");
  return runUnit(ctx, async (tx) => {
    await eligiblePatron(ctx, tx, patronId, ctx.now());
    return done(await tx.cart.list(patronId));
  });
}

// src/rules/change.ts
function checkOnlineChange(reservation, patronId) {
  return reservation.patronId === patronId ? refuse("ONLINE_CHANGE_NOT_ALLOWED") : refuse("NOT_ALLOWED");
}
function checkStaffPickupChange(reservation, branchId, policy) {
  const status = reservation.status;
  const statusVerdict = status === "reserved" ? ALLOWED : status === "requested" ? refuse("ONLINE_CHANGE_NOT_ALLOWED") : refuse("INVALID_TRANSITION", { from: status, event: "changePickup" });
  return combineVerdicts([statusVerdict, checkPickupBranch(policy, branchId)]);
}

// src/service/use-cases/change.ts
async function changeOnline(ctx, actor, input) {
  const patronId = onlinePatron(actor, "change a reservation online");
  const { reservationId } = parseInput(InputSchemas.pickupChange, input);
  return runUnit(ctx, async (tx) => {
    await eligiblePatron(ctx, tx, patronId, ctx.now());
    haltUnless(checkOnlineChange(await existingReservation(tx, reservationId), patronId));
    return halt(refusedBy("ONLINE_CHANGE_NOT_ALLOWED"));
  });
}
async function changePickupByStaff(ctx, actor, input) {
  staffBranch(ctx, actor, "change a pickup branch");
  const { reservationId, pickupBranchId } = parseInput(InputSchemas.pickupChange, input);
  return runUnit(ctx, async (tx) => {
    const at = ctx.now();
    const reservation = await existingReservation(tx, reservationId);
    haltUnless(checkStaffPickupChange(reservation, pickupBranchId, ctx.policy));
    const moved = transition(reservation, { type: "changePickup", pickupBranchId }, { at });
    if (!moved.ok) halt(refusedWith([moved.refusal]));
    await tx.reservations.update(moved.reservation, reservation.version);
    return done(moved.reservation, moved.events);
  });
}

// src/service/use-cases/check-in.ts
async function checkIn(ctx, actor, input) {
  const branch = staffBranch(ctx, actor, "check in");
  const { copyId } = parseInput(InputSchemas.copy, input);
  return runUnit(ctx, async (tx) => {
    const at = ctx.now();
    const copy = await existingCopy(tx, copyId);
    const loan = await tx.loans.findOpenByCopy(copyId);
    if (loan !== null) await tx.loans.update({ ...loan, returnedAt: at, version: loan.version + 1 }, loan.version);
    const placed = await offerCopy(ctx, tx, { ...copy, locationBranchId: branch.id }, copy.version, at);
    const events = placed.events;
    if (placed.kind === "hold") return done({ kind: "hold", copy: placed.copy, reservation: placed.reservation }, events);
    if (placed.kind === "transit") return done({ kind: "transit", copy: placed.copy, reservationId: placed.reservationId }, events);
    return done({ kind: "shelve", copy: placed.copy }, events);
  });
}

// src/service/use-cases/collect.ts
async function collectHold(ctx, actor, input) {
  const branch = staffBranch(ctx, actor, "hand over a hold");
  const { reservationId } = parseInput(InputSchemas.reservation, input);
  return runUnit(ctx, async (tx) => {
    const at = ctx.now();
    const reservation = await existingReservation(tx, reservationId);
    if (reservation.pickupBranchId !== branch.id) halt(refusedBy("NOT_ALLOWED", { pickupBranchId: reservation.pickupBranchId }));
    const moved = transition(reservation, { type: "collect" }, { at });
    if (!moved.ok) halt(refusedWith([moved.refusal]));
    if (reservation.status !== "onHold") halt(refusedBy("INVALID_TRANSITION", { from: reservation.status, event: "collect" }));
    const copy = await existingCopy(tx, reservation.copyId);
    const loan = {
      id: ctx.newId(),
      patronId: reservation.patronId,
      copyId: copy.id,
      volumeId: reservation.volumeId,
      titleId: reservation.titleId,
      branchId: branch.id,
      lentAt: at,
      dueDate: addDays(japanDateOf(at), ctx.policy.loanDays),
      renewals: 0,
      reservationId: reservation.id,
      returnedAt: null,
      version: 0
    };
    await tx.reservations.update(moved.reservation, reservation.version);
    await tx.copies.update({ ...copy, status: "onLoan", locationBranchId: branch.id, version: copy.version + 1 }, copy.version);
    await tx.loans.insert(loan);
    return done(loan, moved.events);
  });
}

// src/lifecycle/create.ts
function createOnlineRequest(input) {
  const { at, ...rest } = input;
  const reservation = { ...rest, channel: "online", placedAt: at, version: 0, status: "requested" };
  return {
    reservation,
    events: [{ type: "reservationRequested", reservationId: input.id, patronId: input.patronId, at, from: null, to: "requested" }]
  };
}
function createCounterReservation(input) {
  const { at, ...rest } = input;
  const reservation = { ...rest, channel: "counter", placedAt: at, version: 0, status: "reserved", queuedAt: at };
  return {
    reservation,
    events: [{ type: "reservationPlaced", reservationId: input.id, patronId: input.patronId, at, from: null, to: "reserved" }]
  };
}

// src/rules/duplicate.ts
function checkNotDuplicate(reservations, patronId, volumeId) {
  const existing = reservations.find(
    (r) => r.patronId === patronId && r.volumeId === volumeId && isActiveReservation(r) && !isCancellationPending(r)
  );
  return existing === void 0 ? ALLOWED : refuse("DUPLICATE_RESERVATION", { reservationId: existing.id });
}

// src/rules/placement.ts
function checkPlacement(input) {
  const { patron, channel, title, volume, pickupBranchId, patronReservations, at, policy } = input;
  const accepted = isAcceptedChannel(channel);
  return combineVerdicts([
    checkChannel(channel),
    channel === "online" ? checkOnlineEligibility(patron, at, policy) : ALLOWED,
    checkReservable({ title, volume }, policy),
    checkPickupBranch(policy, pickupBranchId),
    checkNotDuplicate(patronReservations, patron.id, volume.id),
    accepted ? checkQuota(patronReservations, patron.id, { audiovisual: title.audiovisual, channel }, policy) : ALLOWED
  ]);
}

// src/service/use-cases/counter.ts
async function placeCounterReservation(ctx, actor, input) {
  staffBranch(ctx, actor, "place a counter reservation");
  const { patronId, volumeId, pickupBranchId } = parseInput(InputSchemas.counter, input);
  return runUnit(ctx, async (tx) => {
    const at = ctx.now();
    const patron = await existingPatron(tx, patronId);
    const { title, volume } = await existingItem(tx, volumeId);
    const patronReservations = await tx.reservations.listByPatron(patronId, { active: true });
    haltUnless(checkPlacement({ patron, channel: "counter", title, volume, pickupBranchId, patronReservations, at, policy: ctx.policy }));
    const created = createCounterReservation({
      id: ctx.newId(),
      patronId,
      titleId: title.id,
      volumeId,
      audiovisual: title.audiovisual,
      pickupBranchId,
      at
    });
    await tx.reservations.insert(created.reservation);
    const offered = await offerShelvedCopies(ctx, tx, volumeId, at);
    const stored = await existingReservation(tx, created.reservation.id);
    return done(stored, [...created.events, ...offered.events]);
  });
}

// src/service/use-cases/deliver-notices.ts
function text(value) {
  return typeof value === "string" ? value : "";
}
async function deliverNotices(ctx, send) {
  const pending = await runUnit(ctx, async (tx) => {
    const notices = await tx.outbox.listPending();
    const out = [];
    for (const notice of notices) {
      const patron = await tx.patrons.get(notice.patronId);
      const email = patron?.email;
      const locale = notice.payload["locale"] === "en" ? "en" : "ja";
      out.push({
        id: notice.id,
        kind: notice.kind,
        patronId: notice.patronId,
        reservationId: notice.reservationId ?? null,
        createdAt: notice.createdAt,
        to: typeof email === "string" && email.trim() !== "" ? email : null,
        locale,
        subject: text(notice.payload["subject"]),
        body: text(notice.payload["body"]),
        payload: notice.payload
      });
    }
    return out;
  });
  let sent = 0;
  const failedIds = [];
  for (const notice of pending) {
    try {
      await send(notice);
    } catch {
      failedIds.push(notice.id);
      continue;
    }
    await runUnit(ctx, (tx) => tx.outbox.markSent(notice.id));
    sent++;
  }
  return done({ sent, failed: failedIds });
}

// src/jobs/hold-expiry.ts
init_yoyaku_error();
function runHoldExpiry(snapshot, options) {
  const { at, policy } = options;
  const date = assertLocalDate(options.date, "date");
  if (japanDateOf(at) < date)
    throw new YoyakuError("INVALID_INPUT", "at falls before date in Japan", {
      issues: [{ path: ["at"], message: "Expected an instant on or after the start of date in Japan" }]
    });
  const events = [];
  const next = snapshot.reservations.slice();
  const lapsed = [];
  for (let i = 0; i < next.length; i++) {
    const r = next[i];
    if (r.status !== "onHold" || !(r.lastDay < date)) continue;
    if (!snapshot.copies.has(r.copyId))
      throw new YoyakuError("NOT_FOUND", `Copy ${r.copyId} held by reservation ${r.id} is not in the snapshot`, {
        details: { copyId: r.copyId, reservationId: r.id }
      });
    const done2 = applyTransition(r, { type: "lapse" }, at, events);
    next[i] = done2;
    lapsed.push(done2);
  }
  if (lapsed.length === 0) return { lapsed, copies: [], holds: [], reservations: next, events };
  const noticeDate = japanDateOf(at);
  const queues = new VolumeQueues(next);
  const copies = [];
  const holds = /* @__PURE__ */ new Map();
  const passed = /* @__PURE__ */ new Set();
  for (const r of lapsed) {
    const copy = snapshot.copies.get(r.copyId);
    if (passed.has(copy.id) || untrappable(copy, passed) !== null) continue;
    passed.add(copy.id);
    const placed = placeCopy(copy, queues.take(copy.volumeId), at, noticeDate, policy);
    copies.push(placed.copy);
    if (placed.kind === "hold") {
      holds.set(placed.reservation.id, placed.reservation);
      for (const e of placed.events) events.push(e);
    }
  }
  if (holds.size > 0) for (let i = 0; i < next.length; i++) next[i] = holds.get(next[i].id) ?? next[i];
  return { lapsed, copies, holds: [...holds.values()], reservations: next, events };
}

// src/service/use-cases/expiry.ts
async function runHoldExpiry2(ctx, actor, input) {
  systemOnly(actor, "run the hold expiry");
  const parsed = parseInput(InputSchemas.job, input);
  return runClaimedJob(ctx, "expiry", parsed?.date, async (tx, date) => {
    const at = ctx.now();
    const ending = await tx.reservations.listHoldsEndingBefore(date);
    const reservations = /* @__PURE__ */ new Map();
    const copies = /* @__PURE__ */ new Map();
    for (const volumeId of [...new Set(ending.map((r) => r.volumeId))].sort())
      for (const r of await tx.reservations.listByVolume(volumeId)) reservations.set(r.id, r);
    for (const hold of ending) {
      reservations.set(hold.id, hold);
      if (hold.status !== "onHold" || copies.has(hold.copyId)) continue;
      const copy = await tx.copies.get(hold.copyId);
      if (copy !== null) copies.set(copy.id, copy);
    }
    const result = runHoldExpiry({ reservations: [...reservations.values()], copies }, { date, at, policy: ctx.policy });
    for (const lapsed of result.lapsed) await tx.reservations.update(lapsed, lapsed.version - 1);
    for (const copy of result.copies) await tx.copies.update(copy, copy.version - 1);
    for (const hold of result.holds) {
      await tx.reservations.update(hold, hold.version - 1);
      await enqueueHoldNotice(ctx, tx, hold, at);
    }
    const events = result.events;
    const summary = {
      date,
      claimed: true,
      approved: 0,
      rejected: 0,
      cancelled: 0,
      lapsed: result.lapsed.length,
      newHolds: result.holds.length
    };
    return { summary, events };
  });
}

// src/service/use-cases/favourites.ts
async function addFavourite(ctx, actor, input) {
  const patronId = onlinePatron(actor, "add a favourite");
  const { volumeId } = parseInput(InputSchemas.volume, input);
  return runUnit(ctx, async (tx) => {
    await eligiblePatron(ctx, tx, patronId, ctx.now());
    await existingVolume(tx, volumeId);
    if (!await tx.favourites.add(patronId, { volumeId })) halt(refusedBy("ALREADY_IN_FAVOURITES"));
    return done((await tx.favourites.list(patronId)).map((e) => e.volumeId));
  });
}
async function removeFavourite(ctx, actor, input) {
  const patronId = onlinePatron(actor, "remove a favourite");
  const { volumeId } = parseInput(InputSchemas.volume, input);
  return runUnit(ctx, async (tx) => {
    await eligiblePatron(ctx, tx, patronId, ctx.now());
    if (!await tx.favourites.remove(patronId, volumeId)) halt(refusedBy("NOT_IN_CART"));
    return done((await tx.favourites.list(patronId)).map((e) => e.volumeId));
  });
}
async function listFavourites(ctx, actor) {
  const patronId = onlinePatron(actor, "list favourites");
  return runUnit(ctx, async (tx) => {
    await eligiblePatron(ctx, tx, patronId, ctx.now());
    return done((await tx.favourites.list(patronId)).map((e) => e.volumeId));
  });
}
async function moveFavouriteToCart(ctx, actor, input) {
  const patronId = onlinePatron(actor, "move a favourite to the cart");
  const entry = parseInput(InputSchemas.cartEntry, input);
  return runUnit(ctx, async (tx) => {
    await eligiblePatron(ctx, tx, patronId, ctx.now());
    if (!await tx.favourites.remove(patronId, entry.volumeId)) halt(refusedBy("NOT_IN_CART"));
    return done(await addEntryToCart(ctx, tx, patronId, entry));
  });
}

// src/rules/loan-status.ts
function loanStatus(loan, reservations, asOf) {
  const today = japanDateOf(asOf);
  return {
    overdue: loan.returnedAt === null && loan.dueDate < today,
    reserved: reservations.some((r) => r.volumeId === loan.volumeId && r.patronId !== loan.patronId && isQueued(r)),
    asOf,
    dueDate: loan.dueDate
  };
}
function checkRenewal(loan, reservations, asOf, policy) {
  if (loan.returnedAt !== null) return refuse("LOAN_RETURNED");
  const status = loanStatus(loan, reservations, asOf);
  return combineVerdicts([
    loan.renewals >= policy.maxRenewals ? refuse("RENEWAL_LIMIT", { limit: policy.maxRenewals, count: loan.renewals }) : ALLOWED,
    status.reserved ? refuse("RENEWAL_BLOCKED") : ALLOWED
  ]);
}
function renewLoan(loan, asOf, policy) {
  const today = japanDateOf(asOf);
  const from = loan.dueDate < today ? today : loan.dueDate;
  return { ...loan, dueDate: addDays(from, policy.loanDays), renewals: loan.renewals + 1, version: loan.version + 1 };
}

// src/service/use-cases/lists.ts
var Reader = class {
  constructor(tx) {
    this.tx = tx;
  }
  tx;
  #titles = /* @__PURE__ */ new Map();
  #volumes = /* @__PURE__ */ new Map();
  #byVolume = /* @__PURE__ */ new Map();
  async title(id4) {
    const cached = this.#titles.get(id4);
    if (cached !== void 0) return cached;
    const title = await existingTitle(this.tx, id4);
    this.#titles.set(id4, title);
    return title;
  }
  async volume(id4) {
    const cached = this.#volumes.get(id4);
    if (cached !== void 0) return cached;
    const volume = await existingVolume(this.tx, id4);
    this.#volumes.set(id4, volume);
    return volume;
  }
  async reservationsOf(volumeId) {
    const cached = this.#byVolume.get(volumeId);
    if (cached !== void 0) return cached;
    const list = await this.tx.reservations.listByVolume(volumeId);
    this.#byVolume.set(volumeId, list);
    return list;
  }
};
async function subjectPatron(ctx, tx, actor, operation2, wanted) {
  const who = patronOrStaff(ctx, actor, operation2);
  if (who.kind === "patron") {
    await eligiblePatron(ctx, tx, who.patronId, ctx.now());
    if (wanted !== void 0 && wanted !== who.patronId) halt(refusedBy("NOT_ALLOWED"));
    return who.patronId;
  }
  if (wanted === void 0)
    halt(failed("INVALID_INPUT", "Invalid input: patronId", [{ path: ["patronId"], message: "Staff must name the patron" }]));
  await existingPatron(tx, wanted);
  return wanted;
}
async function listReservations(ctx, actor, input) {
  const wanted = parseInput(InputSchemas.patronFilter, input)?.patronId;
  return runUnit(ctx, async (tx) => {
    const patronId = await subjectPatron(ctx, tx, actor, "list reservations", wanted);
    const asOf = ctx.now();
    const reader = new Reader(tx);
    const views = [];
    for (const r of await tx.reservations.listByPatron(patronId)) {
      const title = await reader.title(r.titleId);
      const volume = await reader.volume(r.volumeId);
      views.push({
        reservationId: r.id,
        volumeId: r.volumeId,
        titleId: r.titleId,
        title: title.name,
        volumeLabel: volume.label ?? null,
        status: r.status,
        label: RESERVATION_STATUS_LABELS[r.status],
        channel: r.channel,
        pickupBranchId: r.pickupBranchId,
        queuePosition: r.status === "reserved" ? queuePosition(r, await reader.reservationsOf(r.volumeId)) : null,
        lastDay: r.status === "onHold" ? r.lastDay : null,
        cancellationPending: isCancellationPending(r)
      });
    }
    return done({ asOf, reservations: views });
  });
}
async function loanStatusPage(ctx, actor, input) {
  const wanted = parseInput(InputSchemas.patronFilter, input)?.patronId;
  return runUnit(ctx, async (tx) => {
    const patronId = await subjectPatron(ctx, tx, actor, "see the loan status page", wanted);
    const asOf = ctx.now();
    const reader = new Reader(tx);
    const loans = [];
    for (const loan of await tx.loans.listByPatron(patronId, { open: true })) {
      const reservations = await reader.reservationsOf(loan.volumeId);
      const status = loanStatus(loan, reservations, asOf);
      loans.push({
        loanId: loan.id,
        copyId: loan.copyId,
        title: (await reader.title(loan.titleId)).name,
        dueDate: loan.dueDate,
        overdue: status.overdue,
        reserved: status.reserved,
        renewable: checkRenewal(loan, reservations, asOf, ctx.policy).ok
      });
    }
    return done({ asOf, loans });
  });
}

// src/service/use-cases/loans.ts
async function renewLoan2(ctx, actor, input) {
  const who = patronOrStaff(ctx, actor, "renew a loan");
  const { loanId } = parseInput(InputSchemas.loan, input);
  return runUnit(ctx, async (tx) => {
    const at = ctx.now();
    if (who.kind === "patron") await eligiblePatron(ctx, tx, who.patronId, at);
    const loan = await existingLoan(tx, loanId);
    if (who.kind === "patron" && loan.patronId !== who.patronId) halt(refusedBy("NOT_ALLOWED"));
    haltUnless(checkRenewal(loan, await tx.reservations.listByVolume(loan.volumeId), at, ctx.policy));
    const next = renewLoan(loan, at, ctx.policy);
    await tx.loans.update(next, loan.version);
    return done(next);
  });
}

// src/service/use-cases/patron-settings.ts
async function updatePatron(tx, patronId, change) {
  const found2 = await tx.patrons.getVersioned(patronId);
  if (found2 === null) halt(failed("NOT_FOUND", `No patron ${patronId}`));
  await tx.patrons.update(change(found2.patron), found2.version);
}
async function setInternetRegistration(ctx, actor, input) {
  staffBranch(ctx, actor, "register a patron");
  const { patronId, registered, email } = parseInput(InputSchemas.registration, input);
  if (email !== void 0) haltUnless(checkEmailChange(email));
  return runUnit(ctx, async (tx) => {
    await updatePatron(tx, patronId, (p) => ({ ...p, internetRegistered: registered, ...email === void 0 ? {} : { email } }));
    return done(void 0);
  });
}
async function setUnreachable(ctx, actor, input) {
  staffBranch(ctx, actor, "mark a patron unreachable");
  const { patronId, unreachable } = parseInput(InputSchemas.unreachable, input);
  return runUnit(ctx, async (tx) => {
    await updatePatron(tx, patronId, (p) => ({ ...p, unreachable }));
    return done(void 0);
  });
}
async function changeEmail(ctx, actor, input) {
  const patronId = onlinePatron(actor, "change the e-mail address");
  const { email, confirmed } = parseInput(InputSchemas.emailChange, input);
  return runUnit(ctx, async (tx) => {
    await eligiblePatron(ctx, tx, patronId, ctx.now(), ["UNREACHABLE", "NO_EMAIL"]);
    haltUnless(checkEmailChange(email));
    await updatePatron(tx, patronId, (p) => applyEmailChange(p, email, { confirmed }));
    return done(void 0);
  });
}
async function setNoticePrivacy(ctx, actor, input) {
  const patronId = onlinePatron(actor, "set the notice privacy");
  const { showName, showTitle } = parseInput(InputSchemas.noticePrivacy, input);
  return runUnit(ctx, async (tx) => {
    await eligiblePatron(ctx, tx, patronId, ctx.now());
    await updatePatron(tx, patronId, (p) => ({ ...p, noticePrivacy: { showName, showTitle } }));
    return done(void 0);
  });
}

// src/service/use-cases/submit.ts
async function submitCart(ctx, actor, input) {
  const patronId = onlinePatron(actor, "submit the cart");
  const { volumeIds } = parseInput(InputSchemas.submit, input);
  return runUnit(ctx, async (tx) => {
    const at = ctx.now();
    const patron = await eligiblePatron(ctx, tx, patronId, at);
    const cart = await tx.cart.list(patronId);
    const mine = await tx.reservations.listByPatron(patronId, { active: true });
    const outcomes = [];
    const events = [];
    for (const volumeId of volumeIds) {
      const entry = cart.find((e) => e.volumeId === volumeId);
      if (entry === void 0) {
        outcomes.push({ volumeId, ok: false, refusals: [refusal("NOT_IN_CART")] });
        continue;
      }
      const { title, volume } = await existingItem(tx, volumeId);
      const verdict = checkPlacement({
        patron,
        channel: "online",
        title,
        volume,
        pickupBranchId: entry.pickupBranchId,
        patronReservations: mine,
        at,
        policy: ctx.policy
      });
      if (!verdict.ok) {
        outcomes.push({ volumeId, ok: false, refusals: verdict.refusals });
        continue;
      }
      const created = createOnlineRequest({
        id: ctx.newId(),
        patronId,
        titleId: title.id,
        volumeId,
        audiovisual: title.audiovisual,
        pickupBranchId: entry.pickupBranchId,
        at
      });
      await tx.reservations.insert(created.reservation);
      await tx.cart.remove(patronId, volumeId);
      mine.push(created.reservation);
      events.push(...created.events);
      outcomes.push({ volumeId, ok: true, reservationId: created.reservation.id });
    }
    return done(outcomes, events);
  });
}

// src/rules/walk-in.ts
function checkWalkInCheckout(copy, volumeReservations) {
  return combineVerdicts([
    copy.status === "onShelf" ? ALLOWED : refuse("COPY_NOT_AVAILABLE", { copyStatus: copy.status }),
    volumeReservations.some((r) => r.volumeId === copy.volumeId && isQueued(r)) ? refuse("RESERVED_FOR_QUEUE") : ALLOWED
  ]);
}

// src/service/use-cases/walk-in.ts
async function checkoutWalkIn(ctx, actor, input) {
  const branch = staffBranch(ctx, actor, "check out to a walk-in");
  const { patronId, copyId } = parseInput(InputSchemas.walkIn, input);
  return runUnit(ctx, async (tx) => {
    const at = ctx.now();
    await existingPatron(tx, patronId);
    const copy = await existingCopy(tx, copyId);
    if (branch.kind === "museum") halt(refusedBy("MUSEUM_NOT_PICKUP", { branchId: branch.id }));
    if (copy.locationBranchId !== branch.id) halt(refusedBy("NOT_ALLOWED", { branchId: branch.id }));
    haltUnless(checkWalkInCheckout(copy, await tx.reservations.listByVolume(copy.volumeId)));
    const volume = await existingVolume(tx, copy.volumeId);
    const loan = {
      id: ctx.newId(),
      patronId,
      copyId,
      volumeId: copy.volumeId,
      titleId: volume.titleId,
      branchId: branch.id,
      lentAt: at,
      dueDate: addDays(japanDateOf(at), ctx.policy.loanDays),
      renewals: 0,
      returnedAt: null,
      version: 0
    };
    await tx.copies.update({ ...copy, status: "onLoan", version: copy.version + 1 }, copy.version);
    await tx.loans.insert(loan);
    return done(loan);
  });
}

// src/service/create-reservation-service.ts
function randomId() {
  return globalThis.crypto.randomUUID();
}
function checkedOptions(options) {
  const maxRetries = options.maxRetries ?? 3;
  const serverId = options.serverId ?? `yoyaku-${randomId()}`;
  const noticeLocale = options.noticeLocale ?? "ja";
  const issues = [
    ...Number.isInteger(maxRetries) && maxRetries >= 0 ? [] : [{ path: ["maxRetries"], message: "Expected an integer >= 0" }],
    ...typeof serverId === "string" && serverId.length > 0 ? [] : [{ path: ["serverId"], message: "Expected a non-empty string" }],
    ...noticeLocale === "ja" || noticeLocale === "en" ? [] : [{ path: ["noticeLocale"], message: "Expected 'ja' or 'en'" }],
    ...options.ids === void 0 || typeof options.ids === "function" ? [] : [{ path: ["ids"], message: "Expected a function" }]
  ];
  if (issues.length > 0)
    throw new YoyakuError("INVALID_INPUT", `Invalid service options: ${issues.map((i) => i.path.join(".")).join(", ")}`, { issues });
  return { maxRetries, serverId, noticeLocale };
}
function createReservationService(ports, policy, options = {}) {
  const { maxRetries, serverId, noticeLocale } = checkedOptions(options);
  const ctx = {
    ports,
    policy,
    newId: options.ids ?? randomId,
    maxRetries,
    serverId,
    noticeLocale,
    now: () => ports.clock.now()
  };
  return {
    addFavourite: (actor, input) => guarded(() => addFavourite(ctx, actor, input)),
    removeFavourite: (actor, input) => guarded(() => removeFavourite(ctx, actor, input)),
    listFavourites: (actor) => guarded(() => listFavourites(ctx, actor)),
    moveFavouriteToCart: (actor, input) => guarded(() => moveFavouriteToCart(ctx, actor, input)),
    addToCart: (actor, input) => guarded(() => addToCart(ctx, actor, input)),
    removeFromCart: (actor, input) => guarded(() => removeFromCart(ctx, actor, input)),
    listCart: (actor) => guarded(() => listCart(ctx, actor)),
    submitCart: (actor, input) => guarded(() => submitCart(ctx, actor, input)),
    placeCounterReservation: (actor, input) => guarded(() => placeCounterReservation(ctx, actor, input)),
    checkoutWalkIn: (actor, input) => guarded(() => checkoutWalkIn(ctx, actor, input)),
    checkIn: (actor, input) => guarded(() => checkIn(ctx, actor, input)),
    collectHold: (actor, input) => guarded(() => collectHold(ctx, actor, input)),
    runApprovalBatch: (actor, input) => guarded(() => runApprovalBatch2(ctx, actor, input)),
    runHoldExpiry: (actor, input) => guarded(() => runHoldExpiry2(ctx, actor, input)),
    cancelOnline: (actor, input) => guarded(() => cancelOnline(ctx, actor, input)),
    cancelByStaff: (actor, input) => guarded(() => cancelByStaff(ctx, actor, input)),
    changeOnline: (actor, input) => guarded(() => changeOnline(ctx, actor, input)),
    changePickupByStaff: (actor, input) => guarded(() => changePickupByStaff(ctx, actor, input)),
    listReservations: (actor, input) => guarded(() => listReservations(ctx, actor, input)),
    loanStatusPage: (actor, input) => guarded(() => loanStatusPage(ctx, actor, input)),
    renewLoan: (actor, input) => guarded(() => renewLoan2(ctx, actor, input)),
    setInternetRegistration: (actor, input) => guarded(() => setInternetRegistration(ctx, actor, input)),
    setUnreachable: (actor, input) => guarded(() => setUnreachable(ctx, actor, input)),
    changeEmail: (actor, input) => guarded(() => changeEmail(ctx, actor, input)),
    setNoticePrivacy: (actor, input) => guarded(() => setNoticePrivacy(ctx, actor, input)),
    deliverNotices: (send) => guarded(() => deliverNotices(ctx, send))
  };
}

// src/testing/scenario/scenario-state.ts
async function readScenarioState(storage, scope) {
  return storage.unitOfWork.run(async (tx) => {
    const patrons = /* @__PURE__ */ new Map();
    const reservations = /* @__PURE__ */ new Map();
    const loans = /* @__PURE__ */ new Map();
    const carts = /* @__PURE__ */ new Map();
    const favourites = /* @__PURE__ */ new Map();
    for (const patronId of scope.patronIds) {
      const patron = await tx.patrons.get(patronId);
      if (patron) patrons.set(patronId, patron);
      for (const r of await tx.reservations.listByPatron(patronId)) reservations.set(r.id, r);
      for (const l of await tx.loans.listByPatron(patronId)) loans.set(l.id, l);
      carts.set(patronId, (await tx.cart.list(patronId)).map((e) => e.volumeId));
      favourites.set(patronId, (await tx.favourites.list(patronId)).map((e) => e.volumeId));
    }
    const copies = /* @__PURE__ */ new Map();
    const queues = /* @__PURE__ */ new Map();
    for (const volumeId of scope.volumeIds) {
      for (const c of await tx.copies.listByVolume(volumeId)) copies.set(c.id, c);
      queues.set(volumeId, (await tx.reservations.listQueue(volumeId)).map((r) => r.id));
    }
    const notices = new Map((await tx.outbox.listPending()).map((n) => [n.id, n]));
    return { patrons, reservations, queues, copies, loans, notices, carts, favourites };
  });
}
function queuePositionIn(state, reservation) {
  const index = state.queues.get(reservation.volumeId)?.indexOf(reservation.id) ?? -1;
  return index < 0 ? null : index + 1;
}
function pendingCancellation(r) {
  return (r.status === "requested" || r.status === "reserved") && r.cancellationRequestedAt !== void 0;
}
function transitionChange(r, from, after, aliasOf, extra) {
  const alias = aliasOf(r.id);
  const current = after.reservations.get(r.id);
  const position = current !== void 0 && current.status === "reserved" && r.status === "reserved" ? queuePositionIn(after, current) : null;
  return {
    type: "reservation",
    reservationId: r.id,
    ...alias === void 0 ? {} : { alias },
    patronId: r.patronId,
    volumeId: r.volumeId,
    channel: r.channel,
    from,
    to: r.status,
    label: RESERVATION_STATUS_LABELS[r.status],
    ...extra.lastDay === void 0 ? {} : { lastDay: extra.lastDay },
    ...position === null ? {} : { queuePosition: position },
    ...extra.reasons === void 0 ? {} : { reasons: extra.reasons },
    ...extra.copyId === void 0 ? {} : { copyId: extra.copyId }
  };
}
function factsOf(r) {
  return {
    ...r.status === "onHold" || r.status === "lapsed" ? { lastDay: r.lastDay } : {},
    ...r.status === "rejected" ? { reasons: r.reasons.map((x) => x.rule) } : {},
    ...r.status === "onHold" || r.status === "lapsed" || r.status === "collected" ? { copyId: r.copyId } : {}
  };
}
function eventChanges(events, before, after, aliasOf) {
  const changes = [];
  for (const e of events) {
    const r = after.reservations.get(e.reservationId) ?? before.reservations.get(e.reservationId);
    if (r === void 0) continue;
    const alias = aliasOf(r.id);
    const named = alias === void 0 ? {} : { alias };
    if (e.type === "cancellationRequested") {
      changes.push({ type: "cancellationRequested", reservationId: r.id, ...named, patronId: r.patronId });
    } else if (e.type === "pickupChanged") {
      const from = before.reservations.get(r.id)?.pickupBranchId ?? e.pickupBranchId;
      changes.push({ type: "pickupChanged", reservationId: r.id, ...named, from, to: e.pickupBranchId });
    } else if (e.from !== e.to) {
      const extra = {
        ...e.type === "holdStarted" || e.type === "holdLapsed" ? { lastDay: e.lastDay } : {},
        ...e.type === "reservationRejected" ? { reasons: e.reasons.map((x) => x.rule) } : {},
        ..."copyId" in e && e.copyId !== void 0 ? { copyId: e.copyId } : {}
      };
      changes.push(transitionChange({ ...r, status: e.to }, e.from, after, aliasOf, extra));
    }
  }
  return changes;
}
function reservationChanges(before, after, aliasOf, events) {
  const changes = eventChanges(events, before, after, aliasOf);
  const told = /* @__PURE__ */ new Map();
  for (const e of events) told.set(e.reservationId, e.to);
  for (const r of after.reservations.values()) {
    const old = before.reservations.get(r.id);
    const alias = aliasOf(r.id);
    const named = alias === void 0 ? {} : { alias };
    if (told.get(r.id) === r.status) continue;
    if (old === void 0 || old.status !== r.status) {
      changes.push(transitionChange(r, old?.status ?? null, after, aliasOf, factsOf(r)));
    } else if (pendingCancellation(r) && !pendingCancellation(old)) {
      changes.push({ type: "cancellationRequested", reservationId: r.id, ...named, patronId: r.patronId });
    } else if (old.pickupBranchId !== r.pickupBranchId) {
      changes.push({ type: "pickupChanged", reservationId: r.id, ...named, from: old.pickupBranchId, to: r.pickupBranchId });
    }
  }
  return changes;
}
function copyChanges(before, after) {
  const changes = [];
  for (const c of after.copies.values()) {
    const old = before.copies.get(c.id);
    if (old === void 0 || old.status === c.status && old.locationBranchId === c.locationBranchId) continue;
    changes.push({
      type: "copy",
      copyId: c.id,
      volumeId: c.volumeId,
      from: { status: old.status, branchId: old.locationBranchId },
      to: { status: c.status, branchId: c.locationBranchId },
      label: { from: COPY_STATUS_LABELS[old.status], to: COPY_STATUS_LABELS[c.status] }
    });
  }
  return changes;
}
function loanChanges(before, after, aliasOf) {
  const changes = [];
  for (const l of after.loans.values()) {
    const old = before.loans.get(l.id);
    const event = old === void 0 ? "lent" : old.returnedAt === null && l.returnedAt !== null ? "returned" : l.renewals > old.renewals ? "renewed" : null;
    if (event === null) continue;
    const alias = aliasOf(l.id);
    changes.push({
      type: "loan",
      event,
      loanId: l.id,
      ...alias === void 0 ? {} : { alias },
      patronId: l.patronId,
      copyId: l.copyId,
      dueDate: l.dueDate
    });
  }
  return changes;
}
function noticeChanges(before, after, aliasOf) {
  const changes = [];
  for (const n of after.notices.values()) {
    if (before.notices.has(n.id)) continue;
    const alias = n.reservationId === void 0 ? void 0 : aliasOf(n.reservationId);
    changes.push({
      type: "notice",
      noticeId: n.id,
      kind: n.kind,
      patronId: n.patronId,
      ...n.reservationId === void 0 ? {} : { reservationId: n.reservationId },
      ...alias === void 0 ? {} : { alias },
      payload: n.payload
    });
  }
  return changes;
}
function patronChanges(before, after) {
  const changes = [];
  for (const p of after.patrons.values()) {
    const old = before.patrons.get(p.id);
    if (old === void 0) continue;
    const fields = [
      old.internetRegistered !== p.internetRegistered ? "internetRegistered" : null,
      old.unreachable !== p.unreachable ? "unreachable" : null,
      old.email !== p.email ? "email" : null,
      old.noticePrivacy.showName !== p.noticePrivacy.showName ? "showName" : null,
      old.noticePrivacy.showTitle !== p.noticePrivacy.showTitle ? "showTitle" : null
    ].filter((f) => f !== null);
    if (fields.length > 0) changes.push({ type: "patron", patronId: p.id, fields });
  }
  return changes;
}
function listChanges(type, before, after) {
  const changes = [];
  for (const [patronId, entries] of after) {
    const old = before.get(patronId) ?? [];
    const added = entries.filter((v) => !old.includes(v));
    const removed = old.filter((v) => !entries.includes(v));
    if (added.length > 0 || removed.length > 0) changes.push({ type, patronId, added, removed });
  }
  return changes;
}
function diffScenarioState(before, after, aliasOf, events = []) {
  return [
    ...reservationChanges(before, after, aliasOf, events),
    ...copyChanges(before, after),
    ...loanChanges(before, after, aliasOf),
    ...noticeChanges(before, after, aliasOf),
    ...patronChanges(before, after),
    ...listChanges("cart", before.carts, after.carts),
    ...listChanges("favourites", before.favourites, after.favourites)
  ];
}

// src/testing/scenario/check-expectation.ts
function show(value) {
  if (value === void 0) return "nothing";
  const text2 = typeof value === "string" ? value : JSON.stringify(value);
  return text2.length > 240 ? `${text2.slice(0, 240)}\u2026` : text2;
}
function check(name, expected, actual, subject) {
  const passed = JSON.stringify(expected) === JSON.stringify(actual);
  const message = passed ? `${subject} ${name} is ${show(actual)}` : `expected ${subject} ${name} ${show(expected)}, got ${show(actual)}`;
  return { check: name, passed, expected, actual, message };
}
function statusName(status) {
  return status === void 0 ? void 0 : `${status} (${RESERVATION_STATUS_LABELS[status].ja})`;
}
function matches(expected, actual, resolve) {
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => matches(e, actual[i], resolve));
  }
  if (typeof expected === "object" && expected !== null) {
    if (typeof actual !== "object" || actual === null) return false;
    return Object.entries(expected).every(([k, v]) => matches(v, actual[k], resolve));
  }
  if (typeof expected === "string" && typeof actual === "string" && resolve(expected) === actual) return true;
  return Object.is(expected, actual);
}
function texts(value) {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap((v) => texts(v));
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap((v) => texts(v));
  return value === void 0 || value === null ? [] : [String(value)];
}
function findKey(value, key) {
  if (typeof value !== "object" || value === null) return void 0;
  if (!Array.isArray(value) && key in value) return value[key];
  for (const v of Object.values(value)) {
    const found2 = findKey(v, key);
    if (found2 !== void 0) return found2;
  }
  return void 0;
}
function reservationChecks(e, ctx) {
  if (e.reservation === void 0) return [];
  const alias = e.reservation;
  const id4 = ctx.resolve(alias);
  const r = id4 === void 0 ? void 0 : ctx.state.reservations.get(id4);
  if (r === void 0) {
    return [{ check: "reservation", passed: false, expected: alias, actual: null, message: `${alias} names no reservation: its step created none` }];
  }
  const checks = [];
  if (e.status !== void 0) {
    const c = check("status", e.status, r.status, alias);
    checks.push({ ...c, message: c.passed ? `${alias} is ${statusName(r.status)}` : `expected ${alias} to be ${statusName(e.status)}, but it is ${statusName(r.status)}` });
  }
  if (e.queuePosition !== void 0) checks.push(check("queue position", e.queuePosition, queuePositionIn(ctx.state, r), alias));
  if (e.lastDay !== void 0) checks.push(check("last day", e.lastDay, r.status === "onHold" || r.status === "lapsed" ? r.lastDay : null, alias));
  if (e.rejectedFor !== void 0) {
    const rules = r.status === "rejected" ? r.reasons.map((x) => x.rule) : [];
    const passed = rules.includes(e.rejectedFor);
    checks.push({
      check: "rejected for",
      passed,
      expected: e.rejectedFor,
      actual: rules,
      message: passed ? `${alias} was rejected for ${e.rejectedFor}` : `expected ${alias} rejected for ${e.rejectedFor}, got ${r.status === "rejected" ? rules.join(", ") : r.status}`
    });
  }
  if (e.cancellationPending !== void 0) {
    const pending = (r.status === "requested" || r.status === "reserved") && r.cancellationRequestedAt !== void 0;
    checks.push(check("cancellation pending", e.cancellationPending, pending, alias));
  }
  if (e.pickupBranch !== void 0) checks.push(check("pickup branch", e.pickupBranch, r.pickupBranchId, alias));
  return checks;
}
function previousChecks(e, ctx) {
  const prev = ctx.previous;
  const checks = [];
  const asked = ["refused", "succeeded", "error", "result"].filter((k) => e[k] !== void 0);
  if (prev === null) {
    return asked.map((k) => ({ check: k, passed: false, expected: e[k], actual: null, message: `${k}: the operation it checks ran before this run` }));
  }
  if (e.refused !== void 0) {
    const names = (prev.refusals ?? []).flatMap((r) => [r.code, r.rule]);
    const passed = prev.outcome === "refused" && names.includes(e.refused);
    const actual = prev.outcome === "refused" ? (prev.refusals ?? []).map((r) => `${r.rule} ${r.code}`).join(", ") : prev.outcome;
    checks.push({
      check: "refused",
      passed,
      expected: e.refused,
      actual,
      message: passed ? `the operation was refused (${e.refused})` : `expected the operation refused with ${e.refused}, got ${actual}`
    });
  }
  if (e.succeeded !== void 0) {
    const passed = prev.outcome === "ok" === e.succeeded;
    checks.push({
      check: "succeeded",
      passed,
      expected: e.succeeded,
      actual: prev.outcome,
      message: passed ? `the operation ${e.succeeded ? "succeeded" : "did not succeed"}` : `expected the operation to ${e.succeeded ? "succeed" : "fail"}, got ${prev.message}`
    });
  }
  if (e.error !== void 0) checks.push(check("error", e.error, prev.error?.code ?? null, "the operation"));
  if (e.result !== void 0) {
    const passed = matches(e.result, prev.value, ctx.resolve);
    checks.push({
      check: "result",
      passed,
      expected: e.result,
      actual: prev.value,
      message: passed ? "the result matches" : `expected the result to match ${show(e.result)}, got ${show(prev.value)}`
    });
  }
  return checks;
}
function noticeChecks(e, ctx) {
  const reservationId = e.reservation === void 0 ? void 0 : ctx.resolve(e.reservation);
  const notices = [...ctx.state.notices.values()].filter((n) => n.patronId === e.patron && (e.reservation === void 0 || n.reservationId === reservationId)).sort((a, b) => a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1);
  const subject = `notices to ${e.patron}${e.reservation === void 0 ? "" : ` about ${e.reservation}`}`;
  const checks = [];
  if (e.count !== void 0) checks.push(check("count", e.count, notices.length, `the ${subject}:`));
  const latest = notices.at(-1);
  const wantsContent = e.contains.length > 0 || e.excludes.length > 0 || e.lastDay !== void 0;
  if (latest === void 0) {
    if (wantsContent) checks.push({ check: "notice", passed: false, expected: "a notice", actual: null, message: `no ${subject}` });
    return checks;
  }
  const text2 = texts(latest.payload).join("\n");
  for (const wanted of e.contains) {
    const passed = text2.includes(wanted);
    checks.push({ check: "contains", passed, expected: wanted, actual: passed ? wanted : null, message: passed ? `the notice shows "${wanted}"` : `expected the notice to show "${wanted}"` });
  }
  for (const unwanted of e.excludes) {
    const passed = !text2.includes(unwanted);
    checks.push({ check: "excludes", passed, expected: unwanted, actual: passed ? null : unwanted, message: passed ? `the notice does not show "${unwanted}"` : `the notice shows "${unwanted}", which it must not` });
  }
  if (e.lastDay !== void 0) checks.push(check("last day", e.lastDay, findKey(latest.payload, "lastDay") ?? null, "the notice\u2019s"));
  return checks;
}
function loanChecks(e, ctx) {
  const id4 = ctx.resolve(e.id);
  const loan = id4 === void 0 ? void 0 : ctx.state.loans.get(id4);
  if (loan === void 0) return [{ check: "loan", passed: false, expected: e.id, actual: null, message: `${e.id} names no loan: its step created none` }];
  const reservations = [...ctx.state.reservations.values()].filter((r) => r.volumeId === loan.volumeId);
  const status = loanStatus(loan, reservations, ctx.now);
  const checks = [];
  if (e.overdue !== void 0) checks.push(check("overdue", e.overdue, status.overdue, e.id));
  if (e.reserved !== void 0) checks.push(check("reserved", e.reserved, status.reserved, e.id));
  if (e.renewable !== void 0) checks.push(check("renewable", e.renewable, checkRenewal(loan, reservations, ctx.now, ctx.policy).ok, e.id));
  if (e.dueDate !== void 0) checks.push(check("due date", e.dueDate, loan.dueDate, e.id));
  if (e.returned !== void 0) checks.push(check("returned", e.returned, loan.returnedAt !== null, e.id));
  return checks;
}
function checkExpectation(expectation, ctx) {
  const e = expectation;
  const checks = [...reservationChecks(e, ctx), ...previousChecks(e, ctx)];
  if (e.notice) checks.push(...noticeChecks(e.notice, ctx));
  if (e.activeCount) {
    const count = [...ctx.state.reservations.values()].filter((r) => r.patronId === e.activeCount?.patron && isActiveReservation(r)).length;
    checks.push(check("active reservations", e.activeCount.count, count, e.activeCount.patron));
  }
  if (e.copy) {
    const copy = ctx.state.copies.get(e.copy.id);
    if (e.copy.status !== void 0) checks.push(check("status", e.copy.status, copy?.status, e.copy.id));
    if (e.copy.branch !== void 0) checks.push(check("branch", e.copy.branch, copy?.locationBranchId, e.copy.id));
  }
  if (e.loan) checks.push(...loanChecks(e.loan, ctx));
  return checks;
}

// src/testing/scenario/run-operation.ts
init_yoyaku_error();

// src/notices/refusal-messages.ts
var REFUSAL_MESSAGES = {
  NOT_REGISTERED: {
    ja: "\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8\u4E88\u7D04\u30B5\u30FC\u30D3\u30B9\u306E\u5229\u7528\u767B\u9332\u304C\u3055\u308C\u3066\u3044\u307E\u305B\u3093\u3002\u5E02\u5185\u306E\u56F3\u66F8\u9928\u3067\u767B\u9332\u306E\u7533\u8FBC\u307F\u3092\u884C\u3063\u3066\u304F\u3060\u3055\u3044\u3002",
    en: "You are not registered for the online reservation service. Please register at one of the city libraries."
  },
  NO_EMAIL: {
    ja: "\u9023\u7D61\u7528\u306E\u30E1\u30FC\u30EB\u30A2\u30C9\u30EC\u30B9\u304C\u767B\u9332\u3055\u308C\u3066\u3044\u306A\u3044\u305F\u3081\u3001\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8\u4E88\u7D04\u30B5\u30FC\u30D3\u30B9\u3092\u3054\u5229\u7528\u3044\u305F\u3060\u3051\u307E\u305B\u3093\u3002",
    en: "No e-mail address for notices is registered, so the online reservation service is not available to you."
  },
  INVALID_EMAIL: {
    ja: "\u30E1\u30FC\u30EB\u30A2\u30C9\u30EC\u30B9\u306E\u5F62\u5F0F\u306B\u8AA4\u308A\u304C\u3042\u308A\u307E\u3059\u3002\u3054\u78BA\u8A8D\u306E\u3046\u3048\u3001\u3082\u3046\u4E00\u5EA6\u5165\u529B\u3057\u3066\u304F\u3060\u3055\u3044\u3002",
    en: "The e-mail address is not valid. Please check it and enter it again."
  },
  UNREACHABLE: {
    ja: "\u9023\u7D61\u7528\u30E1\u30FC\u30EB\u304C\u4E0D\u901A\u306E\u305F\u3081\u3001\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8\u4E88\u7D04\u30FB\u8CB8\u51FA\u30B5\u30FC\u30D3\u30B9\u3092\u3054\u5229\u7528\u3044\u305F\u3060\u3051\u307E\u305B\u3093\u3002\u56F3\u66F8\u9928\u307E\u3067\u3054\u9023\u7D61\u304F\u3060\u3055\u3044\u3002",
    en: "Mail to your address cannot be delivered, so the online service is not available to you. Please contact the library."
  },
  MAINTENANCE: {
    ja: "\u305F\u3060\u3044\u307E\u30DB\u30FC\u30E0\u30DA\u30FC\u30B8\u306E\u30E1\u30F3\u30C6\u30CA\u30F3\u30B9\u4E2D\u306E\u305F\u3081\u3001\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8\u4E88\u7D04\u30FB\u8CB8\u51FA\u30B5\u30FC\u30D3\u30B9\u3092\u3054\u5229\u7528\u3044\u305F\u3060\u3051\u307E\u305B\u3093\u3002\u3057\u3070\u3089\u304F\u3057\u3066\u304B\u3089\u3001\u3082\u3046\u4E00\u5EA6\u304A\u8A66\u3057\u304F\u3060\u3055\u3044\u3002",
    en: "The online service is under maintenance. Please try again later."
  },
  CHANNEL_NOT_ACCEPTED: {
    ja: "E\u30E1\u30FC\u30EB\u7B49\u306B\u3088\u308B\u4E88\u7D04\u306F\u53D7\u3051\u4ED8\u3051\u3066\u304A\u308A\u307E\u305B\u3093\u3002",
    en: "Reservations by e-mail or similar means are not accepted."
  },
  ALREADY_IN_CART: {
    ja: "\u3053\u306E\u8CC7\u6599\u306F\u3059\u3067\u306B\u4E88\u7D04\u30AB\u30FC\u30C8\u306B\u5165\u3063\u3066\u3044\u307E\u3059\u3002",
    en: "This item is already in your reservation cart."
  },
  NOT_IN_CART: {
    ja: "\u6307\u5B9A\u3055\u308C\u305F\u8CC7\u6599\u306F\u4E88\u7D04\u30AB\u30FC\u30C8\uFF08\u304A\u6C17\u306B\u5165\u308A\u30EA\u30B9\u30C8\uFF09\u306B\u3042\u308A\u307E\u305B\u3093\u3002",
    en: "This item is not in your reservation cart (or favourites list)."
  },
  NOT_A_PICKUP_BRANCH: {
    ja: "\u6307\u5B9A\u3055\u308C\u305F\u9928\u306F\u53D7\u53D6\u9928\u306B\u9078\u3079\u307E\u305B\u3093\u3002\u5E02\u5185\u306E\u56F3\u66F8\u9928\u304B\u3089\u9078\u3093\u3067\u304F\u3060\u3055\u3044\u3002",
    en: "That location cannot be chosen for pickup. Please choose one of the city libraries."
  },
  ALREADY_IN_FAVOURITES: {
    ja: "\u3053\u306E\u8CC7\u6599\u306F\u3059\u3067\u306B\u304A\u6C17\u306B\u5165\u308A\u30EA\u30B9\u30C8\u306B\u767B\u9332\u3055\u308C\u3066\u3044\u307E\u3059\u3002",
    en: "This item is already in your favourites list."
  },
  NOT_YET_ELIGIBLE: {
    ja: "\u4E88\u7D04\u627F\u8A8D\u51E6\u7406\u306F\u3001\u4E88\u7D04\u3092\u3044\u305F\u3060\u3044\u305F\u7FCC\u958B\u9928\u65E5\u306B\u884C\u3044\u307E\u3059\u3002",
    en: "Requests are approved on the next open day after they are made."
  },
  COPY_NOT_AVAILABLE: {
    ja: "\u3053\u306E\u8CC7\u6599\u306F\u73FE\u5728\u8CB8\u51FA\u3067\u304D\u307E\u305B\u3093\u3002",
    en: "This copy cannot be lent at the moment."
  },
  RESERVED_FOR_QUEUE: {
    ja: "\u3053\u306E\u8CC7\u6599\u306B\u306F\u4E88\u7D04\u3092\u3055\u308C\u3066\u3044\u308B\u65B9\u304C\u3044\u308B\u305F\u3081\u3001\u8CB8\u51FA\u3067\u304D\u307E\u305B\u3093\u3002",
    en: "Someone is waiting for this item, so it cannot be lent."
  },
  HOLD_EXPIRED: {
    ja: "\u53D6\u7F6E\u671F\u9593[\uFF08{lastDay}\u307E\u3067\uFF09]\u3092\u904E\u304E\u305F\u305F\u3081\u3001\u304A\u6E21\u3057\u3067\u304D\u307E\u305B\u3093\u3002",
    en: "The hold period has ended[ (the last day was {lastDay})], so the item cannot be handed over."
  },
  HOLD_NOT_EXPIRED: {
    ja: "\u53D6\u7F6E\u671F\u9593\u4E2D[\uFF08{lastDay}\u307E\u3067\uFF09]\u306E\u305F\u3081\u3001\u53D6\u7F6E\u3092\u53D6\u308A\u6D88\u305B\u307E\u305B\u3093\u3002",
    en: "The hold period has not ended yet[ (it runs until {lastDay})]."
  },
  COPY_NOT_TRAPPABLE: {
    ja: "\u3053\u306E\u8CC7\u6599\u306F\u4E88\u7D04\u306E\u53D6\u7F6E\u306B\u5145\u3066\u3089\u308C\u307E\u305B\u3093\u3002",
    en: "This copy cannot be set aside for a reservation."
  },
  QUOTA_EXCEEDED: {
    ja: "\u4E88\u7D04\u3067\u304D\u308B\u70B9\u6570\u3092\u8D85\u3048\u3066\u3044\u307E\u3059\u3002[\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8\u4E88\u7D04\u306F1\u4EBA{limit}\u70B9\u307E\u3067\u3067\u3059\u3002]",
    en: "You have reached the limit of online reservations[ ({limit} items per person)]."
  },
  AUDIOVISUAL_QUOTA_EXCEEDED: {
    ja: "\u4E88\u7D04\u3067\u304D\u308B\u8996\u8074\u899A\u8CC7\u6599\u306E\u70B9\u6570\u3092\u8D85\u3048\u3066\u3044\u307E\u3059\u3002[\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8\u4E88\u7D04\u306E\u8996\u8074\u899A\u8CC7\u6599\u306F1\u4EBA{limit}\u70B9\u307E\u3067\u3067\u3059\u3002]",
    en: "You have reached the limit of online reservations of audiovisual materials[ ({limit} items per person)]."
  },
  SET_NOT_RESERVABLE: {
    ja: "\u4E0A\u30FB\u4E0B\u5DFB\u7B49\u306E\u8CC7\u6599\u3092\u4E88\u7D04\u3059\u308B\u5834\u5408\u306F\u3001\u305D\u308C\u305E\u308C\u306E\u5DFB\u3054\u3068\u306B\u4E88\u7D04\u3092\u884C\u3063\u3066\u304F\u3060\u3055\u3044\u3002",
    en: "For a work in several volumes, please reserve each volume separately."
  },
  IN_LIBRARY_ONLY: {
    ja: "\u9928\u5185\u95B2\u89A7\u306E\u307F\u306E\u8CC7\u6599\uFF08\u8CB4\u91CD\u8CC7\u6599\u3001\u90F7\u571F\u8CC7\u6599\u3001\u53C2\u8003\u8CC7\u6599\u3001\u5B98\u5831\u985E\u3001\u65B0\u805E\u306A\u3069\uFF09\u306F\u4E88\u7D04\u3067\u304D\u307E\u305B\u3093\u3002",
    en: "Materials for use in the library only (rare materials, local history, reference works, official gazettes, newspapers and the like) cannot be reserved."
  },
  UNFULFILLABLE: {
    ja: "\u6240\u5728\u4E0D\u660E\u307E\u305F\u306F\u9577\u671F\u9593\u8FD4\u5374\u3055\u308C\u3066\u3044\u306A\u3044\u8CC7\u6599\u306E\u305F\u3081\u3001\u3054\u7528\u610F\u3067\u304D\u307E\u305B\u3093\u3002",
    en: "This item cannot be provided: every copy is missing or has not been returned for a long time."
  },
  MUSEUM_NOT_PICKUP: {
    ja: "\u90F7\u571F\u8CC7\u6599\u9928\u306F\u53D7\u53D6\u9928\u306B\u9078\u3079\u307E\u305B\u3093\u3002\u90F7\u571F\u8CC7\u6599\u9928\u306E\u8CC7\u6599\u306F\u3001\u5E02\u5185\u56F3\u66F8\u9928\u3067\u306E\u8CB8\u51FA\u30FB\u95B2\u89A7\u306B\u306A\u308A\u307E\u3059\u3002",
    en: "The local history museum is not a pickup point. Its materials are lent and read at the city libraries."
  },
  INVALID_TRANSITION: {
    ja: "\u3053\u306E\u4E88\u7D04\u306F\u3001\u73FE\u5728\u306E\u72B6\u614B\u3067\u306F\u305D\u306E\u64CD\u4F5C\u304C\u3067\u304D\u307E\u305B\u3093\u3002",
    en: "This cannot be done with the reservation in its current status."
  },
  CANCEL_NOT_ALLOWED: {
    ja: "\u3053\u306E\u4E88\u7D04\u306F\u3001\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8\u304B\u3089\u306F\u53D6\u6D88\u3067\u304D\u307E\u305B\u3093\u3002",
    en: "This reservation cannot be cancelled online."
  },
  CANCELLATION_PENDING: {
    ja: "\u3053\u306E\u4E88\u7D04\u306E\u53D6\u6D88\u306F\u3059\u3067\u306B\u53D7\u3051\u4ED8\u3051\u3066\u3044\u307E\u3059\u3002\u7FCC\u958B\u9928\u65E5\u306B\u4E88\u7D04\u53D6\u6D88\u627F\u8A8D\u51E6\u7406\u3092\u884C\u3044\u307E\u3059\u3002",
    en: "Your cancellation of this reservation has already been received; it is completed on the next open day."
  },
  COUNTER_RESERVATION: {
    ja: "\u30AB\u30A6\u30F3\u30BF\u30FC\u7A93\u53E3\u3067\u53D7\u4ED8\u3057\u305F\u4E88\u7D04\u306F\u3001\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8\u3067\u306E\u4E88\u7D04\u53D6\u6D88\u306F\u3067\u304D\u307E\u305B\u3093\u3002\u56F3\u66F8\u9928\u307E\u3067\u3054\u9023\u7D61\u304F\u3060\u3055\u3044\u3002",
    en: "A reservation made at the counter cannot be cancelled online. Please contact the library."
  },
  NOTICE_SENT: {
    ja: "\u4E88\u7D04\u6C7A\u5B9A\u901A\u77E5\u30E1\u30FC\u30EB\u9001\u4FE1\u5F8C\u306F\u3001\u53D6\u6D88\u304C\u3067\u304D\u307E\u305B\u3093\u3002\u3054\u9762\u5012\u3067\u3082\u56F3\u66F8\u9928\u306B\u3054\u9023\u7D61\u304F\u3060\u3055\u3044\u3002",
    en: "After the pickup notice has been sent, the reservation cannot be cancelled online. Please contact the library."
  },
  ONLINE_CHANGE_NOT_ALLOWED: {
    ja: "\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8\u304B\u3089\u4E88\u7D04\u306E\u5909\u66F4\u306F\u3067\u304D\u307E\u305B\u3093\u3002\u300C\u4E88\u7D04\u7533\u8ACB\u4E2D\u300D\u306E\u5834\u5408\u306F\u3001\u4E88\u7D04\u53D6\u6D88\u3092\u3057\u3066\u304B\u3089\u6539\u3081\u3066\u4E88\u7D04\u3092\u3057\u3066\u304F\u3060\u3055\u3044\u3002\u300C\u4E88\u7D04\u4E2D\u300D\u306E\u5834\u5408\u306F\u3001\u53D7\u53D6\u6307\u5B9A\u306E\u56F3\u66F8\u9928\u306B\u3054\u9023\u7D61\u304F\u3060\u3055\u3044\u3002",
    en: "A reservation cannot be changed online. While it is requested, cancel it and reserve again; once it is reserved, please contact your pickup library."
  },
  RENEWAL_BLOCKED: {
    ja: "\u6B21\u306B\u4E88\u7D04\u304C\u3042\u308B\u8CC7\u6599\u306F\u3001\u8CB8\u51FA\u306E\u5EF6\u9577\u306F\u3067\u304D\u307E\u305B\u3093\u3002",
    en: "Someone has reserved this item, so the loan cannot be extended."
  },
  DUPLICATE_RESERVATION: {
    ja: "\u3053\u306E\u8CC7\u6599\u306F\u3059\u3067\u306B\u4E88\u7D04\u3055\u308C\u3066\u3044\u307E\u3059\u3002",
    en: "You have already reserved this item."
  },
  NOT_ALLOWED: {
    ja: "\u3053\u306E\u64CD\u4F5C\u306F\u884C\u3048\u307E\u305B\u3093\u3002",
    en: "This operation is not allowed."
  },
  ALREADY_ON_LOAN: {
    ja: "\u3053\u306E\u8CC7\u6599\u306F\u3059\u3067\u306B\u8CB8\u51FA\u4E2D\u3067\u3059\u3002",
    en: "You already have this item on loan."
  },
  RENEWAL_LIMIT: {
    ja: "\u3053\u308C\u4EE5\u4E0A\u3001\u8CB8\u51FA\u306E\u5EF6\u9577\u306F\u3067\u304D\u307E\u305B\u3093[\uFF08\u5EF6\u9577\u306F{limit}\u56DE\u307E\u3067\uFF09]\u3002",
    en: "The loan cannot be extended again[ (at most {limit} renewals)]."
  },
  LOAN_RETURNED: {
    ja: "\u3053\u306E\u8CC7\u6599\u306F\u3059\u3067\u306B\u8FD4\u5374\u3055\u308C\u3066\u3044\u307E\u3059\u3002",
    en: "This item has already been returned."
  }
};
var OPTIONAL_PART = /\[([^\]]*)\]/g;
var PLACEHOLDER = /\{(\w+)\}/g;
function paramText(value, locale) {
  if (typeof value === "string" && isLocalDate(value)) return formatLocalDate(value, locale);
  return String(value);
}
function fillTemplate(template, params, locale) {
  const has = (name) => params !== void 0 && Object.hasOwn(params, name) && params[name] !== null;
  const fill = (text2) => text2.replace(PLACEHOLDER, (_, name) => has(name) ? paramText(params?.[name] ?? null, locale) : "");
  const kept = template.replace(OPTIONAL_PART, (_, part) => {
    for (const m of part.matchAll(PLACEHOLDER)) if (!has(m[1] ?? "")) return "";
    return part;
  });
  return fill(kept);
}
function formatRefusal(refusal2, locale, overrides) {
  const template = overrides?.[refusal2.code]?.[locale] ?? REFUSAL_MESSAGES[refusal2.code][locale];
  return fillTemplate(template, refusal2.params, locale);
}

// src/testing/scenario/run-operation.ts
function toServiceActor(actor) {
  if (actor === "system") return { kind: "system" };
  if ("patron" in actor) return { kind: "patron", patronId: actor.patron, channel: actor.channel };
  return { kind: "staff", branchId: actor.staff, ...actor.staffId === void 0 ? {} : { staffId: actor.staffId } };
}
function reportRefusal(refusal2, volumeId) {
  return {
    code: refusal2.code,
    rule: refusal2.rule,
    ...refusal2.params === void 0 ? {} : { params: refusal2.params },
    ...volumeId === void 0 ? {} : { volumeId },
    message: { ja: formatRefusal(refusal2, "ja"), en: formatRefusal(refusal2, "en") }
  };
}
function refusalText(refusals) {
  return refusals.map((r) => `${r.rule} ${r.code}${r.volumeId === void 0 ? "" : ` (${r.volumeId})`}`).join(", ");
}
function fromResult(name, result, created, describe) {
  if (result.ok) {
    return { outcome: "ok", value: result.value, events: result.events, created: created(result.value), message: `${name}: ${describe(result.value)}` };
  }
  if (result.kind === "refused") {
    const refusals = result.refusals.map((r) => reportRefusal(r));
    return { outcome: "refused", refusals, value: void 0, events: [], created: [], message: `${name}: refused (${refusalText(refusals)})` };
  }
  return {
    outcome: "error",
    error: { code: result.code, message: result.message },
    value: void 0,
    events: [],
    created: [],
    message: `${name}: error ${result.code}: ${result.message}`
  };
}
function fromSubmit(name, result) {
  if (!result.ok) return fromResult(name, result, () => [], () => "");
  const refusals = result.value.flatMap((o) => o.ok ? [] : o.refusals.map((r) => reportRefusal(r, o.volumeId)));
  const created = result.value.map((o) => o.ok ? o.reservationId : null);
  const made = result.value.filter((o) => o.ok).length;
  const message = refusals.length === 0 ? `${name}: ${made} created` : `${name}: ${made} created, ${result.value.length - made} refused (${refusalText(refusals)})`;
  return { outcome: refusals.length === 0 ? "ok" : "refused", ...refusals.length === 0 ? {} : { refusals }, value: result.value, events: result.events, created, message };
}
function job(summary) {
  if (!summary.claimed) return `${summary.date} already run, nothing done`;
  const counts = ["approved", "rejected", "cancelled", "lapsed", "newHolds"].map((k) => `${k} ${summary[k]}`);
  return `${summary.date}: ${counts.join(", ")}`;
}
var none = () => [];
var ok2 = () => "done";
async function call(service, actor, step, resolve) {
  const name = step.do;
  switch (step.do) {
    case "addFavourite":
      return fromResult(name, await service.addFavourite(actor, step.args), none, (v) => `${v.length} in favourites`);
    case "removeFavourite":
      return fromResult(name, await service.removeFavourite(actor, step.args), none, (v) => `${v.length} in favourites`);
    case "listFavourites":
      return fromResult(name, await service.listFavourites(actor), none, (v) => `${v.length} in favourites`);
    case "moveFavouriteToCart":
      return fromResult(name, await service.moveFavouriteToCart(actor, step.args), none, (v) => `${v.length} in cart`);
    case "addToCart":
      return fromResult(name, await service.addToCart(actor, step.args), none, (v) => `${v.length} in cart`);
    case "removeFromCart":
      return fromResult(name, await service.removeFromCart(actor, step.args), none, (v) => `${v.length} in cart`);
    case "listCart":
      return fromResult(name, await service.listCart(actor), none, (v) => `${v.length} in cart`);
    case "submitCart":
      return fromSubmit(name, await service.submitCart(actor, step.args));
    case "reserveOnline": {
      const added = await service.addToCart(actor, step.args);
      const alreadyInCart = !added.ok && added.kind === "refused" && added.refusals.every((r) => r.code === "ALREADY_IN_CART");
      if (!added.ok && !alreadyInCart) return fromResult(name, added, none, ok2);
      return fromSubmit(name, await service.submitCart(actor, { volumeIds: [step.args.volumeId] }));
    }
    case "placeCounterReservation":
      return fromResult(name, await service.placeCounterReservation(actor, step.args), (r) => [r.id], (r) => `created ${r.id} (${r.status})`);
    case "checkoutWalkIn":
      return fromResult(name, await service.checkoutWalkIn(actor, step.args), (l) => [l.id], (l) => `lent as ${l.id}, due ${l.dueDate}`);
    case "checkIn":
      return fromResult(name, await service.checkIn(actor, step.args), none, (o) => `${o.copy.id}: ${o.kind}`);
    case "collectHold":
      return fromResult(
        name,
        await service.collectHold(actor, { reservationId: resolve(step.args.reservationId) }),
        (l) => [l.id],
        (l) => `lent as ${l.id}, due ${l.dueDate}`
      );
    case "runApprovalBatch":
      return fromResult(name, await service.runApprovalBatch(actor, step.args.date === void 0 ? {} : { date: step.args.date }), none, job);
    case "runHoldExpiry":
      return fromResult(name, await service.runHoldExpiry(actor, step.args.date === void 0 ? {} : { date: step.args.date }), none, job);
    case "cancelOnline":
      return fromResult(name, await service.cancelOnline(actor, { reservationId: resolve(step.args.reservationId) }), none, (r) => r.status);
    case "cancelByStaff": {
      const input = { reservationId: resolve(step.args.reservationId), ...step.args.note === void 0 ? {} : { note: step.args.note } };
      return fromResult(name, await service.cancelByStaff(actor, input), none, (r) => r.status);
    }
    case "changeOnline":
      return fromResult(name, await service.changeOnline(actor, { ...step.args, reservationId: resolve(step.args.reservationId) }), none, (r) => r.pickupBranchId);
    case "changePickupByStaff":
      return fromResult(
        name,
        await service.changePickupByStaff(actor, { ...step.args, reservationId: resolve(step.args.reservationId) }),
        none,
        (r) => `pickup ${r.pickupBranchId}`
      );
    case "listReservations":
      return fromResult(name, await service.listReservations(actor, step.args.patronId === void 0 ? {} : { patronId: step.args.patronId }), none, (v) => `${v.reservations.length} reservations`);
    case "loanStatusPage":
      return fromResult(name, await service.loanStatusPage(actor, step.args.patronId === void 0 ? {} : { patronId: step.args.patronId }), none, (v) => `${v.loans.length} loans`);
    case "renewLoan":
      return fromResult(name, await service.renewLoan(actor, { loanId: resolve(step.args.loanId) }), none, (l) => `due ${l.dueDate}`);
    case "setInternetRegistration": {
      const { email, ...rest } = step.args;
      return fromResult(name, await service.setInternetRegistration(actor, { ...rest, ...email === void 0 ? {} : { email } }), none, ok2);
    }
    case "setUnreachable":
      return fromResult(name, await service.setUnreachable(actor, step.args), none, ok2);
    case "changeEmail":
      return fromResult(name, await service.changeEmail(actor, step.args), none, ok2);
    case "setNoticePrivacy":
      return fromResult(name, await service.setNoticePrivacy(actor, step.args), none, ok2);
  }
}
async function runOperation(service, step, resolve) {
  try {
    return await call(service, toServiceActor(step.actor), step, resolve);
  } catch (e) {
    const code = isYoyakuError(e) ? e.code : "THROWN";
    const message = e instanceof Error ? e.message : String(e);
    return { outcome: "error", error: { code, message }, value: void 0, events: [], created: [], message: `${step.do}: error ${code}: ${message}` };
  }
}

// src/testing/scenario/run-scenario.ts
function stepIds() {
  let step = 0;
  let count = 0;
  return {
    newId: () => `s${step}-${++count}`,
    at: (index) => {
      step = index;
      count = 0;
    }
  };
}
function bindAliases(step, outcome, aliases) {
  if (!("as" in step) || step.as === void 0) return {};
  const names = Array.isArray(step.as) ? step.as : [step.as];
  const bound = {};
  names.forEach((name, i) => {
    const id4 = outcome.created[i];
    if (typeof id4 === "string") {
      aliases.set(name, id4);
      bound[name] = id4;
    }
  });
  return bound;
}
function unboundAlias(alias) {
  throw new YoyakuError("INVALID_SCENARIO", `Alias "${alias}" names nothing: the step that binds it created nothing`, {
    issues: [{ path: [], message: `Alias "${alias}" is not bound` }]
  });
}
async function openStorage(options, clock) {
  return options.storage ? options.storage({ clock }) : createMemoryStorage({ clock });
}
var ScenarioRun = class {
  constructor(prepared, ports, service, clock, state, aliases) {
    this.prepared = prepared;
    this.ports = ports;
    this.service = service;
    this.clock = clock;
    this.state = state;
    this.aliases = new Map([...[...prepared.library.loanIds].map((id4) => [id4, id4]), ...Object.entries(aliases)]);
    for (const [alias, id4] of this.aliases) this.aliasById.set(id4, alias);
  }
  prepared;
  ports;
  service;
  clock;
  state;
  aliases;
  aliasById = /* @__PURE__ */ new Map();
  reports = [];
  previous = null;
  get stepReports() {
    return this.reports;
  }
  get boundAliases() {
    return Object.fromEntries([...this.aliases].filter(([alias, id4]) => alias !== id4));
  }
  async changes(events = []) {
    const after = await readScenarioState(this.ports, { patronIds: this.prepared.library.patronIds, volumeIds: this.prepared.library.volumeIds });
    const changes = diffScenarioState(this.state, after, (id4) => this.aliasById.get(id4), events);
    this.state = after;
    return changes;
  }
  async operation(prepared, step) {
    const outcome = await runOperation(this.service, step, (alias) => this.aliases.get(alias) ?? unboundAlias(alias));
    const bound = bindAliases(step, outcome, this.aliases);
    for (const [alias, id4] of Object.entries(bound)) this.aliasById.set(id4, alias);
    const report = {
      index: prepared.index,
      at: prepared.at,
      date: japanDateOf(prepared.at),
      kind: "operation",
      actor: toServiceActor(step.actor),
      operation: step.do,
      args: step.args,
      ...Object.keys(bound).length === 0 ? {} : { bound },
      outcome: outcome.outcome,
      ...outcome.refusals === void 0 ? {} : { refusals: outcome.refusals },
      ...outcome.error === void 0 ? {} : { error: outcome.error },
      ...outcome.value === void 0 ? {} : { value: outcome.value },
      ...outcome.outcome === "error" ? { passed: false } : {},
      message: outcome.message,
      ...step.note === void 0 ? {} : { note: step.note },
      changes: await this.changes(outcome.events)
    };
    this.reports.push(report);
    this.previous = { outcome, report };
  }
  async expectation(prepared, expectation) {
    const checks = checkExpectation(expectation.expect, {
      state: this.state,
      previous: this.previous?.outcome ?? null,
      resolve: (alias) => this.aliases.get(alias),
      policy: this.prepared.library.policy,
      now: this.clock.now()
    });
    const passed = checks.every((c) => c.passed);
    const unevaluable = checks.some((c) => !c.passed && c.actual === null && (c.check === "reservation" || c.check === "loan"));
    const errorExpected = expectation.expect.error !== void 0 && this.previous?.outcome.error?.code === expectation.expect.error;
    if (errorExpected && this.previous) this.previous.report.passed = true;
    this.reports.push({
      index: prepared.index,
      at: prepared.at,
      date: japanDateOf(prepared.at),
      kind: "expectation",
      outcome: unevaluable ? "error" : "ok",
      checks,
      passed,
      message: (passed ? checks : checks.filter((c) => !c.passed)).map((c) => c.message).join("; "),
      ...expectation.note === void 0 ? {} : { note: expectation.note },
      changes: await this.changes()
    });
  }
};
async function runScenario(input, options = {}) {
  const prepared = parseScenario(input);
  const fromStep = options.fromStep ?? 0;
  const first = prepared.steps.find((s) => s.index >= fromStep)?.at ?? prepared.steps[0]?.at ?? "2000-01-01T00:00:00.000Z";
  const clock = fixedClock(first);
  const storage = await openStorage(options, clock);
  if (options.seed !== false) await storage.seed(prepared.library.seed);
  const ports = { unitOfWork: storage.unitOfWork, capabilities: storage.capabilities, clock };
  const ids = stepIds();
  const service = createReservationService(ports, prepared.library.policy, { ids: ids.newId, ...options.service });
  const scope = { patronIds: prepared.library.patronIds, volumeIds: prepared.library.volumeIds };
  const run = new ScenarioRun(prepared, ports, service, clock, await readScenarioState(ports, scope), options.aliases ?? {});
  const until = options.until === void 0 ? void 0 : new Date(Date.parse(options.until)).toISOString();
  let nextStep = null;
  for (const step of prepared.steps) {
    if (step.index < fromStep) continue;
    if (until !== void 0 && step.at > until) {
      nextStep = step.index;
      break;
    }
    clock.set(step.at);
    ids.at(step.index);
    if ("do" in step.step) await run.operation(step, step.step);
    else await run.expectation(step, step.step);
  }
  const steps = run.stepReports;
  return {
    name: prepared.scenario.name,
    ...prepared.scenario.description === void 0 ? {} : { description: prepared.scenario.description },
    rules: prepared.scenario.rules,
    passed: steps.every((s) => s.passed !== false),
    complete: nextStep === null,
    nextStep,
    steps,
    aliases: run.boundAliases,
    summary: {
      operations: steps.filter((s) => s.kind === "operation").length,
      refused: steps.filter((s) => s.outcome === "refused").length,
      expectations: steps.filter((s) => s.kind === "expectation").length,
      failed: steps.filter((s) => s.passed === false).length
    }
  };
}

// src/cli/store-option.ts
init_yoyaku_error();
import { readFile as readFile2, writeFile } from "fs/promises";
function parseStoreOption(value) {
  if (value === void 0 || value === "memory") return { kind: "memory" };
  if (value.startsWith("sqlite:") && value.length > "sqlite:".length) return { kind: "sqlite", file: value.slice("sqlite:".length) };
  throw new CliError(`--store must be "memory" or "sqlite:<file>", not "${value}"`);
}
function progressPath(file) {
  return `${file}.progress.json`;
}
async function readProgress(file) {
  let text2;
  try {
    text2 = await readFile2(progressPath(file), "utf8");
  } catch {
    return null;
  }
  try {
    const value = JSON.parse(text2);
    const valid = typeof value.scenario === "string" && (value.nextStep === null || Number.isInteger(value.nextStep) && (value.nextStep ?? -1) >= 0) && typeof value.aliases === "object" && value.aliases !== null;
    if (valid) return value;
  } catch {
  }
  throw new CliError(`${progressPath(file)} is not a progress file of yoyaku run; remove it and the database to start again`);
}
async function writeProgress(file, progress) {
  await writeFile(progressPath(file), `${JSON.stringify(progress, null, 2)}
`, "utf8");
}
async function openStore(store, clock) {
  if (store.kind === "memory") {
    const { createMemoryStorage: createMemoryStorage2 } = await Promise.resolve().then(() => (init_create_memory_storage(), create_memory_storage_exports));
    const storage = createMemoryStorage2({ clock });
    return { storage, close: () => storage.close() };
  }
  let adapter;
  try {
    adapter = await Promise.resolve().then(() => (init_create_sqlite_storage(), create_sqlite_storage_exports));
  } catch (e) {
    const why = e instanceof Error ? e.message.split("\n")[0] : String(e);
    throw new CliError(`the SQLite store needs the better-sqlite3 package (npm install better-sqlite3): ${why}`);
  }
  try {
    const storage = adapter.createSqliteStorage({ filename: store.file, clock });
    return { storage, close: () => storage.close() };
  } catch (e) {
    const why = isYoyakuError(e) || e instanceof Error ? e.message : String(e);
    throw new CliError(`cannot open the SQLite store ${store.file}: ${why}`);
  }
}

// src/cli/run-command.ts
function untilInstant(value) {
  if (isLocalDate(value)) return new Date(Date.parse(startOfJapanDay(addDays(value, 1))) - 1).toISOString();
  const parsed = InstantSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new CliError(`--until must be a date (2026-12-07) or an instant with its offset (2026-12-07T18:00:00+09:00), not "${value}"`);
}
function localeOf(value) {
  if (value === void 0 || value === "ja" || value === "en") return value;
  throw new CliError(`--locale must be "ja" or "en", not "${value}"`);
}
async function runCommand(options, io) {
  const store = parseStoreOption(options.store);
  const until = options.until === void 0 ? void 0 : untilInstant(options.until);
  const noticeLocale = localeOf(options.locale);
  const input = await readJsonFile(options.file);
  let prepared;
  try {
    prepared = parseScenario(input);
  } catch (e) {
    throw toCliError(options.file, e);
  }
  const name = prepared.scenario.name;
  const sqliteFile = store.kind === "sqlite" ? store.file : null;
  const progress = sqliteFile === null ? null : await readProgress(sqliteFile);
  if (progress !== null && progress.scenario !== name) {
    throw new CliError(`${sqliteFile} holds the scenario "${progress.scenario}", not "${name}"`);
  }
  if (progress !== null && progress.nextStep === null) {
    io.err(`${sqliteFile} has played "${name}" to its end; remove ${sqliteFile} and its .progress.json to play it again.
`);
    return 0;
  }
  let close;
  const runOptions = {
    storage: async ({ clock }) => {
      const opened = await openStore(store, clock);
      close = opened.close;
      return opened.storage;
    },
    seed: progress === null,
    ...progress === null ? {} : { fromStep: progress.nextStep ?? 0, aliases: progress.aliases },
    ...until === void 0 ? {} : { until },
    ...noticeLocale === void 0 ? {} : { service: { noticeLocale } }
  };
  let report;
  try {
    report = await runScenario(input, runOptions);
  } catch (e) {
    throw toCliError(options.file, e);
  } finally {
    await close?.();
  }
  if (sqliteFile !== null) {
    await writeProgress(sqliteFile, { scenario: name, nextStep: report.nextStep, aliases: report.aliases });
  }
  if (options.json) io.out(`${JSON.stringify(report, null, 2)}
`);
  else {
    if (progress !== null) io.out(`Continuing "${name}" from ${sqliteFile} at step ${progress.nextStep}

`);
    io.out(formatScenarioTimeline(report, { branches: prepared.library.policy.branches, color: io.color }));
    if (sqliteFile !== null && report.nextStep !== null) {
      io.out(`The library is kept in ${sqliteFile}; run again with --store sqlite:${sqliteFile} to continue from step ${report.nextStep}.
`);
    }
  }
  return report.passed ? 0 : 1;
}

// src/cli/run-cli.ts
var CLI_HELP = `yoyaku \u2014 play library reservation scenarios and check policies (yoyaku-rules)

Usage:
  yoyaku run <scenario.json> [--json] [--store memory|sqlite:<file>] [--until <date|instant>] [--locale ja|en]
  yoyaku check-policy <policy.json> [--json]
  yoyaku --help | --version

Commands:
  run            Play a scenario and print a day-by-day timeline (Japan time): who did what,
                 each change of state, each notice, each refusal with its rule and message.
  check-policy   Validate a policy file ({ "preset": "hokuto", ...overrides } or a full policy)
                 and print the effective values.

Options:
  --json         Print the report (or the policy) as JSON.
  --store        Where the library lives: memory (default), or sqlite:<file>, kept in the file
                 so that a later run continues where this one stopped.
  --until        Stop after this Japan date (2026-12-07) or instant (2026-12-07T18:00:00+09:00).
  --locale       Language of the hold notices: ja (default) or en.
  --no-color     No colours, even on a terminal.
  -h, --help     This help.
  -v, --version  The version.

Exit codes:
  0  every expectation held (run), or the policy is valid (check-policy)
  1  an expectation failed
  2  the file cannot be read, is not JSON, or is not a valid scenario or policy; a usage error
`;
function usage(message) {
  return new CliError(message, 2, ['Run "yoyaku --help" for usage.']);
}
async function dispatch(argv, io, version2) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: "boolean", default: false },
        store: { type: "string" },
        until: { type: "string" },
        locale: { type: "string" },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", short: "v", default: false }
      }
    });
  } catch (e) {
    throw usage(e instanceof Error ? e.message : String(e));
  }
  const { values, positionals } = parsed;
  const [command, file, ...extra] = positionals;
  if (values.help || command === "help") {
    io.out(CLI_HELP);
    return 0;
  }
  if (values.version) {
    io.out(`${version2}
`);
    return 0;
  }
  if (command === void 0) throw usage("missing a command: run or check-policy");
  if (command !== "run" && command !== "check-policy") throw usage(`unknown command "${command}"`);
  if (file === void 0) throw usage(`missing the file: yoyaku ${command} <${command === "run" ? "scenario" : "policy"}.json>`);
  if (extra.length > 0) throw usage(`unexpected arguments: ${extra.join(" ")}`);
  const colored = { ...io, color: values["no-color"] ? false : values.color ?? io.color };
  if (command === "check-policy") {
    for (const option of ["store", "until", "locale"]) {
      if (values[option] !== void 0) throw usage(`--${option} is an option of run, not of check-policy`);
    }
    return checkPolicyCommand({ file, json: values.json }, colored);
  }
  return runCommand({ file, json: values.json, store: values.store, until: values.until, locale: values.locale }, colored);
}
async function runCli(argv, io, version2 = "0.0.0") {
  try {
    return await dispatch(argv, io, version2);
  } catch (e) {
    if (e instanceof CliError) {
      io.err(`yoyaku: ${e.message}
${e.details.map((d) => `  ${d}
`).join("")}`);
      return e.exitCode;
    }
    const message = e instanceof Error ? e.message : String(e);
    io.err(`yoyaku: ${message}
`);
    if (process.env["YOYAKU_DEBUG"] && e instanceof Error && e.stack) io.err(`${e.stack}
`);
    return 2;
  }
}

// src/cli/main.ts
function packageVersion() {
  for (const candidate of ["../package.json", "../../package.json"]) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(candidate, import.meta.url), "utf8"));
      if (pkg.name === "yoyaku-rules" && typeof pkg.version === "string") return pkg.version;
    } catch {
    }
  }
  return "0.0.0";
}
var color = process.stdout.isTTY === true && process.env["NO_COLOR"] === void 0;
process.exitCode = await runCli(
  process.argv.slice(2),
  { out: (text2) => process.stdout.write(text2), err: (text2) => process.stderr.write(text2), color },
  packageVersion()
);
//# sourceMappingURL=cli.js.map