import { describe, expect, it } from 'vitest';
import { ANONYMISED_PATRON_ID } from '../../src/ports/event-log.js';
import { hokutoPolicy } from '../../src/policy/presets/hokuto.js';
import { codesOf, jst, library, request, staff, stored, valueOf } from './fixtures.js';

describe('the record of what happened', () => {
  it('[P10] stores every event of an operation with the acting staff member, in the same unit of work', async () => {
    const lib = library();
    const id = await request(lib, 'p-2', 't-b1/1');
    const result = await lib.service.approveByStaff({ kind: 'staff', branchId: 'akeno', staffId: 'staff-3' }, { reservationId: id });
    expect(result.ok && result.events.map((e) => e.type)).toEqual(['reservationApproved', 'holdStarted']);
    const history = valueOf(await lib.service.history(staff('sutama'), { reservationId: id }));
    expect(history.map((r) => [r.event.type, r.actor])).toEqual([
      ['reservationRequested', { kind: 'patron' }],
      ['reservationApproved', { kind: 'staff', staffId: 'staff-3', branchId: 'akeno' }],
      ['holdStarted', { kind: 'staff', staffId: 'staff-3', branchId: 'akeno' }],
    ]);
    expect(valueOf(await lib.service.history(staff('akeno'), { copyId: 'c-t-b1' })).map((r) => r.event.type)).toEqual(['holdStarted']);
    expect(valueOf(await lib.service.history(staff('akeno'), { patronId: 'p-2' }))).toHaveLength(3);
  });

  it('[P10] a refused operation stores no event', async () => {
    const lib = library();
    const id = await request(lib, 'p-2', 't-b1/1');
    const before = lib.storage.snapshot().events.length;
    expect(codesOf(await lib.service.rejectByStaff(staff('akeno'), { reservationId: id, reasons: [] }))).toEqual(['REJECTION_REASON_REQUIRED']);
    expect(lib.storage.snapshot().events).toHaveLength(before);
  });

  it('control: when the event log cannot write, the change is not written either (one unit of work)', async () => {
    const lib = library({
      wrap: (ports) => ({
        ...ports,
        unitOfWork: { run: (work) => ports.unitOfWork.run((tx) => work({ ...tx, events: { ...tx.events, append: async () => Promise.reject(new Error('log down')) } })) },
      }),
    });
    await expect(request(lib, 'p-2', 't-b1/1')).rejects.toThrow('log down');
    expect(lib.storage.snapshot().reservations).toEqual([]);
  });

  it('history is for staff', async () => {
    const lib = library();
    const r = await lib.service.history({ kind: 'patron', patronId: 'p-2', channel: 'online' }, { patronId: 'p-2' });
    expect(!r.ok && r.kind === 'error' && r.code).toBe('NOT_ALLOWED');
  });
});

describe('the retention job', () => {
  async function finished(policy = hokutoPolicy({ retentionDays: 30 })) {
    const lib = library({ policy });
    const ids: string[] = [];
    for (const v of ['t-b1/1', 't-b2/1', 't-b3/1']) {
      const id = await request(lib, 'p-2', v);
      valueOf(await lib.service.rejectByStaff(staff('akeno'), { reservationId: id, reasons: [{ rule: 'E4' }] }));
      ids.push(id);
    }
    const loan = valueOf(await lib.service.checkoutWalkIn(staff('akeno'), { patronId: 'p-3', copyId: 'c-t-b4' }));
    valueOf(await lib.service.checkIn(staff('akeno'), { copyId: 'c-t-b4' }));
    return { lib, ids, loanId: loan.id };
  }

  it('[P16] refuses a date after today, changing nothing', async () => {
    const { lib, ids } = await finished();
    lib.clock.set(jst('2027-01-01', '06:00'));
    const r = await lib.service.runRetention({ kind: 'system' }, { date: '2027-06-01' });
    expect(!r.ok && r.kind === 'error' && r.code).toBe('INVALID_INPUT');
    expect(stored(lib, ids[0] as string).patronId).toBe('p-2');
  });

  it('is off by default', async () => {
    const { lib, ids } = await finished(hokutoPolicy());
    lib.clock.set(jst('2027-06-01', '06:00'));
    expect(valueOf(await lib.service.runRetention({ kind: 'system' }))).toMatchObject({ enabled: false, reservations: 0 });
    expect(stored(lib, ids[0] as string).patronId).toBe('p-2');
  });

  it('keeps the link within the period, and removes it after, keeping counts and dates', async () => {
    const { lib, ids, loanId } = await finished();
    lib.clock.set(jst('2026-12-31', '06:00'));
    expect(valueOf(await lib.service.runRetention({ kind: 'system' }))).toMatchObject({ reservations: 0, loans: 0 });
    lib.clock.set(jst('2027-01-01', '06:00'));
    expect(valueOf(await lib.service.runRetention({ kind: 'system' }))).toMatchObject({ enabled: true, reservations: 3, loans: 1 });
    for (const id of ids) expect(stored(lib, id)).toMatchObject({ status: 'rejected', patronId: ANONYMISED_PATRON_ID, rejectedAt: jst('2026-12-01') });
    expect(lib.storage.snapshot().loans.find((l) => l.id === loanId)).toMatchObject({ patronId: ANONYMISED_PATRON_ID, returnedAt: jst('2026-12-01') });
    expect(JSON.stringify(lib.storage.snapshot().events)).not.toContain('"p-2"');
  });

  it('works in bounded units and resumes where a failed run stopped', async () => {
    const { lib } = await finished();
    lib.clock.set(jst('2027-01-01', '06:00'));
    let units = 0;
    const flaky = {
      ...lib.storage,
      unitOfWork: {
        run: <T>(work: Parameters<typeof lib.storage.unitOfWork.run<T>>[0]) => {
          units++;
          if (units === 2) return Promise.reject(new Error('connection lost'));
          return lib.storage.unitOfWork.run(work);
        },
      },
    };
    const { createReservationService } = await import('../../src/service/create-reservation-service.js');
    const service = createReservationService(flaky, lib.policy, { serverId: 'flaky' });
    await expect(service.runRetention({ kind: 'system' }, { batchSize: 1 })).rejects.toThrow('connection lost');
    expect(lib.storage.snapshot().reservations.filter((r) => r.patronId === ANONYMISED_PATRON_ID)).toHaveLength(1);
    const rest = valueOf(await lib.service.runRetention({ kind: 'system' }, { batchSize: 1 }));
    expect(rest).toMatchObject({ reservations: 2, loans: 0 });
    expect(lib.storage.snapshot().reservations.every((r) => r.patronId === ANONYMISED_PATRON_ID)).toBe(true);
  });

  it('[P16] chunked (jobChunkSize): claimed once, several servers share its chunks, a crash resumes where it stopped, the day complete only when every chunk is', async () => {
    const { lib, loanId } = await finished();
    lib.clock.set(jst('2027-01-01', '06:00'));
    const { createReservationService } = await import('../../src/service/create-reservation-service.js');
    let units = 0;
    const crashing = {
      ...lib.storage,
      unitOfWork: {
        run: <T>(work: Parameters<typeof lib.storage.unitOfWork.run<T>>[0], options?: Parameters<typeof lib.storage.unitOfWork.run<T>>[1]) => {
          // unit 1 plans the run, unit 2 does its first chunk, unit 3 (the second chunk) crashes
          if (++units === 3) return Promise.reject(new Error('connection lost'));
          return lib.storage.unitOfWork.run(work, options);
        },
      },
    };
    const progress: string[] = [];
    const crashed = createReservationService(crashing, lib.policy, { serverId: 'crashed', jobChunkSize: 1, onJobProgress: (p) => progress.push(`${p.job} ${p.chunksDone}/${p.chunksTotal}`) });
    await expect(crashed.runRetention({ kind: 'system' })).rejects.toThrow('connection lost');
    expect(progress).toEqual(['retention 1/4']);
    expect(lib.storage.snapshot().reservations.filter((r) => r.patronId === ANONYMISED_PATRON_ID)).toHaveLength(1);
    expect(lib.storage.snapshot().jobRuns.find((r) => r.job === 'retention')?.finishedAt).toBeNull();

    const servers = ['a', 'b'].map((serverId) => createReservationService(lib.storage, lib.policy, { serverId, jobChunkSize: 1 }));
    const [a, b] = await Promise.all(servers.map((s) => s.runRetention({ kind: 'system' })));
    const shares = [valueOf(a!), valueOf(b!)];
    expect(shares.reduce((n, s) => n + s.reservations, 0)).toBe(2);
    expect(shares.reduce((n, s) => n + s.loans, 0)).toBe(1);
    expect(shares.reduce((n, s) => n + s.units, 0)).toBe(3);
    expect(lib.storage.snapshot().reservations.every((r) => r.patronId === ANONYMISED_PATRON_ID)).toBe(true);
    expect(lib.storage.snapshot().loans.find((l) => l.id === loanId)?.patronId).toBe(ANONYMISED_PATRON_ID);
    expect(lib.storage.snapshot().jobRuns.find((r) => r.job === 'retention')?.finishedAt).not.toBeNull();
    expect(valueOf(await servers[0]!.runRetention({ kind: 'system' }))).toMatchObject({ claimed: false, reservations: 0, loans: 0, units: 0, setAside: [] });
  });
});
