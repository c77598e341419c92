'use strict';

// src/model/reservation.ts
var RESERVATION_STATUSES = [
  "requested",
  "reserved",
  "rejected",
  "onHold",
  "collected",
  "lapsed",
  "cancelled"
];
var ACTIVE_STATUSES = ["requested", "reserved", "onHold"];
var FINAL_STATUSES = ["rejected", "collected", "lapsed", "cancelled"];

exports.ACTIVE_STATUSES = ACTIVE_STATUSES;
exports.FINAL_STATUSES = FINAL_STATUSES;
exports.RESERVATION_STATUSES = RESERVATION_STATUSES;
//# sourceMappingURL=chunk-FSBKBYTI.cjs.map
//# sourceMappingURL=chunk-FSBKBYTI.cjs.map