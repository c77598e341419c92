'use strict';

var chunk6SLC5VUX_cjs = require('./chunk-6SLC5VUX.cjs');

// src/ports/clock.ts
var systemClock = Object.freeze({
  now: () => new Date(Date.now()).toISOString()
});
var INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
function toEpochMillis(instant) {
  const millis = INSTANT_PATTERN.test(instant) ? Date.parse(instant) : Number.NaN;
  if (Number.isNaN(millis)) {
    throw new chunk6SLC5VUX_cjs.YoyakuError("INVALID_INPUT", "Invalid clock instant: expected an ISO 8601 instant with a time zone", {
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
    set(instant) {
      millis = toEpochMillis(instant);
    },
    advance(by) {
      millis += millisOf(by);
      return new Date(millis).toISOString();
    }
  };
}

// src/ports/store-errors.ts
function versionConflict(table, id, expected, actual, extra = {}) {
  const message = expected === null ? `Version conflict on ${table} ${id}: a record with this id already exists` : `Version conflict on ${table} ${id}: expected version ${expected}, found ${actual === null ? "another" : actual}`;
  return new chunk6SLC5VUX_cjs.YoyakuError("VERSION_CONFLICT", message, { details: { ...extra, table, id, expected, actual } });
}
function recordNotFound(table, id) {
  return new chunk6SLC5VUX_cjs.YoyakuError("NOT_FOUND", `No record ${id} in ${table}`, { details: { table, id } });
}
function assertNextVersion(table, id, nextVersion, expectedVersion) {
  if (nextVersion !== expectedVersion + 1) {
    throw new chunk6SLC5VUX_cjs.YoyakuError(
      "VERSION_CONFLICT",
      `Version conflict on ${table} ${id}: the next version must be ${expectedVersion + 1}, got ${nextVersion}`,
      { details: { table, id, expected: expectedVersion, actual: null, nextVersion } }
    );
  }
}

exports.assertNextVersion = assertNextVersion;
exports.fixedClock = fixedClock;
exports.recordNotFound = recordNotFound;
exports.systemClock = systemClock;
exports.versionConflict = versionConflict;
//# sourceMappingURL=chunk-7LPKGVQJ.cjs.map
//# sourceMappingURL=chunk-7LPKGVQJ.cjs.map