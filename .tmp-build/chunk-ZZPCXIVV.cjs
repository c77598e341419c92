'use strict';

var chunkIHEQXN5U_cjs = require('./chunk-IHEQXN5U.cjs');

// src/lifecycle/transition-table.ts
var TRANSITIONS = [
  { from: "requested", event: "approve", to: "reserved", rules: ["C1", "C2"] },
  { from: "requested", event: "reject", to: "rejected", rules: ["C4"] },
  { from: "requested", event: "requestCancellation", to: "requested", rules: ["F2"] },
  { from: "requested", event: "finaliseCancellation", to: "cancelled", rules: ["F2", "C1"] },
  { from: "requested", event: "cancel", to: "cancelled", rules: ["F2"] },
  { from: "reserved", event: "trap", to: "onHold", rules: ["D1", "D2"] },
  { from: "reserved", event: "requestCancellation", to: "reserved", rules: ["F2"] },
  { from: "reserved", event: "finaliseCancellation", to: "cancelled", rules: ["F2", "C1"] },
  { from: "reserved", event: "cancel", to: "cancelled", rules: ["F2"] },
  { from: "reserved", event: "changePickup", to: "reserved", rules: ["F5"] },
  { from: "onHold", event: "collect", to: "collected", rules: ["D2"] },
  { from: "onHold", event: "lapse", to: "lapsed", rules: ["D3", "D4"] },
  { from: "onHold", event: "cancel", to: "cancelled", rules: ["F4"] }
];

// src/lifecycle/to-mermaid.ts
function toMermaid(rows = TRANSITIONS) {
  const lines = ["stateDiagram-v2"];
  const states = /* @__PURE__ */ new Set();
  for (const row of rows) {
    states.add(row.from);
    states.add(row.to);
  }
  for (const s of states) {
    const label = chunkIHEQXN5U_cjs.RESERVATION_STATUS_LABELS[s];
    lines.push(`  ${s}: ${s} ${label.ja} / ${label.en}`);
  }
  lines.push("  [*] --> requested: online request (B3)");
  lines.push("  [*] --> reserved: counter reservation (C2)");
  for (const row of rows) lines.push(`  ${row.from} --> ${row.to}: ${row.event} (${row.rules.join(", ")})`);
  for (const s of ["rejected", "collected", "lapsed", "cancelled"]) if (states.has(s)) lines.push(`  ${s} --> [*]`);
  return lines.join("\n");
}

exports.TRANSITIONS = TRANSITIONS;
exports.toMermaid = toMermaid;
//# sourceMappingURL=chunk-ZZPCXIVV.cjs.map
//# sourceMappingURL=chunk-ZZPCXIVV.cjs.map