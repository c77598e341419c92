import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isYoyakuError, parseOrThrow, toYoyakuIssues, YoyakuError } from '../../src/errors/yoyaku-error.js';
import { thrown } from '../support/errors.js';

describe('YoyakuError', () => {
  it('carries its code, issues, details and cause', () => {
    const cause = new Error('socket closed');
    const e = new YoyakuError('STORE_UNAVAILABLE', 'store down', { details: { table: 'reservations' }, cause });
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('YoyakuError');
    expect(e.code).toBe('STORE_UNAVAILABLE');
    expect(e.issues).toEqual([]);
    expect(e.details).toEqual({ table: 'reservations' });
    expect(e.cause).toBe(cause);
  });
});

describe('isYoyakuError', () => {
  it('recognises its own errors and nothing else', () => {
    expect(isYoyakuError(new YoyakuError('NOT_FOUND', 'no such reservation'))).toBe(true);
    for (const other of [new Error('x'), { code: 'NOT_FOUND' }, null, undefined, 'YoyakuError', 42]) expect(isYoyakuError(other)).toBe(false);
  });

  it('recognises an error from a second copy of the package, branded with the same Symbol.for key', () => {
    class SecondCopyYoyakuError extends Error {
      readonly code = 'NOT_FOUND';
      readonly issues = [];
      readonly details = {};
      constructor(message: string) {
        super(message);
        Object.defineProperty(this, Symbol.for('yoyaku-rules.error'), { value: true });
      }
    }
    const foreign = new SecondCopyYoyakuError('from the other bundle');
    expect(foreign).not.toBeInstanceOf(YoyakuError);
    expect(isYoyakuError(foreign)).toBe(true);
    expect(isYoyakuError({ [Symbol.for('yoyaku-rules.error')]: true, code: 'NOT_FOUND' })).toBe(true);
  });

  it('does not recognise a look-alike without the brand, or with another brand', () => {
    expect(isYoyakuError(Object.assign(new Error('x'), { name: 'YoyakuError', code: 'NOT_FOUND' }))).toBe(false);
    expect(isYoyakuError({ [Symbol('yoyaku-rules.error')]: true })).toBe(false);
    expect(isYoyakuError({ [Symbol.for('yoyaku-rules.error')]: 'yes' })).toBe(false);
  });

  it('the brand is not enumerable, so it does not leak into JSON or spreads', () => {
    const e = new YoyakuError('NOT_FOUND', 'x');
    expect(Object.prototype.propertyIsEnumerable.call(e, Symbol.for('yoyaku-rules.error'))).toBe(false);
    expect(isYoyakuError({ ...e })).toBe(false);
  });
});

describe('parseOrThrow', () => {
  const schema = z.object({ holdDays: z.number().int().min(1), pickup: z.object({ branchId: z.string().min(1) }) });

  it('returns the parsed value', () => {
    expect(parseOrThrow(schema, { holdDays: 7, pickup: { branchId: 'akeno' } }, 'INVALID_INPUT', 'request')).toEqual({
      holdDays: 7,
      pickup: { branchId: 'akeno' },
    });
  });

  it('throws the given code with the zod issues and details; the message has paths, not values', () => {
    const e = thrown(() => parseOrThrow(schema, { holdDays: 'hanako@example.jp', pickup: { branchId: '' } }, 'INVALID_RECORD', 'row', { table: 'holds' }));
    expect(isYoyakuError(e)).toBe(true);
    const err = e as YoyakuError;
    expect(err.code).toBe('INVALID_RECORD');
    expect(err.details).toEqual({ table: 'holds' });
    expect(err.issues.map((i) => i.path)).toEqual([['holdDays'], ['pickup', 'branchId']]);
    expect(err.message).toBe('Invalid row: holdDays, pickup.branchId');
    expect(JSON.stringify(err.issues)).not.toContain('hanako');
  });

  it('names the root when the input itself is wrong', () => {
    expect((thrown(() => parseOrThrow(schema, 'card-0123456789', 'INVALID_INPUT', 'request')) as YoyakuError).message).toBe('Invalid request: (root)');
  });

  it('toYoyakuIssues keeps path, message and code only', () => {
    const result = schema.safeParse({ holdDays: 0, pickup: { branchId: 'a' } });
    expect(result.success).toBe(false);
    if (!result.success) {
      const issues = toYoyakuIssues(result.error.issues);
      expect(issues).toHaveLength(1);
      expect(Object.keys(issues[0]!).sort()).toEqual(['code', 'message', 'path']);
      expect(issues[0]).toMatchObject({ path: ['holdDays'], code: 'too_small' });
    }
  });
});
