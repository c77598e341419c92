import type { ScenarioInput } from '../../src/testing/scenario/scenario-schema.js';

type Step = ScenarioInput['steps'][number];

/** A small library for runner tests: Hanako and Taro, 源氏物語 with one copy at Akeno. */
export function scenario(steps: readonly Step[], library: Partial<ScenarioInput['library']> = {}): ScenarioInput {
  return {
    name: 'test',
    rules: ['C1'],
    library: {
      patrons: [{ id: 'hanako', name: '北杜 花子' }, { id: 'taro' }],
      titles: [{ id: 'genji', name: '源氏物語', copies: [{ id: 'genji-1', branch: 'akeno' }] }],
      ...library,
    },
    steps: [...steps],
  };
}

export const reserve = (at: string, as = 'r1'): Step => ({
  at,
  actor: { patron: 'hanako' },
  do: 'reserveOnline',
  args: { volumeId: 'genji/1', pickupBranchId: 'akeno' },
  as,
});

export const approve = (at: string): Step => ({ at, actor: 'system', do: 'runApprovalBatch', args: {} });
