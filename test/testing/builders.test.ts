import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../../src/adapters/memory/create-memory-storage.js';
import { fixedClock } from '../../src/ports/clock.js';
import { createReservationService } from '../../src/service/create-reservation-service.js';
import { aLibrary } from '../../src/testing/builders/a-library.js';
import { aPatron } from '../../src/testing/builders/a-patron.js';
import { aTitle } from '../../src/testing/builders/a-title.js';
import * as testing from '../../src/testing.js';

describe('builders', () => {
  it('aPatron: a registered, reachable patron showing name and title, with overrides', () => {
    expect(aPatron()).toEqual({
      id: 'p-1',
      cardNumber: '0000000001',
      name: '北杜 花子',
      email: 'hanako@example.jp',
      internetRegistered: true,
      unreachable: false,
      noticePrivacy: { showName: true, showTitle: true },
    });
    expect(aPatron({ id: 'p-2', email: null, noticePrivacy: { showTitle: false } })).toMatchObject({
      id: 'p-2',
      email: null,
      noticePrivacy: { showName: true, showTitle: false },
    });
  });

  it('aTitle: one volume and one copy at Akeno by default', () => {
    expect(aTitle()).toEqual({
      title: { id: 't-1', name: '源氏物語', category: 'book', audiovisual: false },
      volumes: [{ id: 't-1/1', titleId: 't-1' }],
      copies: [{ id: 't-1/1#1', volumeId: 't-1/1', ownerBranchId: 'akeno', locationBranchId: 'akeno', status: 'onShelf', version: 0 }],
    });
  });

  it('aTitle: volumes with labels, a set record, copies per volume at branches or with fields', () => {
    const work = aTitle({ id: 't-2', volumes: ['上', '下'], set: true, copies: ['akeno', 'museum', { status: 'missing' }] });
    expect(work.volumes).toEqual([
      { id: 't-2/1', titleId: 't-2', label: '上' },
      { id: 't-2/2', titleId: 't-2', label: '下' },
      { id: 't-2/set', titleId: 't-2', set: true },
    ]);
    expect(work.copies.map((c) => `${c.id}@${c.locationBranchId}:${c.status}`)).toEqual([
      't-2/1#1@akeno:onShelf',
      't-2/1#2@museum:onShelf',
      't-2/1#3@akeno:missing',
      't-2/2#1@akeno:onShelf',
      't-2/2#2@museum:onShelf',
      't-2/2#3@akeno:missing',
    ]);
    expect(aTitle({ copies: 3, branch: 'takane' }).copies.map((c) => c.ownerBranchId)).toEqual(['takane', 'takane', 'takane']);
  });

  it('aLibrary: the Hokuto policy and seed data that a storage and the service accept', async () => {
    const library = aLibrary({ policy: { maxOnline: 5 } });
    expect(library.policy.maxOnline).toBe(5);
    expect(library.policy.branches).toHaveLength(9);
    expect(library.seed.patrons?.map((p) => p.id)).toEqual(['p-1', 'p-2']);
    expect(library.seed.copies?.map((c) => c.id)).toEqual(['t-1/1#1', 't-2/1#1']);
    const storage = createMemoryStorage({ clock: fixedClock('2026-12-01T01:00:00.000Z'), seed: library.seed });
    const service = createReservationService(storage, library.policy, { ids: () => 'r-1' });
    const patron = { kind: 'patron', patronId: 'p-1', channel: 'online' } as const;
    expect((await service.addToCart(patron, { volumeId: 't-1/1', pickupBranchId: 'akeno' })).ok).toBe(true);
    const submitted = await service.submitCart(patron, { volumeIds: ['t-1/1'] });
    expect(submitted.ok && submitted.value).toEqual([{ volumeId: 't-1/1', ok: true, reservationId: 'r-1' }]);
  });

  it('are exported from yoyaku-rules/testing with fixedClock', () => {
    expect(testing.aPatron).toBe(aPatron);
    expect(testing.aTitle).toBe(aTitle);
    expect(testing.aLibrary).toBe(aLibrary);
    expect(testing.fixedClock).toBe(fixedClock);
    expect(typeof testing.runScenario).toBe('function');
  });
});
