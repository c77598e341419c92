// The quick row readers (src/adapters/sql/quick-rows.ts) against the zod record schemas: on rows
// written by the adapters' own column mappers from valid records, and on the same rows with
// columns corrupted, a quick reader either declines (the schema decides) or returns exactly what
// the schema returns; and the reader the stores use gives the schema's verdict on every row.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isYoyakuError } from '../../../src/errors/yoyaku-error.js';
import { RULE_IDS } from '../../../src/errors/rule-id.js';
import type { Loan } from '../../../src/model/loan.js';
import { COPY_STATUSES, type Copy, type Title, type Volume } from '../../../src/model/material.js';
import type { Patron } from '../../../src/model/patron.js';
import type { Reservation } from '../../../src/model/reservation.js';
import { POSTGRES_DIALECT } from '../../../src/adapters/postgres/postgres-session.js';
import {
  cartEntryFromRow,
  checkedCartEntryFromRow,
  checkedCopyFromRow,
  checkedLoanFromRow,
  checkedPatronFromRow,
  checkedTitleFromRow,
  checkedVolumeFromRow,
  copyFromRow,
  loanFromRow,
  patronFromRow,
  titleFromRow,
  volumeFromRow,
} from '../../../src/adapters/sql/record-rows.js';
import { checkedReservationFromRow, reservationColumns, reservationFromRow } from '../../../src/adapters/sql/reservation-rows.js';
import {
  quickCartEntryFromRow,
  quickCopyFromRow,
  quickLoanFromRow,
  quickPatronFromRow,
  quickReservationFromRow,
  quickTitleFromRow,
  quickVolumeFromRow,
} from '../../../src/adapters/sql/quick-rows.js';
import { insertRow, updateRow, type SqlColumns } from '../../../src/adapters/sql/guarded-writes.js';
import type { SqlDialect, SqlRow, SqlSession, SqlStoreConfig, SqlValue } from '../../../src/adapters/sql/sql-session.js';
import { copyColumns, sqlCopies } from '../../../src/adapters/sql/stores/copies.js';
import { loanColumns, sqlLoans } from '../../../src/adapters/sql/stores/loans.js';
import { sqlReservations } from '../../../src/adapters/sql/stores/reservations.js';
import { fixedClock } from '../../../src/ports/clock.js';
import type { StoreTable } from '../../../src/ports/store-errors.js';
import { patronColumns } from '../../../src/adapters/sql/stores/patrons.js';
import { SQLITE_DIALECT } from '../../../src/adapters/sqlite/sqlite-session.js';
import { checkProperty, FC_SEED } from '../../support/fc.js';

const DIALECTS: readonly SqlDialect[] = [SQLITE_DIALECT, POSTGRES_DIALECT];

// ---- valid records --------------------------------------------------------------------------

const id = fc.constantFrom('r-1', 'p-1', 't-1', 't-1/1', 'akeno', 'c-12', '予約-1', 'x');
const text = fc.constantFrom('', 'damaged', '北杜 花子', 'a@example.jp');
const instant = fc.date({ min: new Date('1000-01-01T00:00:00.000Z'), max: new Date('9998-12-31T23:59:59.999Z'), noInvalidDate: true }).map((d) => d.toISOString());
const nearInstant = fc.date({ min: new Date('2020-01-01T00:00:00.000Z'), max: new Date('2030-12-31T23:59:59.999Z'), noInvalidDate: true }).map((d) => d.toISOString());
const anInstant = fc.oneof(instant, nearInstant);
const date = anInstant.map((s) => s.slice(0, 10));
const version = fc.oneof(fc.nat(5), fc.nat());
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** The record without its absent fields, as a model record has them. */
function present<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}

const reservationBase = fc.record({
  id, patronId: id, titleId: id, volumeId: id, audiovisual: fc.boolean(), channel: fc.constantFrom('online', 'counter'),
  pickupBranchId: id, placedAt: anInstant, version,
});
const reservation: fc.Arbitrary<Reservation> = fc
  .tuple(
    reservationBase,
    fc.oneof(
      fc.record({ status: fc.constant('requested'), cancellationRequestedAt: maybe(anInstant), notNeededAfter: maybe(date), suspendedUntil: maybe(date) }),
      fc.record({ status: fc.constant('reserved'), queuedAt: anInstant, cancellationRequestedAt: maybe(anInstant), notNeededAfter: maybe(date), suspendedUntil: maybe(date) }),
      fc.record({
        status: fc.constant('rejected'), rejectedAt: anInstant,
        reasons: fc.array(fc.oneof(fc.record({ rule: fc.constantFrom(...RULE_IDS) }), fc.record({ rule: fc.constant('staff'), note: maybe(text) })), { maxLength: 3 }),
      }),
      fc.record({ status: fc.constant('onHold'), queuedAt: anInstant, copyId: id, trappedAt: anInstant, noticeDate: date, lastDay: date, noticeSentAt: maybe(anInstant) }),
      fc.record({ status: fc.constant('collected'), copyId: id, collectedAt: anInstant }),
      fc.record({ status: fc.constant('lapsed'), copyId: id, lastDay: date, lapsedAt: anInstant }),
      fc.record({
        status: fc.constant('cancelled'), cancelledAt: anInstant, cancelledBy: fc.constantFrom('patron', 'staff', 'system'),
        cancelledFrom: fc.constantFrom('requested', 'reserved', 'onHold'), copyId: maybe(id), note: maybe(text),
      }),
    ),
  )
  .map(([base, own]) => present({ ...base, ...own }) as unknown as Reservation);

const copy: fc.Arbitrary<Copy> = fc
  .record({
    id, volumeId: id, ownerBranchId: id, locationBranchId: id, status: fc.constantFrom(...COPY_STATUSES), notForLoan: maybe(fc.constant(true as const)),
    reservationId: maybe(id), transitFromBranchId: maybe(id), version,
  })
  .map(present);
const patron: fc.Arbitrary<Patron & { version: number }> = fc
  .record({
    id, cardNumber: id, name: maybe(text), email: maybe(text), internetRegistered: fc.boolean(), unreachable: fc.boolean(),
    noticePrivacy: fc.record({ showName: fc.boolean(), showTitle: fc.boolean() }), homeBranchId: maybe(id), version,
  })
  .map(present);
const title: fc.Arbitrary<Title> = fc.record({ id, name: text, category: id, audiovisual: fc.boolean() });
const volume: fc.Arbitrary<Volume> = fc.record({ id, titleId: id, label: maybe(text), set: maybe(fc.boolean()) }).map(present);
const loan: fc.Arbitrary<Loan> = fc
  .record({
    id, patronId: id, copyId: id, volumeId: id, titleId: id, branchId: id, lentAt: anInstant, dueDate: date, renewals: fc.nat(3),
    reservationId: maybe(id), returnedAt: fc.option(anInstant, { nil: null }), version,
  })
  .map(present);

// ---- rows as the adapters write them, and corrupted ------------------------------------------

/** Values a corrupted column may hold: wrong types, empty, unstorable text, near-miss instants and dates, other enums. */
const CORRUPT: readonly unknown[] = [
  null, undefined, '', ' ', 'x', '\u0000', 'a\u0000b', '\uD800', 'a\uDC00', '😀', '予約',
  '2026-12-03', '2026-02-30', '2024-02-29', '2023-02-29', '0999-12-31', '9999-12-31', '0000-01-01', '2026-1-03', '2026-12-03 ',
  '2026-12-03T01:00:00.000Z', '2026-12-03T10:00:00+09:00', '2026-12-03T01:00Z', '2026-12-03T01:00:00Z', '2026-12-03T01:00:00.1234Z',
  '2026-12-03T24:00:00.000Z', '2026-12-03T23:60:00.000Z', '2026-12-03T23:59:60.000Z', '2026-02-29T00:00:00.000Z', '2024-02-29T00:00:00.000Z',
  '9999-12-31T14:59:59.999Z', '9999-12-31T15:00:00.000Z', '0000-01-01T00:00:00.000Z', '0999-12-31T23:59:59.999Z', '2026-13-01T00:00:00.000Z',
  '2026-12-03 01:00', '2026-12-03t01:00:00.000z', '２０２６-12-03T01:00:00.000Z', '+02026-12-03T01:00:00.000Z',
  'requested', 'reserved', 'rejected', 'onHold', 'collected', 'lapsed', 'cancelled', 'misplaced', 'Requested',
  'online', 'counter', 'patron', 'staff', 'system', 'onShelf', 'lost', 'awaitingPull', 'stolen',
  '[{"rule":"E4"}]', '[{"rule":"staff","note":"x"}]', '[{"rule":"Z9"}]', '{}', 'not json',
  0, 1, 2, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, -0, true, false, {}, [],
];
const corruptValue = fc.oneof(fc.constantFrom(...CORRUPT), fc.string({ maxLength: 30 }), fc.integer(), fc.double());

/** A row with up to three of its columns (or columns of other tables) replaced by corrupt values. */
function corrupted(row: fc.Arbitrary<SqlRow>, extraColumns: readonly string[]): fc.Arbitrary<SqlRow> {
  return row.chain((r) => {
    const columns = [...new Set([...Object.keys(r), ...extraColumns])];
    return fc
      .array(fc.tuple(fc.constantFrom(...columns), corruptValue), { minLength: 0, maxLength: 3 })
      .map((changes) => ({ ...r, ...Object.fromEntries(changes) }));
  });
}

const RESERVATION_COLUMNS = Object.keys(reservationColumns({ id: 'r', patronId: 'p', titleId: 't', volumeId: 'v', audiovisual: false, channel: 'online', pickupBranchId: 'a', placedAt: '2026-12-03T01:00:00.000Z', version: 0, status: 'requested' }, SQLITE_DIALECT));

/** The verdict of a reader: the record, or the INVALID_RECORD error's details and issues. */
function verdict(read: () => unknown): unknown {
  try {
    return { ok: true, value: read() };
  } catch (error) {
    if (!isYoyakuError(error) || error.code !== 'INVALID_RECORD') throw error;
    return { ok: false, message: error.message, details: error.details, issues: error.issues };
  }
}

interface Reader {
  readonly name: string;
  readonly rows: (dialect: SqlDialect) => fc.Arbitrary<SqlRow>;
  readonly quick: (row: SqlRow, dialect: SqlDialect) => unknown;
  readonly checked: (row: SqlRow, dialect: SqlDialect) => unknown;
  readonly used: (row: SqlRow, dialect: SqlDialect) => unknown;
  /** Whether the quick reader must take every valid row of this table as the adapters write it. */
  readonly takesValid: (row: SqlRow) => boolean;
}

const READERS: readonly Reader[] = [
  {
    name: 'reservations',
    rows: (d) => reservation.map((r) => ({ id: r.id, ...reservationColumns(r, d), version: r.version })),
    quick: quickReservationFromRow, checked: checkedReservationFromRow, used: reservationFromRow,
    takesValid: (row) => row['status'] !== 'rejected',
  },
  {
    name: 'copies',
    rows: (d) => copy.map((c) => ({ id: c.id, ...copyColumns(c, d), version: c.version })),
    quick: quickCopyFromRow, checked: checkedCopyFromRow, used: copyFromRow, takesValid: () => true,
  },
  {
    name: 'patrons',
    rows: (d) => patron.map((p) => ({ id: p.id, ...patronColumns(p, d), version: p.version })),
    quick: quickPatronFromRow, checked: checkedPatronFromRow, used: patronFromRow, takesValid: () => true,
  },
  {
    name: 'titles',
    rows: (d) => title.map((t) => ({ id: t.id, name: t.name, category: t.category, audiovisual: d.bool(t.audiovisual) })),
    quick: quickTitleFromRow, checked: checkedTitleFromRow, used: titleFromRow, takesValid: () => true,
  },
  {
    name: 'volumes',
    rows: (d) => volume.map((v) => ({ id: v.id, title_id: v.titleId, label: v.label ?? null, is_set: v.set === undefined ? null : d.bool(v.set) })),
    quick: quickVolumeFromRow, checked: checkedVolumeFromRow, used: volumeFromRow, takesValid: () => true,
  },
  {
    name: 'loans',
    rows: () => loan.map((l) => ({ id: l.id, ...loanColumns(l), version: l.version })),
    quick: (row) => quickLoanFromRow(row), checked: (row) => checkedLoanFromRow(row), used: (row) => loanFromRow(row), takesValid: () => true,
  },
  {
    name: 'cart',
    rows: () => fc.record({ patron_id: id, volume_id: id, pickup_branch_id: id, position: fc.nat() }),
    quick: (row) => quickCartEntryFromRow(row), checked: (row) => checkedCartEntryFromRow(row), used: (row) => cartEntryFromRow(row), takesValid: () => true,
  },
];

/** The property: the quick reader declines or returns the schema's record; the reader used gives the schema's verdict. */
function agreesWithSchema(reader: Reader, dialect: SqlDialect, quick = reader.quick) {
  return fc.property(corrupted(reader.rows(dialect), reader.name === 'reservations' ? RESERVATION_COLUMNS : []), (row) => {
    const schema = verdict(() => reader.checked(row, dialect));
    const fast = quick(row, dialect);
    if (fast !== undefined) expect({ ok: true, value: fast }).toStrictEqual(schema);
    if (quick === reader.quick) expect(verdict(() => reader.used(row, dialect))).toStrictEqual(schema);
  });
}

describe(`quick row readers against the record schemas (fast-check seed ${FC_SEED})`, () => {
  for (const dialect of DIALECTS) {
    for (const reader of READERS) {
      it(`${reader.name} (${dialect.engine}): a corrupted row is never read as valid, and a valid one reads as the schema reads it`, () => {
        checkProperty(agreesWithSchema(reader, dialect), 400);
      });

      it(`${reader.name} (${dialect.engine}): the quick reader takes the rows the adapters write from valid records`, () => {
        checkProperty(
          fc.property(reader.rows(dialect), (row) => {
            if (reader.takesValid(row)) expect(reader.quick(row, dialect)).not.toBeUndefined();
          }),
          200,
        );
      });
    }
  }

  // Control: a quick reader that stops checking one column must fail the property.
  it('control: a reservation reader that takes any placedAt is caught', () => {
    const reader = READERS[0]!;
    const sloppy = (row: SqlRow, dialect: SqlDialect) => {
      const read = quickReservationFromRow({ ...row, placed_at: '2026-12-03T01:00:00.000Z' }, dialect);
      return read === undefined ? undefined : { ...read, placedAt: row['placed_at'] };
    };
    const outcome = fc.check(agreesWithSchema(reader, SQLITE_DIALECT, sloppy), { seed: FC_SEED, numRuns: 2_000 });
    expect(outcome.failed).toBe(true);
  });

  it('control: a copy reader that takes any status is caught', () => {
    const reader = READERS[1]!;
    const sloppy = (row: SqlRow, dialect: SqlDialect) => {
      const read = quickCopyFromRow({ ...row, status: 'onShelf' }, dialect);
      return read === undefined ? undefined : { ...read, status: row['status'] };
    };
    const outcome = fc.check(agreesWithSchema(reader, SQLITE_DIALECT, sloppy), { seed: FC_SEED, numRuns: 2_000 });
    expect(outcome.failed).toBe(true);
  });
});

// ---- the writes: rows written from a record read back as that record, by fixed shapes ---------

/** A session that records the writes and changes one row each. */
function recordingSession() {
  const writes: { sql: string; params: readonly SqlValue[] }[] = [];
  const session: SqlSession = {
    all: async () => [],
    run: async (sql, params = []) => {
      writes.push({ sql, params: [...params] });
      return 1;
    },
  };
  return { session, writes };
}

const SHAPED: readonly {
  readonly name: string;
  readonly records: fc.Arbitrary<{ id: string; version: number }>;
  readonly columns: (record: never, dialect: SqlDialect) => SqlColumns;
  readonly store: (session: SqlSession, config: SqlStoreConfig) => { insert(r: never): Promise<void>; update(r: never, expected: number): Promise<void> };
  readonly read: (row: SqlRow, dialect: SqlDialect) => unknown;
}[] = [
  // A rejected reservation's reasons are JSON, which each driver reads back in its own form (text on SQLite, parsed on PostgreSQL).
  { name: 'reservations', records: reservation.filter((r) => r.status !== 'rejected'), columns: reservationColumns, store: sqlReservations, read: reservationFromRow },
  { name: 'copies', records: copy, columns: copyColumns, store: sqlCopies, read: copyFromRow },
  { name: 'loans', records: loan, columns: (l: Loan) => loanColumns(l), store: sqlLoans, read: (row) => loanFromRow(row) },
];

describe(`rows written by fixed shapes (fast-check seed ${FC_SEED})`, () => {
  for (const dialect of DIALECTS) {
    for (const shaped of SHAPED) {
      it(`${shaped.name} (${dialect.engine}): a row written from a record reads back as that record`, () => {
        checkProperty(
          fc.property(shaped.records, (record) => {
            const row = { id: record.id, ...shaped.columns(record as never, dialect), version: record.version };
            expect(shaped.read(row, dialect)).toStrictEqual(record);
          }),
          300,
        );
      });

      it(`${shaped.name} (${dialect.engine}): the store's insert and update bind what insertRow and updateRow bind for the record's columns`, async () => {
        await checkProperty(
          fc.asyncProperty(shaped.records, fc.boolean(), async (record, versionGuard) => {
            const config: SqlStoreConfig = { dialect, clock: fixedClock('2026-12-03T01:00:00.000Z'), versionGuard, lockRows: false };
            const ours = recordingSession();
            const store = shaped.store(ours.session, config);
            await store.insert(record as never);
            await store.update({ ...record, version: record.version + 1 } as never, record.version);
            const reference = recordingSession();
            const columns = shaped.columns(record as never, dialect);
            await insertRow(reference.session, shaped.name as StoreTable, shaped.name, { id: record.id, ...columns, version: record.version });
            await updateRow(reference.session, config, shaped.name as StoreTable, shaped.name, record.id, columns, record.version + 1, record.version);
            expect(ours.writes).toStrictEqual(reference.writes);
          }),
          200,
        );
      });
    }
  }

  it('control: a row read back with one column of another record is caught', () => {
    const outcome = fc.check(
      fc.property(reservation, reservation, (a, b) => {
        const row = { id: a.id, ...reservationColumns(a, SQLITE_DIALECT), placed_at: b.placedAt, version: a.version };
        expect(reservationFromRow(row, SQLITE_DIALECT)).toStrictEqual(a);
      }),
      { seed: FC_SEED, numRuns: 200 },
    );
    expect(outcome.failed).toBe(true);
  });
});
