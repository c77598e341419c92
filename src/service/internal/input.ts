import * as z from 'zod';
import { formatIssuePath, toYoyakuIssues } from '../../errors/yoyaku-error.js';
import { RULE_IDS, type RuleId } from '../../errors/rule-id.js';
import { LocalDateSchema } from '../../policy/schema.js';
import { COPY_MARKS, type CopyMark } from '../../rules/copy-life.js';
import { storableString } from '../../validation/storable-text.js';
import { halt } from './halt.js';
import { failed } from './results.js';

/**
 * The longest id an input may carry, in UTF-16 code units.
 * @example
 * const fits = volumeId.length <= MAX_ID_LENGTH;
 */
export const MAX_ID_LENGTH = 256;
/**
 * The most volumes one submission may tick.
 * @example
 * const fits = volumeIds.length <= MAX_TICKED_VOLUMES;
 */
export const MAX_TICKED_VOLUMES = 100;

const id = storableString().min(1).max(MAX_ID_LENGTH);
/** The most items one page of a patron's list holds; {@link DEFAULT_PAGE} when the caller gives no `limit`. */
export const MAX_PAGE = 500;
/** The page size of a patron's list when the caller gives no `limit`. */
export const DEFAULT_PAGE = 100;
/** Free text a caller gives (a note, an e-mail, a channel): storable by every adapter. */
const text = storableString();

/**
 * The zod schemas of the service's inputs, checked at its edge. Malformed input is an
 * `INVALID_INPUT` error result listing paths and zod's messages, which never echo a value. Ids
 * and texts with a NUL character or a lone surrogate are malformed ({@link isStorableText}):
 * refused before any store is touched, the same on every adapter.
 * @category Service
 * @example
 * InputSchemas.cartEntry.safeParse({ volumeId: 't-1/1', pickupBranchId: 'akeno' }).success; // true
 */
export const InputSchemas = {
  actor: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('patron'), patronId: id, channel: text }),
    z.object({ kind: z.literal('staff'), branchId: id, staffId: text.optional() }),
    z.object({ kind: z.literal('system') }),
  ]),
  volume: z.object({ volumeId: id }),
  cartEntry: z.object({ volumeId: id, pickupBranchId: id }),
  submit: z.object({
    volumeIds: z
      .array(id)
      .min(1)
      .max(MAX_TICKED_VOLUMES)
      .refine((ids) => new Set(ids).size === ids.length, 'Each volume may be ticked once'),
  }),
  counter: z.object({ patronId: id, volumeId: id, pickupBranchId: id }),
  walkIn: z.object({ patronId: id, copyId: id }),
  copy: z.object({ copyId: id }),
  copyMark: z.object({ copyId: id, mark: z.enum(COPY_MARKS as [CopyMark, ...CopyMark[]]) }),
  reservation: z.object({ reservationId: id }),
  staffCancel: z.object({ reservationId: id, note: text.max(500).optional() }),
  pickupChange: z.object({ reservationId: id, pickupBranchId: id }),
  job: z.object({ date: LocalDateSchema.optional() }).optional(),
  patronFilter: z
    .object({ patronId: id.optional(), limit: z.number().int().min(1).max(MAX_PAGE).optional(), cursor: storableString().max(1024).optional() })
    .optional(),
  page: z.object({ limit: z.number().int().min(1).max(MAX_PAGE).optional(), cursor: storableString().max(1024).optional() }).optional(),
  loan: z.object({ loanId: id }),
  registration: z.object({ patronId: id, registered: z.boolean(), email: text.optional() }),
  unreachable: z.object({ patronId: id, unreachable: z.boolean() }),
  emailChange: z.object({ email: text, confirmed: z.boolean() }),
  noticePrivacy: z.object({ showName: z.boolean(), showTitle: z.boolean() }),
  // issue 10: staff decisions and patrons' options
  rejection: z.object({
    reservationId: id,
    reasons: z
      .array(z.union([z.object({ rule: z.literal('staff'), note: text.max(500).optional() }), z.object({ rule: z.enum(RULE_IDS as [RuleId, ...RuleId[]]) })]))
      .max(20),
  }),
  holdExtension: z.object({ reservationId: id, lastDay: LocalDateSchema }),
  queueMove: z.object({ reservationId: id, toPosition: z.number().int().min(1).max(100_000), reason: text.max(500) }),
  suspension: z.object({ reservationId: id, until: LocalDateSchema.nullable() }),
  notNeededAfter: z.object({ reservationId: id, date: LocalDateSchema.nullable() }),
  retention: z.object({ date: LocalDateSchema.optional(), batchSize: z.number().int().min(1).max(10_000).optional() }).optional(),
  history: z.union([z.object({ reservationId: id }).strict(), z.object({ copyId: id }).strict(), z.object({ patronId: id }).strict()]),
} as const;

/**
 * Parses an operation's input, or stops it with an `INVALID_INPUT` error result.
 * @param schema - one of {@link InputSchemas}
 * @param input - what the caller passed
 * @returns the parsed input
 * @category Service
 * @example
 * const { copyId } = parseInput(InputSchemas.copy, input);
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = toYoyakuIssues(result.error.issues);
  const where = issues.map((i) => formatIssuePath(i.path)).join(', ');
  return halt(failed('INVALID_INPUT', `Invalid input: ${where}`, issues));
}
