import * as z from 'zod';
import { RULE_IDS, type RuleId } from '../../errors/rule-id.js';
import { COPY_STATUSES, type CopyStatus } from '../../model/material.js';
import { RESERVATION_STATUSES, type ReservationStatus } from '../../model/reservation.js';
import { InstantSchema, LocalDateSchema, PolicySchema } from '../../policy/schema.js';

const id = z.string().min(1);
const INSTANT_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Whether the date and time as written exist: `Date.parse` rolls 2026-02-30 over to 2026-03-02. */
function isCalendarInstant(text: string): boolean {
  const m = INSTANT_PATTERN.exec(text);
  if (m === null) return true;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && hour <= 23 && minute <= 59;
}

const instant = z
  .string()
  .regex(INSTANT_PATTERN, 'Expected an ISO 8601 instant with its offset, such as 2026-12-01T10:00:00+09:00')
  .refine(isCalendarInstant, 'Not a calendar date and time')
  .pipe(InstantSchema)
  .meta({ id: 'Instant', description: 'An ISO 8601 instant with its offset, such as 2026-12-01T10:00:00+09:00' });
const localDate = LocalDateSchema.meta({ id: 'LocalDate', description: 'A calendar day in Japan, YYYY-MM-DD' });
const ruleId = z.enum(RULE_IDS as readonly RuleId[] as [RuleId, ...RuleId[]]);
const copyStatus = z.enum(COPY_STATUSES as readonly CopyStatus[] as [CopyStatus, ...CopyStatus[]]);
const reservationStatus = z.enum(RESERVATION_STATUSES as readonly ReservationStatus[] as [ReservationStatus, ...ReservationStatus[]]);
const serviceErrorCode = z.enum(['INVALID_INPUT', 'NOT_FOUND', 'NOT_ALLOWED', 'CONFLICT', 'CALENDAR_OUT_OF_RANGE']);

/**
 * Who acts in a scenario step: a patron online (by scenario patron id; `channel` other than
 * `online` tests A5), staff at a branch counter, or the system's scheduler.
 * @category Testing
 * @example
 * ScenarioActorSchema.parse({ patron: 'hanako' }); // { patron: 'hanako', channel: 'online' }
 * ScenarioActorSchema.parse({ staff: 'akeno' });
 * ScenarioActorSchema.parse('system');
 */
export const ScenarioActorSchema = z.union([
  z
    .object({
      patron: id.describe('A patron id of the library'),
      channel: z.string().min(1).default('online').describe('The channel the patron uses; anything but "online" is refused (A5)'),
    })
    .strict(),
  z
    .object({
      staff: id.describe('The branch id of the counter where staff act'),
      staffId: z.string().min(1).optional(),
    })
    .strict(),
  z.literal('system').describe('The scheduler running the morning jobs'),
]).meta({ id: 'Actor' });

/**
 * A patron of a scenario's library. Personal fields are fictional test data: `email` defaults to
 * `<id>@example.jp` (give `null` for a patron without one), `cardNumber` to `card-<id>`.
 * @category Testing
 * @example
 * ScenarioPatronSchema.parse({ id: 'hanako', name: '北杜 花子', showName: false });
 */
export const ScenarioPatronSchema = z
  .object({
    id,
    cardNumber: z.string().min(1).optional().describe('Library card number; default card-<id>'),
    name: z.string().optional(),
    email: z.string().nullable().optional().describe('E-mail address; default <id>@example.jp; null for none (A1)'),
    internetRegistered: z.boolean().default(true).describe('Registered for the internet service (A1)'),
    unreachable: z.boolean().default(false).describe('Staff judged the patron unreachable by e-mail (A3)'),
    showName: z.boolean().default(true).describe('The hold notice may show the name (D5)'),
    showTitle: z.boolean().default(true).describe('The hold notice may show the title (D5)'),
    homeBranch: id.optional(),
  })
  .strict();

/**
 * A copy of a scenario title's volume. `branch` is where it stands; `owner` (default `branch`)
 * the location that owns it, such as the local history museum (E5).
 * @category Testing
 * @example
 * ScenarioCopySchema.parse({ id: 'c1', branch: 'akeno' }).status; // 'onShelf'
 */
export const ScenarioCopySchema = z
  .object({
    id,
    branch: id.describe('The branch where the copy is'),
    owner: id.optional().describe('The branch that owns it; default branch'),
    status: copyStatus.default('onShelf'),
    notForLoan: z.boolean().default(false).describe('禁帯出: never trapped or lent (E3)'),
  })
  .strict()
  .meta({ id: 'Copy' });

/**
 * A volume of a scenario title: its full id, label, whether it is a set record (E2), and copies.
 * @category Testing
 * @example
 * ScenarioVolumeSchema.parse({ id: 'genji/1', label: '上', copies: [{ id: 'c1', branch: 'akeno' }] });
 */
export const ScenarioVolumeSchema = z
  .object({
    id,
    label: z.string().optional().describe('Volume label such as 上 or 下'),
    set: z.boolean().default(false).describe('A set record standing for several volumes, never reservable (E2)'),
    copies: z.array(ScenarioCopySchema).default([]),
  })
  .strict();

/**
 * A title of a scenario's library with its volumes and copies. A title without `volumes`
 * has one volume whose id is the title id plus `/1`, holding `copies`.
 * @category Testing
 * @example
 * ScenarioTitleSchema.parse({ id: 'genji', name: '源氏物語', copies: [{ id: 'c1', branch: 'akeno' }] });
 */
export const ScenarioTitleSchema = z
  .object({
    id,
    name: z.string().min(1),
    category: z.string().min(1).default('book').describe('Category code; the policy lists the in-library-only ones (E3)'),
    audiovisual: z.boolean().default(false).describe('Audiovisual material, counted in the sub-quota of E1'),
    copies: z.array(ScenarioCopySchema).default([]).describe('Copies of the single volume <id>/1, when volumes is not given'),
    volumes: z.array(ScenarioVolumeSchema).optional(),
  })
  .strict();

/**
 * A loan the library starts with. Its copy is on loan; `id` names it in later steps
 * (`loanId`).
 * @category Testing
 * @example
 * ScenarioLoanSchema.parse({ id: 'l1', copy: 'c1', patron: 'taro', lentAt: '2026-11-20T10:00:00+09:00', dueDate: '2026-12-04' });
 */
export const ScenarioLoanSchema = z
  .object({
    id,
    copy: id,
    patron: id,
    lentAt: instant,
    dueDate: localDate,
    renewals: z.number().int().min(0).default(0),
  })
  .strict();

function withoutDefault(schema: z.ZodType): z.ZodType {
  return schema instanceof z.ZodDefault ? (schema.unwrap() as z.ZodType) : schema;
}

/**
 * Policy knobs a scenario sets on top of its preset: any field of the policy, none defaulted
 * here (the preset and the policy's own defaults fill the rest). Unknown fields are errors.
 * @category Testing
 * @example
 * ScenarioPolicySchema.parse({ maxOnline: 3 }); // { maxOnline: 3 }
 */
export const ScenarioPolicySchema = z
  .object(Object.fromEntries(Object.entries(PolicySchema.shape).map(([key, field]) => [key, withoutDefault(field).optional()])))
  .strict()
  .describe('Policy fields set on top of the preset');

/**
 * The library of a scenario: a policy preset with overrides, patrons, titles (with volumes and
 * copies) and loans it starts with.
 * @category Testing
 * @example
 * ScenarioLibrarySchema.parse({ preset: 'hokuto', policy: { holdDays: 10 }, patrons: [{ id: 'hanako' }] });
 */
export const ScenarioLibrarySchema = z
  .object({
    preset: z.enum(['hokuto', 'none']).default('hokuto').describe('Start from the Hokuto preset, or from the policy defaults alone'),
    policy: ScenarioPolicySchema.default({}),
    patrons: z.array(ScenarioPatronSchema).default([]),
    titles: z.array(ScenarioTitleSchema).default([]),
    loans: z.array(ScenarioLoanSchema).default([]),
    noticeDelivery: z
      .enum(['immediate', 'manual'])
      .default('immediate')
      .describe('immediate: the runner delivers pending notices after every operation, at its instant; manual: only deliverNotices steps do'),
  })
  .strict();

/**
 * What a notice expectation checks: the notices delivered to a patron (for one reservation,
 * when given): their `count` so far, and text the latest must contain or must not contain
 * anywhere (subject, body, fields), as D5 asks of a patron who hides their name or the title.
 * Notices are rendered when delivered: after every operation unless the library's
 * `noticeDelivery` is `manual`, then at `deliverNotices` steps.
 * @category Testing
 * @example
 * ScenarioNoticeExpectationSchema.parse({ patron: 'hanako', count: 1, excludes: ['北杜 花子'] });
 */
export const ScenarioNoticeExpectationSchema = z
  .object({
    patron: id,
    reservation: id.optional().describe('Only notices about this reservation alias'),
    count: z.number().int().min(0).optional().describe('How many notices were delivered to the patron so far'),
    contains: z.array(z.string()).default([]).describe('Texts the latest notice must contain'),
    excludes: z.array(z.string()).default([]).describe('Texts the latest notice must not contain'),
    lastDay: localDate.optional().describe('The last day to collect that the latest notice gives'),
  })
  .strict();

/**
 * What an expectation step checks. Reservations and loans are named by the alias an earlier
 * step gave them with `as` (or a starting loan's id); `refused`, `succeeded`, `error` and
 * `result` are about the previous operation.
 * @category Testing
 * @example
 * ScenarioExpectationSchema.parse({ reservation: 'r1', status: 'onHold', lastDay: '2026-12-15' });
 * ScenarioExpectationSchema.parse({ refused: 'E1' });
 */
export const ScenarioExpectationSchema = z
  .object({
    reservation: id.optional().describe('Alias of a reservation created earlier (as)'),
    status: reservationStatus.optional(),
    queuePosition: z.number().int().min(1).nullable().optional().describe('1-based place in the queue; null when not queued (C2)'),
    lastDay: localDate.nullable().optional().describe('Last day of the hold; null when not on hold (D2)'),
    rejectedFor: z.union([ruleId, z.literal('staff')]).optional().describe('The rejection names this rule (C4)'),
    cancellationPending: z.boolean().optional().describe('An online cancellation waits for the batch (F2)'),
    pickupBranch: id.optional(),
    refused: z.string().min(1).optional().describe('The previous operation was refused with this refusal code or rule ID'),
    succeeded: z.boolean().optional().describe('Whether the previous operation succeeded'),
    error: serviceErrorCode.optional().describe('The previous operation failed with this error code'),
    result: z.unknown().optional().describe('A partial match of the previous operation’s value'),
    notice: ScenarioNoticeExpectationSchema.optional(),
    activeCount: z
      .object({ patron: id, count: z.number().int().min(0) })
      .strict()
      .optional()
      .describe('Count of the patron’s active (requested, reserved, onHold) reservations'),
    copy: z
      .object({
        id,
        status: copyStatus.optional(),
        branch: id.optional().describe('Where it is, or where it travels to when in transit'),
        travelsFor: z.union([id, z.null()]).optional().describe('The reservation alias it is taken for (in transit, to pull, on the hold shelf), "home" for a transit home, or null (P5)'),
        from: id.optional().describe('In transit: the branch it left (P5)'),
      })
      .strict()
      .optional(),
    loan: z
      .object({
        id: id.describe('Loan alias or starting loan id'),
        overdue: z.boolean().optional().describe('G1'),
        reserved: z.boolean().optional().describe('G2'),
        renewable: z.boolean().optional().describe('G4'),
        dueDate: localDate.optional(),
        returned: z.boolean().optional(),
      })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((e, ctx) => {
    const needsReservation = ['status', 'queuePosition', 'lastDay', 'rejectedFor', 'cancellationPending', 'pickupBranch'] as const;
    for (const key of needsReservation) {
      if (e[key] !== undefined && e.reservation === undefined) {
        ctx.addIssue({ code: 'custom', message: `"${key}" needs "reservation"`, path: [key] });
      }
    }
    if (Object.values(e).every((v) => v === undefined)) ctx.addIssue({ code: 'custom', message: 'An expectation checks something', path: [] });
  });

const cartEntryArgs = { volumeId: id, pickupBranchId: id };

const base = {
  at: instant,
  actor: ScenarioActorSchema,
  note: z.string().optional(),
};

function operation<const Do extends string, A extends z.ZodRawShape>(name: Do, args: A, description: string) {
  return z
    .object({ ...base, do: z.literal(name).describe(description), args: z.object(args).strict().prefault({} as never) })
    .strict();
}

function creating<const Do extends string, A extends z.ZodRawShape>(name: Do, args: A, description: string, asDescription: string) {
  return z
    .object({ ...base, do: z.literal(name).describe(description), args: z.object(args).strict().prefault({} as never), as: id.optional().describe(asDescription) })
    .strict();
}

const noArgs = {};
const reservationAlias = 'Alias bound to the new reservation';
const loanAlias = 'Alias bound to the new loan';

/**
 * An operation step: at an instant, an actor performs one of the service's operations with
 * arguments. Patrons, volumes, copies and branches are the library's ids; reservations and loans
 * are aliases bound by an earlier step's `as`. `reserveOnline` is a scenario shorthand: add one
 * entry to the cart (unless the volume is in it already, say after a refused submission) and
 * submit it (B1, B2).
 * @category Testing
 * @example
 * ScenarioOperationStepSchema.parse({
 *   at: '2026-12-01T10:00:00+09:00', actor: { patron: 'hanako' },
 *   do: 'reserveOnline', args: { volumeId: 'genji/1', pickupBranchId: 'akeno' }, as: 'r1',
 * });
 */
export const ScenarioOperationStepSchema = z.discriminatedUnion('do', [
  operation('addFavourite', { volumeId: id }, 'B5: add a volume to the favourites'),
  operation('removeFavourite', { volumeId: id }, 'B5: remove a volume from the favourites'),
  operation('listFavourites', noArgs, 'B5: the favourites list'),
  operation('favouritesPage', { limit: z.number().int().optional(), cursor: z.string().optional() }, 'B5: one page of the favourites list'),
  operation('moveFavouriteToCart', cartEntryArgs, 'B5 → B1: move a favourite into the cart'),
  operation('addToCart', cartEntryArgs, 'B1: add an entry to the cart'),
  operation('removeFromCart', { volumeId: id }, 'B1: remove an entry from the cart'),
  operation('listCart', noArgs, 'B1: the cart'),
  operation('cartPage', { limit: z.number().int().optional(), cursor: z.string().optional() }, 'B1: one page of the cart'),
  z
    .object({
      ...base,
      do: z.literal('submitCart').describe('B2, B3: submit the ticked cart entries'),
      args: z.object({ volumeIds: z.array(id).min(1) }).strict().prefault({} as never),
      as: z
        .union([id, z.array(id)])
        .optional()
        .describe('An alias for the one volume submitted, or one alias per volume in order'),
    })
    .strict(),
  creating('reserveOnline', cartEntryArgs, 'B1, B2: add one entry to the cart (unless it is there already) and submit it', reservationAlias),
  creating('placeCounterReservation', { patronId: id, ...cartEntryArgs }, 'C2: staff place a reservation at the counter', reservationAlias),
  creating('checkoutWalkIn', { patronId: id, copyId: id }, 'C3: a walk-in borrows a copy from the shelf', loanAlias),
  operation('checkIn', { copyId: id }, 'D1: a copy is returned or arrives at the actor’s branch'),
  // --- issue 9: copies on the move ---
  operation('markCopy', { copyId: id, mark: z.enum(['missing', 'longOverdue', 'withdrawn', 'found']) }, 'P6: staff mark a copy missing, long overdue, withdrawn, or found'),
  operation('confirmPull', { copyId: id }, 'P8: staff confirm a copy on their pull list is pulled'),
  operation(
    'staffList',
    {
      list: z.enum(['toPull', 'holdShelf', 'expiredHolds', 'inTransitTo', 'inTransitFrom', 'hopeless']),
      limit: z.number().int().min(1).max(500).optional(),
      offset: z.number().int().min(0).optional(),
    },
    'P8: one of the staff’s lists at the actor’s branch (check it with result)',
  ),
  // --- end issue 9 ---
  creating('collectHold', { reservationId: id }, 'D2: the patron collects a hold', loanAlias),
  operation('runApprovalBatch', { date: localDate.optional() }, 'C1, C4: the morning approval batch'),
  operation('runHoldExpiry', { date: localDate.optional() }, 'D3: the hold expiry job'),
  operation('cancelOnline', { reservationId: id }, 'F2–F4: the patron cancels online'),
  operation('cancelByStaff', { reservationId: id, note: z.string().optional() }, 'F3, F4: staff cancel'),
  operation('changeOnline', { reservationId: id, pickupBranchId: id }, 'F5: an online change (refused)'),
  operation('changePickupByStaff', { reservationId: id, pickupBranchId: id }, 'F5: staff change the pickup branch'),
  operation('listReservations', { patronId: id.optional() }, 'F1: the reservation list'),
  operation('loanStatusPage', { patronId: id.optional() }, 'G1–G3: the loan status page'),
  operation('renewLoan', { loanId: id }, 'G4: renew a loan'),
  operation(
    'setInternetRegistration',
    { patronId: id, registered: z.boolean(), email: z.string().optional() },
    'A1: staff register a patron for the internet service',
  ),
  operation('setUnreachable', { patronId: id, unreachable: z.boolean() }, 'A3: staff set or clear the unreachable mark'),
  operation('changeEmail', { email: z.string(), confirmed: z.boolean() }, 'A2: the patron changes the e-mail address'),
  operation('setNoticePrivacy', { showName: z.boolean(), showTitle: z.boolean() }, 'D5: the patron’s choices for the hold notice'),
  // issue 10: staff decisions, the notice as sent, patrons' options, the record
  operation('deliverNotices', noArgs, 'D1, D2, D5: the host’s relay delivers the pending notices (actor: system)'),
  operation('approveByStaff', { reservationId: id }, 'C1, P10: staff approve a request by hand at its pickup branch'),
  operation(
    'rejectByStaff',
    {
      reservationId: id,
      reasons: z.array(z.union([z.object({ rule: z.literal('staff'), note: z.string().optional() }).strict(), z.object({ rule: ruleId }).strict()])),
    },
    'C4, P10: staff reject a request with reasons at its pickup branch',
  ),
  operation('extendHold', { reservationId: id, lastDay: localDate }, 'P11: staff extend a hold’s last day (取置延長)'),
  operation('moveInQueue', { reservationId: id, toPosition: z.number().int().min(1), reason: z.string() }, 'P12: staff move a reservation in its queue, with a reason'),
  operation('runRetention', { date: localDate.optional(), batchSize: z.number().int().min(1).optional() }, 'The retention job: finished records older than retentionDays lose their patron'),
  operation(
    'history',
    { reservationId: id.optional(), copyId: id.optional(), patronId: id.optional() },
    'The stored events of a reservation, a copy or a patron (staff); give exactly one',
  ),
  operation('suspendReservation', { reservationId: id, until: localDate.nullable() }, 'P13: suspend a reservation until a date (null resumes it)'),
  operation('setNotNeededAfter', { reservationId: id, date: localDate.nullable() }, 'P14: the date after which the reservation is not needed (null removes it)'),
]);

/**
 * An expectation step: what must hold at `at` (default: the previous step's instant).
 * @category Testing
 * @example
 * ScenarioExpectationStepSchema.parse({ expect: { reservation: 'r1', status: 'reserved', queuePosition: 1 } });
 */
export const ScenarioExpectationStepSchema = z
  .object({
    at: instant.optional().describe('When to check; default the previous step’s instant'),
    expect: ScenarioExpectationSchema,
    note: z.string().optional(),
  })
  .strict();

/**
 * One timed step: an operation (`do`) or an expectation (`expect`).
 * @category Testing
 * @example
 * ScenarioStepSchema.parse({ at: '2026-12-02T08:30:00+09:00', actor: 'system', do: 'runApprovalBatch', args: {} });
 */
export const ScenarioStepSchema = z.union([ScenarioOperationStepSchema, ScenarioExpectationStepSchema]);

/**
 * A scenario: a library (a preset or policy with overrides, patrons, titles and copies) and
 * timed steps in time order. `rules` names the rule IDs it demonstrates.
 * @category Testing
 * @example
 * const scenario = ScenarioSchema.parse({
 *   name: 'E1 quota', rules: ['E1'],
 *   library: { patrons: [{ id: 'hanako' }] },
 *   steps: [],
 * });
 */
export const ScenarioSchema = z
  .object({
    $schema: z.string().optional(),
    name: z.string().min(1),
    description: z.string().optional(),
    rules: z.array(ruleId).default([]).describe('The rule IDs this scenario demonstrates'),
    library: ScenarioLibrarySchema,
    steps: z.array(ScenarioStepSchema),
  })
  .strict();

/**
 * A scenario as written in JSON.
 * @category Testing
 * @example
 * const input: ScenarioInput = { name: 'empty', library: {}, steps: [] };
 */
export type ScenarioInput = z.input<typeof ScenarioSchema>;

/**
 * A parsed scenario.
 * @category Testing
 * @example
 * const s: Scenario = ScenarioSchema.parse({ name: 'empty', library: {}, steps: [] });
 */
export type Scenario = z.output<typeof ScenarioSchema>;

/**
 * One parsed step.
 * @category Testing
 * @example
 * const step: ScenarioStep = ScenarioStepSchema.parse({ expect: { reservation: 'r1', status: 'reserved' } });
 */
export type ScenarioStep = z.output<typeof ScenarioStepSchema>;

/**
 * One parsed operation step.
 * @category Testing
 * @example
 * function isJob(step: ScenarioOperationStep): boolean {
 *   return step.do === 'runApprovalBatch' || step.do === 'runHoldExpiry';
 * }
 */
export type ScenarioOperationStep = z.output<typeof ScenarioOperationStepSchema>;

/**
 * The name of a scenario operation.
 * @category Testing
 * @example
 * const op: ScenarioOperationName = 'reserveOnline';
 */
export type ScenarioOperationName = ScenarioOperationStep['do'];

/**
 * One parsed expectation.
 * @category Testing
 * @example
 * const e: ScenarioExpectation = ScenarioExpectationSchema.parse({ refused: 'F4' });
 */
export type ScenarioExpectation = z.output<typeof ScenarioExpectationSchema>;

/**
 * A parsed scenario actor.
 * @category Testing
 * @example
 * const actor: ScenarioActor = 'system';
 */
export type ScenarioActor = z.output<typeof ScenarioActorSchema>;
