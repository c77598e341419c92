import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../../src/adapters/memory/create-memory-storage.js';
import type { Policy } from '../../src/policy/schema.js';
import { createReservationService } from '../../src/service/create-reservation-service.js';
import { thrown } from '../support/errors.js';
import { patron } from '../support/records.js';

describe('createReservationService', () => {
  it('refuses a policy that does not match the schema with INVALID_POLICY, at creation', () => {
    const storage = createMemoryStorage();
    const error = thrown(() => createReservationService(storage, { maxOnline: -1 } as unknown as Policy));
    expect(error).toMatchObject({ code: 'INVALID_POLICY' });
    expect((error as { issues: { path: unknown[] }[] }).issues.map((i) => i.path)).toContainEqual(['maxOnline']);
    expect(thrown(() => createReservationService(storage, 'hokuto' as unknown as Policy))).toMatchObject({ code: 'INVALID_POLICY' });
  });

  it('gives policy input that was not parsed its defaults, so later calls do not fail with a TypeError', async () => {
    const storage = createMemoryStorage({ seed: { patrons: [patron('p-1', { email: 'p1@example.jp' })] } });
    const service = createReservationService(storage, { maxOnline: 3 } as unknown as Policy);
    const result = await service.addToCart({ kind: 'patron', patronId: 'p-1', channel: 'online' }, { volumeId: 't-1/1', pickupBranchId: 'akeno' });
    expect(result).toMatchObject({ ok: false, kind: 'error', code: 'NOT_FOUND' });
    expect(await service.listCart({ kind: 'patron', patronId: 'p-1', channel: 'online' })).toMatchObject({ ok: true, value: [] });
  });

  it('refuses a chunk size that is not a positive integer (INVALID_INPUT)', () => {
    expect(thrown(() => createReservationService(createMemoryStorage(), {} as Policy, { jobChunkSize: 0 }))).toMatchObject({ code: 'INVALID_INPUT' });
  });
});
