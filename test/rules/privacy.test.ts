import { describe, expect, it } from 'vitest';
import type { Verdict } from '../../src/errors/refusal.js';
import { hokutoPolicy } from '../../src/policy/presets/hokuto.js';
import { checkOnlineCancellation, checkStaffCancellation } from '../../src/rules/cancellation.js';
import { checkOnlineChange, checkStaffPickupChange } from '../../src/rules/change.js';
import { checkNotDuplicate } from '../../src/rules/duplicate.js';
import { applyEmailChange, checkChannel, checkEmailChange, checkOnlineEligibility } from '../../src/rules/eligibility.js';
import { checkRenewal } from '../../src/rules/loan-status.js';
import { checkPickupBranch } from '../../src/rules/pickup.js';
import { checkPlacement } from '../../src/rules/placement.js';
import { checkQuota } from '../../src/rules/quota.js';
import { checkFulfillable, checkReservable } from '../../src/rules/reservability.js';
import { checkCopyMark } from '../../src/rules/copy-life.js';
import { checkWalkInCheckout } from '../../src/rules/walk-in.js';
import { copy, loan, onlineReservations, patron, reservation, title, volume } from './fixtures.js';

const NAME = 'Zyxwv Distinctname 北杜ゆにーく';
const EMAIL = 'qqq.distinct.mailbox@unique-host.example';
const CARD = 'CARD-8675309-XYZ';

describe('privacy of refusals', () => {
  it('[A1] no refusal carries the patron’s name, e-mail address or card number', () => {
    const p = patron({ id: 'p-1', name: NAME, email: EMAIL, cardNumber: CARD, internetRegistered: false, unreachable: true });
    const noEmail = patron({ id: 'p-1', name: NAME, email: '   ', cardNumber: CARD });
    const policy = hokutoPolicy({ maintenanceWindows: [{ start: '2026-12-03T00:00:00Z', end: '2026-12-04T00:00:00Z' }] });
    const at = '2026-12-03T01:00:00.000Z';
    const full = onlineReservations(7, { audiovisual: true });
    const verdicts: Verdict[] = [
      checkChannel(EMAIL),
      checkOnlineEligibility(p, at, policy),
      checkOnlineEligibility(noEmail, at, policy),
      checkEmailChange(`${EMAIL} `),
      checkEmailChange(NAME),
      checkPlacement({
        patron: p,
        channel: 'online',
        title: title({ category: 'reference', audiovisual: true }),
        volume: volume({ set: true }),
        pickupBranchId: 'museum',
        patronReservations: [reservation('reserved'), ...full],
        at,
        policy,
      }),
      checkPlacement({
        patron: p, channel: CARD, title: title(), volume: volume(), pickupBranchId: 'kofu', patronReservations: [], at, policy,
      }),
      checkReservable({ title: title({ category: 'rare' }), volume: volume({ set: true }) }, policy),
      checkFulfillable([copy({ status: 'missing' })], policy),
      checkCopyMark(copy({ status: 'onLoan' }), 'withdrawn'),
      checkPickupBranch(policy, 'museum'),
      checkNotDuplicate([reservation('reserved')], 'p-1', 't-1/1'),
      checkQuota(full, 'p-1', { audiovisual: true, channel: 'online' }, policy),
      checkOnlineCancellation(reservation('onHold'), 'p-1'),
      checkOnlineCancellation(reservation('reserved'), 'p-2'),
      checkStaffCancellation(reservation('collected')),
      checkOnlineChange(reservation('reserved'), 'p-1'),
      checkStaffPickupChange(reservation('requested'), 'museum', policy),
      checkRenewal(loan({ renewals: 3 }), [reservation('reserved', { patronId: 'p-2' })], at, policy),
      checkRenewal(loan({ returnedAt: at }), [], at, policy),
      checkWalkInCheckout(copy({ status: 'onLoan' }), [reservation('reserved', { patronId: 'p-2' })]),
    ];
    for (const v of verdicts) expect(v.ok).toBe(false);
    const json = JSON.stringify(verdicts);
    for (const secret of [NAME, EMAIL, CARD, 'Distinctname', 'distinct.mailbox', '8675309']) expect(json).not.toContain(secret);

    let error: unknown;
    try {
      applyEmailChange(p, NAME, { confirmed: true });
    } catch (e) {
      error = e;
    }
    expect(error).toBeDefined();
    const errorText = `${String((error as Error).message)} ${JSON.stringify(error)}`;
    for (const secret of [NAME, EMAIL, CARD]) expect(errorText).not.toContain(secret);
  });
});
