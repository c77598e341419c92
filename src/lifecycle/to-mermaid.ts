import { RESERVATION_STATUS_LABELS } from '../notices/labels.js';
import { TRANSITIONS, type TransitionRow } from './transition-table.js';

/**
 * A Mermaid `stateDiagram-v2` of the lifecycle, generated from {@link TRANSITIONS} so that the
 * diagram cannot drift from the code. States show their Japanese and English names.
 * @param rows - the transitions to draw (the whole table by default)
 * @returns Mermaid source text
 * @category Lifecycle
 * @example
 * const source = toMermaid();
 * source.startsWith('stateDiagram-v2'); // true
 */
export function toMermaid(rows: readonly TransitionRow[] = TRANSITIONS): string {
  const lines = ['stateDiagram-v2'];
  const states = new Set<string>();
  for (const row of rows) {
    states.add(row.from);
    states.add(row.to);
  }
  for (const s of states) {
    const label = RESERVATION_STATUS_LABELS[s as keyof typeof RESERVATION_STATUS_LABELS];
    lines.push(`  ${s}: ${s} ${label.ja} / ${label.en}`);
  }
  lines.push('  [*] --> requested: online request (B3)');
  lines.push('  [*] --> reserved: counter reservation (C2)');
  for (const row of rows) lines.push(`  ${row.from} --> ${row.to}: ${row.event} (${row.rules.join(', ')})`);
  for (const s of ['rejected', 'collected', 'lapsed', 'cancelled']) if (states.has(s)) lines.push(`  ${s} --> [*]`);
  return lines.join('\n');
}
