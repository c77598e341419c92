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

export { ACTIVE_STATUSES, FINAL_STATUSES, RESERVATION_STATUSES };
//# sourceMappingURL=chunk-E56462TD.js.map
//# sourceMappingURL=chunk-E56462TD.js.map