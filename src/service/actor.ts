import type { BranchId, PatronId } from '../model/ids.js';

/**
 * Who performs an operation.
 *
 * - `patron`: a patron acting online (web or mobile) on their own data; `channel` other than
 *   `online` is refused (A5: e-mail and similar are not accepted);
 * - `staff`: a member of staff at a branch counter, acting at that branch;
 * - `system`: the library's scheduler, running the morning jobs.
 * @category Service
 * @example
 * const patron: Actor = { kind: 'patron', patronId: 'p-1', channel: 'online' };
 * const staff: Actor = { kind: 'staff', branchId: 'akeno' };
 * const system: Actor = { kind: 'system' };
 */
export type Actor =
  | { readonly kind: 'patron'; readonly patronId: PatronId; readonly channel: 'online' | (string & {}) }
  | { readonly kind: 'staff'; readonly branchId: BranchId; readonly staffId?: string | undefined }
  | { readonly kind: 'system' };
