import { describe, expect, it } from 'vitest';
import type { Verdict } from '../../src/errors/refusal.js';
import { hokutoPolicy } from '../../src/policy/presets/hokuto.js';
import { checkPlacement, type PlacementInput } from '../../src/rules/placement.js';
import { AT, onlineReservations, patron, policy, reservation, title, volume } from './fixtures.js';

function input(overrides: Partial<PlacementInput> = {}): PlacementInput {
  return {
    patron: patron(),
    channel: 'online',
    title: title(),
    volume: volume(),
    pickupBranchId: 'akeno',
    patronReservations: [],
    at: AT,
    policy,
    ...overrides,
  };
}

function codes(verdict: Verdict): [string, string][] {
  return verdict.ok ? [] : verdict.refusals.map((r) => [r.code, r.rule]);
}

describe('checkPlacement', () => {
  it('[B1] accepts a reservable item with a valid pickup branch', () => {
    expect(checkPlacement(input())).toEqual({ ok: true });
  });

  it('[A5] refuses an e-mail request but still reports the item and pickup refusals', () => {
    expect(codes(checkPlacement(input({ channel: 'email', patron: patron({ internetRegistered: false }), pickupBranchId: 'museum' })))).toEqual([
      ['CHANNEL_NOT_ACCEPTED', 'A5'],
      ['MUSEUM_NOT_PICKUP', 'E5'],
    ]);
  });

  it('[A1] refuses an online request from an unregistered patron, but not a counter reservation', () => {
    const unregistered = patron({ internetRegistered: false, email: null });
    expect(codes(checkPlacement(input({ patron: unregistered })))).toEqual([
      ['NOT_REGISTERED', 'A1'],
      ['NO_EMAIL', 'A1'],
    ]);
    expect(checkPlacement(input({ patron: unregistered, channel: 'counter' }))).toEqual({ ok: true });
  });

  it('[A3] refuses an online request from an unreachable patron', () => {
    expect(codes(checkPlacement(input({ patron: patron({ unreachable: true }) })))).toEqual([['UNREACHABLE', 'A3']]);
  });

  it('[A4] refuses online during maintenance; counter work goes on', () => {
    const windowed = hokutoPolicy({ maintenanceWindows: [{ start: '2026-12-03T00:00:00Z', end: '2026-12-03T02:00:00Z' }] });
    expect(codes(checkPlacement(input({ policy: windowed })))).toEqual([['MAINTENANCE', 'A4']]);
    expect(checkPlacement(input({ policy: windowed, channel: 'counter' }))).toEqual({ ok: true });
    expect(checkPlacement(input({ policy: windowed, at: '2026-12-03T02:00:00.000Z' }))).toEqual({ ok: true });
  });

  it('[B1] refuses a non-reservable item and an invalid pickup branch at once, with their rule IDs', () => {
    expect(codes(checkPlacement(input({ title: title({ category: 'reference' }), volume: volume({ set: true }), pickupBranchId: 'museum' })))).toEqual([
      ['SET_NOT_RESERVABLE', 'E2'],
      ['IN_LIBRARY_ONLY', 'E3'],
      ['MUSEUM_NOT_PICKUP', 'E5'],
    ]);
    expect(codes(checkPlacement(input({ pickupBranchId: 'kofu' })))).toEqual([['NOT_A_PICKUP_BRANCH', 'B4']]);
  });

  it('[P1] refuses a second reservation for the same volume', () => {
    expect(codes(checkPlacement(input({ patronReservations: [reservation('reserved')] })))).toEqual([['DUPLICATE_RESERVATION', 'P1']]);
  });

  it('[E1] refuses an eighth online reservation, not an eighth at the counter', () => {
    const seven = onlineReservations(7);
    expect(checkPlacement(input({ patronReservations: seven }))).toEqual({
      ok: false,
      refusals: [{ code: 'QUOTA_EXCEEDED', rule: 'E1', params: { limit: 7, count: 7 } }],
    });
    expect(checkPlacement(input({ patronReservations: seven, channel: 'counter' }))).toEqual({ ok: true });
  });

  it('[E1] uses the title to count audiovisual items', () => {
    const threeAv = onlineReservations(3, { audiovisual: true });
    expect(codes(checkPlacement(input({ patronReservations: threeAv, title: title({ audiovisual: true }) })))).toEqual([
      ['AUDIOVISUAL_QUOTA_EXCEEDED', 'E1'],
    ]);
    expect(checkPlacement(input({ patronReservations: threeAv }))).toEqual({ ok: true });
  });

  it('[B1] returns every refusal in the documented order', () => {
    const everything = checkPlacement(
      input({
        patron: patron({ internetRegistered: false, email: '', unreachable: true }),
        title: title({ category: 'rare', audiovisual: true }),
        volume: volume({ set: true }),
        pickupBranchId: 'museum',
        patronReservations: [reservation('requested', { volumeId: 't-1/1', audiovisual: true }), ...onlineReservations(6, { audiovisual: true })],
        policy: hokutoPolicy({ maintenanceWindows: [{ start: '2026-12-03T00:00:00Z', end: '2026-12-04T00:00:00Z' }] }),
      }),
    );
    expect(codes(everything).map(([, rule]) => rule)).toEqual(['A1', 'A1', 'A3', 'A4', 'E2', 'E3', 'E5', 'P1', 'E1', 'E1']);
  });
});
