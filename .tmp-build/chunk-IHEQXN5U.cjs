'use strict';

var chunkFSBKBYTI_cjs = require('./chunk-FSBKBYTI.cjs');
var chunk6SLC5VUX_cjs = require('./chunk-6SLC5VUX.cjs');
var tz = require('@date-fns/tz');

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

// src/calendar/local-date.ts
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
    throw new chunk6SLC5VUX_cjs.YoyakuError("INVALID_INPUT", `${field} is not a date as YYYY-MM-DD`, {
      issues: [{ path: [field], message: "Expected a date as YYYY-MM-DD" }]
    });
  return value;
}
var JAPAN = "Asia/Tokyo";
var MINUTE_MS = 6e4;
var DAY_MS2 = 864e5;
var MODERN_JST_FROM_MS = Date.UTC(1952, 0, 1);
var JST_OFFSET_MS = 9 * 60 * MINUTE_MS;
var ISO_INSTANT_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
function japanDateOf(instant) {
  const ms = typeof instant === "number" ? instant : typeof instant === "string" ? ISO_INSTANT_WITH_ZONE.test(instant) ? Date.parse(instant) : Number.NaN : instant.getTime();
  if (!Number.isFinite(ms))
    throw new chunk6SLC5VUX_cjs.YoyakuError("INVALID_INPUT", "Not a valid instant", { issues: [{ path: ["instant"], message: "Invalid instant" }] });
  const offset = ms >= MODERN_JST_FROM_MS ? JST_OFFSET_MS : tz.tzOffset(JAPAN, new Date(ms)) * MINUTE_MS;
  return fromEpochDay(Math.floor((ms + offset) / DAY_MS2));
}
function startOfJapanDay(date) {
  const ms = Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) - JST_OFFSET_MS;
  return new Date(ms).toISOString();
}

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
    for (const [id, cal] of Object.entries(policy.calendars)) byBranch.set(id, compile(cal, holidays));
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
function monthDay(day) {
  const t = new Date(day * DAY_MS3);
  return (t.getUTCMonth() + 1) * 100 + t.getUTCDate();
}
function inYearEnd(cal, day) {
  const ye = cal.yearEnd;
  if (ye === null) return false;
  const md = monthDay(day);
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
  throw new chunk6SLC5VUX_cjs.YoyakuError("CALENDAR_NEVER_OPEN", `Branch ${branchId} has no open day within two years`, {
    details: { branchId, after: fromEpochDay(day) }
  });
}
function nextOpenDay(policy, branchId, date) {
  return fromEpochDay(nextOpenEpochDay(compiledCalendar(policy, branchId), toEpochDay(date), branchId));
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

// src/lifecycle/transition.ts
function refused(r) {
  return { ok: false, refusal: r };
}
function invalid(r, event) {
  return refused(refusal("INVALID_TRANSITION", { from: r.status, event: event.type }));
}
function onlineCancellationRefusal(r) {
  if (r.status === "onHold") return refusal("NOTICE_SENT");
  if (r.status !== "requested" && r.status !== "reserved") return refusal("INVALID_TRANSITION", { from: r.status, event: "cancel" });
  if (r.channel === "counter") return refusal("COUNTER_RESERVATION");
  if (r.cancellationRequestedAt !== void 0) return refusal("CANCELLATION_PENDING");
  return null;
}
function base(r) {
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
    ...base(r),
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
      if (r.status !== "requested") return invalid(r, event);
      if (r.cancellationRequestedAt !== void 0) return refused(refusal("CANCELLATION_PENDING"));
      return ok(r, { ...base(r), status: "reserved", queuedAt: at }, {
        type: "reservationApproved",
        reservationId: r.id,
        patronId: r.patronId,
        at,
        from: "requested",
        to: "reserved"
      });
    }
    case "reject": {
      if (r.status !== "requested") return invalid(r, event);
      if (event.reasons.length === 0)
        throw new chunk6SLC5VUX_cjs.YoyakuError("INVALID_INPUT", "A rejection needs at least one reason (C4)", {
          issues: [{ path: ["reasons"], message: "Expected at least one reason" }]
        });
      return ok(r, { ...base(r), status: "rejected", rejectedAt: at, reasons: event.reasons }, {
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
      if (r.status !== "requested" && r.status !== "reserved" || r.cancellationRequestedAt === void 0) return invalid(r, event);
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
      if (r.status !== "reserved") return invalid(r, event);
      if (r.cancellationRequestedAt !== void 0) return refused(refusal("CANCELLATION_PENDING"));
      return ok(r, {
        ...base(r),
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
      if (r.status !== "onHold") return invalid(r, event);
      if (japanDateOf(at) > r.lastDay) return refused(refusal("HOLD_EXPIRED", { lastDay: r.lastDay }));
      return ok(r, { ...base(r), status: "collected", copyId: r.copyId, collectedAt: at }, {
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
      if (r.status !== "onHold") return invalid(r, event);
      if (japanDateOf(at) <= r.lastDay) return refused(refusal("HOLD_NOT_EXPIRED", { lastDay: r.lastDay }));
      return ok(r, { ...base(r), status: "lapsed", copyId: r.copyId, lastDay: r.lastDay, lapsedAt: at }, {
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
      if (r.status !== "reserved") return invalid(r, event);
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
function can(reservation, event, context) {
  return transition(reservation, event, context).ok;
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
var CHANNEL_LABELS = {
  online: { ja: "\u30A4\u30F3\u30BF\u30FC\u30CD\u30C3\u30C8", en: "Online" },
  counter: { ja: "\u30AB\u30A6\u30F3\u30BF\u30FC", en: "Counter" }
};

// src/rules/reservation-state.ts
function isActiveReservation(reservation) {
  return chunkFSBKBYTI_cjs.ACTIVE_STATUSES.includes(reservation.status);
}
function isCancellationPending(reservation) {
  return (reservation.status === "requested" || reservation.status === "reserved") && reservation.cancellationRequestedAt !== void 0;
}
function isQueued(reservation) {
  return reservation.status === "reserved" && reservation.cancellationRequestedAt === void 0;
}

// src/rules/instant.ts
var ZONED_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
function instantMs(instant, field) {
  const ms = typeof instant === "string" && ZONED_INSTANT.test(instant) ? Date.parse(instant) : Number.NaN;
  if (!Number.isFinite(ms))
    throw new chunk6SLC5VUX_cjs.YoyakuError("INVALID_INPUT", `${field} is not an ISO 8601 instant with a time zone`, {
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
    throw new chunk6SLC5VUX_cjs.YoyakuError("INVALID_INPUT", "The new e-mail address is malformed; check it with checkEmailChange first", {
      issues: [{ path: ["email"], message: "Expected a well-formed e-mail address (A2)" }]
    });
  return { ...patron, email, unreachable: options.confirmed ? false : patron.unreachable };
}

// src/rules/pickup.ts
function checkPickupBranch(policy, branchId) {
  const branch = policy.branches.find((b) => b.id === branchId);
  if (branch?.kind === "museum") return refuse("MUSEUM_NOT_PICKUP", { branchId });
  if (branch === void 0 || !branch.pickup) return refuse("NOT_A_PICKUP_BRANCH", { branchId });
  return ALLOWED;
}

// src/rules/reservability.ts
var LOST_STATUSES = ["missing", "longOverdue"];
function checkReservable(item, policy) {
  const { title, volume } = item;
  if (volume.titleId !== title.id)
    throw new chunk6SLC5VUX_cjs.YoyakuError("INVALID_INPUT", "The volume does not belong to the title", {
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
function checkFulfillable(copies, policy) {
  return policy.rejectUnfulfillable && isUnfulfillable(copies) ? refuse("UNFULFILLABLE") : ALLOWED;
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

// src/rules/change.ts
function checkOnlineChange(reservation, patronId) {
  return reservation.patronId === patronId ? refuse("ONLINE_CHANGE_NOT_ALLOWED") : refuse("NOT_ALLOWED");
}
function checkStaffPickupChange(reservation, branchId, policy) {
  const status = reservation.status;
  const statusVerdict = status === "reserved" ? ALLOWED : status === "requested" ? refuse("ONLINE_CHANGE_NOT_ALLOWED") : refuse("INVALID_TRANSITION", { from: status, event: "changePickup" });
  return combineVerdicts([statusVerdict, checkPickupBranch(policy, branchId)]);
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

// src/rules/walk-in.ts
function checkWalkInCheckout(copy, volumeReservations) {
  return combineVerdicts([
    copy.status === "onShelf" ? ALLOWED : refuse("COPY_NOT_AVAILABLE", { copyStatus: copy.status }),
    volumeReservations.some((r) => r.volumeId === copy.volumeId && isQueued(r)) ? refuse("RESERVED_FOR_QUEUE") : ALLOWED
  ]);
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

// src/jobs/apply-transition.ts
function applyTransition(reservation, event, at, events) {
  const result = transition(reservation, event, { at });
  if (!result.ok)
    throw new chunk6SLC5VUX_cjs.YoyakuError("INVALID_INPUT", `Reservation ${reservation.id} cannot take ${event.type}: ${result.refusal.code}`, {
      details: { reservationId: reservation.id, event: event.type, refusal: result.refusal.code }
    });
  for (const e of result.events) events.push(e);
  return result.reservation;
}

// src/jobs/approval-eligibility.ts
var SEARCH_LIMIT_DAYS2 = 731;
function isCanonicalInstant(instant) {
  return instant.length === 24 && instant.charCodeAt(23) === 90 && instant.charCodeAt(10) === 84;
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
  isEligible(branchId, instant) {
    let cutoff = this.#cutoffs.get(branchId);
    if (cutoff === void 0) {
      cutoff = this.#cutoffOf(branchId);
      this.#cutoffs.set(branchId, cutoff);
    }
    if (cutoff === null) return false;
    return isCanonicalInstant(instant) ? instant < cutoff.startInstant : japanDateOf(instant) < cutoff.lastOpenDay;
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
function notFound(what, id, reservationId) {
  const key = what === "copies" ? "volumeId" : `${what}Id`;
  throw new chunk6SLC5VUX_cjs.YoyakuError("NOT_FOUND", `The snapshot has no ${what === "copies" ? "copy list for volume" : what} ${id} (reservation ${reservationId})`, {
    details: { [key]: id, reservationId }
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
      const done = applyTransition(r, { type: "finaliseCancellation" }, at, events);
      next[i] = done;
      decisions.push({ reservationId: r.id, kind: "cancellationFinalised", next: done });
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
      const done = applyTransition(r, { type: "finaliseCancellation" }, at, events);
      next[index] = done;
      decisions.push({ reservationId: r.id, kind: "cancellationFinalised", next: done });
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
      const done = applyTransition(r, { type: "reject", reasons }, at, events);
      next[index] = done;
      decisions.push({ reservationId: r.id, kind: "rejected", reasons, next: done });
    } else {
      const done = applyTransition(r, { type: "approve" }, at, events);
      next[index] = done;
      decisions.push({ reservationId: r.id, kind: "approved", next: done });
      state.counted.push(done);
    }
  }
  return { decisions, reservations: next, events };
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

// src/jobs/hold-expiry.ts
function runHoldExpiry(snapshot, options) {
  const { at, policy } = options;
  const date = assertLocalDate(options.date, "date");
  if (japanDateOf(at) < date)
    throw new chunk6SLC5VUX_cjs.YoyakuError("INVALID_INPUT", "at falls before date in Japan", {
      issues: [{ path: ["at"], message: "Expected an instant on or after the start of date in Japan" }]
    });
  const events = [];
  const next = snapshot.reservations.slice();
  const lapsed = [];
  for (let i = 0; i < next.length; i++) {
    const r = next[i];
    if (r.status !== "onHold" || !(r.lastDay < date)) continue;
    if (!snapshot.copies.has(r.copyId))
      throw new chunk6SLC5VUX_cjs.YoyakuError("NOT_FOUND", `Copy ${r.copyId} held by reservation ${r.id} is not in the snapshot`, {
        details: { copyId: r.copyId, reservationId: r.id }
      });
    const done = applyTransition(r, { type: "lapse" }, at, events);
    next[i] = done;
    lapsed.push(done);
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

// src/notices/hold-notice.ts
function mismatch(field, expected) {
  throw new chunk6SLC5VUX_cjs.YoyakuError("INVALID_INPUT", `The ${field} is not the one the reservation names`, {
    issues: [{ path: [field, "id"], message: `Expected ${expected}` }]
  });
}
function present(text) {
  return typeof text === "string" && text.trim() !== "" ? text : null;
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
  const fill = (text) => text.replace(PLACEHOLDER, (_, name) => has(name) ? paramText(params?.[name] ?? null, locale) : "");
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

exports.ALLOWED = ALLOWED;
exports.CHANNEL_LABELS = CHANNEL_LABELS;
exports.COPY_STATUS_LABELS = COPY_STATUS_LABELS;
exports.REFUSAL_CODES = REFUSAL_CODES;
exports.REFUSAL_MESSAGES = REFUSAL_MESSAGES;
exports.REFUSAL_RULES = REFUSAL_RULES;
exports.RESERVATION_STATUS_LABELS = RESERVATION_STATUS_LABELS;
exports.addDays = addDays;
exports.applyEmailChange = applyEmailChange;
exports.assertLocalDate = assertLocalDate;
exports.buildHoldNotice = buildHoldNotice;
exports.can = can;
exports.checkChannel = checkChannel;
exports.checkEmailChange = checkEmailChange;
exports.checkFulfillable = checkFulfillable;
exports.checkNotDuplicate = checkNotDuplicate;
exports.checkOnlineCancellation = checkOnlineCancellation;
exports.checkOnlineChange = checkOnlineChange;
exports.checkOnlineEligibility = checkOnlineEligibility;
exports.checkPickupBranch = checkPickupBranch;
exports.checkPlacement = checkPlacement;
exports.checkQuota = checkQuota;
exports.checkRenewal = checkRenewal;
exports.checkReservable = checkReservable;
exports.checkStaffCancellation = checkStaffCancellation;
exports.checkStaffPickupChange = checkStaffPickupChange;
exports.checkWalkInCheckout = checkWalkInCheckout;
exports.combineVerdicts = combineVerdicts;
exports.compareQueue = compareQueue;
exports.countQuota = countQuota;
exports.createCounterReservation = createCounterReservation;
exports.createOnlineRequest = createOnlineRequest;
exports.fillTemplate = fillTemplate;
exports.formatLocalDate = formatLocalDate;
exports.formatRefusal = formatRefusal;
exports.fromEpochDay = fromEpochDay;
exports.holdLastDay = holdLastDay;
exports.isAcceptedChannel = isAcceptedChannel;
exports.isActiveReservation = isActiveReservation;
exports.isCancellationPending = isCancellationPending;
exports.isLocalDate = isLocalDate;
exports.isOpenOn = isOpenOn;
exports.isQueued = isQueued;
exports.isUnfulfillable = isUnfulfillable;
exports.japanDateOf = japanDateOf;
exports.loanStatus = loanStatus;
exports.nextOpenDay = nextOpenDay;
exports.queueOf = queueOf;
exports.queuePosition = queuePosition;
exports.refusal = refusal;
exports.refuse = refuse;
exports.renewLoan = renewLoan;
exports.runApprovalBatch = runApprovalBatch;
exports.runHoldExpiry = runHoldExpiry;
exports.startOfJapanDay = startOfJapanDay;
exports.toEpochDay = toEpochDay;
exports.transition = transition;
exports.trapCopies = trapCopies;
exports.trapCopy = trapCopy;
exports.weekdayOf = weekdayOf;
//# sourceMappingURL=chunk-IHEQXN5U.cjs.map
//# sourceMappingURL=chunk-IHEQXN5U.cjs.map