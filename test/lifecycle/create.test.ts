import { describe, expect, it } from 'vitest';
import { createCounterReservation, createOnlineRequest, type NewReservationInput } from '../../src/lifecycle/create.js';
import { deepFreeze } from './fixtures.js';

const input: NewReservationInput = deepFreeze({
  id: 'r-1',
  patronId: 'p-1',
  titleId: 't-1',
  volumeId: 't-1/1',
  audiovisual: true,
  pickupBranchId: 'akeno',
  at: '2026-12-03T01:00:00.000Z',
});

describe('createOnlineRequest', () => {
  it('[B3] [C1] starts a new online reservation in requested (予約申請中), version 0', () => {
    const { reservation } = createOnlineRequest(input);
    expect(reservation).toEqual({
      id: 'r-1', patronId: 'p-1', titleId: 't-1', volumeId: 't-1/1', audiovisual: true, pickupBranchId: 'akeno',
      channel: 'online', placedAt: '2026-12-03T01:00:00.000Z', version: 0, status: 'requested',
    });
  });

  it('[C2] gives a request no queue place until approval', () => {
    expect(createOnlineRequest(input).reservation).not.toHaveProperty('queuedAt');
  });

  it('[B3] produces a reservationRequested event from nothing to requested', () => {
    expect(createOnlineRequest(input).events).toEqual([
      { type: 'reservationRequested', reservationId: 'r-1', patronId: 'p-1', at: '2026-12-03T01:00:00.000Z', from: null, to: 'requested' },
    ]);
  });
});

describe('createCounterReservation', () => {
  it('[C2] queues a counter reservation at its placing', () => {
    const { reservation } = createCounterReservation(input);
    expect(reservation).toMatchObject({ status: 'reserved', channel: 'counter', version: 0, placedAt: input.at, queuedAt: input.at });
  });

  it('[C2] produces a reservationPlaced event from nothing to reserved', () => {
    expect(createCounterReservation(input).events).toEqual([
      { type: 'reservationPlaced', reservationId: 'r-1', patronId: 'p-1', at: input.at, from: null, to: 'reserved' },
    ]);
  });
});

describe('createOnlineRequest and createCounterReservation: the record, field for field and in order', () => {
  // What the two functions gave before they wrote the common input as one literal.
  const asBefore = (given: NewReservationInput, more: Record<string, unknown>) => {
    const { at: _at, ...rest } = given;
    return { ...rest, ...more };
  };
  const online = (given: NewReservationInput) => ({ channel: 'online', placedAt: given.at, version: 0, status: 'requested' });
  const counter = (given: NewReservationInput) => ({ channel: 'counter', placedAt: given.at, version: 0, status: 'reserved', queuedAt: given.at });
  const inputs: Record<string, NewReservationInput> = {
    'the interface, in its order': input,
    'the same fields in another order': { at: input.at, pickupBranchId: 'akeno', audiovisual: true, volumeId: 't-1/1', titleId: 't-1', patronId: 'p-1', id: 'r-1' },
    'a field more': { ...input, note: 'kept' } as NewReservationInput,
    'a symbol more': { ...input, [Symbol.for('yoyaku.test')]: 1 } as NewReservationInput,
  };
  it('[B3] [C2] gives the same record as before, field for field and in order, whatever the input', () => {
    for (const [name, given] of Object.entries(inputs)) {
      for (const [made, expected] of [
        [createOnlineRequest(given).reservation, asBefore(given, online(given))],
        [createCounterReservation(given).reservation, asBefore(given, counter(given))],
      ] as const) {
        expect(Reflect.ownKeys(made), name).toEqual(Reflect.ownKeys(expected));
        expect(made, name).toStrictEqual(expected);
      }
    }
  });
});
