// src/model/material.ts
var COPY_STATUSES = [
  "onShelf",
  "onLoan",
  "inTransit",
  "onHoldShelf",
  "missing",
  "longOverdue"
];

// src/errors/rule-id.ts
var RULE_IDS = [
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

export { COPY_STATUSES, RULE_IDS };
//# sourceMappingURL=chunk-QTRXJWHJ.js.map
//# sourceMappingURL=chunk-QTRXJWHJ.js.map