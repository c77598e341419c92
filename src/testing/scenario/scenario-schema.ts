import { z } from 'zod';
import { InstantSchema, LocalDateSchema } from '../../policy/schema.js';

const id = z.string().min(1);

/**
 * Who acts in a scenario step: a patron online (by scenario patron id), staff at a branch,
 * or the system.
 * @category Testing
 * @example
 * ScenarioActorSchema.parse({ patron: 'hanako' });
 * ScenarioActorSchema.parse({ staff: 'akeno' });
 * ScenarioActorSchema.parse('system');
 */
export const ScenarioActorSchema = z.union([
  z.object({ patron: id, channel: z.string().default('online') }).strict(),
  z.object({ staff: id }).strict(),
  z.literal('system'),
]);

/**
 * A patron of a scenario's library. Personal fields are fictional test data.
 * @category Testing
 * @example
 * ScenarioPatronSchema.parse({ id: 'hanako', name: '北杜 花子', email: 'hanako@example.jp' });
 */
export const ScenarioPatronSchema = z
  .object({
    id,
    cardNumber: z.string().min(1).optional(),
    name: z.string().optional(),
    email: z.string().nullable().optional(),
    internetRegistered: z.boolean().default(true),
    unreachable: z.boolean().default(false),
    showName: z.boolean().default(true),
    showTitle: z.boolean().default(true),
  })
  .strict();

/**
 * A copy of a scenario title's volume.
 * @category Testing
 * @example
 * ScenarioCopySchema.parse({ id: 'c1', branch: 'akeno' }).status; // 'onShelf'
 */
export const ScenarioCopySchema = z
  .object({
    id,
    branch: id,
    owner: id.optional(),
    status: z.enum(['onShelf', 'onLoan', 'inTransit', 'onHoldShelf', 'missing', 'longOverdue']).default('onShelf'),
  })
  .strict();

/**
 * A title of a scenario's library with its volumes and copies. A title without `volumes`
 * has one volume whose id is the title id plus `/1` and whose copies are `copies`.
 * @category Testing
 * @example
 * ScenarioTitleSchema.parse({ id: 'genji', name: '源氏物語', copies: [{ id: 'c1', branch: 'akeno' }] });
 */
export const ScenarioTitleSchema = z
  .object({
    id,
    name: z.string().min(1),
    category: z.string().default('book'),
    audiovisual: z.boolean().default(false),
    copies: z.array(ScenarioCopySchema).default([]),
    volumes: z
      .array(
        z
          .object({ id, label: z.string().optional(), set: z.boolean().default(false), copies: z.array(ScenarioCopySchema).default([]) })
          .strict(),
      )
      .optional(),
  })
  .strict();

/**
 * What an expectation step checks. Reservations are named by the alias a step gave them
 * with `as`.
 * @category Testing
 * @example
 * ScenarioExpectationSchema.parse({ reservation: 'r1', status: 'onHold', lastDay: '2026-12-15' });
 */
export const ScenarioExpectationSchema = z
  .object({
    /** Alias of a reservation created earlier (`as`). */
    reservation: id.optional(),
    status: z.enum(['requested', 'reserved', 'rejected', 'onHold', 'collected', 'lapsed', 'cancelled']).optional(),
    queuePosition: z.number().int().min(1).nullable().optional(),
    lastDay: LocalDateSchema.nullable().optional(),
    /** The previous operation step was refused with this code (or rule ID). */
    refused: z.string().optional(),
    /** The previous operation step succeeded. */
    succeeded: z.boolean().optional(),
    /** A notice to a patron: which patron, and fields it must (not) contain. */
    notice: z
      .object({
        patron: id,
        count: z.number().int().min(0).optional(),
        contains: z.array(z.string()).default([]),
        excludes: z.array(z.string()).default([]),
        lastDay: LocalDateSchema.optional(),
      })
      .strict()
      .optional(),
    /** Count of a patron's active reservations. */
    activeCount: z.object({ patron: id, count: z.number().int().min(0) }).strict().optional(),
    /** A copy's status. */
    copy: z.object({ id, status: ScenarioCopySchema.shape.status.unwrap(), branch: id.optional() }).strict().optional(),
  })
  .strict();

/**
 * One timed step: an operation (`do`) by an actor with arguments, or an expectation
 * (`expect`). `as` names the reservation the operation created, for later steps.
 * @category Testing
 * @example
 * ScenarioStepSchema.parse({ at: '2026-12-01T10:00:00+09:00', actor: { patron: 'hanako' }, do: 'submitCart', args: { volumeIds: ['genji/1'] }, as: 'r1' });
 */
export const ScenarioStepSchema = z.union([
  z
    .object({
      at: InstantSchema,
      actor: ScenarioActorSchema,
      do: z.enum([
        'addFavourite', 'removeFavourite', 'moveFavouriteToCart', 'addToCart', 'removeFromCart', 'submitCart',
        'placeCounterReservation', 'checkoutWalkIn', 'checkIn', 'collectHold', 'runApprovalBatch', 'runHoldExpiry',
        'cancelOnline', 'cancelByStaff', 'changeOnline', 'changePickupByStaff', 'listReservations', 'loanStatusPage',
        'renewLoan', 'setInternetRegistration', 'setUnreachable', 'changeEmail', 'setNoticePrivacy',
      ]),
      args: z.record(z.string(), z.unknown()).default({}),
      as: id.optional(),
      note: z.string().optional(),
    })
    .strict(),
  z.object({ at: InstantSchema.optional(), expect: ScenarioExpectationSchema, note: z.string().optional() }).strict(),
]);

/**
 * A scenario: a library (a preset or policy with overrides, patrons, titles and copies) and
 * timed steps. `rules` names the rule IDs it demonstrates.
 * @category Testing
 * @example
 * const scenario = ScenarioSchema.parse({
 *   name: 'E1 quota', rules: ['E1'],
 *   library: { preset: 'hokuto', patrons: [{ id: 'hanako', email: 'h@example.jp' }], titles: [] },
 *   steps: [],
 * });
 */
export const ScenarioSchema = z
  .object({
    $schema: z.string().optional(),
    name: z.string().min(1),
    description: z.string().optional(),
    rules: z.array(z.string().regex(/^[A-HP]\d+$/)).default([]),
    library: z
      .object({
        preset: z.enum(['hokuto', 'none']).default('hokuto'),
        policy: z.record(z.string(), z.unknown()).default({}),
        patrons: z.array(ScenarioPatronSchema).default([]),
        titles: z.array(ScenarioTitleSchema).default([]),
      })
      .strict(),
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
