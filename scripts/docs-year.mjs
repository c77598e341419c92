// Generates docs/year-at-hokuto.md, "A year at Hokuto", from the committed run in
// docs/data/year-at-hokuto.json: the year's counts, five charts drawn as inline SVG at build time
// (scripts/docs-charts.mjs), the invariants' verdicts, and a reading of what the charts show.
//
//   node scripts/docs-year.mjs           writes the page
//   node scripts/docs-year.mjs --check   exits 1 when the page is out of date
//
// To record the run again: npx tsx scripts/docs-year-record.mts (a year on the memory store).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { barChartSvg, lineChartSvg } from './docs-charts.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
export const YEAR_DATA = 'docs/data/year-at-hokuto.json';
export const YEAR_PAGE = 'docs/year-at-hokuto.md';

const fmt = (n) => n.toLocaleString('en-US');
const pct = (a, b) => (b === 0 ? '0' : ((100 * a) / b).toFixed(1));
const mean = (xs) => (xs.length === 0 ? 0 : xs.reduce((a, x) => a + x, 0) / xs.length);

const COUNT_TEXT = {
  placedOnline: 'online requests placed (B3)',
  placedAtCounter: 'counter reservations placed (C2)',
  approved: 'requests approved (C1), by the morning batch or by staff',
  approvedByStaff: 'of which approved by staff at the pickup library before the batch (P10)',
  rejected: 'requests rejected (C4, E4), by the batch or by staff',
  rejectedByStaff: 'of which rejected by staff (P10)',
  trapped: 'holds put on a hold shelf (D1)',
  pullsConfirmed: 'copies pulled from the open shelf for a hold (P8)',
  holdsExtended: 'holds extended by staff (P11)',
  collected: 'holds collected (D2)',
  lapsed: 'holds left to lapse (D3)',
  cancelled: 'reservations cancelled (F2–F4)',
  walkInLoans: 'walk-in loans (C3)',
  renewals: 'loans renewed (G4)',
  renewalsRefused: 'renewals refused (G4)',
  transits: 'copies sent in transit',
  returnedHome: 'copies taken back to their own library or the museum (E5)',
  noticesSent: 'hold notices handed to the mailer (D1)',
  noticesDropped: 'notices lost in the post (D4)',
};

/**
 * The page's Markdown.
 * @param {any} data  the committed run (a SimulationReport)
 * @returns {string}
 */
export function yearPage(data) {
  // A week that the run cut short (365 days are 52 weeks and a day) would read as a collapse.
  const weeks = data.days % 7 === 0 ? data.weeks : data.weeks.slice(0, -1);
  const labels = weeks.map((w) => w.start.slice(5));
  const libs = data.libraries;
  const c = data.counts;
  const busiest = weeks.reduce((a, w) => (w.placed > a.placed ? w : a), weeks[0]);
  const quietest = weeks.reduce((a, w) => (w.placed < a.placed ? w : a), weeks[0]);
  const waits = libs.map((b) => ({ b, w: mean(weeks.map((w) => w.wait[b]).filter((v) => v !== null)) })).sort((a, b) => b.w - a.w);
  const held = libs.map((b) => ({ b, h: mean(weeks.map((w) => w.held[b])) })).sort((a, b) => b.h - a.h);
  const queue = libs.map((b) => ({ b, q: mean(weeks.map((w) => w.queue[b])) })).sort((a, b) => b.q - a.q);
  const maxLapse = weeks.reduce((a, w) => (w.lapsed > a.lapsed ? w : a), weeks[0]);
  const violations = data.invariants.reduce((a, i) => a + i.violations, 0);
  const byMonth = (prefix) => weeks.filter((w) => w.start.startsWith(prefix));
  const placedIn = (prefix) => mean(byMonth(prefix).map((w) => w.placed));
  const year = data.start.slice(0, 4);
  const allWaits = (ws) => mean(ws.flatMap((w) => libs.map((b) => w.wait[b]).filter((v) => v !== null)));
  const allHeld = (w) => libs.reduce((a, b) => a + w.held[b], 0);
  const closureWeek = weeks.find((w) => w.start.slice(5) >= '12-26' || w.start.slice(5) <= '01-02') ?? quietest;
  const beforeClosure = weeks[Math.max(0, weeks.indexOf(closureWeek) - 1)];
  const next = String(Number(year) + 1);

  const charts = [
    lineChartSvg({
      id: 'year-placed-collected',
      title: 'Reservations placed and holds collected, per week',
      description: `Weekly reservations placed (online and at the counter) and holds collected, ${data.start} to ${data.end}. Busiest week for placing: ${busiest.start} (${busiest.placed}); quietest: ${quietest.start} (${quietest.placed}).`,
      labels,
      yLabel: 'per week',
      series: [
        { name: 'placed', values: weeks.map((w) => w.placed) },
        { name: 'collected', values: weeks.map((w) => w.collected) },
      ],
    }),
    lineChartSvg({
      id: 'year-queue',
      title: 'Queue length per pickup library (reservations waiting, weekly mean)',
      description: `Mean number of reservations in the queue (予約中) by pickup library, week by week. Longest on average: ${queue[0].b} (${queue[0].q.toFixed(1)}).`,
      labels,
      yLabel: 'waiting',
      series: libs.map((b) => ({ name: b, values: weeks.map((w) => w.queue[b]) })),
    }),
    lineChartSvg({
      id: 'year-wait',
      title: 'Wait from joining the queue to the hold, per pickup library (days)',
      description: `Mean days from approval (or a counter reservation) to the hold notice, for the holds that started each week, by pickup library. Longest on average: ${waits[0].b} (${waits[0].w.toFixed(1)} days).`,
      labels,
      yLabel: 'days',
      series: libs.map((b) => ({ name: b, values: weeks.map((w) => w.wait[b]) })),
    }),
    lineChartSvg({
      id: 'year-hold-shelf',
      title: 'Hold-shelf occupancy per library (holds on the shelf, weekly mean)',
      description: `Mean number of holds (お取置き) on each library's hold shelf, week by week. Fullest on average: ${held[0].b} (${held[0].h.toFixed(1)}).`,
      labels,
      yLabel: 'holds',
      series: libs.map((b) => ({ name: b, values: weeks.map((w) => w.held[b]) })),
    }),
    barChartSvg({
      id: 'year-lapses',
      title: 'Holds lapsed, per week',
      description: `Holds whose last day passed without collection (D3), per week. Most: week of ${maxLapse.start} (${maxLapse.lapsed}).`,
      labels,
      yLabel: 'lapsed',
      name: 'lapsed',
      values: weeks.map((w) => w.lapsed),
    }),
  ];

  const lines = [
    '---',
    'title: A year at Hokuto',
    '---',
    '',
    '# A year at Hokuto',
    '',
    '<!-- Generated by scripts/docs-year.mjs from docs/data/year-at-hokuto.json: do not edit by hand. -->',
    '',
    `A year at the eight Hokuto libraries and the local history museum, played by \`yoyaku simulate\` (\`runSimulation\` of \`yoyaku-rules/testing\`) through the reservation service on the ${data.store} store: seed \`${data.seed}\`, ${data.start} to ${data.end}. The library is generated from the seed — tens of thousands of titles, thousands of patrons, copies spread over the libraries, a few titles owned by the museum — and each day brings the morning approval batch (on two servers, one of which must find it claimed), the hold expiry, notice delivery, and a few hundred reservations with the loans, returns, renewals, cancellations, collections and transits that follow from them. Staff approve or reject some requests by hand before the batch (P10), extend some holds by a few days (P11), and work the pull list three times a day at each library and the museum: the simulation's policy turns \`noticeAtTrap\` off, so a copy taken from the open shelf waits there until staff pull it (P8). The invariants below were checked after every day.`,
    '',
    'To play it yourself:',
    '',
    '```bash',
    `npx yoyaku simulate --days ${data.days} --seed ${data.seed}`,
    `npx yoyaku simulate --days ${data.days} --seed ${data.seed} --store sqlite:year.db --json`,
    '```',
    '',
    '## The year in numbers',
    '',
    '| | count |',
    '|---|---:|',
    ...Object.entries(COUNT_TEXT).map(([k, text]) => `| ${text} | ${fmt(c[k])} |`),
    '',
    `Every count of the run is in [the committed JSON](data/year-at-hokuto.json) (\`counts\`, and month by month in \`months\`).`,
    '',
    '## Reservations placed and collected',
    '',
    `The charts show the ${weeks.length} whole weeks of the run, each labelled by its first day${weeks.length < data.weeks.length ? ' (the last day of the year, a week of its own, is left out)' : ''}.`,
    '',
    charts[0],
    '',
    `Demand follows the school year: placing runs at about ${Math.round(placedIn(`${year}-05`))} a week in May, climbs to ${Math.round(placedIn(`${year}-07`))} in July, before the summer holidays, and to ${Math.round(placedIn(`${year}-12`))} in December, before the winter ones. The busiest week starts on ${busiest.start} (${busiest.placed} placed). The quietest, from ${quietest.start} (${quietest.placed}), is the year-end closure: every library is shut from 28 December to 4 January, online requests still come in, and they wait for the batch of the first open day (C1). Collections trail placing by the wait for a copy, and stop dead while the libraries are closed.`,
    '',
    '## Queues and waits',
    '',
    charts[1],
    '',
    charts[2],
    '',
    `Queues are longest where most patrons collect: ${queue
      .slice(0, 2)
      .map((q) => `${q.b} (${q.q.toFixed(1)} waiting on average)`)
      .join(' and ')}; the first two libraries of the policy, which the generated system makes the largest (three and two shares of the copies, against one for each of the others). The wait from joining the queue to the hold notice averages ${waits[waits.length - 1].w.toFixed(1)} to ${waits[0].w.toFixed(1)} days by library; it includes the transit of a copy from another library, which is most of the wait for a title that is on the shelf somewhere else. In January the wait averages ${allWaits(weeks.filter((w) => w.start.startsWith(`${next}-01`))).toFixed(1)} days, against ${allWaits(weeks).toFixed(1)} over the year: the copies returned after the year-end closure go to queues that grew while every library was shut.`,
    '',
    '## The hold shelves',
    '',
    charts[3],
    '',
    `A hold stays on the shelf until it is collected or its last day passes (D2: the notice date plus 7 days in the Hokuto preset). The library \`${held[0].b}\` keeps the most holds on its shelf (${held[0].h.toFixed(1)} on average). Over all libraries the shelves held ${allHeld(beforeClosure).toFixed(0)} holds on average in the week of ${beforeClosure.start} and ${allHeld(closureWeek).toFixed(0)} in the week of ${closureWeek.start}, during the year-end closure: nobody can collect then, and the expiry job goes on lapsing the holds whose last day passed.`,
    '',
    '## Lapses',
    '',
    charts[4],
    '',
    `${fmt(c.lapsed)} holds lapsed, ${pct(c.lapsed, c.trapped)} % of the ${fmt(c.trapped)} holds: patrons who never came (one in twelve, in the simulation) and those whose notice was lost in the post (${fmt(c.noticesDropped)} notices, D4: the hold period does not stretch for a lost mail), unless they saw the hold on their status page. The most lapses fell in the week of ${maxLapse.start} (${maxLapse.lapsed}). Each lapsed copy went to the next in the queue or off the hold shelf (D3), as the invariant below checked.`,
    '',
    '## The invariants',
    '',
    violations === 0 ? 'None was broken:' : `**${violations} violations were found:**`,
    '',
    '| invariant | checks | violations |',
    '|---|---:|---:|',
    ...data.invariants.map((i) => `| \`${i.name}\` | ${fmt(i.checks)} | ${i.violations} |`),
    '',
    'What each one asserts is in the reference of `runSimulation`; each has a test that breaks it on purpose (`test/testing/simulation/invariants.test.ts`) and sees its name in the report.',
    '',
  ];
  return lines.join('\n');
}

function main() {
  const data = JSON.parse(readFileSync(join(root, YEAR_DATA), 'utf8'));
  const expected = yearPage(data);
  const path = join(root, YEAR_PAGE);
  let actual = '';
  try {
    actual = readFileSync(path, 'utf8');
  } catch {
    // a new page
  }
  if (process.argv.includes('--check')) {
    if (actual !== expected) {
      console.error(`${YEAR_PAGE} is out of date: run node scripts/docs-year.mjs`);
      process.exit(1);
    }
    return;
  }
  if (actual !== expected) {
    writeFileSync(path, expected);
    console.log(`updated ${YEAR_PAGE}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
