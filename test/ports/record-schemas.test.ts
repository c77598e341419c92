import { describe, expect, it } from 'vitest';
import { isYoyakuError, type YoyakuError } from '../../src/errors/yoyaku-error.js';
import type { Loan } from '../../src/model/loan.js';
import type { Copy, Title, Volume } from '../../src/model/material.js';
import type { Reservation } from '../../src/model/reservation.js';
import type { JobRun } from '../../src/ports/job-runs.js';
import type { OutboxNotice } from '../../src/ports/outbox.js';
import {
  CopyRecordSchema,
  JobRunRecordSchema,
  LoanRecordSchema,
  OutboxNoticeRecordSchema,
  parseRecord,
  PatronRecordSchema,
  ReservationRecordSchema,
  TitleRecordSchema,
  VolumeRecordSchema,
  type PatronRecord,
} from '../../src/ports/record-schemas.js';

const base = {
  id: 'r-1', patronId: 'p-1', titleId: 't-1', volumeId: 't-1/1', audiovisual: false, channel: 'online',
  pickupBranchId: 'akeno', placedAt: '2026-12-03T01:00:00.000Z', version: 0,
} as const;

const everyStatus: Reservation[] = [
  { ...base, status: 'requested' },
  { ...base, status: 'requested', cancellationRequestedAt: '2026-12-03T02:00:00.000Z' },
  { ...base, status: 'reserved', queuedAt: '2026-12-04T00:00:00.000Z' },
  { ...base, status: 'rejected', rejectedAt: '2026-12-04T00:00:00.000Z', reasons: [{ rule: 'E4' }, { rule: 'staff', note: 'damaged' }] },
  {
    ...base, status: 'onHold', queuedAt: '2026-12-04T00:00:00.000Z', copyId: 'c-1', trappedAt: '2026-12-08T02:00:00.000Z',
    noticeDate: '2026-12-08', lastDay: '2026-12-15',
  },
  { ...base, status: 'collected', copyId: 'c-1', collectedAt: '2026-12-09T03:00:00.000Z' },
  { ...base, status: 'lapsed', copyId: 'c-1', lastDay: '2026-12-15', lapsedAt: '2026-12-15T15:00:00.000Z' },
  { ...base, status: 'cancelled', cancelledAt: '2026-12-04T00:00:00.000Z', cancelledBy: 'patron', cancelledFrom: 'requested' },
];

function errorOf(run: () => unknown): YoyakuError {
  try {
    run();
  } catch (e) {
    if (isYoyakuError(e)) return e;
    throw e;
  }
  throw new Error('expected a YoyakuError');
}

describe('record schemas', () => {
  it.each(everyStatus.map((r) => [r.status, r] as const))('read a %s reservation back as the model has it', (_status, record) => {
    const parsed: Reservation = parseRecord(ReservationRecordSchema, record, { table: 'reservations', id: record.id });
    expect(parsed).toStrictEqual(record);
  });

  it('read NULL optional columns as absent fields and drop unknown columns', () => {
    const row = { ...base, status: 'reserved', queuedAt: '2026-12-04T00:00:00.000Z', cancellationRequestedAt: null, lastDay: '2026-12-15', extra: 1 };
    const parsed = parseRecord(ReservationRecordSchema, row, { table: 'reservations', id: 'r-1' });
    expect(parsed).toEqual({ ...base, status: 'reserved', queuedAt: '2026-12-04T00:00:00.000Z' });
    expect('lastDay' in parsed).toBe(false);
    expect(parsed.status === 'reserved' && parsed.cancellationRequestedAt).toBeUndefined();
  });

  it('normalise instants to toISOString form', () => {
    const parsed = parseRecord(ReservationRecordSchema, { ...base, placedAt: '2026-12-03T10:00:00+09:00', status: 'requested' }, { table: 'reservations', id: 'r-1' });
    expect(parsed.placedAt).toBe('2026-12-03T01:00:00.000Z');
  });

  it('refuse an onHold row without its last day, naming the table, the id and the field', () => {
    const { lastDay: _lastDay, ...row } = everyStatus[4] as Extract<Reservation, { status: 'onHold' }>;
    const error = errorOf(() => parseRecord(ReservationRecordSchema, row, { table: 'reservations', id: 'r-1' }));
    expect(error.code).toBe('INVALID_RECORD');
    expect(error.details).toEqual({ table: 'reservations', id: 'r-1' });
    expect(error.issues.map((i) => i.path)).toEqual([['lastDay']]);
    expect(error.message).toBe('Invalid reservations record r-1: lastDay');
  });

  it('refuse an unknown status and an unknown rejection rule', () => {
    expect(errorOf(() => parseRecord(ReservationRecordSchema, { ...base, status: 'lost' }, { table: 'reservations', id: 'r-1' })).code).toBe('INVALID_RECORD');
    const badReason = { ...everyStatus[3], reasons: [{ rule: 'Z9' }] };
    expect(errorOf(() => parseRecord(ReservationRecordSchema, badReason, { table: 'reservations', id: 'r-1' })).code).toBe('INVALID_RECORD');
  });

  it('read copies, loans, titles, volumes, notices and job runs', () => {
    const copy: Copy = { id: 'c-1', volumeId: 't-1/1', ownerBranchId: 'museum', locationBranchId: 'akeno', status: 'inTransit', version: 2 };
    const loan: Loan = {
      id: 'l-1', patronId: 'p-1', copyId: 'c-1', volumeId: 't-1/1', titleId: 't-1', branchId: 'akeno',
      lentAt: '2026-12-05T01:00:00.000Z', dueDate: '2026-12-19', renewals: 0, returnedAt: null, version: 0,
    };
    const title: Title = { id: 't-1', name: '源氏物語', category: 'book', audiovisual: false };
    const volume: Volume = { id: 't-1/0', titleId: 't-1', label: '上下巻セット', set: true };
    const notice: OutboxNotice = {
      id: 'n-1', kind: 'holdNotice', patronId: 'p-1', createdAt: '2026-12-08T02:00:00.000Z',
      payload: { lastDay: '2026-12-15', lines: ['a', 1, true, null], nested: { x: 1 } },
    };
    const run: JobRun = { job: 'expiry', date: '2026-12-16', owner: 'a', claimedAt: '2026-12-15T15:00:00.000Z', finishedAt: null };
    const c: Copy = parseRecord(CopyRecordSchema, copy, { table: 'copies', id: 'c-1' });
    const l: Loan = parseRecord(LoanRecordSchema, { ...loan, reservationId: null }, { table: 'loans', id: 'l-1' });
    const t: Title = parseRecord(TitleRecordSchema, title, { table: 'titles', id: 't-1' });
    const v: Volume = parseRecord(VolumeRecordSchema, volume, { table: 'volumes', id: 't-1/0' });
    const n: OutboxNotice = parseRecord(OutboxNoticeRecordSchema, notice, { table: 'outbox', id: 'n-1' });
    const j: JobRun = parseRecord(JobRunRecordSchema, run, { table: 'job_runs', id: 'expiry/2026-12-16' });
    expect([c, l, t, v, n, j]).toEqual([copy, loan, title, volume, notice, run]);
    expect(errorOf(() => parseRecord(CopyRecordSchema, { ...copy, status: 'lost' }, { table: 'copies', id: 'c-1' })).issues[0]?.path).toEqual(['status']);
    expect(errorOf(() => parseRecord(LoanRecordSchema, { ...loan, dueDate: '2026-02-30' }, { table: 'loans', id: 'l-1' })).issues[0]?.path).toEqual(['dueDate']);
  });

  it('read a patron row with its version, and never echo personal data in the error', () => {
    const row: PatronRecord = {
      id: 'p-1', cardNumber: '0123456789', name: '北杜 花子', email: 'hanako@example.jp', internetRegistered: true,
      unreachable: false, noticePrivacy: { showName: true, showTitle: false }, version: 4,
    };
    const { version, ...patron } = parseRecord(PatronRecordSchema, { ...row, homeBranchId: null }, { table: 'patrons', id: 'p-1' });
    expect(version).toBe(4);
    expect(patron).toEqual({ ...row, version: undefined });
    const error = errorOf(() => parseRecord(PatronRecordSchema, { ...row, unreachable: 'no' }, { table: 'patrons', id: 'p-1' }));
    for (const text of [error.message, JSON.stringify(error.issues), JSON.stringify(error.details)]) {
      expect(text).not.toContain('0123456789');
      expect(text).not.toContain('hanako@example.jp');
      expect(text).not.toContain('北杜');
    }
  });
});
