import { formatIssuePath, toYoyakuIssues } from '../../errors/yoyaku-error.js';
import type { Branch } from '../../model/branch.js';
import type { BranchId, PatronId } from '../../model/ids.js';
import type { Patron } from '../../model/patron.js';
import type { Instant } from '../../model/time.js';
import { checkOnlineEligibility } from '../../rules/eligibility.js';
import type { StoresTx } from '../../ports/unit-of-work.js';
import { UNSTORABLE_TEXT_MESSAGE } from '../../validation/storable-text.js';
import type { Actor } from '../actor.js';
import type { ServiceContext } from './context.js';
import { halt } from './halt.js';
import { InputSchemas } from './input.js';
import { quickActor } from './quick-input.js';
import { existing } from './lookups.js';
import { failed, refusedBy, refusedWith } from './results.js';

type ActorKind = Actor['kind'];

function checkedActor(actor: unknown, operation: string, allowed: readonly ActorKind[]): Actor {
  const quick = quickActor(actor);
  if (quick !== undefined) {
    if (!allowed.includes(quick.kind)) halt(failed('NOT_ALLOWED', `A ${quick.kind} actor may not ${operation}`));
    return quick;
  }
  const parsed = InputSchemas.actor.safeParse(actor);
  if (!parsed.success) {
    const issues = toYoyakuIssues(parsed.error.issues);
    // An id that storage cannot hold is bad input, as in every other argument, not an unknown actor.
    if (issues.some((i) => i.message === UNSTORABLE_TEXT_MESSAGE)) halt(failed('INVALID_INPUT', `Invalid actor for ${operation}: ${issues.map((i) => formatIssuePath(i.path)).join(', ')}`, issues));
    halt(failed('NOT_ALLOWED', `Not a valid actor for ${operation}`, issues));
  }
  const checked = parsed.data as Actor;
  if (!allowed.includes(checked.kind)) halt(failed('NOT_ALLOWED', `A ${checked.kind} actor may not ${operation}`));
  return checked;
}

/**
 * The patron acting online, or stops the operation: an actor that is not a patron gets a
 * `NOT_ALLOWED` error; a patron on a channel other than `online` is refused with A5
 * (`CHANNEL_NOT_ACCEPTED`). Eligibility (A1, A3, A4) is checked in the unit of work by
 * {@link eligiblePatron}.
 * @param actor - who acts
 * @param operation - the operation's name, for the message
 * @returns the patron's id
 * @category Service
 * @example
 * const patronId = onlinePatron(actor, 'submit the cart');
 */
export function onlinePatron(actor: unknown, operation: string): PatronId {
  const checked = checkedActor(actor, operation, ['patron']) as Extract<Actor, { kind: 'patron' }>;
  if (checked.channel !== 'online') halt(refusedBy('CHANNEL_NOT_ACCEPTED'));
  return checked.patronId;
}

/**
 * The branch of a staff actor, or stops the operation with a `NOT_ALLOWED` error: the actor
 * is not staff, or its branch is none of the policy's.
 * @param ctx - the service context
 * @param actor - who acts
 * @param operation - the operation's name, for the message
 * @returns the staff member's branch
 * @category Service
 * @example
 * const branch = staffBranch(ctx, actor, 'check in');
 */
export function staffBranch(ctx: ServiceContext, actor: unknown, operation: string): Branch {
  const checked = checkedActor(actor, operation, ['staff']) as Extract<Actor, { kind: 'staff' }>;
  const branch = ctx.policy.branches.find((b) => b.id === checked.branchId);
  if (branch === undefined) halt(failed('NOT_ALLOWED', `Branch ${checked.branchId} is not one of the library's`));
  return branch;
}

/**
 * Checks that the actor is the system (the scheduler running the morning jobs), or stops the
 * operation with a `NOT_ALLOWED` error.
 * @param actor - who acts
 * @param operation - the operation's name, for the message
 * @category Service
 * @example
 * systemOnly(actor, 'run the approval batch');
 */
export function systemOnly(actor: unknown, operation: string): void {
  checkedActor(actor, operation, ['system']);
}

/**
 * Who acts on a patron's data: the patron online (their own data only) or staff at a branch.
 * @category Service
 * @example
 * const who: PatronOrStaff = { kind: 'staff', branchId: 'akeno' };
 */
export type PatronOrStaff = { readonly kind: 'patron'; readonly patronId: PatronId } | { readonly kind: 'staff'; readonly branchId: BranchId };

/**
 * A patron online or staff, or stops the operation as {@link onlinePatron} and
 * {@link staffBranch} do.
 * @param ctx - the service context
 * @param actor - who acts
 * @param operation - the operation's name, for the message
 * @returns the patron's id or the staff member's branch
 * @category Service
 * @example
 * const who = patronOrStaff(ctx, actor, 'renew a loan');
 */
export function patronOrStaff(ctx: ServiceContext, actor: unknown, operation: string): PatronOrStaff {
  const checked = checkedActor(actor, operation, ['patron', 'staff']);
  if (checked.kind === 'patron') return { kind: 'patron', patronId: onlinePatron(checked, operation) };
  return { kind: 'staff', branchId: staffBranch(ctx, checked, operation).id };
}

/**
 * The patron acting online, after checking that they may use the online service now (A1, A3,
 * A4: every refusal that applies), or stops the operation. `ignore` leaves out refusal codes an
 * operation is exempt from (an e-mail change must stay possible for an unreachable patron).
 * @param ctx - the service context
 * @param tx - the unit's stores
 * @param patronId - the patron acting
 * @param at - the instant of the operation
 * @param ignore - refusal codes not to apply
 * @returns the patron
 * @category Service
 * @example
 * const patron = await eligiblePatron(ctx, tx, patronId, at);
 */
export async function eligiblePatron(
  ctx: ServiceContext,
  tx: StoresTx,
  patronId: PatronId,
  at: Instant,
  ignore: readonly string[] = [],
): Promise<Patron> {
  const patron = await existing(tx, 'patron', patronId);
  const verdict = checkOnlineEligibility(patron, at, ctx.policy);
  if (!verdict.ok) {
    const kept = verdict.refusals.filter((r) => !ignore.includes(r.code));
    const [first, ...rest] = kept;
    if (first !== undefined) halt(refusedWith([first, ...rest]));
  }
  return patron;
}
