import { checkEmailChange, japanDateOf, refusal, runApprovalBatch, checkOnlineCancellation, transition, checkStaffCancellation, checkOnlineChange, checkStaffPickupChange, addDays, checkPlacement, createCounterReservation, runHoldExpiry, RESERVATION_STATUS_LABELS, isCancellationPending, queuePosition, loanStatus, checkRenewal, renewLoan, createOnlineRequest, checkWalkInCheckout, trapCopies, checkOnlineEligibility, trapCopy, combineVerdicts, checkReservable, checkPickupBranch, buildHoldNotice, applyEmailChange } from './chunk-NBEY4S4C.js';
import { LocalDateSchema, PolicySchema } from './chunk-KPWFZXN4.js';
import { parseOrThrow, YoyakuError, isYoyakuError, toYoyakuIssues } from './chunk-TUTL3NE5.js';
import { z } from 'zod';

// src/policy/parse-policy.ts
function parsePolicy(input) {
  return parseOrThrow(PolicySchema, input, "INVALID_POLICY", "policy");
}
function safeParsePolicy(input) {
  return PolicySchema.safeParse(input);
}

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
function hokutoPolicy(overrides = {}) {
  return parsePolicy({ ...HOKUTO_POLICY_INPUT, ...overrides });
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

// src/service/internal/lookups.ts
function found(value, what, id2) {
  if (value === null) halt(failed("NOT_FOUND", `No ${what} ${id2}`));
  return value;
}
async function existingPatron(tx, id2) {
  return found(await tx.patrons.get(id2), "patron", id2);
}
async function existingVolume(tx, id2) {
  return found(await tx.catalog.getVolume(id2), "volume", id2);
}
async function existingTitle(tx, id2) {
  return found(await tx.catalog.getTitle(id2), "title", id2);
}
async function existingItem(tx, volumeId) {
  const volume = await existingVolume(tx, volumeId);
  return { volume, title: await existingTitle(tx, volume.titleId) };
}
async function existingReservation(tx, id2) {
  return found(await tx.reservations.get(id2), "reservation", id2);
}
async function existingCopy(tx, id2) {
  return found(await tx.copies.get(id2), "copy", id2);
}
async function existingLoan(tx, id2) {
  return found(await tx.loans.get(id2), "loan", id2);
}
function policyBranch(policy, id2) {
  return found(policy.branches.find((b) => b.id === id2) ?? null, "branch", id2);
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

// src/service/internal/run-unit.ts
async function runUnit(ctx, work) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await ctx.ports.unitOfWork.run(work);
    } catch (error) {
      if (!isYoyakuError(error) || error.code !== "VERSION_CONFLICT") throw error;
      if (attempt >= ctx.maxRetries) {
        const table = error.details["table"];
        const id2 = error.details["id"];
        const where = typeof table === "string" && typeof id2 === "string" ? ` (last on ${table} ${id2})` : "";
        halt(failed("CONFLICT", `The store kept changing: gave up after ${attempt + 1} attempts${where}`));
      }
    }
  }
}
async function guarded(operation) {
  try {
    return await operation();
  } catch (error) {
    if (error instanceof Halt) return error.result;
    if (isYoyakuError(error) && (error.code === "INVALID_INPUT" || error.code === "NOT_FOUND"))
      return failed(error.code, error.message, error.issues);
    throw error;
  }
}
var id = z.string().min(1).max(256);
var InputSchemas = {
  actor: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("patron"), patronId: id, channel: z.string() }),
    z.object({ kind: z.literal("staff"), branchId: id, staffId: z.string().optional() }),
    z.object({ kind: z.literal("system") })
  ]),
  volume: z.object({ volumeId: id }),
  cartEntry: z.object({ volumeId: id, pickupBranchId: id }),
  submit: z.object({
    volumeIds: z.array(id).min(1).max(100).refine((ids) => new Set(ids).size === ids.length, "Each volume may be ticked once")
  }),
  counter: z.object({ patronId: id, volumeId: id, pickupBranchId: id }),
  walkIn: z.object({ patronId: id, copyId: id }),
  copy: z.object({ copyId: id }),
  reservation: z.object({ reservationId: id }),
  staffCancel: z.object({ reservationId: id, note: z.string().max(500).optional() }),
  pickupChange: z.object({ reservationId: id, pickupBranchId: id }),
  job: z.object({ date: LocalDateSchema.optional() }).optional(),
  patronFilter: z.object({ patronId: id.optional() }).optional(),
  loan: z.object({ loanId: id }),
  registration: z.object({ patronId: id, registered: z.boolean(), email: z.string().optional() }),
  unreachable: z.object({ patronId: id, unreachable: z.boolean() }),
  emailChange: z.object({ email: z.string(), confirmed: z.boolean() }),
  noticePrivacy: z.object({ showName: z.boolean(), showTitle: z.boolean() })
};
function parseInput(schema, input) {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = toYoyakuIssues(result.error.issues);
  const where = issues.map((i) => i.path.length > 0 ? i.path.map(String).join(".") : "(root)").join(", ");
  return halt(failed("INVALID_INPUT", `Invalid input: ${where}`, issues));
}

// src/service/internal/authorise.ts
function checkedActor(actor, operation, allowed) {
  const parsed = InputSchemas.actor.safeParse(actor);
  if (!parsed.success) halt(failed("NOT_ALLOWED", `Not a valid actor for ${operation}`, toYoyakuIssues(parsed.error.issues)));
  const checked = parsed.data;
  if (!allowed.includes(checked.kind)) halt(failed("NOT_ALLOWED", `A ${checked.kind} actor may not ${operation}`));
  return checked;
}
function onlinePatron(actor, operation) {
  const checked = checkedActor(actor, operation, ["patron"]);
  if (checked.channel !== "online") halt(refusedBy("CHANNEL_NOT_ACCEPTED"));
  return checked.patronId;
}
function staffBranch(ctx, actor, operation) {
  const checked = checkedActor(actor, operation, ["staff"]);
  const branch = ctx.policy.branches.find((b) => b.id === checked.branchId);
  if (branch === void 0) halt(failed("NOT_ALLOWED", `Branch ${checked.branchId} is not one of the library's`));
  return branch;
}
function systemOnly(actor, operation) {
  checkedActor(actor, operation, ["system"]);
}
function patronOrStaff(ctx, actor, operation) {
  const checked = checkedActor(actor, operation, ["patron", "staff"]);
  if (checked.kind === "patron") return { kind: "patron", patronId: onlinePatron(checked, operation) };
  return { kind: "staff", branchId: staffBranch(ctx, checked, operation).id };
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
async function runClaimedJob(ctx, job, date, work) {
  return runUnit(ctx, async (tx) => {
    const day = date ?? japanDateOf(ctx.now());
    if (!await tx.jobRuns.claim(job, day, ctx.serverId)) return done(emptySummary(day, false));
    const { summary, events } = await work(tx, day);
    await tx.jobRuns.finish(job, day, ctx.serverId);
    return done(summary, events);
  });
}

// src/service/use-cases/approval.ts
async function loadApprovalSnapshot(tx) {
  const byId = /* @__PURE__ */ new Map();
  const requested = await tx.reservations.listRequested();
  for (const r of [...requested, ...await tx.reservations.listPendingCancellations()]) byId.set(r.id, r);
  const patronIds = [...new Set(requested.map((r) => r.patronId))].sort();
  const patrons = /* @__PURE__ */ new Map();
  for (const patronId of patronIds) {
    for (const r of await tx.reservations.listByPatron(patronId, { active: true })) if (!byId.has(r.id)) byId.set(r.id, r);
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
  return { reservations: [...byId.values()], patrons, titles, volumes, copiesByVolume };
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
    let cancelled = 0;
    const grown = /* @__PURE__ */ new Set();
    for (const decision of result.decisions) {
      await tx.reservations.update(decision.next, decision.next.version - 1);
      if (decision.kind === "approved") {
        approved++;
        grown.add(decision.next.volumeId);
      } else if (decision.kind === "rejected") rejected++;
      else cancelled++;
    }
    const events = [...result.events];
    let newHolds = 0;
    for (const volumeId of [...grown].sort()) {
      const offered = await offerShelvedCopies(ctx, tx, volumeId, at);
      newHolds += offered.holds;
      events.push(...offered.events);
    }
    return { summary: { date, claimed: true, approved, rejected, cancelled, lapsed: 0, newHolds }, events };
  });
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

// src/service/use-cases/lists.ts
var Reader = class {
  constructor(tx) {
    this.tx = tx;
  }
  tx;
  #titles = /* @__PURE__ */ new Map();
  #volumes = /* @__PURE__ */ new Map();
  #byVolume = /* @__PURE__ */ new Map();
  async title(id2) {
    const cached = this.#titles.get(id2);
    if (cached !== void 0) return cached;
    const title = await existingTitle(this.tx, id2);
    this.#titles.set(id2, title);
    return title;
  }
  async volume(id2) {
    const cached = this.#volumes.get(id2);
    if (cached !== void 0) return cached;
    const volume = await existingVolume(this.tx, id2);
    this.#volumes.set(id2, volume);
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
async function subjectPatron(ctx, tx, actor, operation, wanted) {
  const who = patronOrStaff(ctx, actor, operation);
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

export { HOKUTO_POLICY_INPUT, HOLD_NOTICE_KIND, createReservationService, hokutoPolicy, parsePolicy, safeParsePolicy };
//# sourceMappingURL=chunk-TKWPUT7Z.js.map
//# sourceMappingURL=chunk-TKWPUT7Z.js.map