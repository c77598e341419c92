import { describe, expect, it } from 'vitest';
import { YoyakuError } from '../../src/errors/yoyaku-error.js';
import { assertNextVersion, recordNotFound, versionConflict } from '../../src/ports/store-errors.js';

describe('store errors', () => {
  it('versionConflict names the table, id, expected and actual versions', () => {
    const error = versionConflict('reservations', 'r-1', 0, 1);
    expect(error).toBeInstanceOf(YoyakuError);
    expect(error.code).toBe('VERSION_CONFLICT');
    expect(error.details).toEqual({ table: 'reservations', id: 'r-1', expected: 0, actual: 1 });
    expect(error.message).toBe('Version conflict on reservations r-1: expected version 0, found 1');
  });

  it('versionConflict of an insert says the id exists', () => {
    const error = versionConflict('copies', 'c-1', null, 3);
    expect(error.details).toEqual({ table: 'copies', id: 'c-1', expected: null, actual: 3 });
    expect(error.message).toMatch(/already exists/);
  });

  it('recordNotFound names the table and id', () => {
    const error = recordNotFound('loans', 'l-9');
    expect(error.code).toBe('NOT_FOUND');
    expect(error.details).toEqual({ table: 'loans', id: 'l-9' });
  });

  it('assertNextVersion accepts expected + 1 only', () => {
    expect(() => assertNextVersion('copies', 'c-1', 3, 2)).not.toThrow();
    for (const next of [2, 4, 0]) {
      let error: unknown;
      try {
        assertNextVersion('copies', 'c-1', next, 2);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(YoyakuError);
      expect((error as YoyakuError).details).toEqual({ table: 'copies', id: 'c-1', expected: 2, actual: null, nextVersion: next });
    }
  });
});
