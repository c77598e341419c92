import { describe, expect, it } from 'vitest';
import { TRANSITIONS } from '../../src/lifecycle/transition-table.js';
import { toMermaid } from '../../src/lifecycle/to-mermaid.js';

describe('toMermaid', () => {
  const source = toMermaid();

  it('is a Mermaid state diagram', () => {
    expect(source.split('\n')[0]).toBe('stateDiagram-v2');
  });

  it('[F1] draws every transition of the table with its event and rules', () => {
    for (const row of TRANSITIONS) expect(source).toContain(`  ${row.from} --> ${row.to}: ${row.event} (${row.rules.join(', ')})`);
    expect(source.split('\n').filter((l) => /^ {2}\w+ --> \w+: /.test(l))).toHaveLength(TRANSITIONS.length);
  });

  it('[F1] names the statuses in Japanese as the patron sees them, and in English', () => {
    for (const label of ['予約申請中', '予約中', '予約拒否', 'お取置き']) expect(source).toContain(label);
    expect(source).toContain('requested: requested 予約申請中 / Requested');
    expect(source).toContain('onHold: onHold お取置き / On hold');
  });

  it('[F1] starts online at requested, at the counter at reserved, and ends at the final statuses', () => {
    expect(source).toContain('[*] --> requested');
    expect(source).toContain('[*] --> reserved');
    for (const s of ['rejected', 'collected', 'lapsed', 'cancelled']) expect(source).toContain(`${s} --> [*]`);
  });

  it('draws only the rows it is given', () => {
    const onlyTrap = toMermaid(TRANSITIONS.filter((t) => t.event === 'trap'));
    expect(onlyTrap).toContain('reserved --> onHold: trap');
    expect(onlyTrap).not.toContain('collect');
  });
});
