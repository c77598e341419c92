import { describe, expect, it } from 'vitest';
import { isLostConnection, lostConnectionError, postgresStoreError } from '../../../src/adapters/postgres/postgres-errors.js';
import { isYoyakuError } from '../../../src/errors/yoyaku-error.js';

describe('postgresStoreError', () => {
  it('turns a constraint violation into INVALID_INPUT without the row the driver quotes', () => {
    const driver = Object.assign(new Error('duplicate key value violates unique constraint "patrons_card_number_key"'), {
      code: '23505',
      detail: 'Key (card_number)=(CARD-0042-SECRET) already exists.',
      constraint: 'patrons_card_number_key',
      table: 'patrons',
    });
    const error = postgresStoreError(driver);
    expect(isYoyakuError(error) && error.code).toBe('INVALID_INPUT');
    expect(isYoyakuError(error) && error.details).toEqual({ code: '23505', constraint: 'patrons_card_number_key', table: 'patrons' });
    expect(JSON.stringify({ message: (error as Error).message, cause: (error as Error).cause ?? null })).not.toContain('CARD-0042-SECRET');
  });

  it('keeps turning a deadlock into a VERSION_CONFLICT to retry', () => {
    const error = postgresStoreError(Object.assign(new Error('deadlock detected'), { code: '40P01' }));
    expect(isYoyakuError(error) && error.code).toBe('VERSION_CONFLICT');
  });

  it('maps the idle-in-transaction timeout (25P03) to STORE_UNAVAILABLE, as a lost connection', () => {
    const driver = Object.assign(new Error('terminating connection due to idle-in-transaction timeout'), { code: '25P03' });
    const error = postgresStoreError(driver);
    expect(isYoyakuError(error) && error.code).toBe('STORE_UNAVAILABLE');
    expect(isLostConnection(error)).toBe(true);
  });

  it('tells a lost connection from a statement timeout', () => {
    expect(isLostConnection(postgresStoreError(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })))).toBe(true);
    expect(isLostConnection(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isLostConnection(postgresStoreError(Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' })))).toBe(false);
  });

  it('marks a lost connection retryable only when the commit was not sent', () => {
    const lost = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
    expect(lostConnectionError(lost, true).details).toEqual({ code: '57P01', connectionLost: true, retryable: true });
    expect(lostConnectionError(lost, false).details).toEqual({ code: '57P01', connectionLost: true, retryable: false });
    expect(lostConnectionError(lost, false).code).toBe('STORE_UNAVAILABLE');
  });
});
