import { describe, test } from 'vitest';
import { createMemoryStorage } from '../../../src/memory.js';
import { runConformance } from '../../../src/testing.js';

runConformance({ test, describe, name: 'memory storage conformance', factory: async () => createMemoryStorage() });
