import { expect, it } from 'vitest';
import { isYoyakuError, type YoyakuError } from '../../../src/errors/yoyaku-error.js';
import type { SeedableStorage } from '../../../src/ports/seed-data.js';
import type { StoragePorts } from '../../../src/ports/storage-ports.js';
import type { StoresTx } from '../../../src/ports/unit-of-work.js';

/** A storage under test, and a way to change its rows behind its back (raw SQL with `?` placeholders, committed at once). */
export interface RawSubject {
  readonly storage: StoragePorts & SeedableStorage & { close(): Promise<void> };
  corrupt(sql: string, params: readonly (string | number | null)[]): Promise<void>;
}

const onHold = {
  id: 'r-bad', patronId: 'p-1', titleId: 't-1', volumeId: 't-1/1', audiovisual: false, channel: 'online' as const,
  pickupBranchId: 'akeno', placedAt: '2026-12-03T01:00:00.000Z', version: 2, status: 'onHold' as const,
  queuedAt: '2026-12-04T00:00:00.000Z', copyId: 'c-1', trappedAt: '2026-12-08T02:00:00.000Z', noticeDate: '2026-12-08', lastDay: '2026-12-15',
};
const reserved = {
  id: 'r-ok', patronId: 'p-1', titleId: 't-1', volumeId: 't-1/1', audiovisual: false, channel: 'counter' as const,
  pickupBranchId: 'akeno', placedAt: '2026-12-03T02:00:00.000Z', version: 1, status: 'reserved' as const, queuedAt: '2026-12-03T02:00:00.000Z',
};

async function invalidRecordError(promise: Promise<unknown>): Promise<YoyakuError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isYoyakuError(error)) throw new Error(`expected a YoyakuError INVALID_RECORD, got ${String(error)}`);
  expect(error.code).toBe('INVALID_RECORD');
  return error;
}

/** Seeds one record of every table, through the ports and `seed`. */
async function seedEverything(subject: RawSubject): Promise<void> {
  await subject.storage.seed({
    patrons: [{ id: 'p-1', cardNumber: '0000000001', internetRegistered: true, unreachable: false, noticePrivacy: { showName: false, showTitle: false } }],
    titles: [{ id: 't-1', name: '源氏物語', category: 'book', audiovisual: false }],
    volumes: [{ id: 't-1/1', titleId: 't-1', label: '上' }],
  });
  await subject.storage.unitOfWork.run(async (tx) => {
    await tx.reservations.insert(onHold);
    await tx.reservations.insert(reserved);
    await tx.copies.insert({ id: 'c-1', volumeId: 't-1/1', ownerBranchId: 'akeno', locationBranchId: 'akeno', status: 'onHoldShelf', version: 0 });
    await tx.loans.insert({
      id: 'l-1', patronId: 'p-1', copyId: 'c-2', volumeId: 't-1/1', titleId: 't-1', branchId: 'akeno',
      lentAt: '2026-12-05T01:00:00.000Z', dueDate: '2026-12-19', renewals: 0, returnedAt: null, version: 0,
    });
    await tx.outbox.enqueue({ id: 'n-1', kind: 'holdNotice', patronId: 'p-1', createdAt: '2026-12-08T02:00:00.000Z', payload: { lastDay: '2026-12-15' } });
    await tx.jobRuns.claim('approval', '2026-12-04', 'server-a');
    await tx.cart.add('p-1', { volumeId: 't-1/1', pickupBranchId: 'akeno' });
  });
}

interface BadRowCase {
  readonly name: string;
  readonly sql: string;
  readonly params: readonly (string | number | null)[];
  readonly read: (tx: StoresTx) => Promise<unknown>;
  readonly table: string;
  readonly id: string;
  readonly path: string;
}

const BAD_ROWS: readonly BadRowCase[] = [
  {
    name: 'a reservation with an unknown status',
    sql: "UPDATE reservations SET status = 'misplaced' WHERE id = ?",
    params: ['r-bad'],
    read: (tx) => tx.reservations.get('r-bad'),
    table: 'reservations', id: 'r-bad', path: 'status',
  },
  {
    name: 'a hold whose last day is a date that is no date',
    sql: 'UPDATE reservations SET last_day = ? WHERE id = ?',
    params: ['2026-02-30', 'r-bad'],
    read: (tx) => tx.reservations.listHoldsEndingBefore('2027-01-01'),
    table: 'reservations', id: 'r-bad', path: 'lastDay',
  },
  {
    name: 'a hold without its notice date (a missing field)',
    sql: 'UPDATE reservations SET notice_date = NULL WHERE id = ?',
    params: ['r-bad'],
    read: (tx) => tx.reservations.listByVolume('t-1/1'),
    table: 'reservations', id: 'r-bad', path: 'noticeDate',
  },
  {
    name: 'a reserved reservation whose queuedAt is no instant',
    sql: "UPDATE reservations SET queued_at = '2026-12-04 09:00' WHERE id = ?",
    params: ['r-ok'],
    read: (tx) => tx.reservations.listQueue('t-1/1'),
    table: 'reservations', id: 'r-ok', path: 'queuedAt',
  },
  {
    name: 'a copy with an unknown status',
    sql: "UPDATE copies SET status = 'stolen' WHERE id = ?",
    params: ['c-1'],
    read: (tx) => tx.copies.listByVolume('t-1/1'),
    table: 'copies', id: 'c-1', path: 'status',
  },
  {
    name: 'a loan whose due date is no date',
    sql: "UPDATE loans SET due_date = 'soon' WHERE id = ?",
    params: ['l-1'],
    read: (tx) => tx.loans.findOpenByCopy('c-2'),
    table: 'loans', id: 'l-1', path: 'dueDate',
  },
  {
    name: 'a patron with an empty card number',
    sql: "UPDATE patrons SET card_number = '' WHERE id = ?",
    params: ['p-1'],
    read: (tx) => tx.patrons.getVersioned('p-1'),
    table: 'patrons', id: 'p-1', path: 'cardNumber',
  },
  {
    name: 'a title with an empty category',
    sql: "UPDATE titles SET category = '' WHERE id = ?",
    params: ['t-1'],
    read: (tx) => tx.catalog.getTitle('t-1'),
    table: 'titles', id: 't-1', path: 'category',
  },
  {
    name: 'a title with an empty category, read after its volume (whose read brings the title row along)',
    sql: "UPDATE titles SET category = '' WHERE id = ?",
    params: ['t-1'],
    read: async (tx) => {
      expect(await tx.catalog.getVolume('t-1/1')).toEqual({ id: 't-1/1', titleId: 't-1', label: '上' });
      return tx.catalog.getTitle('t-1');
    },
    table: 'titles', id: 't-1', path: 'category',
  },
  {
    name: 'a title with an empty category, read with its volume by getItem (where the store has it)',
    sql: "UPDATE titles SET category = '' WHERE id = ?",
    params: ['t-1'],
    read: (tx) => (tx.catalog.getItem ? tx.catalog.getItem('t-1/1') : tx.catalog.getTitle('t-1')),
    table: 'titles', id: 't-1', path: 'category',
  },
  {
    name: 'a volume with an empty title id, read by getItem (where the store has it)',
    sql: "UPDATE volumes SET title_id = '' WHERE id = ?",
    params: ['t-1/1'],
    read: (tx) => (tx.catalog.getItem ? tx.catalog.getItem('t-1/1') : tx.catalog.getVolume('t-1/1')),
    table: 'volumes', id: 't-1/1', path: 'titleId',
  },
  {
    name: 'a volume with an empty title id',
    sql: "UPDATE volumes SET title_id = '' WHERE id = ?",
    params: ['t-1/1'],
    read: (tx) => tx.catalog.getVolume('t-1/1'),
    table: 'volumes', id: 't-1/1', path: 'titleId',
  },
  {
    name: 'a notice whose payload is not an object',
    sql: `UPDATE outbox SET payload = '"just text"' WHERE id = ?`,
    params: ['n-1'],
    read: (tx) => tx.outbox.listPending(),
    table: 'outbox', id: 'n-1', path: 'payload',
  },
  {
    name: 'a job run claimed at no instant',
    sql: "UPDATE job_runs SET claimed_at = 'yesterday' WHERE job = ?",
    params: ['approval'],
    read: (tx) => tx.jobRuns.get('approval', '2026-12-04'),
    table: 'job_runs', id: 'approval/2026-12-04', path: 'claimedAt',
  },
  {
    name: 'a cart entry without a pickup branch',
    sql: "UPDATE cart_entries SET pickup_branch_id = '' WHERE patron_id = ?",
    params: ['p-1'],
    read: (tx) => tx.cart.list('p-1'),
    table: 'cart', id: 'p-1/t-1/1', path: 'pickupBranchId',
  },
];

/**
 * Registers the INVALID_RECORD tests of a SQL adapter: a row changed behind the storage's back
 * (raw SQL) fails the read with `INVALID_RECORD` naming the table, the row id and the field, and
 * the unit of work it happened in writes nothing.
 */
export function invalidRecordTests(makeSubject: () => Promise<RawSubject>): void {
  for (const bad of BAD_ROWS) {
    it(`reading ${bad.name} fails with INVALID_RECORD naming ${bad.table} and ${bad.id}, and the unit writes nothing`, async () => {
      const subject = await makeSubject();
      try {
        await seedEverything(subject);
        await subject.corrupt(bad.sql, bad.params);
        const error = await invalidRecordError(
          subject.storage.unitOfWork.run(async (tx) => {
            await tx.copies.insert({ id: 'c-written-first', volumeId: 't-1/1', ownerBranchId: 'akeno', locationBranchId: 'akeno', status: 'onShelf', version: 0 });
            await tx.favourites.add('p-9', { volumeId: 't-1/1' });
            return bad.read(tx);
          }),
        );
        expect(error.details).toMatchObject({ table: bad.table, id: bad.id });
        expect(error.message).toContain(`${bad.table} record ${bad.id}`);
        expect(error.issues.map((i) => i.path.join('.'))).toContain(bad.path);
        const after = await subject.storage.unitOfWork.run(async (tx) => ({
          copy: await tx.copies.get('c-written-first'),
          favourites: await tx.favourites.list('p-9'),
        }));
        expect(after).toEqual({ copy: null, favourites: [] });
      } finally {
        await subject.storage.close();
      }
    });
  }

  it('the INVALID_RECORD error of a patron row carries neither its card number nor its name', async () => {
    const subject = await makeSubject();
    try {
      await subject.storage.seed({
        patrons: [{ id: 'p-1', cardNumber: '0123456789', name: '北杜 花子', email: 'hanako@example.jp', internetRegistered: true, unreachable: false, noticePrivacy: { showName: true, showTitle: true } }],
      });
      await subject.corrupt("UPDATE patrons SET home_branch_id = '' WHERE id = ?", ['p-1']);
      const error = await invalidRecordError(subject.storage.unitOfWork.run((tx) => tx.patrons.get('p-1')));
      const text = JSON.stringify({ message: error.message, details: error.details, issues: error.issues });
      for (const personal of ['0123456789', '北杜 花子', 'hanako@example.jp']) expect(text).not.toContain(personal);
    } finally {
      await subject.storage.close();
    }
  });
}
