/**
 * One page of a staff list (P8): at most `limit` rows, after skipping `offset` rows of the
 * list's order. Both are whole numbers; `limit` is at least 1.
 * @category Ports
 * @example
 * const second: PageRequest = { limit: 50, offset: 50 };
 */
export interface PageRequest {
  readonly limit: number;
  readonly offset: number;
}
