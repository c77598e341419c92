import { describe, expect, it } from 'vitest';
import { hokutoPolicy } from '../../src/policy/presets/hokuto.js';
import { codesOf, copy, library, online, staff, stored, storedCopy, SYSTEM, valueOf } from './fixtures.js';

describe('marking copies (P6)', () => {
  it('[P6] an unknown copy is NOT_FOUND and a bad mark INVALID_INPUT, and nothing is written', async () => {
    const lib = library();
    const before = lib.storage.snapshot();
    expect(codesOf(await lib.service.markCopy(staff('akeno'), { copyId: 'c-none', mark: 'missing' }))).toEqual(['error:NOT_FOUND']);
    expect(codesOf(await lib.service.markCopy(staff('akeno'), { copyId: 'c-t-b0', mark: 'lost' as never }))).toEqual(['error:INVALID_INPUT']);
    expect(codesOf(await lib.service.markCopy(online('p-1'), { copyId: 'c-t-b0', mark: 'missing' }))).toEqual(['error:NOT_ALLOWED']);
    expect(lib.storage.snapshot()).toEqual(before);
  });

  it('[P6] withdrawing a copy on loan or on the hold shelf, and finding one that is not missing, are refused and write nothing', async () => {
    const lib = library();
    valueOf(await lib.service.checkoutWalkIn(staff('akeno'), { patronId: 'p-3', copyId: 'c-t-b0' }));
    valueOf(await lib.service.placeCounterReservation(staff('akeno'), { patronId: 'p-2', volumeId: 't-b1/1', pickupBranchId: 'akeno' }));
    expect(storedCopy(lib, 'c-t-b1').status).toBe('onHoldShelf');
    const before = lib.storage.snapshot();
    expect(codesOf(await lib.service.markCopy(staff('akeno'), { copyId: 'c-t-b0', mark: 'withdrawn' }))).toEqual(['COPY_MARK_NOT_ALLOWED']);
    expect(codesOf(await lib.service.markCopy(staff('akeno'), { copyId: 'c-t-b1', mark: 'withdrawn' }))).toEqual(['COPY_MARK_NOT_ALLOWED']);
    expect(codesOf(await lib.service.markCopy(staff('akeno'), { copyId: 'c-t-b1', mark: 'missing' }))).toEqual(['COPY_MARK_NOT_ALLOWED']);
    expect(codesOf(await lib.service.markCopy(staff('akeno'), { copyId: 'c-t-b2', mark: 'found' }))).toEqual(['COPY_MARK_NOT_ALLOWED']);
    expect(lib.storage.snapshot()).toEqual(before);
  });

  it('[P6] each mark has its own event, naming the reservation a copy no longer serves', async () => {
    const lib = library({ policy: hokutoPolicy({ noticeAtTrap: false }) });
    const r = valueOf(await lib.service.placeCounterReservation(staff('akeno'), { patronId: 'p-2', volumeId: 't-b0/1', pickupBranchId: 'akeno' }));
    expect(storedCopy(lib, 'c-t-b0')).toMatchObject({ status: 'awaitingPull', reservationId: r.id });
    const missing = valueOf(await lib.service.markCopy(staff('akeno'), { copyId: 'c-t-b0', mark: 'missing' }));
    expect(missing.copyEvents).toEqual([expect.objectContaining({ type: 'copyMarkedMissing', from: 'awaitingPull', to: 'missing', released: r.id })]);
    expect(storedCopy(lib, 'c-t-b0').reservationId).toBeUndefined();
    const withdrawn = valueOf(await lib.service.markCopy(staff('akeno'), { copyId: 'c-t-b0', mark: 'withdrawn' }));
    expect(withdrawn.copyEvents.map((e) => e.type)).toEqual(['copyWithdrawn']);
    expect(codesOf(await lib.service.checkIn(staff('akeno'), { copyId: 'c-t-b0' }))).toEqual(['COPY_NOT_TRAPPABLE']);
  });

  it('[P6] a copy lost on the pull list: the reservation is given another copy from the shelf', async () => {
    const lib = library({ policy: hokutoPolicy({ noticeAtTrap: false }), seed: { copies: [copy('c-t-b0-2', 't-b0/1')] } });
    const r = valueOf(await lib.service.placeCounterReservation(staff('akeno'), { patronId: 'p-2', volumeId: 't-b0/1', pickupBranchId: 'akeno' }));
    expect(storedCopy(lib, 'c-t-b0')).toMatchObject({ status: 'awaitingPull', reservationId: r.id });
    expect(storedCopy(lib, 'c-t-b0-2').status).toBe('onShelf');
    valueOf(await lib.service.markCopy(staff('akeno'), { copyId: 'c-t-b0', mark: 'missing' }));
    expect(storedCopy(lib, 'c-t-b0-2')).toMatchObject({ status: 'awaitingPull', reservationId: r.id });
  });
});

describe('the pull step and the staff lists (P8)', () => {
  it('[P8] a bad list, limit or offset is INVALID_INPUT; a patron cannot read a staff list', async () => {
    const lib = library();
    expect(codesOf(await lib.service.staffList(staff('akeno'), { list: 'everything' as never }))).toEqual(['error:INVALID_INPUT']);
    expect(codesOf(await lib.service.staffList(staff('akeno'), { list: 'toPull', limit: 0 }))).toEqual(['error:INVALID_INPUT']);
    expect(codesOf(await lib.service.staffList(staff('akeno'), { list: 'toPull', offset: -1 }))).toEqual(['error:INVALID_INPUT']);
    expect(codesOf(await lib.service.staffList(online('p-1'), { list: 'toPull' }))).toEqual(['error:NOT_ALLOWED']);
  });

  it('[P8] cancelling a reservation frees its copy from the pull list', async () => {
    const lib = library({ policy: hokutoPolicy({ noticeAtTrap: false }) });
    const r = valueOf(await lib.service.placeCounterReservation(staff('akeno'), { patronId: 'p-2', volumeId: 't-b0/1', pickupBranchId: 'akeno' }));
    const next = valueOf(await lib.service.placeCounterReservation(staff('akeno'), { patronId: 'p-3', volumeId: 't-b0/1', pickupBranchId: 'akeno' }));
    valueOf(await lib.service.cancelByStaff(staff('akeno'), { reservationId: r.id }));
    expect(storedCopy(lib, 'c-t-b0')).toMatchObject({ status: 'awaitingPull', reservationId: next.id });
    valueOf(await lib.service.cancelByStaff(staff('akeno'), { reservationId: next.id }));
    expect(storedCopy(lib, 'c-t-b0')).toMatchObject({ status: 'onShelf', locationBranchId: 'akeno' });
    expect(storedCopy(lib, 'c-t-b0').reservationId).toBeUndefined();
  });
});

describe('walk-in and one’s own reservation (P7)', () => {
  it('[P7] borrowing a copy while one’s hold waits on the hold shelf fulfils the hold and passes the held copy on', async () => {
    const lib = library({ seed: { copies: [copy('c-t-b0-2', 't-b0/1')] } });
    valueOf(await lib.service.checkoutWalkIn(staff('akeno'), { patronId: 'p-3', copyId: 'c-t-b0-2' }));
    const mine = valueOf(await lib.service.placeCounterReservation(staff('akeno'), { patronId: 'p-2', volumeId: 't-b0/1', pickupBranchId: 'akeno' }));
    expect(stored(lib, mine.id)).toMatchObject({ status: 'onHold', copyId: 'c-t-b0' });
    const other = valueOf(await lib.service.placeCounterReservation(staff('akeno'), { patronId: 'p-4', volumeId: 't-b0/1', pickupBranchId: 'akeno' }));
    valueOf(await lib.service.checkIn(staff('akeno'), { copyId: 'c-t-b0-2' }));
    expect(stored(lib, other.id)).toMatchObject({ status: 'onHold', copyId: 'c-t-b0-2' });
    valueOf(await lib.service.cancelByStaff(staff('akeno'), { reservationId: other.id }));
    expect(storedCopy(lib, 'c-t-b0-2').status).toBe('onShelf');
    const loan = valueOf(await lib.service.checkoutWalkIn(staff('akeno'), { patronId: 'p-2', copyId: 'c-t-b0-2' }));
    expect(loan.reservationId).toBe(mine.id);
    expect(stored(lib, mine.id)).toMatchObject({ status: 'collected', copyId: 'c-t-b0-2' });
    expect(storedCopy(lib, 'c-t-b0')).toMatchObject({ status: 'onShelf' });
    expect(valueOf(await lib.service.runApprovalBatch(SYSTEM)).claimed).toBe(true);
  });
});
