import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RESERVATION_STATUSES, type Channel, type Reservation } from '../../src/model/reservation.js';
import { hokutoPolicy } from '../../src/policy/presets/hokuto.js';
import { checkQuota, countQuota } from '../../src/rules/quota.js';
import { checkProperty } from '../support/fc.js';
import { onlineReservations, policy, reservation } from './fixtures.js';

const ONLINE_BOOK = { audiovisual: false, channel: 'online' } as const;
const ONLINE_AV = { audiovisual: true, channel: 'online' } as const;

describe('countQuota', () => {
  it('[E1] counts active online reservations of the patron only', () => {
    const list = [
      reservation('requested'),
      reservation('reserved', { audiovisual: true }),
      reservation('onHold'),
      reservation('rejected'),
      reservation('collected'),
      reservation('lapsed'),
      reservation('cancelled'),
      reservation('reserved', { patronId: 'p-2' }),
    ];
    expect(countQuota(list, 'p-1', policy)).toEqual({ total: 3, audiovisual: 1 });
  });

  it('[E1] still counts a reservation whose online cancellation is pending', () => {
    expect(countQuota([reservation('requested', { pending: true }), reservation('reserved', { pending: true })], 'p-1', policy)).toEqual({
      total: 2,
      audiovisual: 0,
    });
  });

  it('[E1] does not count counter reservations by default, and counts them with the knob', () => {
    const list = [reservation('reserved', { channel: 'counter', audiovisual: true }), reservation('requested')];
    expect(countQuota(list, 'p-1', policy)).toEqual({ total: 1, audiovisual: 0 });
    expect(countQuota(list, 'p-1', hokutoPolicy({ quotaCountsCounterReservations: true }))).toEqual({ total: 2, audiovisual: 1 });
  });
});

describe('checkQuota', () => {
  it('[E1] allows a seventh online reservation', () => {
    expect(checkQuota(onlineReservations(6), 'p-1', ONLINE_BOOK, policy)).toEqual({ ok: true });
  });

  it('[E1] refuses an eighth online reservation', () => {
    expect(checkQuota(onlineReservations(7), 'p-1', ONLINE_BOOK, policy)).toEqual({
      ok: false,
      refusals: [{ code: 'QUOTA_EXCEEDED', rule: 'E1', params: { limit: 7, count: 7 } }],
    });
  });

  it('[E1] refuses a fourth audiovisual item while a fourth non-audiovisual one passes', () => {
    const threeAv = onlineReservations(3, { audiovisual: true });
    expect(checkQuota(threeAv, 'p-1', ONLINE_AV, policy)).toEqual({
      ok: false,
      refusals: [{ code: 'AUDIOVISUAL_QUOTA_EXCEEDED', rule: 'E1', params: { limit: 3, count: 3 } }],
    });
    expect(checkQuota(threeAv, 'p-1', ONLINE_BOOK, policy)).toEqual({ ok: true });
    expect(checkQuota(onlineReservations(2, { audiovisual: true }), 'p-1', ONLINE_AV, policy)).toEqual({ ok: true });
  });

  it('[E1] returns both refusals when both limits are reached', () => {
    const list = [...onlineReservations(3, { audiovisual: true }), ...onlineReservations(4).map((r) => ({ ...r, id: `${r.id}-b`, volumeId: `${r.volumeId}b` }))];
    const verdict = checkQuota(list, 'p-1', ONLINE_AV, policy);
    expect(verdict.ok ? [] : verdict.refusals.map((r) => r.code)).toEqual(['QUOTA_EXCEEDED', 'AUDIOVISUAL_QUOTA_EXCEEDED']);
  });

  it('[E1] does not count counter reservations by default, and counts them with the knob', () => {
    const list = [...onlineReservations(6), reservation('reserved', { channel: 'counter', volumeId: 't-99/1' })];
    expect(checkQuota(list, 'p-1', ONLINE_BOOK, policy)).toEqual({ ok: true });
    expect(checkQuota(list, 'p-1', ONLINE_BOOK, hokutoPolicy({ quotaCountsCounterReservations: true }))).toEqual({
      ok: false,
      refusals: [{ code: 'QUOTA_EXCEEDED', rule: 'E1', params: { limit: 7, count: 7 } }],
    });
  });

  it('[E1] does not limit reservations placed at the counter', () => {
    expect(checkQuota(onlineReservations(9, { audiovisual: true }), 'p-1', { audiovisual: true, channel: 'counter' }, policy)).toEqual({ ok: true });
  });

  it('[E1] other patrons and finished reservations do not use up the quota', () => {
    const list = [...onlineReservations(7, { patronId: 'p-2' }), ...onlineReservations(6), reservation('collected'), reservation('cancelled')];
    expect(checkQuota(list, 'p-1', ONLINE_BOOK, policy)).toEqual({ ok: true });
  });

  it('[E1] follows the policy numbers', () => {
    const ten = hokutoPolicy({ maxOnline: 10, maxOnlineAudiovisual: 5 });
    expect(checkQuota(onlineReservations(9), 'p-1', ONLINE_BOOK, ten)).toEqual({ ok: true });
    expect(checkQuota(onlineReservations(10), 'p-1', ONLINE_BOOK, ten).ok).toBe(false);
  });

  it('[E1] allows an online addition exactly when it stays within maxOnline and maxOnlineAudiovisual (property)', () => {
    const arbitraryReservation = fc
      .record({
        status: fc.constantFrom(...RESERVATION_STATUSES),
        patronId: fc.constantFrom('p-1', 'p-2'),
        channel: fc.constantFrom<Channel>('online', 'counter'),
        audiovisual: fc.boolean(),
        pending: fc.boolean(),
      })
      .map(({ status, pending, ...rest }) =>
        reservation(status, { ...rest, pending: pending && (status === 'requested' || status === 'reserved') }),
      );
    checkProperty(
      fc.property(
        fc.array(arbitraryReservation, { maxLength: 20 }),
        fc.boolean(),
        fc.boolean(),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 8 }),
        (list: Reservation[], audiovisual, countCounter, maxOnline, avLimit) => {
          const p = hokutoPolicy({
            maxOnline,
            maxOnlineAudiovisual: Math.min(avLimit, maxOnline),
            quotaCountsCounterReservations: countCounter,
          });
          const before = countQuota(list, 'p-1', p);
          const verdict = checkQuota(list, 'p-1', { audiovisual, channel: 'online' }, p);
          const added = reservation('requested', { audiovisual, channel: 'online' });
          const after = countQuota([...list, added], 'p-1', p);
          expect(after.total).toBe(before.total + 1);
          expect(after.audiovisual).toBe(before.audiovisual + (audiovisual ? 1 : 0));
          const withinLimits = after.total <= p.maxOnline && (!audiovisual || after.audiovisual <= p.maxOnlineAudiovisual);
          expect(verdict.ok).toBe(withinLimits);
          if (!verdict.ok) for (const r of verdict.refusals) expect(r.rule).toBe('E1');
        },
      ),
      200,
    );
  });
});
