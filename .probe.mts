import { ScenarioStepSchema } from './src/testing/scenario/scenario-schema.ts';
for (const at of ['2026-02-29T10:00+09:00','2028-02-29T10:00+09:00','2026-02-30T10:00:00Z','2026-12-01T24:00+09:00','2026-12-01T10:00+09:00'])
  console.log(at, ScenarioStepSchema.safeParse({ at, expect: { refused: 'E1' } }).success);
