'use strict';

var chunk76TFARF5_cjs = require('./chunk-76TFARF5.cjs');
var chunkIHEQXN5U_cjs = require('./chunk-IHEQXN5U.cjs');
var chunkG4XI73JD_cjs = require('./chunk-G4XI73JD.cjs');
var chunkFSBKBYTI_cjs = require('./chunk-FSBKBYTI.cjs');
var chunkHMNALECV_cjs = require('./chunk-HMNALECV.cjs');
var chunk3464L2HU_cjs = require('./chunk-3464L2HU.cjs');
var chunk7LPKGVQJ_cjs = require('./chunk-7LPKGVQJ.cjs');
var chunk6SLC5VUX_cjs = require('./chunk-6SLC5VUX.cjs');
var zod = require('zod');

// src/testing/conformance/assert.ts
var ConformanceFailure = class extends Error {
  constructor(message) {
    super(message);
    this.name = "ConformanceFailure";
  }
};
function canonical(value) {
  return JSON.stringify(value, (_key, v) => {
    if (v === null || typeof v !== "object" || Array.isArray(v)) return v;
    const sorted = {};
    for (const key of Object.keys(v).sort()) {
      const field = v[key];
      if (field !== void 0) sorted[key] = field;
    }
    return sorted;
  });
}
function assertEqual(actual, expected, what) {
  const a = canonical(actual);
  const e = canonical(expected);
  if (a !== e) throw new ConformanceFailure(`${what}
  expected: ${e}
  actual:   ${a}`);
}
function assertTrue(condition, what) {
  if (!condition) throw new ConformanceFailure(what);
}
function idsOf(records) {
  return records.map((r) => r.id);
}
async function assertRejectsWith(promise, code, details, what) {
  let outcome;
  try {
    await promise;
    outcome = { ok: true };
  } catch (error2) {
    outcome = { ok: false, error: error2 };
  }
  if (outcome.ok) throw new ConformanceFailure(`${what}: expected a YoyakuError ${code}, but it succeeded`);
  const { error } = outcome;
  if (!chunk6SLC5VUX_cjs.isYoyakuError(error)) {
    throw new ConformanceFailure(`${what}: expected a YoyakuError ${code}, got ${error instanceof Error ? error.name + ": " + error.message : String(error)}`);
  }
  if (error.code !== code) throw new ConformanceFailure(`${what}: expected YoyakuError ${code}, got ${error.code}: ${error.message}`);
  for (const [key, value] of Object.entries(details)) {
    assertEqual(error.details[key], value, `${what}: details.${key} of the ${code} error`);
  }
  return error;
}
async function assertRejectsWithSame(promise, expected, what) {
  try {
    await promise;
  } catch (error) {
    if (error === expected) return;
    throw new ConformanceFailure(`${what}: the unit of work must rethrow the error of its work as it was, got ${String(error)}`);
  }
  throw new ConformanceFailure(`${what}: expected the unit of work to reject, but it succeeded`);
}

// src/testing/conformance/fixtures.ts
function at(day, hour = 0, minute = 0) {
  const pad = (n) => String(n).padStart(2, "0");
  return `2026-12-${pad(day)}T${pad(hour)}:${pad(minute)}:00.000Z`;
}
function base(over) {
  return {
    patronId: "p-1",
    titleId: "t-1",
    volumeId: "t-1/1",
    audiovisual: false,
    channel: "online",
    pickupBranchId: "akeno",
    placedAt: at(3, 1),
    version: 0,
    ...over
  };
}
var build = {
  requested: (over) => ({ ...base(over), status: "requested", ...over }),
  reserved: (over) => ({
    ...base({ version: 1, ...over }),
    status: "reserved",
    queuedAt: at(4),
    ...over
  }),
  rejected: (over) => ({
    ...base({ version: 1, ...over }),
    status: "rejected",
    rejectedAt: at(4),
    reasons: [{ rule: "E4" }, { rule: "staff", note: "damaged" }],
    ...over
  }),
  onHold: (over) => ({
    ...base({ version: 2, ...over }),
    status: "onHold",
    queuedAt: at(4),
    copyId: "c-1",
    trappedAt: at(8, 2),
    noticeDate: "2026-12-08",
    lastDay: "2026-12-15",
    ...over
  }),
  collected: (over) => ({
    ...base({ version: 3, ...over }),
    status: "collected",
    copyId: "c-1",
    collectedAt: at(9, 3),
    ...over
  }),
  lapsed: (over) => ({
    ...base({ version: 3, ...over }),
    status: "lapsed",
    copyId: "c-1",
    lastDay: "2026-12-15",
    lapsedAt: at(15, 15),
    ...over
  }),
  cancelled: (over) => ({
    ...base({ version: 2, ...over }),
    status: "cancelled",
    cancelledAt: at(5),
    cancelledBy: "staff",
    cancelledFrom: "onHold",
    copyId: "c-1",
    note: "no longer needed",
    ...over
  }),
  copy: (over) => ({
    volumeId: "t-1/1",
    ownerBranchId: "museum",
    locationBranchId: "akeno",
    status: "onShelf",
    version: 0,
    ...over
  }),
  loan: (over) => ({
    patronId: "p-1",
    copyId: "c-1",
    volumeId: "t-1/1",
    titleId: "t-1",
    branchId: "akeno",
    lentAt: at(5, 1),
    dueDate: "2026-12-19",
    renewals: 0,
    returnedAt: null,
    version: 0,
    ...over
  }),
  patron: (over) => ({
    cardNumber: "0000000001",
    internetRegistered: true,
    unreachable: false,
    noticePrivacy: { showName: false, showTitle: true },
    homeBranchId: "akeno",
    ...over
  }),
  title: (over) => ({ name: "\u6E90\u6C0F\u7269\u8A9E", category: "book", audiovisual: false, ...over }),
  volume: (over) => ({ titleId: "t-1", label: "\u4E0A", ...over }),
  notice: (over) => ({
    kind: "holdNotice",
    patronId: "p-1",
    reservationId: "r-1",
    createdAt: at(8, 2),
    payload: { lastDay: "2026-12-15", branch: "akeno", lines: ["a", "b"], nested: { shown: false, count: 2, none: null } },
    ...over
  })
};
function inUnit(storage, work) {
  return storage.unitOfWork.run(work);
}
async function insertAll(storage, records) {
  await inUnit(storage, async (tx) => {
    for (const r of records.reservations ?? []) await tx.reservations.insert(r);
    for (const c of records.copies ?? []) await tx.copies.insert(c);
    for (const l of records.loans ?? []) await tx.loans.insert(l);
  });
}
function writable(value) {
  return value;
}

// src/testing/conformance/cases/catalog-and-patrons.ts
var catalogAndPatronCases = [
  {
    name: "catalog: titles and volumes read back as seeded; listVolumes gives a title's volumes by id",
    run: async (s) => {
      const title = build.title({ id: "t-1", audiovisual: true, category: "av" });
      const volumes = [
        build.volume({ id: "t-1/2", label: "\u4E0B" }),
        build.volume({ id: "t-1/0", set: true, label: "\u4E0A\u4E0B\u5DFB\u30BB\u30C3\u30C8" }),
        build.volume({ id: "t-1/1" }),
        build.volume({ id: "t-2/1", titleId: "t-2" })
      ];
      await s.seed({ titles: [title, build.title({ id: "t-2" })], volumes });
      assertEqual(await inUnit(s, (tx) => tx.catalog.getTitle("t-1")), title, "getTitle(t-1)");
      assertEqual(await inUnit(s, (tx) => tx.catalog.getTitle("t-none")), null, "getTitle of an unknown id");
      assertEqual(await inUnit(s, (tx) => tx.catalog.getVolume("t-1/0")), volumes[1], "getVolume(t-1/0)");
      assertEqual(await inUnit(s, (tx) => tx.catalog.getVolume("t-none/1")), null, "getVolume of an unknown id");
      assertEqual(idsOf(await inUnit(s, (tx) => tx.catalog.listVolumes("t-1"))), ["t-1/0", "t-1/1", "t-1/2"], "volumes of t-1");
      assertEqual(await inUnit(s, (tx) => tx.catalog.listVolumes("t-none")), [], "volumes of an unknown title");
      const got = await inUnit(s, (tx) => tx.catalog.getTitle("t-1"));
      if (got) writable(got).name = "changed";
      assertEqual(await inUnit(s, (tx) => tx.catalog.getTitle("t-1")), title, "getTitle(t-1) after a caller changed the returned object");
    }
  },
  {
    name: "patrons: a seeded patron reads back at version 0; unknown ids read as null",
    run: async (s) => {
      const patron = build.patron({ id: "p-1", email: "someone@example.jp", name: "\u5317\u675C \u82B1\u5B50" });
      await s.seed({ patrons: [patron] });
      assertEqual(await inUnit(s, (tx) => tx.patrons.get("p-1")), patron, "get(p-1)");
      assertEqual(await inUnit(s, (tx) => tx.patrons.getVersioned("p-1")), { patron, version: 0 }, "getVersioned(p-1)");
      assertEqual(await inUnit(s, (tx) => tx.patrons.get("p-none")), null, "get of an unknown id");
      assertEqual(await inUnit(s, (tx) => tx.patrons.getVersioned("p-none")), null, "getVersioned of an unknown id");
    }
  },
  {
    name: "patrons: update is a compare-and-set on the stored version",
    run: async (s) => {
      const patron = build.patron({ id: "p-1" });
      await s.seed({ patrons: [patron] });
      const marked = { ...patron, unreachable: true };
      await inUnit(s, (tx) => tx.patrons.update(marked, 0));
      assertEqual(await inUnit(s, (tx) => tx.patrons.getVersioned("p-1")), { patron: marked, version: 1 }, "p-1 after update");
      await assertRejectsWith(
        inUnit(s, (tx) => tx.patrons.update({ ...patron, internetRegistered: false }, 0)),
        "VERSION_CONFLICT",
        { table: "patrons", id: "p-1", expected: 0, actual: 1 },
        "stale update of p-1"
      );
      await assertRejectsWith(
        inUnit(s, (tx) => tx.patrons.update(build.patron({ id: "p-none" }), 0)),
        "NOT_FOUND",
        { table: "patrons", id: "p-none" },
        "update of an unknown patron"
      );
      assertEqual(await inUnit(s, (tx) => tx.patrons.getVersioned("p-1")), { patron: marked, version: 1 }, "p-1 after the rejected writes");
    }
  },
  {
    name: "patrons: of ten concurrent updates expecting the same version, exactly one wins",
    run: async (s) => {
      const patron = build.patron({ id: "p-1" });
      await s.seed({ patrons: [patron] });
      const attempts = Array.from({ length: 10 }, (_, i) => ({ ...patron, homeBranchId: `b-${i}` }));
      const outcomes = await Promise.allSettled(attempts.map((next) => inUnit(s, (tx) => tx.patrons.update(next, 0))));
      const winners = outcomes.flatMap((o, i) => o.status === "fulfilled" ? [attempts[i]] : []);
      assertEqual(winners.length, 1, "number of updates that succeeded");
      const stored = await inUnit(s, (tx) => tx.patrons.getVersioned("p-1"));
      assertTrue(stored !== null, "p-1 exists");
      assertEqual(stored, { patron: winners[0], version: 1 }, "p-1 holds the winning update");
    }
  }
];

// src/testing/conformance/cases/copies.ts
var copyCases = [
  {
    name: "copies: get reads back what insert wrote, and null for an unknown id",
    run: async (s) => {
      const copy = build.copy({ id: "c-1", status: "onHoldShelf", version: 4 });
      await insertAll(s, { copies: [copy] });
      assertEqual(await inUnit(s, (tx) => tx.copies.get("c-1")), copy, "get(c-1)");
      assertEqual(await inUnit(s, (tx) => tx.copies.get("c-none")), null, "get of an unknown id");
    }
  },
  {
    name: "copies: listByVolume gives every copy of the volume by id, as copies",
    run: async (s) => {
      await insertAll(s, {
        copies: [
          build.copy({ id: "c-b", status: "missing" }),
          build.copy({ id: "c-a" }),
          build.copy({ id: "c-c", status: "onLoan" }),
          build.copy({ id: "c-d", volumeId: "t-1/2" })
        ]
      });
      const listed = await inUnit(s, (tx) => tx.copies.listByVolume("t-1/1"));
      assertEqual(idsOf(listed), ["c-a", "c-b", "c-c"], "copies of t-1/1");
      for (const c of listed) writable(c).status = "longOverdue";
      assertEqual((await inUnit(s, (tx) => tx.copies.get("c-a")))?.status, "onShelf", "c-a after a caller changed a listed object");
      assertEqual(await inUnit(s, (tx) => tx.copies.listByVolume("t-9/1")), [], "copies of a volume without copies");
    }
  },
  {
    name: "copies: update is a compare-and-set on the version",
    run: async (s) => {
      const copy = build.copy({ id: "c-1" });
      await insertAll(s, { copies: [copy] });
      const next = { ...copy, status: "onLoan", version: 1 };
      await inUnit(s, (tx) => tx.copies.update(next, 0));
      assertEqual(await inUnit(s, (tx) => tx.copies.get("c-1")), next, "c-1 after update");
      await assertRejectsWith(
        inUnit(s, (tx) => tx.copies.update({ ...copy, status: "missing", version: 1 }, 0)),
        "VERSION_CONFLICT",
        { table: "copies", id: "c-1", expected: 0, actual: 1 },
        "stale update of c-1"
      );
      await assertRejectsWith(
        inUnit(s, (tx) => tx.copies.update({ ...copy, status: "missing", version: 5 }, 1)),
        "VERSION_CONFLICT",
        { table: "copies", id: "c-1", expected: 1 },
        "update of c-1 to a version that does not follow"
      );
      await assertRejectsWith(
        inUnit(s, (tx) => tx.copies.insert({ ...copy, version: 0 })),
        "VERSION_CONFLICT",
        { table: "copies", id: "c-1", expected: null },
        "second insert of c-1"
      );
      await assertRejectsWith(
        inUnit(s, (tx) => tx.copies.update(build.copy({ id: "c-none", version: 1 }), 0)),
        "NOT_FOUND",
        { table: "copies", id: "c-none" },
        "update of an unknown copy"
      );
      assertEqual(await inUnit(s, (tx) => tx.copies.get("c-1")), next, "c-1 after the rejected writes");
    }
  },
  {
    name: "copies: of ten concurrent updates expecting the same version, exactly one wins",
    run: async (s) => {
      const copy = build.copy({ id: "c-1" });
      await insertAll(s, { copies: [copy] });
      const attempts = Array.from({ length: 10 }, (_, i) => ({ ...copy, locationBranchId: `b-${i}`, version: 1 }));
      const outcomes = await Promise.allSettled(attempts.map((next) => inUnit(s, (tx) => tx.copies.update(next, 0))));
      const winners = outcomes.flatMap((o, i) => o.status === "fulfilled" ? [attempts[i]] : []);
      assertEqual(winners.length, 1, "number of updates that succeeded");
      assertEqual(await inUnit(s, (tx) => tx.copies.get("c-1")), winners[0], "c-1 holds the winning update");
    }
  }
];

// src/testing/conformance/cases/entry-lists.ts
var entryListCases = [
  {
    name: "[B1] cart: entries are added in order, a volume once only, removed, and kept per patron",
    run: async (s) => {
      const added = await inUnit(s, async (tx) => [
        await tx.cart.add("p-1", { volumeId: "t-2/1", pickupBranchId: "akeno" }),
        await tx.cart.add("p-1", { volumeId: "t-1/1", pickupBranchId: "mukawa" }),
        await tx.cart.add("p-1", { volumeId: "t-2/1", pickupBranchId: "hakushu" }),
        await tx.cart.add("p-2", { volumeId: "t-2/1", pickupBranchId: "takane" })
      ]);
      assertEqual(added, [true, true, false, true], "results of add");
      assertEqual(
        await inUnit(s, (tx) => tx.cart.list("p-1")),
        [
          { volumeId: "t-2/1", pickupBranchId: "akeno" },
          { volumeId: "t-1/1", pickupBranchId: "mukawa" }
        ],
        "cart of p-1 (a second entry for t-2/1 changes nothing)"
      );
      assertEqual(await inUnit(s, (tx) => tx.cart.list("p-2")), [{ volumeId: "t-2/1", pickupBranchId: "takane" }], "cart of p-2");
      assertTrue(await inUnit(s, (tx) => tx.cart.remove("p-1", "t-2/1")), "remove of a listed volume returns true");
      assertEqual(await inUnit(s, (tx) => tx.cart.remove("p-1", "t-2/1")), false, "remove of a volume no longer listed");
      assertEqual(await inUnit(s, (tx) => tx.cart.list("p-1")), [{ volumeId: "t-1/1", pickupBranchId: "mukawa" }], "cart of p-1 after remove");
      assertEqual(await inUnit(s, (tx) => tx.cart.list("p-2")), [{ volumeId: "t-2/1", pickupBranchId: "takane" }], "cart of p-2 after p-1 removed");
      assertEqual(await inUnit(s, (tx) => tx.cart.add("p-1", { volumeId: "t-2/1", pickupBranchId: "hakushu" })), true, "add again after remove");
      assertEqual(
        await inUnit(s, (tx) => tx.cart.list("p-1")),
        [
          { volumeId: "t-1/1", pickupBranchId: "mukawa" },
          { volumeId: "t-2/1", pickupBranchId: "hakushu" }
        ],
        "cart of p-1 after adding again"
      );
      assertEqual(await inUnit(s, (tx) => tx.cart.list("p-9")), [], "cart of a patron who never added");
    }
  },
  {
    name: "[B5] favourites: entries are added in order, a volume once only, removed, and kept per patron",
    run: async (s) => {
      const added = await inUnit(s, async (tx) => [
        await tx.favourites.add("p-1", { volumeId: "t-3/1" }),
        await tx.favourites.add("p-1", { volumeId: "t-1/1" }),
        await tx.favourites.add("p-1", { volumeId: "t-3/1" }),
        await tx.favourites.add("p-2", { volumeId: "t-1/1" })
      ]);
      assertEqual(added, [true, true, false, true], "results of add");
      assertEqual(await inUnit(s, (tx) => tx.favourites.list("p-1")), [{ volumeId: "t-3/1" }, { volumeId: "t-1/1" }], "favourites of p-1");
      assertTrue(await inUnit(s, (tx) => tx.favourites.remove("p-1", "t-3/1")), "remove of a listed volume returns true");
      assertEqual(await inUnit(s, (tx) => tx.favourites.remove("p-1", "t-3/1")), false, "remove of a volume no longer listed");
      assertEqual(await inUnit(s, (tx) => tx.favourites.list("p-1")), [{ volumeId: "t-1/1" }], "favourites of p-1 after remove");
      assertEqual(await inUnit(s, (tx) => tx.favourites.list("p-2")), [{ volumeId: "t-1/1" }], "favourites of p-2");
      assertEqual(await inUnit(s, (tx) => tx.favourites.list("p-9")), [], "favourites of a patron who never added");
    }
  },
  {
    name: "cart and favourites: listed entries are copies",
    run: async (s) => {
      await inUnit(s, async (tx) => {
        await tx.cart.add("p-1", { volumeId: "t-1/1", pickupBranchId: "akeno" });
        await tx.favourites.add("p-1", { volumeId: "t-1/1" });
      });
      const cart = await inUnit(s, (tx) => tx.cart.list("p-1"));
      cart.forEach((e) => e.pickupBranchId = "changed");
      cart.length = 0;
      const favourites = await inUnit(s, (tx) => tx.favourites.list("p-1"));
      favourites.push({ volumeId: "t-9/9" });
      assertEqual(await inUnit(s, (tx) => tx.cart.list("p-1")), [{ volumeId: "t-1/1", pickupBranchId: "akeno" }], "cart after a caller changed the list");
      assertEqual(await inUnit(s, (tx) => tx.favourites.list("p-1")), [{ volumeId: "t-1/1" }], "favourites after a caller changed the list");
    }
  }
];

// src/testing/conformance/cases/job-runs.ts
var INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
var jobRunCases = [
  {
    name: "[C1] job runs: of ten concurrent claims of one job and date, exactly one wins",
    run: async (s) => {
      const owners = Array.from({ length: 10 }, (_, i) => `server-${i}`);
      const results = await Promise.all(owners.map((owner) => inUnit(s, (tx) => tx.jobRuns.claim("approval", "2026-12-04", owner))));
      assertEqual(results.filter(Boolean).length, 1, "number of claims that won");
      const winner = owners[results.indexOf(true)];
      const run = await inUnit(s, (tx) => tx.jobRuns.get("approval", "2026-12-04"));
      assertEqual(run && { job: run.job, date: run.date, owner: run.owner, finishedAt: run.finishedAt }, { job: "approval", date: "2026-12-04", owner: winner, finishedAt: null }, "the run");
      assertTrue(run !== null && INSTANT.test(run.claimedAt), "claimedAt is an instant in toISOString form");
      assertEqual(await inUnit(s, (tx) => tx.jobRuns.claim("approval", "2026-12-04", winner ?? "server-0")), false, "a later claim, even by the winner");
    }
  },
  {
    name: "job runs: claims of other dates and other jobs are independent",
    run: async (s) => {
      const claims = await inUnit(s, async (tx) => [
        await tx.jobRuns.claim("approval", "2026-12-04", "a"),
        await tx.jobRuns.claim("approval", "2026-12-05", "b"),
        await tx.jobRuns.claim("expiry", "2026-12-04", "c"),
        await tx.jobRuns.claim("expiry", "2026-12-04", "d")
      ]);
      assertEqual(claims, [true, true, true, false], "claims");
      assertEqual((await inUnit(s, (tx) => tx.jobRuns.get("expiry", "2026-12-04")))?.owner, "c", "owner of the expiry run of 2026-12-04");
      assertEqual(await inUnit(s, (tx) => tx.jobRuns.get("expiry", "2026-12-05")), null, "a run nobody claimed");
    }
  },
  {
    name: "job runs: a claim in a unit of work that throws is rolled back",
    run: async (s) => {
      const failure = new Error("the batch failed");
      await assertRejectsWithSame(
        inUnit(s, async (tx) => {
          assertEqual(await tx.jobRuns.claim("expiry", "2026-12-04", "a"), true, "claim inside the failing unit");
          throw failure;
        }),
        failure,
        "the failing unit"
      );
      assertEqual(await inUnit(s, (tx) => tx.jobRuns.get("expiry", "2026-12-04")), null, "the run after the failed unit");
      assertEqual(await inUnit(s, (tx) => tx.jobRuns.claim("expiry", "2026-12-04", "b")), true, "a new claim");
    }
  },
  {
    name: "job runs: finish marks the run finished, for its owner only, once",
    run: async (s) => {
      await inUnit(s, (tx) => tx.jobRuns.claim("approval", "2026-12-04", "a"));
      assertEqual(await inUnit(s, (tx) => tx.jobRuns.finish("approval", "2026-12-04", "b")), false, "finish by another owner");
      assertEqual((await inUnit(s, (tx) => tx.jobRuns.get("approval", "2026-12-04")))?.finishedAt, null, "finishedAt after the refused finish");
      assertEqual(await inUnit(s, (tx) => tx.jobRuns.finish("approval", "2026-12-04", "a")), true, "finish by the owner");
      const run = await inUnit(s, (tx) => tx.jobRuns.get("approval", "2026-12-04"));
      assertTrue(run !== null && run.finishedAt !== null && INSTANT.test(run.finishedAt), "finishedAt is an instant");
      assertEqual(await inUnit(s, (tx) => tx.jobRuns.finish("approval", "2026-12-04", "a")), false, "a second finish");
      assertEqual(await inUnit(s, (tx) => tx.jobRuns.finish("expiry", "2026-12-04", "a")), false, "finish of a run nobody claimed");
    }
  }
];

// src/testing/conformance/cases/loans.ts
var loanCases = [
  {
    name: "loans: get reads back what insert wrote, and null for an unknown id",
    run: async (s) => {
      const loan = build.loan({ id: "l-1", reservationId: "r-1", renewals: 1 });
      const returned = build.loan({ id: "l-2", returnedAt: at(10) });
      await insertAll(s, { loans: [loan, returned] });
      assertEqual(await inUnit(s, (tx) => tx.loans.get("l-1")), loan, "get(l-1)");
      assertEqual(await inUnit(s, (tx) => tx.loans.get("l-2")), returned, "get(l-2)");
      assertEqual(await inUnit(s, (tx) => tx.loans.get("l-none")), null, "get of an unknown id");
    }
  },
  {
    name: "loans: listByPatron filters by open and orders by lentAt, then id",
    run: async (s) => {
      await insertAll(s, {
        loans: [
          build.loan({ id: "l-b", lentAt: at(5), copyId: "c-2" }),
          build.loan({ id: "l-a", lentAt: at(5), copyId: "c-3", returnedAt: at(6) }),
          build.loan({ id: "l-c", lentAt: at(1), copyId: "c-4" }),
          build.loan({ id: "l-d", lentAt: at(1), patronId: "p-2" })
        ]
      });
      const list = (options) => inUnit(s, (tx) => tx.loans.listByPatron("p-1", options));
      assertEqual(idsOf(await list()), ["l-c", "l-a", "l-b"], "all loans of p-1");
      assertEqual(idsOf(await list({ open: true })), ["l-c", "l-b"], "open loans of p-1");
      assertEqual(idsOf(await list({ open: false })), ["l-a"], "returned loans of p-1");
      assertEqual(await inUnit(s, (tx) => tx.loans.listByPatron("p-9")), [], "loans of a patron without loans");
    }
  },
  {
    name: "loans: findOpenByCopy gives the open loan of the copy, and null once it is returned",
    run: async (s) => {
      const open = build.loan({ id: "l-2", copyId: "c-1", lentAt: at(10) });
      await insertAll(s, {
        loans: [build.loan({ id: "l-1", copyId: "c-1", lentAt: at(1), returnedAt: at(5) }), open, build.loan({ id: "l-3", copyId: "c-2" })]
      });
      assertEqual(await inUnit(s, (tx) => tx.loans.findOpenByCopy("c-1")), open, "open loan of c-1");
      assertEqual(await inUnit(s, (tx) => tx.loans.findOpenByCopy("c-9")), null, "open loan of a copy never lent");
      await inUnit(s, (tx) => tx.loans.update({ ...open, returnedAt: at(12), version: 1 }, 0));
      assertEqual(await inUnit(s, (tx) => tx.loans.findOpenByCopy("c-1")), null, "open loan of c-1 after its return");
    }
  },
  {
    name: "loans: update is a compare-and-set on the version, and insert of an existing id conflicts",
    run: async (s) => {
      const loan = build.loan({ id: "l-1" });
      await insertAll(s, { loans: [loan] });
      const renewed = { ...loan, renewals: 1, dueDate: "2027-01-02", version: 1 };
      await inUnit(s, (tx) => tx.loans.update(renewed, 0));
      assertEqual(await inUnit(s, (tx) => tx.loans.get("l-1")), renewed, "l-1 after update");
      await assertRejectsWith(
        inUnit(s, (tx) => tx.loans.update({ ...loan, renewals: 2, version: 1 }, 0)),
        "VERSION_CONFLICT",
        { table: "loans", id: "l-1", expected: 0, actual: 1 },
        "stale update of l-1"
      );
      await assertRejectsWith(
        inUnit(s, (tx) => tx.loans.update({ ...renewed, version: 1 }, 1)),
        "VERSION_CONFLICT",
        { table: "loans", id: "l-1", expected: 1 },
        "update of l-1 keeping its version"
      );
      await assertRejectsWith(inUnit(s, (tx) => tx.loans.insert(loan)), "VERSION_CONFLICT", { table: "loans", id: "l-1", expected: null }, "second insert of l-1");
      await assertRejectsWith(
        inUnit(s, (tx) => tx.loans.update(build.loan({ id: "l-none", version: 1 }), 0)),
        "NOT_FOUND",
        { table: "loans", id: "l-none" },
        "update of an unknown loan"
      );
      assertEqual(await inUnit(s, (tx) => tx.loans.get("l-1")), renewed, "l-1 after the rejected writes");
    }
  }
];

// src/testing/conformance/cases/outbox.ts
var outboxCases = [
  {
    name: "outbox: enqueued notices are pending, by createdAt then id, with their payload intact",
    run: async (s) => {
      const first = build.notice({ id: "n-b", createdAt: at(8, 2) });
      const tie = build.notice({ id: "n-a", createdAt: at(8, 2), reservationId: void 0, kind: "other" });
      const earliest = build.notice({ id: "n-c", createdAt: at(7) });
      await inUnit(s, async (tx) => {
        await tx.outbox.enqueue(first);
        await tx.outbox.enqueue(tie);
        await tx.outbox.enqueue(earliest);
      });
      assertEqual(await inUnit(s, (tx) => tx.outbox.listPending()), [earliest, tie, first], "pending notices");
    }
  },
  {
    name: "outbox: a notice enqueued in a unit of work that throws is never pending",
    run: async (s) => {
      const failure = new Error("the unit failed after enqueueing");
      await assertRejectsWithSame(
        inUnit(s, async (tx) => {
          await tx.outbox.enqueue(build.notice({ id: "n-1" }));
          throw failure;
        }),
        failure,
        "the failing unit"
      );
      assertEqual(await inUnit(s, (tx) => tx.outbox.listPending()), [], "pending notices");
    }
  },
  {
    name: "outbox: markSent takes a notice out of the pending ones, once",
    run: async (s) => {
      await inUnit(s, async (tx) => {
        await tx.outbox.enqueue(build.notice({ id: "n-1", createdAt: at(8) }));
        await tx.outbox.enqueue(build.notice({ id: "n-2", createdAt: at(9) }));
      });
      assertEqual(await inUnit(s, (tx) => tx.outbox.markSent("n-1")), true, "first markSent of n-1");
      assertEqual(idsOf(await inUnit(s, (tx) => tx.outbox.listPending())), ["n-2"], "pending after marking n-1");
      assertEqual(await inUnit(s, (tx) => tx.outbox.markSent("n-1")), false, "second markSent of n-1");
      await assertRejectsWith(inUnit(s, (tx) => tx.outbox.markSent("n-none")), "NOT_FOUND", { table: "outbox", id: "n-none" }, "markSent of an unknown notice");
      await assertRejectsWith(
        inUnit(s, (tx) => tx.outbox.enqueue(build.notice({ id: "n-1" }))),
        "VERSION_CONFLICT",
        { table: "outbox", id: "n-1", expected: null },
        "enqueue of an existing id"
      );
      assertEqual(idsOf(await inUnit(s, (tx) => tx.outbox.listPending())), ["n-2"], "pending after the rejected enqueue");
    }
  }
];

// src/testing/conformance/cases/reservations.ts
var everyStatus = [
  build.requested({ id: "r-requested", cancellationRequestedAt: at(3, 5) }),
  build.reserved({ id: "r-reserved" }),
  build.rejected({ id: "r-rejected" }),
  build.onHold({ id: "r-onhold" }),
  build.collected({ id: "r-collected" }),
  build.lapsed({ id: "r-lapsed" }),
  build.cancelled({ id: "r-cancelled" })
];
var reservationCases = [
  {
    name: "reservations: get returns null for an unknown id",
    run: async (s) => {
      assertEqual(await inUnit(s, (tx) => tx.reservations.get("r-none")), null, "get of an unknown id");
    }
  },
  {
    name: "reservations: a reservation of every status reads back as written",
    run: async (s) => {
      await insertAll(s, { reservations: everyStatus });
      for (const r of everyStatus) {
        assertEqual(await inUnit(s, (tx) => tx.reservations.get(r.id)), r, `get(${r.id}) after insert`);
      }
    }
  },
  {
    name: "reservations: returned and inserted objects are copies, not the stored state",
    run: async (s) => {
      const original = build.reserved({ id: "r-1" });
      const inserted = { ...original };
      await insertAll(s, { reservations: [inserted] });
      writable(inserted).pickupBranchId = "changed-after-insert";
      const got = await inUnit(s, (tx) => tx.reservations.get("r-1"));
      assertTrue(got !== null, "the reservation exists");
      if (got) writable(got).pickupBranchId = "changed-after-get";
      const listed = await inUnit(s, (tx) => tx.reservations.listQueue("t-1/1"));
      for (const r of listed) writable(r).volumeId = "changed-after-list";
      assertEqual(await inUnit(s, (tx) => tx.reservations.get("r-1")), original, "stored reservation after callers changed their objects");
    }
  },
  {
    name: "reservations: insert of an existing id fails with VERSION_CONFLICT and keeps the stored record",
    run: async (s) => {
      const r = build.requested({ id: "r-1" });
      await insertAll(s, { reservations: [r] });
      await assertRejectsWith(
        inUnit(s, (tx) => tx.reservations.insert({ ...r, pickupBranchId: "mukawa" })),
        "VERSION_CONFLICT",
        { table: "reservations", id: "r-1", expected: null },
        "second insert of r-1"
      );
      assertEqual(await inUnit(s, (tx) => tx.reservations.get("r-1")), r, "r-1 after the failed insert");
    }
  },
  {
    name: "reservations: update with the stored version replaces the record",
    run: async (s) => {
      const r = build.requested({ id: "r-1" });
      await insertAll(s, { reservations: [r] });
      const next = build.reserved({ id: "r-1", version: 1, queuedAt: at(4) });
      await inUnit(s, (tx) => tx.reservations.update(next, 0));
      assertEqual(await inUnit(s, (tx) => tx.reservations.get("r-1")), next, "r-1 after update");
      const after = build.onHold({ id: "r-1", version: 2 });
      await inUnit(s, (tx) => tx.reservations.update(after, 1));
      assertEqual(await inUnit(s, (tx) => tx.reservations.get("r-1")), after, "r-1 after a second update");
    }
  },
  {
    name: "reservations: update with a stale expected version fails with VERSION_CONFLICT naming table, id, expected and actual",
    run: async (s) => {
      const r = build.reserved({ id: "r-1", version: 3 });
      await insertAll(s, { reservations: [r] });
      await assertRejectsWith(
        inUnit(s, (tx) => tx.reservations.update({ ...r, version: 3, pickupBranchId: "mukawa" }, 2)),
        "VERSION_CONFLICT",
        { table: "reservations", id: "r-1", expected: 2, actual: 3 },
        "update expecting version 2 of a record at version 3"
      );
      assertEqual(await inUnit(s, (tx) => tx.reservations.get("r-1")), r, "r-1 after the stale update");
    }
  },
  {
    name: "reservations: update whose next version is not expected + 1 fails with VERSION_CONFLICT",
    run: async (s) => {
      const r = build.reserved({ id: "r-1", version: 1 });
      await insertAll(s, { reservations: [r] });
      for (const wrong of [1, 3]) {
        await assertRejectsWith(
          inUnit(s, (tx) => tx.reservations.update({ ...r, version: wrong, pickupBranchId: "mukawa" }, 1)),
          "VERSION_CONFLICT",
          { table: "reservations", id: "r-1", expected: 1 },
          `update to version ${wrong} expecting 1`
        );
      }
      assertEqual(await inUnit(s, (tx) => tx.reservations.get("r-1")), r, "r-1 after the rejected updates");
    }
  },
  {
    name: "reservations: update of an unknown id fails with NOT_FOUND",
    run: async (s) => {
      await assertRejectsWith(
        inUnit(s, (tx) => tx.reservations.update(build.reserved({ id: "r-none", version: 1 }), 0)),
        "NOT_FOUND",
        { table: "reservations", id: "r-none" },
        "update of r-none"
      );
      assertEqual(await inUnit(s, (tx) => tx.reservations.get("r-none")), null, "r-none after the failed update");
    }
  },
  {
    name: "reservations: of ten concurrent updates expecting the same version, exactly one wins",
    run: async (s) => {
      const r = build.requested({ id: "r-1" });
      await insertAll(s, { reservations: [r] });
      const branches = ["akeno", "sutama", "takane", "nagasaka", "kindaichi", "kobuchizawa", "hakushu", "mukawa", "b-9", "b-10"];
      const attempts = branches.map((pickupBranchId) => ({ ...r, version: 1, pickupBranchId }));
      const outcomes = await Promise.allSettled(attempts.map((next) => inUnit(s, (tx) => tx.reservations.update(next, 0))));
      const winners = outcomes.flatMap((o, i) => o.status === "fulfilled" ? [attempts[i]] : []);
      assertEqual(winners.length, 1, "number of updates that succeeded");
      for (const o of outcomes) {
        if (o.status === "rejected") await assertRejectsWith(Promise.reject(o.reason), "VERSION_CONFLICT", { table: "reservations", id: "r-1" }, "a losing update");
      }
      assertEqual(await inUnit(s, (tx) => tx.reservations.get("r-1")), winners[0], "r-1 holds the winning update");
    }
  },
  {
    name: "[C2] listQueue gives reserved reservations of the volume by queuedAt, then placedAt, then id, without requested or pending-cancellation ones",
    run: async (s) => {
      await insertAll(s, {
        reservations: [
          build.reserved({ id: "r-c", queuedAt: at(4, 2), placedAt: at(3, 1) }),
          build.reserved({ id: "r-b", queuedAt: at(4, 1), placedAt: at(3, 1) }),
          build.reserved({ id: "r-a", queuedAt: at(4, 2), placedAt: at(3, 1) }),
          build.reserved({ id: "r-d", queuedAt: at(4, 2), placedAt: at(2, 23) }),
          build.reserved({ id: "r-e", queuedAt: at(4, 0), placedAt: at(3, 1), cancellationRequestedAt: at(4, 5) }),
          build.requested({ id: "r-f", placedAt: at(1) }),
          build.onHold({ id: "r-g", queuedAt: at(1) }),
          build.cancelled({ id: "r-h", cancelledFrom: "reserved" }),
          build.reserved({ id: "r-i", volumeId: "t-1/2", queuedAt: at(1) })
        ]
      });
      assertEqual(idsOf(await inUnit(s, (tx) => tx.reservations.listQueue("t-1/1"))), ["r-b", "r-d", "r-a", "r-c"], "queue of t-1/1");
      assertEqual(idsOf(await inUnit(s, (tx) => tx.reservations.listQueue("t-9/1"))), [], "queue of a volume without reservations");
    }
  },
  {
    name: "reservations: listByVolume gives every active reservation of the volume by placedAt, then id",
    run: async (s) => {
      await insertAll(s, {
        reservations: [
          build.onHold({ id: "r-c", placedAt: at(3, 1) }),
          build.requested({ id: "r-b", placedAt: at(3, 2), cancellationRequestedAt: at(3, 3) }),
          build.reserved({ id: "r-a", placedAt: at(3, 1), cancellationRequestedAt: at(4, 5) }),
          build.lapsed({ id: "r-d", placedAt: at(1) }),
          build.rejected({ id: "r-e", placedAt: at(1) }),
          build.collected({ id: "r-f", placedAt: at(1) }),
          build.cancelled({ id: "r-g", placedAt: at(1) }),
          build.requested({ id: "r-h", volumeId: "t-1/2" })
        ]
      });
      assertEqual(idsOf(await inUnit(s, (tx) => tx.reservations.listByVolume("t-1/1"))), ["r-a", "r-c", "r-b"], "active reservations of t-1/1");
    }
  },
  {
    name: "reservations: listByPatron filters by active and orders by placedAt, then id",
    run: async (s) => {
      await insertAll(s, {
        reservations: [
          build.requested({ id: "r-b", placedAt: at(3, 1) }),
          build.lapsed({ id: "r-a", placedAt: at(3, 1) }),
          build.reserved({ id: "r-c", placedAt: at(2) }),
          build.cancelled({ id: "r-d", placedAt: at(1) }),
          build.onHold({ id: "r-e", placedAt: at(5) }),
          build.requested({ id: "r-f", patronId: "p-2", placedAt: at(1) })
        ]
      });
      assertEqual(idsOf(await inUnit(s, (tx) => tx.reservations.listByPatron("p-1"))), ["r-d", "r-c", "r-a", "r-b", "r-e"], "all of p-1");
      assertEqual(idsOf(await inUnit(s, (tx) => tx.reservations.listByPatron("p-1", {}))), ["r-d", "r-c", "r-a", "r-b", "r-e"], "all of p-1, empty options");
      assertEqual(idsOf(await inUnit(s, (tx) => tx.reservations.listByPatron("p-1", { active: true }))), ["r-c", "r-b", "r-e"], "active of p-1");
      assertEqual(idsOf(await inUnit(s, (tx) => tx.reservations.listByPatron("p-1", { active: false }))), ["r-d", "r-a"], "final of p-1");
      assertEqual(idsOf(await inUnit(s, (tx) => tx.reservations.listByPatron("p-3"))), [], "a patron without reservations");
    }
  },
  {
    name: "[C1] listRequested gives every requested reservation, pending cancellations included, by placedAt, then id",
    run: async (s) => {
      await insertAll(s, {
        reservations: [
          build.requested({ id: "r-c", placedAt: at(3, 1), volumeId: "t-2/1" }),
          build.requested({ id: "r-b", placedAt: at(3, 1) }),
          build.requested({ id: "r-a", placedAt: at(3, 9), cancellationRequestedAt: at(3, 10) }),
          build.requested({ id: "r-d", placedAt: at(2), patronId: "p-2" }),
          build.reserved({ id: "r-e", placedAt: at(1) }),
          build.rejected({ id: "r-f", placedAt: at(1) }),
          build.cancelled({ id: "r-g", placedAt: at(1), cancelledFrom: "requested" })
        ]
      });
      assertEqual(idsOf(await inUnit(s, (tx) => tx.reservations.listRequested())), ["r-d", "r-b", "r-c", "r-a"], "requested reservations");
    }
  },
  {
    name: "[F2] listPendingCancellations gives requested and reserved ones with a pending cancellation, by cancellationRequestedAt, then id",
    run: async (s) => {
      await insertAll(s, {
        reservations: [
          build.requested({ id: "r-c", cancellationRequestedAt: at(4, 1) }),
          build.reserved({ id: "r-b", cancellationRequestedAt: at(4, 1) }),
          build.reserved({ id: "r-a", cancellationRequestedAt: at(4, 3) }),
          build.requested({ id: "r-d" }),
          build.reserved({ id: "r-e" }),
          build.cancelled({ id: "r-f", cancelledFrom: "requested" })
        ]
      });
      assertEqual(idsOf(await inUnit(s, (tx) => tx.reservations.listPendingCancellations())), ["r-b", "r-c", "r-a"], "pending cancellations");
    }
  },
  {
    name: "[D3] listHoldsEndingBefore gives holds whose last day is strictly before the date, by lastDay, then id",
    run: async (s) => {
      await insertAll(s, {
        reservations: [
          build.onHold({ id: "r-c", lastDay: "2026-12-14" }),
          build.onHold({ id: "r-b", lastDay: "2026-12-14" }),
          build.onHold({ id: "r-a", lastDay: "2026-12-15" }),
          build.onHold({ id: "r-d", lastDay: "2026-12-01", volumeId: "t-2/1" }),
          build.onHold({ id: "r-e", lastDay: "2026-12-16" }),
          build.lapsed({ id: "r-f", lastDay: "2026-12-01" })
        ]
      });
      const ending = (date) => inUnit(s, (tx) => tx.reservations.listHoldsEndingBefore(date));
      assertEqual(idsOf(await ending("2026-12-15")), ["r-d", "r-b", "r-c"], "holds ending before 2026-12-15");
      assertEqual(idsOf(await ending("2026-12-16")), ["r-d", "r-b", "r-c", "r-a"], "holds ending before 2026-12-16");
      assertEqual(idsOf(await ending("2026-12-01")), [], "holds ending before 2026-12-01");
    }
  },
  {
    name: "reservations: reads inside a unit of work see its own writes",
    run: async (s) => {
      await insertAll(s, { reservations: [build.requested({ id: "r-1" })] });
      await inUnit(s, async (tx) => {
        await tx.reservations.insert(build.reserved({ id: "r-2", queuedAt: at(4, 3) }));
        await tx.reservations.update(build.reserved({ id: "r-1", version: 1, queuedAt: at(4, 4) }), 0);
        assertEqual(idsOf(await tx.reservations.listQueue("t-1/1")), ["r-2", "r-1"], "queue inside the unit");
        assertEqual(idsOf(await tx.reservations.listRequested()), [], "requested inside the unit");
        assertEqual((await tx.reservations.get("r-1"))?.status, "reserved", "status of r-1 inside the unit");
      });
      assertEqual(idsOf(await inUnit(s, (tx) => tx.reservations.listQueue("t-1/1"))), ["r-2", "r-1"], "queue after commit");
    }
  }
];

// src/testing/conformance/cases/unit-of-work.ts
var INSTANT2 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
async function readEverything(s) {
  return inUnit(s, async (tx) => ({
    r1: await tx.reservations.get("r-1"),
    r2: await tx.reservations.get("r-2"),
    queue: await tx.reservations.listQueue("t-1/1"),
    requested: await tx.reservations.listRequested(),
    c1: await tx.copies.get("c-1"),
    c2: await tx.copies.get("c-2"),
    l1: await tx.loans.get("l-1"),
    l2: await tx.loans.get("l-2"),
    patron: await tx.patrons.getVersioned("p-1"),
    cart: await tx.cart.list("p-1"),
    favourites: await tx.favourites.list("p-1"),
    pending: await tx.outbox.listPending(),
    run: await tx.jobRuns.get("approval", "2026-12-04")
  }));
}
var unitOfWorkCases = [
  {
    name: "unit of work: run returns what the work returned, and later units see what it wrote",
    run: async (s) => {
      const value = await inUnit(s, async (tx) => {
        await tx.copies.insert(build.copy({ id: "c-1" }));
        return { answer: 42 };
      });
      assertEqual(value, { answer: 42 }, "value of run");
      assertEqual((await inUnit(s, (tx) => tx.copies.get("c-1")))?.id, "c-1", "c-1 in a later unit");
    }
  },
  {
    name: "unit of work: a unit that throws leaves nothing written, in any store",
    run: async (s) => {
      await s.seed({ patrons: [build.patron({ id: "p-1" })] });
      await insertAll(s, {
        reservations: [build.requested({ id: "r-1" })],
        copies: [build.copy({ id: "c-1" })],
        loans: [build.loan({ id: "l-1", copyId: "c-1" })]
      });
      await inUnit(s, async (tx) => {
        await tx.cart.add("p-1", { volumeId: "t-1/1", pickupBranchId: "akeno" });
        await tx.favourites.add("p-1", { volumeId: "t-1/1" });
      });
      const before = await readEverything(s);
      const failure = new Error("the work failed after writing everywhere");
      await assertRejectsWithSame(
        inUnit(s, async (tx) => {
          await tx.reservations.update(build.reserved({ id: "r-1", version: 1 }), 0);
          await tx.reservations.insert(build.reserved({ id: "r-2" }));
          await tx.copies.update(build.copy({ id: "c-1", status: "onHoldShelf", version: 1 }), 0);
          await tx.copies.insert(build.copy({ id: "c-2" }));
          await tx.loans.update(build.loan({ id: "l-1", copyId: "c-1", returnedAt: at(6), version: 1 }), 0);
          await tx.loans.insert(build.loan({ id: "l-2", copyId: "c-2" }));
          await tx.patrons.update(build.patron({ id: "p-1", unreachable: true }), 0);
          await tx.cart.remove("p-1", "t-1/1");
          await tx.cart.add("p-1", { volumeId: "t-2/1", pickupBranchId: "mukawa" });
          await tx.favourites.add("p-1", { volumeId: "t-2/1" });
          await tx.outbox.enqueue(build.notice({ id: "n-1" }));
          await tx.jobRuns.claim("approval", "2026-12-04", "a");
          throw failure;
        }),
        failure,
        "the failing unit"
      );
      assertEqual(await readEverything(s), before, "every store after the failing unit");
    }
  },
  {
    name: "unit of work: a unit whose write conflicts writes nothing of what it did before",
    run: async (s) => {
      await insertAll(s, { copies: [build.copy({ id: "c-1", version: 5 })] });
      await assertRejectsWith(
        inUnit(s, async (tx) => {
          await tx.reservations.insert(build.requested({ id: "r-1" }));
          await tx.copies.update(build.copy({ id: "c-1", version: 1 }), 0);
        }),
        "VERSION_CONFLICT",
        { table: "copies", id: "c-1", expected: 0, actual: 5 },
        "the conflicting unit"
      );
      assertEqual(await inUnit(s, (tx) => tx.reservations.get("r-1")), null, "r-1 after the conflicting unit");
    }
  },
  {
    name: "storage: declares transactions, and its clock reads an instant in toISOString form",
    run: async (s) => {
      assertEqual(s.capabilities.transactions, true, "capabilities.transactions");
      assertEqual(typeof s.capabilities.concurrentWriters, "boolean", "type of capabilities.concurrentWriters");
      const now = s.clock.now();
      assertTrue(INSTANT2.test(now), `clock.now() is an instant in toISOString form (got ${now})`);
    }
  }
];

// src/testing/conformance/run-conformance.ts
var CASES = [
  ...reservationCases,
  ...copyCases,
  ...loanCases,
  ...catalogAndPatronCases,
  ...entryListCases,
  ...outboxCases,
  ...jobRunCases,
  ...unitOfWorkCases
];
var CONFORMANCE_CASE_NAMES = CASES.map((c) => c.name);
function runConformance(options) {
  const register = () => {
    for (const c of CASES) {
      options.test(c.name, async () => {
        const storage = await options.factory();
        try {
          await c.run(storage);
        } finally {
          await storage.close?.();
        }
      });
    }
  };
  if (options.describe) options.describe(options.name ?? "yoyaku-rules storage conformance", register);
  else register();
}
var id = zod.z.string().min(1);
var INSTANT_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
function isCalendarInstant(text) {
  const m = INSTANT_PATTERN.exec(text);
  if (m === null) return true;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number);
  const date = /* @__PURE__ */ new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && hour <= 23 && minute <= 59;
}
var instant = zod.z.string().regex(INSTANT_PATTERN, "Expected an ISO 8601 instant with its offset, such as 2026-12-01T10:00:00+09:00").refine(isCalendarInstant, "Not a calendar date and time").pipe(chunkHMNALECV_cjs.InstantSchema).meta({ id: "Instant", description: "An ISO 8601 instant with its offset, such as 2026-12-01T10:00:00+09:00" });
var localDate = chunkHMNALECV_cjs.LocalDateSchema.meta({ id: "LocalDate", description: "A calendar day in Japan, YYYY-MM-DD" });
var ruleId = zod.z.enum(chunk3464L2HU_cjs.RULE_IDS);
var copyStatus = zod.z.enum(chunk3464L2HU_cjs.COPY_STATUSES);
var reservationStatus = zod.z.enum(chunkFSBKBYTI_cjs.RESERVATION_STATUSES);
var serviceErrorCode = zod.z.enum(["INVALID_INPUT", "NOT_FOUND", "NOT_ALLOWED", "CONFLICT"]);
var ScenarioActorSchema = zod.z.union([
  zod.z.object({
    patron: id.describe("A patron id of the library"),
    channel: zod.z.string().min(1).default("online").describe('The channel the patron uses; anything but "online" is refused (A5)')
  }).strict(),
  zod.z.object({
    staff: id.describe("The branch id of the counter where staff act"),
    staffId: zod.z.string().min(1).optional()
  }).strict(),
  zod.z.literal("system").describe("The scheduler running the morning jobs")
]).meta({ id: "Actor" });
var ScenarioPatronSchema = zod.z.object({
  id,
  cardNumber: zod.z.string().min(1).optional().describe("Library card number; default card-<id>"),
  name: zod.z.string().optional(),
  email: zod.z.string().nullable().optional().describe("E-mail address; default <id>@example.jp; null for none (A1)"),
  internetRegistered: zod.z.boolean().default(true).describe("Registered for the internet service (A1)"),
  unreachable: zod.z.boolean().default(false).describe("Staff judged the patron unreachable by e-mail (A3)"),
  showName: zod.z.boolean().default(true).describe("The hold notice may show the name (D5)"),
  showTitle: zod.z.boolean().default(true).describe("The hold notice may show the title (D5)"),
  homeBranch: id.optional()
}).strict();
var ScenarioCopySchema = zod.z.object({
  id,
  branch: id.describe("The branch where the copy is"),
  owner: id.optional().describe("The branch that owns it; default branch"),
  status: copyStatus.default("onShelf")
}).strict().meta({ id: "Copy" });
var ScenarioVolumeSchema = zod.z.object({
  id,
  label: zod.z.string().optional().describe("Volume label such as \u4E0A or \u4E0B"),
  set: zod.z.boolean().default(false).describe("A set record standing for several volumes, never reservable (E2)"),
  copies: zod.z.array(ScenarioCopySchema).default([])
}).strict();
var ScenarioTitleSchema = zod.z.object({
  id,
  name: zod.z.string().min(1),
  category: zod.z.string().min(1).default("book").describe("Category code; the policy lists the in-library-only ones (E3)"),
  audiovisual: zod.z.boolean().default(false).describe("Audiovisual material, counted in the sub-quota of E1"),
  copies: zod.z.array(ScenarioCopySchema).default([]).describe("Copies of the single volume <id>/1, when volumes is not given"),
  volumes: zod.z.array(ScenarioVolumeSchema).optional()
}).strict();
var ScenarioLoanSchema = zod.z.object({
  id,
  copy: id,
  patron: id,
  lentAt: instant,
  dueDate: localDate,
  renewals: zod.z.number().int().min(0).default(0)
}).strict();
function withoutDefault(schema) {
  return schema instanceof zod.z.ZodDefault ? schema.unwrap() : schema;
}
var ScenarioPolicySchema = zod.z.object(Object.fromEntries(Object.entries(chunkHMNALECV_cjs.PolicySchema.shape).map(([key, field]) => [key, withoutDefault(field).optional()]))).strict().describe("Policy fields set on top of the preset");
var ScenarioLibrarySchema = zod.z.object({
  preset: zod.z.enum(["hokuto", "none"]).default("hokuto").describe("Start from the Hokuto preset, or from the policy defaults alone"),
  policy: ScenarioPolicySchema.default({}),
  patrons: zod.z.array(ScenarioPatronSchema).default([]),
  titles: zod.z.array(ScenarioTitleSchema).default([]),
  loans: zod.z.array(ScenarioLoanSchema).default([])
}).strict();
var ScenarioNoticeExpectationSchema = zod.z.object({
  patron: id,
  reservation: id.optional().describe("Only notices about this reservation alias"),
  count: zod.z.number().int().min(0).optional().describe("How many notices were queued to the patron so far"),
  contains: zod.z.array(zod.z.string()).default([]).describe("Texts the latest notice must contain"),
  excludes: zod.z.array(zod.z.string()).default([]).describe("Texts the latest notice must not contain"),
  lastDay: localDate.optional().describe("The last day to collect that the latest notice gives")
}).strict();
var ScenarioExpectationSchema = zod.z.object({
  reservation: id.optional().describe("Alias of a reservation created earlier (as)"),
  status: reservationStatus.optional(),
  queuePosition: zod.z.number().int().min(1).nullable().optional().describe("1-based place in the queue; null when not queued (C2)"),
  lastDay: localDate.nullable().optional().describe("Last day of the hold; null when not on hold (D2)"),
  rejectedFor: zod.z.union([ruleId, zod.z.literal("staff")]).optional().describe("The rejection names this rule (C4)"),
  cancellationPending: zod.z.boolean().optional().describe("An online cancellation waits for the batch (F2)"),
  pickupBranch: id.optional(),
  refused: zod.z.string().min(1).optional().describe("The previous operation was refused with this refusal code or rule ID"),
  succeeded: zod.z.boolean().optional().describe("Whether the previous operation succeeded"),
  error: serviceErrorCode.optional().describe("The previous operation failed with this error code"),
  result: zod.z.unknown().optional().describe("A partial match of the previous operation\u2019s value"),
  notice: ScenarioNoticeExpectationSchema.optional(),
  activeCount: zod.z.object({ patron: id, count: zod.z.number().int().min(0) }).strict().optional().describe("Count of the patron\u2019s active (requested, reserved, onHold) reservations"),
  copy: zod.z.object({ id, status: copyStatus.optional(), branch: id.optional() }).strict().optional(),
  loan: zod.z.object({
    id: id.describe("Loan alias or starting loan id"),
    overdue: zod.z.boolean().optional().describe("G1"),
    reserved: zod.z.boolean().optional().describe("G2"),
    renewable: zod.z.boolean().optional().describe("G4"),
    dueDate: localDate.optional(),
    returned: zod.z.boolean().optional()
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
var base2 = {
  at: instant,
  actor: ScenarioActorSchema,
  note: zod.z.string().optional()
};
function operation(name, args, description) {
  return zod.z.object({ ...base2, do: zod.z.literal(name).describe(description), args: zod.z.object(args).strict().prefault({}) }).strict();
}
function creating(name, args, description, asDescription) {
  return zod.z.object({ ...base2, do: zod.z.literal(name).describe(description), args: zod.z.object(args).strict().prefault({}), as: id.optional().describe(asDescription) }).strict();
}
var noArgs = {};
var reservationAlias = "Alias bound to the new reservation";
var loanAlias = "Alias bound to the new loan";
var ScenarioOperationStepSchema = zod.z.discriminatedUnion("do", [
  operation("addFavourite", { volumeId: id }, "B5: add a volume to the favourites"),
  operation("removeFavourite", { volumeId: id }, "B5: remove a volume from the favourites"),
  operation("listFavourites", noArgs, "B5: the favourites list"),
  operation("moveFavouriteToCart", cartEntryArgs, "B5 \u2192 B1: move a favourite into the cart"),
  operation("addToCart", cartEntryArgs, "B1: add an entry to the cart"),
  operation("removeFromCart", { volumeId: id }, "B1: remove an entry from the cart"),
  operation("listCart", noArgs, "B1: the cart"),
  zod.z.object({
    ...base2,
    do: zod.z.literal("submitCart").describe("B2, B3: submit the ticked cart entries"),
    args: zod.z.object({ volumeIds: zod.z.array(id).min(1) }).strict().prefault({}),
    as: zod.z.union([id, zod.z.array(id)]).optional().describe("An alias for the one volume submitted, or one alias per volume in order")
  }).strict(),
  creating("reserveOnline", cartEntryArgs, "B1, B2: add one entry to the cart (unless it is there already) and submit it", reservationAlias),
  creating("placeCounterReservation", { patronId: id, ...cartEntryArgs }, "C2: staff place a reservation at the counter", reservationAlias),
  creating("checkoutWalkIn", { patronId: id, copyId: id }, "C3: a walk-in borrows a copy from the shelf", loanAlias),
  operation("checkIn", { copyId: id }, "D1: a copy is returned or arrives at the actor\u2019s branch"),
  creating("collectHold", { reservationId: id }, "D2: the patron collects a hold", loanAlias),
  operation("runApprovalBatch", { date: localDate.optional() }, "C1, C4: the morning approval batch"),
  operation("runHoldExpiry", { date: localDate.optional() }, "D3: the hold expiry job"),
  operation("cancelOnline", { reservationId: id }, "F2\u2013F4: the patron cancels online"),
  operation("cancelByStaff", { reservationId: id, note: zod.z.string().optional() }, "F3, F4: staff cancel"),
  operation("changeOnline", { reservationId: id, pickupBranchId: id }, "F5: an online change (refused)"),
  operation("changePickupByStaff", { reservationId: id, pickupBranchId: id }, "F5: staff change the pickup branch"),
  operation("listReservations", { patronId: id.optional() }, "F1: the reservation list"),
  operation("loanStatusPage", { patronId: id.optional() }, "G1\u2013G3: the loan status page"),
  operation("renewLoan", { loanId: id }, "G4: renew a loan"),
  operation(
    "setInternetRegistration",
    { patronId: id, registered: zod.z.boolean(), email: zod.z.string().optional() },
    "A1: staff register a patron for the internet service"
  ),
  operation("setUnreachable", { patronId: id, unreachable: zod.z.boolean() }, "A3: staff set or clear the unreachable mark"),
  operation("changeEmail", { email: zod.z.string(), confirmed: zod.z.boolean() }, "A2: the patron changes the e-mail address"),
  operation("setNoticePrivacy", { showName: zod.z.boolean(), showTitle: zod.z.boolean() }, "D5: the patron\u2019s choices for the hold notice")
]);
var ScenarioExpectationStepSchema = zod.z.object({
  at: instant.optional().describe("When to check; default the previous step\u2019s instant"),
  expect: ScenarioExpectationSchema,
  note: zod.z.string().optional()
}).strict();
var ScenarioStepSchema = zod.z.union([ScenarioOperationStepSchema, ScenarioExpectationStepSchema]);
var ScenarioSchema = zod.z.object({
  $schema: zod.z.string().optional(),
  name: zod.z.string().min(1),
  description: zod.z.string().optional(),
  rules: zod.z.array(ruleId).default([]).describe("The rule IDs this scenario demonstrates"),
  library: ScenarioLibrarySchema,
  steps: zod.z.array(ScenarioStepSchema)
}).strict();
var SCENARIO_SCHEMA_ID = "https://unpkg.com/yoyaku-rules/schema/scenario.schema.json";
function scenarioJsonSchema() {
  const generated = zod.z.toJSONSchema(ScenarioSchema, { io: "input", unrepresentable: "any" });
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: SCENARIO_SCHEMA_ID,
    title: "yoyaku-rules scenario",
    description: "A day (or weeks) of a library written down as data: the library (policy, patrons, titles, copies), then timed steps, each an operation or an expectation.",
    ...rest
  };
}
function scenarioJsonSchemaText() {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}
`;
}

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

// src/testing/scenario/resolve-policy.ts
var PRESETS = {
  hokuto: chunk76TFARF5_cjs.HOKUTO_POLICY_INPUT,
  none: {}
};
function policyWithOverrides(preset, overrides, at2) {
  const prefixed = (issues) => flattenIssues(issues).map((i) => ({ ...i, path: [...at2, ...i.path] }));
  const checked = ScenarioPolicySchema.safeParse(overrides);
  if (!checked.success) return { ok: false, issues: prefixed(checked.error.issues) };
  const parsed = chunkHMNALECV_cjs.PolicySchema.safeParse({ ...PRESETS[preset], ...overrides });
  if (!parsed.success) return { ok: false, issues: prefixed(parsed.error.issues) };
  return { ok: true, policy: parsed.data };
}
function resolvePolicy(input) {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new chunk6SLC5VUX_cjs.YoyakuError("INVALID_POLICY", "Invalid policy: (root): expected an object", {
      issues: [{ path: [], message: "Expected an object" }]
    });
  }
  const { preset, ...overrides } = input;
  if (preset !== void 0 && preset !== "hokuto" && preset !== "none") {
    throw new chunk6SLC5VUX_cjs.YoyakuError("INVALID_POLICY", 'Invalid policy: preset: expected "hokuto" or "none"', {
      issues: [{ path: ["preset"], message: 'Expected "hokuto" or "none"' }]
    });
  }
  const result = policyWithOverrides(preset ?? "none", overrides, []);
  if (result.ok) return result.policy;
  throw new chunk6SLC5VUX_cjs.YoyakuError("INVALID_POLICY", `Invalid policy: ${describeIssues(result.issues)}`, { issues: result.issues });
}
function describeIssues(issues) {
  return issues.map((i) => `${formatPath(i.path)}: ${i.message}`).join("; ");
}
function formatPath(path) {
  return path.length === 0 ? "(root)" : path.map(String).join(".");
}

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
    const at2 = ["library", "titles", ti];
    unique(titleIds, t.id, [...at2, "id"], "title");
    titles.push({ id: t.id, name: t.name, category: t.category, audiovisual: t.audiovisual });
    if (t.volumes !== void 0 && t.copies.length > 0) {
      issues.push({ path: [...at2, "copies"], message: "A title with volumes lists its copies under each volume" });
    }
    const vols = t.volumes ?? [{ id: `${t.id}/1`, label: void 0, set: false, copies: t.copies }];
    vols.forEach((v, vi) => {
      const vAt = t.volumes === void 0 ? at2 : [...at2, "volumes", vi];
      if (t.volumes !== void 0) unique(volumeIds, v.id, [...vAt, "id"], "volume");
      else unique(volumeIds, v.id, [...at2, "id"], "volume");
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
    const at2 = ["library", "loans", li];
    unique(loanIds, l.id, [...at2, "id"], "loan");
    if (!patronIds.has(l.patron)) issues.push({ path: [...at2, "patron"], message: `Unknown patron "${l.patron}"` });
    const copyIndex = copies.findIndex((c) => c.id === l.copy);
    const copy = copies[copyIndex];
    if (copy === void 0) {
      issues.push({ path: [...at2, "copy"], message: `Unknown copy "${l.copy}"` });
      return;
    }
    if (loans.some((other) => other.copyId === l.copy)) issues.push({ path: [...at2, "copy"], message: `Copy "${l.copy}" is already on loan` });
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
var REFUSAL_NAMES = /* @__PURE__ */ new Set([...chunkIHEQXN5U_cjs.REFUSAL_CODES, ...chunk3464L2HU_cjs.RULE_IDS]);
var StepChecker = class {
  constructor(library) {
    this.library = library;
    for (const id2 of library.loanIds) this.aliases.set(id2, "loan");
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
  operation(step, at2) {
    this.sawOperation = true;
    const lib = this.library;
    const actor = step.actor;
    if (actor !== "system") {
      if ("patron" in actor) this.known(lib.patronIds, actor.patron, [...at2, "actor", "patron"], "patron");
      else this.known(lib.branchIds, actor.staff, [...at2, "actor", "staff"], "branch");
    }
    const args = step.args;
    const argAt = (key) => [...at2, "args", key];
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
      this.issue([...at2, "as"], `"${step.do}" creates nothing to name`);
      return;
    }
    if (Array.isArray(step.as)) {
      const count = step.do === "submitCart" ? step.args.volumeIds.length : 1;
      if (step.as.length !== count) this.issue([...at2, "as"], `Expected ${count} aliases, one per volume submitted`);
      step.as.forEach((a, i) => this.bind(a, kind, [...at2, "as", i]));
      return;
    }
    if (step.do === "submitCart" && step.args.volumeIds.length !== 1) {
      this.issue([...at2, "as"], "One alias names one reservation: give one alias per volume submitted");
    }
    this.bind(step.as, kind, [...at2, "as"]);
  }
  expectation(e, at2) {
    const lib = this.library;
    this.alias(e.reservation, "reservation", [...at2, "reservation"]);
    this.known(lib.branchIds, e.pickupBranch, [...at2, "pickupBranch"], "branch");
    if (e.refused !== void 0 && !REFUSAL_NAMES.has(e.refused)) {
      this.issue([...at2, "refused"], `"${e.refused}" is neither a refusal code nor a rule ID`);
    }
    for (const key of ["refused", "succeeded", "error", "result"]) {
      if (e[key] !== void 0 && !this.sawOperation) this.issue([...at2, key], "No operation before this expectation");
    }
    if (e.notice) {
      this.known(lib.patronIds, e.notice.patron, [...at2, "notice", "patron"], "patron");
      this.alias(e.notice.reservation, "reservation", [...at2, "notice", "reservation"]);
    }
    if (e.activeCount) this.known(lib.patronIds, e.activeCount.patron, [...at2, "activeCount", "patron"], "patron");
    if (e.copy) this.known(lib.copyIds, e.copy.id, [...at2, "copy", "id"], "copy");
    if (e.copy) this.known(lib.branchIds, e.copy.branch, [...at2, "copy", "branch"], "branch");
    if (e.loan) this.alias(e.loan.id, "loan", [...at2, "loan", "id"]);
  }
};
function invalid(issues) {
  return new chunk6SLC5VUX_cjs.YoyakuError("INVALID_SCENARIO", `Invalid scenario: ${describeIssues(issues)}`, { issues });
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
    const at2 = ["steps", index];
    const when = step.at ?? previous;
    if (when === void 0) checker.issues.push({ path: [...at2, "at"], message: 'The first step needs "at"' });
    else if (previous !== void 0 && when < previous) {
      checker.issues.push({ path: [...at2, "at"], message: `Steps must be in time order: this step is before the previous one (${previous})` });
    }
    if ("do" in step) checker.operation(step, at2);
    else checker.expectation(step.expect, [...at2, "expect"]);
    if (when !== void 0) {
      steps.push({ index, at: when, step });
      previous = when;
    }
  });
  if (checker.issues.length > 0) throw invalid(checker.issues);
  return { scenario, library: built.library, steps, aliases: checker.aliases };
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
    label: chunkIHEQXN5U_cjs.RESERVATION_STATUS_LABELS[r.status],
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
      label: { from: chunkIHEQXN5U_cjs.COPY_STATUS_LABELS[old.status], to: chunkIHEQXN5U_cjs.COPY_STATUS_LABELS[c.status] }
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
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 240 ? `${text.slice(0, 240)}\u2026` : text;
}
function check(name, expected, actual, subject) {
  const passed = JSON.stringify(expected) === JSON.stringify(actual);
  const message = passed ? `${subject} ${name} is ${show(actual)}` : `expected ${subject} ${name} ${show(expected)}, got ${show(actual)}`;
  return { check: name, passed, expected, actual, message };
}
function statusName(status) {
  return status === void 0 ? void 0 : `${status} (${chunkIHEQXN5U_cjs.RESERVATION_STATUS_LABELS[status].ja})`;
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
    const found = findKey(v, key);
    if (found !== void 0) return found;
  }
  return void 0;
}
function reservationChecks(e, ctx) {
  if (e.reservation === void 0) return [];
  const alias = e.reservation;
  const id2 = ctx.resolve(alias);
  const r = id2 === void 0 ? void 0 : ctx.state.reservations.get(id2);
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
  const text = texts(latest.payload).join("\n");
  for (const wanted of e.contains) {
    const passed = text.includes(wanted);
    checks.push({ check: "contains", passed, expected: wanted, actual: passed ? wanted : null, message: passed ? `the notice shows "${wanted}"` : `expected the notice to show "${wanted}"` });
  }
  for (const unwanted of e.excludes) {
    const passed = !text.includes(unwanted);
    checks.push({ check: "excludes", passed, expected: unwanted, actual: passed ? null : unwanted, message: passed ? `the notice does not show "${unwanted}"` : `the notice shows "${unwanted}", which it must not` });
  }
  if (e.lastDay !== void 0) checks.push(check("last day", e.lastDay, findKey(latest.payload, "lastDay") ?? null, "the notice\u2019s"));
  return checks;
}
function loanChecks(e, ctx) {
  const id2 = ctx.resolve(e.id);
  const loan = id2 === void 0 ? void 0 : ctx.state.loans.get(id2);
  if (loan === void 0) return [{ check: "loan", passed: false, expected: e.id, actual: null, message: `${e.id} names no loan: its step created none` }];
  const reservations = [...ctx.state.reservations.values()].filter((r) => r.volumeId === loan.volumeId);
  const status = chunkIHEQXN5U_cjs.loanStatus(loan, reservations, ctx.now);
  const checks = [];
  if (e.overdue !== void 0) checks.push(check("overdue", e.overdue, status.overdue, e.id));
  if (e.reserved !== void 0) checks.push(check("reserved", e.reserved, status.reserved, e.id));
  if (e.renewable !== void 0) checks.push(check("renewable", e.renewable, chunkIHEQXN5U_cjs.checkRenewal(loan, reservations, ctx.now, ctx.policy).ok, e.id));
  if (e.dueDate !== void 0) checks.push(check("due date", e.dueDate, loan.dueDate, e.id));
  if (e.returned !== void 0) checks.push(check("returned", e.returned, loan.returnedAt !== null, e.id));
  return checks;
}
function checkExpectation(expectation, ctx) {
  const e = expectation;
  const checks = [...reservationChecks(e, ctx), ...previousChecks(e, ctx)];
  if (e.notice) checks.push(...noticeChecks(e.notice, ctx));
  if (e.activeCount) {
    const count = [...ctx.state.reservations.values()].filter((r) => r.patronId === e.activeCount?.patron && chunkIHEQXN5U_cjs.isActiveReservation(r)).length;
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
function toServiceActor(actor) {
  if (actor === "system") return { kind: "system" };
  if ("patron" in actor) return { kind: "patron", patronId: actor.patron, channel: actor.channel };
  return { kind: "staff", branchId: actor.staff, ...actor.staffId === void 0 ? {} : { staffId: actor.staffId } };
}
function reportRefusal(refusal, volumeId) {
  return {
    code: refusal.code,
    rule: refusal.rule,
    ...refusal.params === void 0 ? {} : { params: refusal.params },
    ...volumeId === void 0 ? {} : { volumeId },
    message: { ja: chunkIHEQXN5U_cjs.formatRefusal(refusal, "ja"), en: chunkIHEQXN5U_cjs.formatRefusal(refusal, "en") }
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
var ok = () => "done";
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
      if (!added.ok && !alreadyInCart) return fromResult(name, added, none, ok);
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
      return fromResult(name, await service.setInternetRegistration(actor, { ...rest, ...email === void 0 ? {} : { email } }), none, ok);
    }
    case "setUnreachable":
      return fromResult(name, await service.setUnreachable(actor, step.args), none, ok);
    case "changeEmail":
      return fromResult(name, await service.changeEmail(actor, step.args), none, ok);
    case "setNoticePrivacy":
      return fromResult(name, await service.setNoticePrivacy(actor, step.args), none, ok);
  }
}
async function runOperation(service, step, resolve) {
  try {
    return await call(service, toServiceActor(step.actor), step, resolve);
  } catch (e) {
    const code = chunk6SLC5VUX_cjs.isYoyakuError(e) ? e.code : "THROWN";
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
    const id2 = outcome.created[i];
    if (typeof id2 === "string") {
      aliases.set(name, id2);
      bound[name] = id2;
    }
  });
  return bound;
}
function unboundAlias(alias) {
  throw new chunk6SLC5VUX_cjs.YoyakuError("INVALID_SCENARIO", `Alias "${alias}" names nothing: the step that binds it created nothing`, {
    issues: [{ path: [], message: `Alias "${alias}" is not bound` }]
  });
}
async function openStorage(options, clock) {
  return options.storage ? options.storage({ clock }) : chunkG4XI73JD_cjs.createMemoryStorage({ clock });
}
var ScenarioRun = class {
  constructor(prepared, ports, service, clock, state, aliases) {
    this.prepared = prepared;
    this.ports = ports;
    this.service = service;
    this.clock = clock;
    this.state = state;
    this.aliases = new Map([...[...prepared.library.loanIds].map((id2) => [id2, id2]), ...Object.entries(aliases)]);
    for (const [alias, id2] of this.aliases) this.aliasById.set(id2, alias);
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
    return Object.fromEntries([...this.aliases].filter(([alias, id2]) => alias !== id2));
  }
  async changes(events = []) {
    const after = await readScenarioState(this.ports, { patronIds: this.prepared.library.patronIds, volumeIds: this.prepared.library.volumeIds });
    const changes = diffScenarioState(this.state, after, (id2) => this.aliasById.get(id2), events);
    this.state = after;
    return changes;
  }
  async operation(prepared, step) {
    const outcome = await runOperation(this.service, step, (alias) => this.aliases.get(alias) ?? unboundAlias(alias));
    const bound = bindAliases(step, outcome, this.aliases);
    for (const [alias, id2] of Object.entries(bound)) this.aliasById.set(id2, alias);
    const report = {
      index: prepared.index,
      at: prepared.at,
      date: chunkIHEQXN5U_cjs.japanDateOf(prepared.at),
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
      date: chunkIHEQXN5U_cjs.japanDateOf(prepared.at),
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
  const clock = chunk7LPKGVQJ_cjs.fixedClock(first);
  const storage = await openStorage(options, clock);
  if (options.seed !== false) await storage.seed(prepared.library.seed);
  const ports = { unitOfWork: storage.unitOfWork, capabilities: storage.capabilities, clock };
  const ids = stepIds();
  const service = chunk76TFARF5_cjs.createReservationService(ports, prepared.library.policy, { ids: ids.newId, ...options.service });
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
function displayWidth(text) {
  let width = 0;
  for (const char of text.replace(ANSI, "")) {
    const code = char.codePointAt(0) ?? 0;
    width += WIDE_RANGES.some(([from, to]) => code >= from && code <= to) ? 2 : 1;
  }
  return width;
}
function padEnd(text, width) {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

// src/testing/scenario/format-timeline.ts
var JST_OFFSET_MS = 9 * 60 * 60 * 1e3;
function jstTime(at2) {
  const d = new Date(Date.parse(at2) + JST_OFFSET_MS);
  return `${String(d.getUTCHours()).padStart(2, "0")}:${String(d.getUTCMinutes()).padStart(2, "0")}`;
}
function paint(color) {
  const wrap = (code) => (text) => color ? `\x1B[${code}m${text}\x1B[0m` : text;
  return { ok: wrap("32"), bad: wrap("31"), warn: wrap("33"), dim: wrap("2"), bold: wrap("1") };
}
function statusText(status) {
  if (status === null) return "\u65B0\u898F new";
  const label = chunkIHEQXN5U_cjs.RESERVATION_STATUS_LABELS[status];
  return `${label.ja} ${label.en}`;
}
var Timeline = class {
  constructor(report, options) {
    this.report = report;
    this.p = paint(options.color ?? false);
    this.branchNames = new Map((options.branches ?? []).map((b) => [b.id, b.nameJa]));
    this.aliases = new Map(Object.entries(report.aliases).map(([alias, id2]) => [id2, alias]));
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
  branch(id2) {
    const name = this.branchNames.get(id2);
    return name === void 0 ? id2 : `${name}`;
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
      const done = counts.filter(([k]) => job2[k] !== 0);
      const what = done.length === 0 ? "nothing to do" : done.map(([k, name]) => `${name} ${String(job2[k])}`).join(" \xB7 ");
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
          c.to === "onHold" && c.lastDay !== void 0 ? `collect by ${chunkIHEQXN5U_cjs.formatLocalDate(c.lastDay, "ja")}` : null,
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
  aliasOf(id2) {
    return this.aliases.get(id2) ?? id2;
  }
  step(s, showTime) {
    const { p } = this;
    const time = showTime ? jstTime(s.at) : "     ";
    if (s.kind === "expectation") {
      const mark = s.passed ? p.ok(padEnd(this.actor(s), this.actorWidth)) : p.bad(padEnd(this.actor(s), this.actorWidth));
      const text = s.passed ? s.message : p.bad(s.message);
      this.lines.push(`  ${time}  ${mark}  ${text}`);
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
        const heading = `\u25A0 ${chunkIHEQXN5U_cjs.formatLocalDate(s.date, "ja")}  ${chunkIHEQXN5U_cjs.formatLocalDate(s.date, "en")}`;
        this.lines.push("", p.bold(`${heading} ${"\u2500".repeat(Math.max(3, 72 - displayWidth(heading)))}`));
      }
      const t = jstTime(s.at);
      this.step(s, t !== time);
      time = t;
    }
    const { operations, refused, expectations, failed } = report.summary;
    const verdict = report.passed ? p.ok("\u2713 passed") : p.bad(`\u2717 ${failed} failed`);
    this.lines.push("", "\u2500".repeat(72));
    const stopped = report.complete ? "" : ` \xB7 stopped before step ${report.nextStep}`;
    this.lines.push(`${operations} operations (${refused} refused) \xB7 ${expectations} checks \xB7 ${verdict}${stopped}`);
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

// src/testing/builders/a-patron.ts
function aPatron(overrides = {}) {
  const { noticePrivacy, ...fields } = overrides;
  return {
    id: "p-1",
    cardNumber: "0000000001",
    name: "\u5317\u675C \u82B1\u5B50",
    email: "hanako@example.jp",
    internetRegistered: true,
    unreachable: false,
    ...fields,
    noticePrivacy: { showName: true, showTitle: true, ...noticePrivacy }
  };
}

// src/testing/builders/a-title.ts
function aTitle(options = {}) {
  const id2 = options.id ?? "t-1";
  const branch = options.branch ?? "akeno";
  const title = {
    id: id2,
    name: options.name ?? "\u6E90\u6C0F\u7269\u8A9E",
    category: options.category ?? "book",
    audiovisual: options.audiovisual ?? false
  };
  const labels = typeof options.volumes === "number" || options.volumes === void 0 ? void 0 : options.volumes;
  const count = labels?.length ?? (typeof options.volumes === "number" ? options.volumes : 1);
  const volumes = Array.from({ length: count }, (_, i) => {
    const label = labels?.[i];
    return { id: `${id2}/${i + 1}`, titleId: id2, ...label === void 0 ? {} : { label } };
  });
  const specs = options.copies === void 0 ? [{}] : typeof options.copies === "number" ? Array.from({ length: options.copies }, () => ({})) : options.copies;
  const copies = volumes.flatMap(
    (volume) => specs.map((spec, n) => {
      const fields = typeof spec === "string" ? { locationBranchId: spec, ownerBranchId: spec } : spec;
      const location = fields.locationBranchId ?? fields.ownerBranchId ?? branch;
      return {
        id: `${volume.id}#${n + 1}`,
        status: "onShelf",
        version: 0,
        ...fields,
        volumeId: volume.id,
        locationBranchId: location,
        ownerBranchId: fields.ownerBranchId ?? location
      };
    })
  );
  if (options.set) volumes.push({ id: `${id2}/set`, titleId: id2, set: true });
  return { title, volumes, copies };
}

// src/testing/builders/a-library.ts
function aLibrary(options = {}) {
  const patrons = options.patrons ?? [
    aPatron(),
    aPatron({ id: "p-2", cardNumber: "0000000002", name: "\u7532\u6590 \u592A\u90CE", email: "taro@example.jp" })
  ];
  const titles = options.titles ?? [
    aTitle(),
    aTitle({ id: "t-2", name: "\u516B\u30F6\u5CB3\u306E\u56DB\u5B63", category: "dvd", audiovisual: true, branch: "sutama" })
  ];
  return {
    policy: chunk76TFARF5_cjs.hokutoPolicy(options.policy),
    patrons,
    titles,
    seed: {
      patrons,
      titles: titles.map((t) => t.title),
      volumes: titles.flatMap((t) => t.volumes),
      copies: titles.flatMap((t) => t.copies)
    }
  };
}

Object.defineProperty(exports, "fixedClock", {
  enumerable: true,
  get: function () { return chunk7LPKGVQJ_cjs.fixedClock; }
});
Object.defineProperty(exports, "systemClock", {
  enumerable: true,
  get: function () { return chunk7LPKGVQJ_cjs.systemClock; }
});
exports.CONFORMANCE_CASE_NAMES = CONFORMANCE_CASE_NAMES;
exports.ConformanceFailure = ConformanceFailure;
exports.SCENARIO_SCHEMA_ID = SCENARIO_SCHEMA_ID;
exports.ScenarioActorSchema = ScenarioActorSchema;
exports.ScenarioCopySchema = ScenarioCopySchema;
exports.ScenarioExpectationSchema = ScenarioExpectationSchema;
exports.ScenarioExpectationStepSchema = ScenarioExpectationStepSchema;
exports.ScenarioLibrarySchema = ScenarioLibrarySchema;
exports.ScenarioLoanSchema = ScenarioLoanSchema;
exports.ScenarioNoticeExpectationSchema = ScenarioNoticeExpectationSchema;
exports.ScenarioOperationStepSchema = ScenarioOperationStepSchema;
exports.ScenarioPatronSchema = ScenarioPatronSchema;
exports.ScenarioPolicySchema = ScenarioPolicySchema;
exports.ScenarioSchema = ScenarioSchema;
exports.ScenarioStepSchema = ScenarioStepSchema;
exports.ScenarioTitleSchema = ScenarioTitleSchema;
exports.ScenarioVolumeSchema = ScenarioVolumeSchema;
exports.aLibrary = aLibrary;
exports.aPatron = aPatron;
exports.aTitle = aTitle;
exports.formatScenarioTimeline = formatScenarioTimeline;
exports.parseScenario = parseScenario;
exports.resolvePolicy = resolvePolicy;
exports.runConformance = runConformance;
exports.runScenario = runScenario;
exports.scenarioJsonSchema = scenarioJsonSchema;
exports.scenarioJsonSchemaText = scenarioJsonSchemaText;
//# sourceMappingURL=testing.cjs.map
//# sourceMappingURL=testing.cjs.map