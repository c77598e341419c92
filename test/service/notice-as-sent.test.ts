import { describe, expect, it } from 'vitest';
import type { DeliverableNotice } from '../../src/service/reservation-service.js';
import { createReservationService } from '../../src/service/create-reservation-service.js';
import { jst, library, online, staff, stored, valueOf } from './fixtures.js';

const collect = (into: DeliverableNotice[]) => async (n: DeliverableNotice) => void into.push(n);

/** A hold made at 18:00 on 1 December (a Tuesday), by a counter reservation of a shelved copy. */
/** A delivery that has claimed its notices and waits, in the send of the first, until released. */
async function deliveryHeldAtItsFirstNotice(lib: ReturnType<typeof library>) {
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  let started = false;
  const slow = lib.service.deliverNotices(async () => {
    started = true;
    await gate;
  });
  while (!started) await new Promise((r) => setTimeout(r, 1));
  return { slow, release };
}

async function heldInTheEvening(patronId = 'p-4') {
  const lib = library({ start: jst('2026-12-01', '18:00') });
  const r = valueOf(await lib.service.placeCounterReservation(staff('akeno'), { patronId, volumeId: 't-b1/1', pickupBranchId: 'akeno' }));
  expect(stored(lib, r.id)).toMatchObject({ status: 'onHold', noticeDate: '2026-12-01', lastDay: '2026-12-08' });
  return { lib, id: r.id };
}

describe('[D2] the hold counts from the day the notice is sent', () => {
  it('[D2] a notice delivered the day after trapping moves the last day everywhere the patron and staff look', async () => {
    const { lib, id } = await heldInTheEvening();
    lib.clock.set(jst('2026-12-02', '07:00'));
    const sent: DeliverableNotice[] = [];
    const report = await lib.service.deliverNotices(collect(sent));
    expect(report.ok && report.value).toEqual({ sent: 1, failed: [], setAside: [], notSent: [] });
    expect(report.ok && report.events.map((e) => e.type)).toEqual(['holdNoticeSent']);
    expect(sent[0]?.payload).toMatchObject({ noticeDate: '2026-12-02', lastDay: '2026-12-09' });
    expect(sent[0]?.body).toContain('取置期限：2026年12月9日');
    expect(sent[0]?.body).toContain('送信日（2026年12月2日');
    expect(stored(lib, id)).toMatchObject({ noticeDate: '2026-12-02', lastDay: '2026-12-09', noticeSentAt: jst('2026-12-02', '07:00') });
    const patronView = valueOf(await lib.service.listReservations(online('p-4'))).reservations[0];
    const staffView = valueOf(await lib.service.listReservations(staff('akeno'), { patronId: 'p-4' })).reservations[0];
    expect(patronView?.lastDay).toBe('2026-12-09');
    expect(staffView?.lastDay).toBe('2026-12-09');
    const shelf = valueOf(await lib.service.staffList(staff('akeno'), { list: 'holdShelf' }));
    expect(JSON.stringify(shelf)).toContain('"lastDay":"2026-12-09"');
    expect(JSON.stringify(shelf)).not.toContain('2026-12-08');
    const history = await lib.storage.unitOfWork.run((tx) => tx.events.listByReservation(id));
    expect(history.at(-1)?.event).toMatchObject({ type: 'holdNoticeSent', noticeDate: '2026-12-02', lastDay: '2026-12-09' });
    lib.clock.set(jst('2026-12-09', '06:00'));
    valueOf(await lib.service.runHoldExpiry({ kind: 'system' }));
    expect(stored(lib, id).status).toBe('onHold');
  });

  it('[D2] a notice delivered the same day keeps the last day; a second delivery sends nothing', async () => {
    const { lib, id } = await heldInTheEvening();
    lib.clock.set(jst('2026-12-01', '23:59'));
    valueOf(await lib.service.deliverNotices(collect([])));
    expect(stored(lib, id)).toMatchObject({ noticeDate: '2026-12-01', lastDay: '2026-12-08' });
    expect(valueOf(await lib.service.deliverNotices(collect([])))).toEqual({ sent: 0, failed: [], setAside: [], notSent: [] });
  });

  it('[P11][D2] days a staff extension added before the notice went out are kept', async () => {
    const lib = library({ start: jst('2026-12-01', '18:00'), policy: (await import('../../src/policy/presets/hokuto.js')).hokutoPolicy({ maxHoldExtensionDays: 3 }) });
    const r = valueOf(await lib.service.placeCounterReservation(staff('akeno'), { patronId: 'p-4', volumeId: 't-b1/1', pickupBranchId: 'akeno' }));
    valueOf(await lib.service.extendHold(staff('akeno'), { reservationId: r.id, lastDay: '2026-12-10' }));
    lib.clock.set(jst('2026-12-02', '07:00'));
    valueOf(await lib.service.deliverNotices(collect([])));
    expect(stored(lib, r.id)).toMatchObject({ noticeDate: '2026-12-02', lastDay: '2026-12-11' });
  });
});

describe('[D5] the notice is rendered when it is sent', () => {
  it('[D5] a privacy choice changed before delivery is the one the notice follows', async () => {
    const { lib } = await heldInTheEvening('p-4');
    valueOf(await lib.service.setNoticePrivacy(online('p-4'), { showName: false, showTitle: false }));
    const sent: DeliverableNotice[] = [];
    valueOf(await lib.service.deliverNotices(collect(sent)));
    expect(sent[0]?.payload).toMatchObject({ nameShown: false, titleShown: false });
    expect(`${sent[0]?.subject}${sent[0]?.body}`).not.toContain('name-p-4');
    expect(`${sent[0]?.subject}${sent[0]?.body}`).not.toContain('book-1');
  });

  it('[D5] the other way round: allowed before delivery, shown', async () => {
    const { lib } = await heldInTheEvening('p-2');
    valueOf(await lib.service.setNoticePrivacy(online('p-2'), { showName: true, showTitle: true }));
    const sent: DeliverableNotice[] = [];
    valueOf(await lib.service.deliverNotices(collect(sent)));
    expect(sent[0]?.subject).toContain('book-1');
  });
});

describe('[D1] a notice whose hold has ended is not sent', () => {
  it('[D1] a hold cancelled before delivery gets no mail, and the report says so', async () => {
    const { lib, id } = await heldInTheEvening();
    valueOf(await lib.service.cancelByStaff(staff('akeno'), { reservationId: id }));
    const sent: DeliverableNotice[] = [];
    const report = valueOf(await lib.service.deliverNotices(collect(sent)));
    expect(sent).toEqual([]);
    expect(report.notSent).toEqual([{ id: expect.any(String), reservationId: id, reason: 'notOnHold', status: 'cancelled' }]);
    expect(lib.storage.snapshot().outbox[0]).toMatchObject({ sentAt: null, droppedReason: 'cancelled' });
    expect(valueOf(await lib.service.deliverNotices(collect(sent)))).toEqual({ sent: 0, failed: [], setAside: [], notSent: [] });
  });
});

describe('[D1] delivery from several processes', () => {
  it('[D1] a delivery running while another sends does not send the same notice again', async () => {
    const { lib } = await heldInTheEvening();
    const { slow, release } = await deliveryHeldAtItsFirstNotice(lib);
    const other = createReservationService(lib.storage, lib.policy, { serverId: 'other' });
    const second: DeliverableNotice[] = [];
    expect(valueOf(await other.deliverNotices(collect(second)))).toEqual({ sent: 0, failed: [], setAside: [], notSent: [] });
    release();
    expect(valueOf(await slow).sent).toBe(1);
    expect(second).toEqual([]);
  });

  it('[D1] control: once the lease has run out, a second delivery sends again (at least once)', async () => {
    const { lib } = await heldInTheEvening();
    const { slow, release } = await deliveryHeldAtItsFirstNotice(lib);
    lib.clock.advance({ minutes: 6 });
    const other = createReservationService(lib.storage, lib.policy, { serverId: 'other' });
    const second: DeliverableNotice[] = [];
    valueOf(await other.deliverNotices(collect(second)));
    release();
    await slow;
    expect(second).toHaveLength(1);
  });

  it('[D1] control: without the lease (a claim that takes every pending notice), the second delivery sends again', async () => {
    const lib = library({
      start: jst('2026-12-01', '18:00'),
      wrap: (ports) => ({
        ...ports,
        unitOfWork: {
          run: (work) =>
            ports.unitOfWork.run((tx) => work({ ...tx, outbox: { ...tx.outbox, claimPending: async (_owner, limit) => (await tx.outbox.listPending()).slice(0, limit) } })),
        },
      }),
    });
    valueOf(await lib.service.placeCounterReservation(staff('akeno'), { patronId: 'p-4', volumeId: 't-b1/1', pickupBranchId: 'akeno' }));
    const { slow, release } = await deliveryHeldAtItsFirstNotice(lib);
    const second: DeliverableNotice[] = [];
    const other = await lib.service.deliverNotices(async (n) => {
      second.push(n);
      release();
    });
    await slow;
    expect(other.ok).toBe(true);
    expect(second).toHaveLength(1);
  });

  it('[D1] a failed send is released at the end of the call, so the next delivery retries it', async () => {
    const { lib } = await heldInTheEvening();
    const failed = valueOf(await lib.service.deliverNotices(async () => Promise.reject(new Error('smtp down'))));
    expect(failed.failed).toHaveLength(1);
    const sent: DeliverableNotice[] = [];
    expect(valueOf(await lib.service.deliverNotices(collect(sent))).sent).toBe(1);
  });
});
