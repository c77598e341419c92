import { describe, expect, it } from 'vitest';
import { postgresStoreError } from '../../../src/adapters/postgres/postgres-errors.js';
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
});
