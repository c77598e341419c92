import { describe, test } from 'vitest';
import { createSqliteStorage } from '../../src/sqlite.js';
import { runConformance } from '../../src/testing.js';

runConformance({ test, describe, name: 'sqlite storage conformance (in memory)', factory: () => createSqliteStorage({ filename: ':memory:' }) });
