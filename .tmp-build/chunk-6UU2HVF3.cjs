'use strict';

var chunkY5XPWW2E_cjs = require('./chunk-Y5XPWW2E.cjs');
var chunk7LPKGVQJ_cjs = require('./chunk-7LPKGVQJ.cjs');
var zod = require('zod');

var entryId = zod.z.string().min(1);
var FavouriteEntryRecordSchema = zod.z.object({ volumeId: entryId });
var CartEntryRecordSchema = zod.z.object({ volumeId: entryId, pickupBranchId: entryId });
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
  return chunkY5XPWW2E_cjs.parseRecord(chunkY5XPWW2E_cjs.CopyRecordSchema, record, { table: "copies", id: String(row["id"]) });
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
  return chunkY5XPWW2E_cjs.parseRecord(chunkY5XPWW2E_cjs.LoanRecordSchema, record, { table: "loans", id: String(row["id"]) });
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
  const { version, ...patron } = chunkY5XPWW2E_cjs.parseRecord(chunkY5XPWW2E_cjs.PatronRecordSchema, record, { table: "patrons", id: String(row["id"]) });
  return { patron, version };
}
function titleFromRow(row, dialect) {
  const record = { id: row["id"], name: row["name"], category: row["category"], audiovisual: dialect.readBool(row["audiovisual"]) };
  return chunkY5XPWW2E_cjs.parseRecord(chunkY5XPWW2E_cjs.TitleRecordSchema, record, { table: "titles", id: String(row["id"]) });
}
function volumeFromRow(row, dialect) {
  const record = withoutNulls({
    id: row["id"],
    titleId: row["title_id"],
    label: row["label"],
    set: row["is_set"] === null ? null : dialect.readBool(row["is_set"])
  });
  return chunkY5XPWW2E_cjs.parseRecord(chunkY5XPWW2E_cjs.VolumeRecordSchema, record, { table: "volumes", id: String(row["id"]) });
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
  return chunkY5XPWW2E_cjs.parseRecord(chunkY5XPWW2E_cjs.OutboxNoticeRecordSchema, record, { table: "outbox", id: String(row["id"]) });
}
function jobRunFromRow(row) {
  const record = {
    job: row["job"],
    date: row["run_date"],
    owner: row["owner"],
    claimedAt: row["claimed_at"],
    finishedAt: row["finished_at"] ?? null
  };
  return chunkY5XPWW2E_cjs.parseRecord(chunkY5XPWW2E_cjs.JobRunRecordSchema, record, { table: "job_runs", id: `${String(row["job"])}/${String(row["run_date"])}` });
}
function favouriteFromRow(row) {
  const record = { volumeId: row["volume_id"] };
  return chunkY5XPWW2E_cjs.parseRecord(FavouriteEntryRecordSchema, record, { table: "favourites", id: `${String(row["patron_id"])}/${String(row["volume_id"])}` });
}
function cartEntryFromRow(row) {
  const record = { volumeId: row["volume_id"], pickupBranchId: row["pickup_branch_id"] };
  return chunkY5XPWW2E_cjs.parseRecord(CartEntryRecordSchema, record, { table: "cart", id: `${String(row["patron_id"])}/${String(row["volume_id"])}` });
}

// src/adapters/sql/stores/catalog.ts
function sqlCatalog(session, config) {
  const { dialect } = config;
  return {
    async getTitle(id) {
      const rows = await session.all("SELECT * FROM titles WHERE id = ?", [id]);
      return rows[0] === void 0 ? null : titleFromRow(rows[0], dialect);
    },
    async getVolume(id) {
      const rows = await session.all("SELECT * FROM volumes WHERE id = ?", [id]);
      return rows[0] === void 0 ? null : volumeFromRow(rows[0], dialect);
    },
    listVolumes: async (titleId) => (await session.all("SELECT * FROM volumes WHERE title_id = ? ORDER BY id", [titleId])).map((row) => volumeFromRow(row, dialect))
  };
}

// src/adapters/sql/guarded-writes.ts
async function storedVersion(session, sqlTable, id) {
  const rows = await session.all(`SELECT version FROM ${sqlTable} WHERE id = ?`, [id]);
  const version = rows[0]?.["version"];
  return typeof version === "number" ? version : null;
}
async function insertRow(session, table, sqlTable, columns, options = { versioned: true }) {
  const names = Object.keys(columns);
  const inserted = await session.run(
    `INSERT INTO ${sqlTable} (${names.join(", ")}) VALUES (${names.map(() => "?").join(", ")}) ON CONFLICT (id) DO NOTHING`,
    Object.values(columns)
  );
  if (inserted === 0) {
    const id = String(columns["id"]);
    throw chunk7LPKGVQJ_cjs.versionConflict(table, id, null, options.versioned ? await storedVersion(session, sqlTable, id) : null);
  }
}
async function updateRow(session, config, table, sqlTable, id, columns, nextVersion, expectedVersion) {
  if (nextVersion !== expectedVersion + 1) {
    if (await storedVersion(session, sqlTable, id) === null) throw chunk7LPKGVQJ_cjs.recordNotFound(table, id);
    chunk7LPKGVQJ_cjs.assertNextVersion(table, id, nextVersion, expectedVersion);
  }
  const names = Object.keys(columns);
  const assignments = [...names.map((name) => `${name} = ?`), "version = ?"].join(", ");
  const guard = config.versionGuard ? " AND version = ?" : "";
  const params = [...Object.values(columns), nextVersion, id];
  if (config.versionGuard) params.push(expectedVersion);
  const updated = await session.run(`UPDATE ${sqlTable} SET ${assignments} WHERE id = ?${guard}`, params);
  if (updated === 0) {
    const actual = await storedVersion(session, sqlTable, id);
    if (actual === null) throw chunk7LPKGVQJ_cjs.recordNotFound(table, id);
    throw chunk7LPKGVQJ_cjs.versionConflict(table, id, expectedVersion, actual);
  }
}

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
    async get(id) {
      const rows = await session.all(`SELECT * FROM copies WHERE id = ?${config.lockRows ? config.dialect.lockSuffix : ""}`, [id]);
      return rows[0] === void 0 ? null : copyFromRow(rows[0]);
    },
    listByVolume: async (volumeId) => (await session.all("SELECT * FROM copies WHERE volume_id = ? ORDER BY id", [volumeId])).map(copyFromRow),
    insert: (copy) => insertRow(session, "copies", "copies", { id: copy.id, ...copyColumns(copy), version: copy.version }),
    update: (next, expectedVersion) => updateRow(session, config, "copies", "copies", next.id, copyColumns(next), next.version, expectedVersion)
  };
}

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

// src/adapters/sql/stores/job-runs.ts
function sqlJobRuns(session, config) {
  return {
    claim: async (job, date, owner) => await session.run(
      "INSERT INTO job_runs (job, run_date, owner, claimed_at, finished_at) VALUES (?, ?, ?, ?, NULL) ON CONFLICT (job, run_date) DO NOTHING",
      [job, date, owner, config.clock.now()]
    ) > 0,
    async get(job, date) {
      const rows = await session.all("SELECT * FROM job_runs WHERE job = ? AND run_date = ?", [job, date]);
      return rows[0] === void 0 ? null : jobRunFromRow(rows[0]);
    },
    finish: async (job, date, owner) => await session.run("UPDATE job_runs SET finished_at = ? WHERE job = ? AND run_date = ? AND owner = ? AND finished_at IS NULL", [
      config.clock.now(),
      job,
      date,
      owner
    ]) > 0
  };
}

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
    async get(id) {
      const rows = await session.all(`SELECT * FROM loans WHERE id = ?${lock}`, [id]);
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
    async markSent(id) {
      if (await session.run("UPDATE outbox SET sent_at = ? WHERE id = ? AND sent_at IS NULL", [config.clock.now(), id]) > 0) return true;
      if ((await session.all("SELECT id FROM outbox WHERE id = ?", [id])).length === 0) throw chunk7LPKGVQJ_cjs.recordNotFound("outbox", id);
      return false;
    }
  };
}

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
  const read = async (id) => {
    const rows = await session.all(`SELECT * FROM patrons WHERE id = ?${config.lockRows ? dialect.lockSuffix : ""}`, [id]);
    return rows[0] === void 0 ? null : patronFromRow(rows[0], dialect);
  };
  return {
    get: async (id) => (await read(id))?.patron ?? null,
    getVersioned: read,
    update: (next, expectedVersion) => updateRow(session, config, "patrons", "patrons", next.id, patronColumns(next, dialect), expectedVersion + 1, expectedVersion)
  };
}

// src/adapters/sql/reservation-rows.ts
var SPECIFIC_COLUMNS = {
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
var STATUS_FIELDS = {
  requested: ["cancellationRequestedAt"],
  reserved: ["queuedAt", "cancellationRequestedAt"],
  rejected: ["rejectedAt", "reasons"],
  onHold: ["queuedAt", "copyId", "trappedAt", "noticeDate", "lastDay"],
  collected: ["copyId", "collectedAt"],
  lapsed: ["copyId", "lastDay", "lapsedAt"],
  cancelled: ["cancelledAt", "cancelledBy", "cancelledFrom", "copyId", "note"]
};
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
  return chunkY5XPWW2E_cjs.parseRecord(chunkY5XPWW2E_cjs.ReservationRecordSchema, record, { table: "reservations", id: String(row["id"]) });
}

// src/adapters/sql/stores/reservations.ts
var ACTIVE = "status IN ('requested', 'reserved', 'onHold')";
var FINAL = "status NOT IN ('requested', 'reserved', 'onHold')";
function sqlReservations(session, config) {
  const { dialect } = config;
  const list = async (where, orderBy, params) => (await session.all(`SELECT * FROM reservations WHERE ${where} ORDER BY ${orderBy}`, params)).map((row) => reservationFromRow(row, dialect));
  return {
    async get(id) {
      const rows = await session.all(`SELECT * FROM reservations WHERE id = ?${config.lockRows ? dialect.lockSuffix : ""}`, [id]);
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

// src/adapters/sql/seed.ts
async function upsert(session, table, columns) {
  const names = Object.keys(columns);
  const updates = names.filter((name) => name !== "id").map((name) => `${name} = excluded.${name}`);
  await session.run(
    `INSERT INTO ${table} (${names.join(", ")}) VALUES (${names.map(() => "?").join(", ")}) ON CONFLICT (id) DO UPDATE SET ${updates.join(", ")}`,
    Object.values(columns)
  );
}
async function writeSeed(session, dialect, data) {
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

exports.createSqlStores = createSqlStores;
exports.writeSeed = writeSeed;
//# sourceMappingURL=chunk-6UU2HVF3.cjs.map
//# sourceMappingURL=chunk-6UU2HVF3.cjs.map