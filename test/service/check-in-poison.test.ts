import { describe } from 'vitest';
import { checkInPoisonTests } from '../support/check-in-poison.js';
import { poisonableMemory } from '../support/poisonable-memory.js';

describe('check-in with unreadable rows (memory, rows made unreadable by a wrapper)', () => {
  checkInPoisonTests(async (clock) => poisonableMemory({ clock }));
});
