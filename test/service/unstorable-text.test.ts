import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../../src/adapters/memory/create-memory-storage.js';
import { isStorableText } from '../../src/index.js';
import { parsePatron, parseReservation } from '../../src/validation/parse-model.js';
import { fixedClock } from '../../src/ports/clock.js';
import { thrown } from '../support/errors.js';
import { patron } from '../support/records.js';
import { UNSTORABLE, unstorableTextTests } from '../support/unstorable-text.js';

describe('text the databases cannot hold (memory storage)', () => {
  unstorableTextTests(async () => createMemoryStorage({ clock: fixedClock('2026-12-03T01:00:00.000Z') }));

  it('isStorableText refuses NUL and lone surrogates and accepts paired surrogates', () => {
    for (const [, bad] of UNSTORABLE) expect(isStorableText(bad('x'))).toBe(false);
    expect(isStorableText('北杜 花子 😀')).toBe(true);
    expect(isStorableText('')).toBe(true);
  });

  it('the parse functions refuse records with unstorable ids and texts (INVALID_INPUT, no value echoed)', () => {
    const error = thrown(() => parsePatron(patron('p-1', { email: 'a\u0000@example.jp' })));
    expect(error).toMatchObject({ code: 'INVALID_INPUT' });
    expect(JSON.stringify(error)).not.toContain('a\u0000@example.jp');
    expect(thrown(() => parseReservation({
      id: 'r-\uD800', patronId: 'p-1', titleId: 't-1', volumeId: 't-1/1', audiovisual: false, channel: 'online',
      pickupBranchId: 'akeno', placedAt: '2026-12-03T01:00:00.000Z', version: 0, status: 'requested',
    }))).toMatchObject({ code: 'INVALID_INPUT' });
  });
});
