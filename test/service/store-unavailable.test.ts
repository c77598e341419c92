import { describe, expect, it } from 'vitest';
import { isYoyakuError, YoyakuError } from '../../src/errors/yoyaku-error.js';
import { withStoreOutagesThrown } from '../../src/service/store-outages-thrown.js';
import type { StoragePorts } from '../../src/ports/storage-ports.js';
import { library, online, request, staff, valueOf } from './fixtures.js';

// A lost database connection is an error value, never a rejected promise nor a dead process:
// every service operation, jobs included, returns STORE_UNAVAILABLE with `retryable`.

/** Ports whose next `times` units of work fail as a storage that lost its connection (before or after COMMIT). */
function losing(state: { times: number; retryable: boolean; attempts: number }): (ports: StoragePorts) => StoragePorts {
  return (ports) => ({
    clock: ports.clock,
    capabilities: ports.capabilities,
    unitOfWork: {
      run: (work, options) => {
        state.attempts++;
        if (state.times > 0) {
          state.times--;
          return Promise.reject(
            new YoyakuError('STORE_UNAVAILABLE', 'The connection ended under the unit of work', { details: { connectionLost: true, retryable: state.retryable } }),
          );
        }
        return ports.unitOfWork.run(work, options);
      },
    },
  });
}

function setUp(maxRetries = 2) {
  const state = { times: 0, retryable: true, attempts: 0 };
  const lib = library({ wrap: losing(state), maxRetries });
  return { lib, state };
}

describe('a storage that is unavailable', () => {
  it('a connection lost before COMMIT, every retry too: STORE_UNAVAILABLE as a result, retryable, nothing written', async () => {
    const { lib, state } = setUp(2);
    Object.assign(state, { times: Number.POSITIVE_INFINITY, retryable: true, attempts: 0 });
    const before = lib.storage.snapshot();
    const result = await lib.service.addToCart(online('p-2'), { volumeId: 't-b0/1', pickupBranchId: 'akeno' });
    expect(result).toMatchObject({ ok: false, kind: 'error', code: 'STORE_UNAVAILABLE', retryable: true, issues: [] });
    expect(state.attempts).toBe(3);
    expect(lib.storage.snapshot()).toEqual(before);
  });

  it('a connection lost once before COMMIT is retried and the operation succeeds', async () => {
    const { lib, state } = setUp(2);
    Object.assign(state, { times: 1, retryable: true, attempts: 0 });
    expect(valueOf(await lib.service.addToCart(online('p-2'), { volumeId: 't-b0/1', pickupBranchId: 'akeno' }))).toBeDefined();
    expect(state.attempts).toBe(2);
  });

  it('a commit whose outcome is unknown is not retried: STORE_UNAVAILABLE with retryable false', async () => {
    const { lib, state } = setUp(2);
    const id = await request(lib, 'p-2', 't-b0/1');
    Object.assign(state, { times: 1, retryable: false, attempts: 0 });
    const result = await lib.service.cancelOnline(online('p-2'), { reservationId: id });
    expect(result).toMatchObject({ ok: false, kind: 'error', code: 'STORE_UNAVAILABLE', retryable: false });
    expect(state.attempts).toBe(1);
  });

  it('[C1] the jobs and staff operations return it too, and the next call is served', async () => {
    const { lib, state } = setUp(0);
    await request(lib, 'p-2', 't-b0/1');
    lib.clock.advance({ days: 1 });
    Object.assign(state, { times: Number.POSITIVE_INFINITY, retryable: true });
    expect(await lib.service.runApprovalBatch({ kind: 'system' })).toMatchObject({ ok: false, code: 'STORE_UNAVAILABLE' });
    expect(await lib.service.checkIn(staff('akeno'), { copyId: 'c-t-b0' })).toMatchObject({ ok: false, code: 'STORE_UNAVAILABLE' });
    state.times = 0;
    expect(valueOf(await lib.service.runApprovalBatch({ kind: 'system' }))).toMatchObject({ claimed: true, approved: 1 });
  });
});

describe('withStoreOutagesThrown', () => {
  it('throws STORE_UNAVAILABLE with details.retryable, and returns every other result unchanged', async () => {
    const { lib, state } = setUp(0);
    const service = withStoreOutagesThrown(lib.service);
    expect(await service.addToCart(online('p-2'), { volumeId: 't-b0/1', pickupBranchId: 'akeno' })).toEqual(
      await lib.service.listCart(online('p-2')),
    );
    expect(await service.cancelOnline(online('p-2'), { reservationId: 'r-none' })).toMatchObject({ ok: false, kind: 'error', code: 'NOT_FOUND' });
    Object.assign(state, { times: 1, retryable: false });
    const error = await service.listCart(online('p-2')).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isYoyakuError(error) && [error.code, error.details['retryable']]).toEqual(['STORE_UNAVAILABLE', false]);
  });
});
