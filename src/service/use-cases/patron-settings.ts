import type { Patron } from '../../model/patron.js';
import { applyEmailChange, checkEmailChange } from '../../rules/eligibility.js';
import type { StoresTx } from '../../ports/unit-of-work.js';
import type { ServiceResult } from '../service-result.js';
import { eligiblePatron, onlinePatron, staffBranch } from '../internal/authorise.js';
import type { ServiceContext } from '../internal/context.js';
import { halt, haltUnless } from '../internal/halt.js';
import { InputSchemas, parseInput } from '../internal/input.js';
import { done, failed } from '../internal/results.js';
import { runUnit } from '../internal/run-unit.js';

/** Replaces the patron with `change(patron)`, compare-and-set on the version read. */
async function updatePatron(tx: StoresTx, patronId: string, change: (patron: Patron) => Patron): Promise<void> {
  const found = await tx.patrons.getVersioned(patronId);
  if (found === null) halt(failed('NOT_FOUND', `No patron ${patronId}`));
  await tx.patrons.update(change(found.patron), found.version);
}

/**
 * A1: staff register a patron for the internet service (or unregister them), with an e-mail
 * address for notices when given; a malformed address is refused with `INVALID_EMAIL` (A2).
 * Unregistering keeps the address.
 * @param ctx - the service context
 * @param actor - staff at any branch
 * @param input - the patron, whether registered, and an e-mail address
 * @returns nothing
 * @category Service
 * @example
 * await setInternetRegistration(ctx, { kind: 'staff', branchId: 'akeno' }, { patronId: 'p-1', registered: true, email: 'p1@example.jp' });
 */
export async function setInternetRegistration(ctx: ServiceContext, actor: unknown, input: unknown): Promise<ServiceResult<void>> {
  staffBranch(ctx, actor, 'register a patron');
  const { patronId, registered, email } = parseInput(InputSchemas.registration, input);
  if (email !== undefined) haltUnless(checkEmailChange(email));
  return runUnit(ctx, async (tx) => {
    await updatePatron(tx, patronId, (p) => ({ ...p, internetRegistered: registered, ...(email === undefined ? {} : { email }) }));
    return done(undefined);
  });
}

/**
 * A3: staff set or clear the mark that the patron is unreachable by e-mail. A bounce alone
 * does not set it: staff judge.
 * @param ctx - the service context
 * @param actor - staff at any branch
 * @param input - the patron and the mark
 * @returns nothing
 * @category Service
 * @example
 * await setUnreachable(ctx, { kind: 'staff', branchId: 'akeno' }, { patronId: 'p-1', unreachable: true });
 */
export async function setUnreachable(ctx: ServiceContext, actor: unknown, input: unknown): Promise<ServiceResult<void>> {
  staffBranch(ctx, actor, 'mark a patron unreachable');
  const { patronId, unreachable } = parseInput(InputSchemas.unreachable, input);
  return runUnit(ctx, async (tx) => {
    await updatePatron(tx, patronId, (p) => ({ ...p, unreachable }));
    return done(undefined);
  });
}

/**
 * A2: the patron changes their e-mail address in My Library. A malformed address is refused
 * with `INVALID_EMAIL` (A2, never echoing it). The A3 mark is cleared only when the host
 * confirmed the new address ({@link applyEmailChange}). A patron marked unreachable (A3) or
 * without an address (A1) may still do this, which is how they get back; an unregistered one
 * (A1) and maintenance (A4) are refused.
 * @param ctx - the service context
 * @param actor - the patron, online
 * @param input - the new address and whether the host confirmed it
 * @returns nothing
 * @category Service
 * @example
 * await changeEmail(ctx, patron, { email: 'new@example.jp', confirmed: true });
 */
export async function changeEmail(ctx: ServiceContext, actor: unknown, input: unknown): Promise<ServiceResult<void>> {
  const patronId = onlinePatron(actor, 'change the e-mail address');
  const { email, confirmed } = parseInput(InputSchemas.emailChange, input);
  return runUnit(ctx, async (tx) => {
    await eligiblePatron(ctx, tx, patronId, ctx.now(), ['UNREACHABLE', 'NO_EMAIL']);
    haltUnless(checkEmailChange(email));
    await updatePatron(tx, patronId, (p) => applyEmailChange(p, email, { confirmed }));
    return done(undefined);
  });
}

/**
 * D5: the patron chooses whether the hold notice shows their name and the title.
 * @param ctx - the service context
 * @param actor - the patron, online
 * @param input - the two choices
 * @returns nothing
 * @category Service
 * @example
 * await setNoticePrivacy(ctx, patron, { showName: false, showTitle: false });
 */
export async function setNoticePrivacy(ctx: ServiceContext, actor: unknown, input: unknown): Promise<ServiceResult<void>> {
  const patronId = onlinePatron(actor, 'set the notice privacy');
  const { showName, showTitle } = parseInput(InputSchemas.noticePrivacy, input);
  return runUnit(ctx, async (tx) => {
    await eligiblePatron(ctx, tx, patronId, ctx.now());
    await updatePatron(tx, patronId, (p) => ({ ...p, noticePrivacy: { showName, showTitle } }));
    return done(undefined);
  });
}
