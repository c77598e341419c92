import { describe, expect, it } from 'vitest';
import { isYoyakuError } from '../../src/errors/yoyaku-error.js';
import { parseCopy, parseLoan, parsePatron, parseReservation, parseTitle, parseVolume } from '../../src/validation/parse-model.js';
import { thrown } from '../support/errors.js';

describe('parsing outside data for the pure core', () => {
  it('[F1] accepts a reservation with exactly the fields of its status, instants normalised', () => {
    const r = parseReservation({
      id: 'r-1', patronId: 'p-1', titleId: 't-1', volumeId: 't-1/1', audiovisual: false, channel: 'online',
      pickupBranchId: 'akeno', placedAt: '2026-12-03T10:00:00+09:00', version: 0, status: 'requested',
    });
    expect(r.status).toBe('requested');
    expect(r.placedAt).toBe('2026-12-03T01:00:00.000Z');
  });

  it('[F1] refuses an unknown status or a hold without its last day, with the path of the field', () => {
    const base = { id: 'r-1', patronId: 'p-1', titleId: 't-1', volumeId: 't-1/1', audiovisual: false, channel: 'online', pickupBranchId: 'akeno', placedAt: '2026-12-03T01:00:00Z', version: 0 };
    const unknown = thrown(() => parseReservation({ ...base, status: 'shelved' }));
    expect(isYoyakuError(unknown) && unknown.code).toBe('INVALID_INPUT');
    const hold = thrown(() => parseReservation({ ...base, status: 'onHold', queuedAt: base.placedAt, copyId: 'c', trappedAt: base.placedAt, noticeDate: '2026-12-03' }));
    expect(isYoyakuError(hold) && hold.issues.map((i) => i.path.join('.'))).toContain('lastDay');
  });

  it('a patron error never echoes the card number, name or e-mail', () => {
    const e = thrown(() => parsePatron({ id: 'p-1', cardNumber: 'CARD-9876543', name: '山梨 一郎', email: 'ichiro@example.jp', internetRegistered: 'yes', unreachable: false, noticePrivacy: { showName: true, showTitle: true } }));
    expect(isYoyakuError(e)).toBe(true);
    const text = JSON.stringify({ message: (e as Error).message, issues: (e as { issues: unknown }).issues });
    for (const secret of ['CARD-9876543', '山梨 一郎', 'ichiro@example.jp']) expect(text).not.toContain(secret);
  });

  it('parses titles, volumes, copies and loans, and refuses a copy status that does not exist', () => {
    expect(parseTitle({ id: 't', name: 'n', category: 'book', audiovisual: true }).audiovisual).toBe(true);
    expect(parseVolume({ id: 't/1', titleId: 't', set: true }).set).toBe(true);
    expect(parseCopy({ id: 'c', volumeId: 't/1', ownerBranchId: 'museum', locationBranchId: 'akeno', status: 'inTransit', version: 2 }).status).toBe('inTransit');
    expect(parseLoan({ id: 'l', patronId: 'p', copyId: 'c', volumeId: 't/1', titleId: 't', branchId: 'akeno', lentAt: '2026-12-05T01:00:00Z', dueDate: '2026-12-19', renewals: 0, returnedAt: null, version: 0 }).dueDate).toBe('2026-12-19');
    const e = thrown(() => parseCopy({ id: 'c', volumeId: 't/1', ownerBranchId: 'akeno', locationBranchId: 'akeno', status: 'lost', version: 0 }));
    expect(isYoyakuError(e) && e.code).toBe('INVALID_INPUT');
  });
});

describe('strict at every door: parse* refuse unknown fields', () => {
  it('[A2] parsePatron, parseCopy, parseTitle refuse a misspelt field at its path', () => {
    const caught = (f: () => unknown): { message: string; paths: string[] } => {
      try {
        f();
      } catch (e) {
        const err = e as { message: string; issues: { path: PropertyKey[] }[] };
        return { message: err.message, paths: err.issues.map((i) => i.path.join('.')) };
      }
      throw new Error('did not throw');
    };
    expect(caught(() => parseCopy({ id: 'c-1', volumeId: 't-1/1', ownerBranchId: 'akeno', locationBranchId: 'akeno', status: 'onShelf', version: 0, colour: 'red' }))).toEqual({
      message: 'Invalid copy: colour: Unknown field "colour"',
      paths: ['colour'],
    });
    expect(caught(() => parseTitle({ id: 't-1', name: '源氏物語', category: 'book', audiovisual: false, author: 'x' })).paths).toEqual(['author']);
  });
});
