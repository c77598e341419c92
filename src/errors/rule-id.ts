/**
 * The ID of a rule of the guide, as numbered in the rule catalogue (`docs/rules.md`).
 * `P1`–`P19` are this project's own rules where the guide is silent (see the catalogue).
 * @category Errors
 * @example
 * const rule: RuleId = 'E1';
 */
export type RuleId =
  | 'A1' | 'A2' | 'A3' | 'A4' | 'A5' | 'A6'
  | 'B1' | 'B2' | 'B3' | 'B4' | 'B5'
  | 'C1' | 'C2' | 'C3' | 'C4'
  | 'D1' | 'D2' | 'D3' | 'D4' | 'D5'
  | 'E1' | 'E2' | 'E3' | 'E4' | 'E5'
  | 'F1' | 'F2' | 'F3' | 'F4' | 'F5'
  | 'G1' | 'G2' | 'G3' | 'G4'
  | 'H1'
  | 'P1' | 'P2' | 'P3' | 'P4'
  // issue 9: copies on the move
  | 'P5' | 'P6' | 'P7' | 'P8' | 'P9'
  // issue 10: staff decisions and patrons' options
  | 'P10' | 'P11' | 'P12' | 'P13' | 'P14'
  | 'P15' | 'P16'
  | 'P17'
  // issue 13: in production on PostgreSQL
  | 'P18' | 'P19';

/**
 * Every rule ID, in catalogue order.
 * @category Errors
 * @example
 * RULE_IDS.includes('D2'); // true
 */
export const RULE_IDS: readonly RuleId[] = [
  'A1', 'A2', 'A3', 'A4', 'A5', 'A6',
  'B1', 'B2', 'B3', 'B4', 'B5',
  'C1', 'C2', 'C3', 'C4',
  'D1', 'D2', 'D3', 'D4', 'D5',
  'E1', 'E2', 'E3', 'E4', 'E5',
  'F1', 'F2', 'F3', 'F4', 'F5',
  'G1', 'G2', 'G3', 'G4',
  'H1',
  'P1', 'P2', 'P3', 'P4',
  // issue 9: copies on the move
  'P5', 'P6', 'P7', 'P8', 'P9',
  // issue 10: staff decisions and patrons' options
  'P10', 'P11', 'P12', 'P13', 'P14',
  'P15', 'P16',
  'P17',
  // issue 13: in production on PostgreSQL
  'P18', 'P19',
];
