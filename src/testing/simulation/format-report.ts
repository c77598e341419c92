import type { SimulationCountName } from './counts.js';
import type { SimulationReport } from './report.js';

const COLUMNS: readonly (readonly [SimulationCountName, string])[] = [
  ['placedOnline', 'online'],
  ['placedAtCounter', 'counter'],
  ['approved', 'approved'],
  ['rejected', 'rejected'],
  ['trapped', 'holds'],
  ['collected', 'collected'],
  ['lapsed', 'lapsed'],
  ['cancelled', 'cancelled'],
  ['walkInLoans', 'walk-ins'],
  ['returns', 'returns'],
  ['renewals', 'renewed'],
  ['transits', 'transits'],
  ['noticesSent', 'notices'],
];

/**
 * The text of `yoyaku simulate`: the run's header, a month-by-month table of the main counts,
 * every count of the year, and each invariant's verdict with the first violations.
 * @param report - a report of {@link runSimulation}
 * @returns the text, ending with a newline
 * @category Testing
 * @example
 * process.stdout.write(formatSimulationReport(await runSimulation({ days: 30 })));
 */
export function formatSimulationReport(report: SimulationReport): string {
  const lines: string[] = [
    `A simulated ${report.days === 365 ? 'year' : `${report.days} days`} at the libraries: ${report.start} to ${report.end}, seed "${report.seed}", store ${report.store}${report.strict ? ', checked after every step' : ''}`,
    '',
  ];
  const header = ['month', ...COLUMNS.map(([, label]) => label)];
  const rows = report.months.map((m) => [m.month, ...COLUMNS.map(([name]) => String(m.counts[name]))]);
  rows.push(['total', ...COLUMNS.map(([name]) => String(report.counts[name]))]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  lines.push(line(header), line(widths.map((w) => '-'.repeat(w))));
  for (const [i, r] of rows.entries()) {
    if (i === rows.length - 1) lines.push(line(widths.map((w) => '-'.repeat(w))));
    lines.push(line(r));
  }
  lines.push('', 'Every count:');
  const names = Object.keys(report.counts) as SimulationCountName[];
  const nameWidth = Math.max(...names.map((n) => n.length));
  for (const n of names) lines.push(`  ${n.padEnd(nameWidth)}  ${String(report.counts[n]).padStart(8)}`);
  lines.push('', 'Invariants:');
  const invWidth = Math.max(...report.invariants.map((i) => i.name.length));
  for (const i of report.invariants) {
    lines.push(`  ${i.violations === 0 ? 'ok  ' : 'FAIL'}  ${i.name.padEnd(invWidth)}  ${String(i.checks).padStart(9)} checks  ${i.violations} violation${i.violations === 1 ? '' : 's'}`);
  }
  if (report.violations.length > 0) {
    lines.push('', 'Violations:');
    for (const v of report.violations.slice(0, 50)) lines.push(`  ${v.day}  ${v.invariant}: ${v.detail}`);
    const more = report.violations.length - 50 + report.violationsOmitted;
    if (more > 0) lines.push(`  … and ${more} more`);
  }
  const total = report.invariants.reduce((a, i) => a + i.violations, 0);
  lines.push('', total === 0 ? 'No invariant was broken.' : `${total} violation${total === 1 ? '' : 's'} found.`);
  return `${lines.join('\n')}\n`;
}
