import { describe, test } from 'vitest';
import { runConformance } from '../../src/testing.js';
import { freshPostgresStorage } from './support/postgres.js';

runConformance({ test: test.concurrent, describe, name: 'postgres storage conformance (a fresh schema per case)', factory: () => freshPostgresStorage() });
