// 4. Calendar: the last day of a hold and the next open day over 100k dates, against the same
// computed with TZDate (Asia/Tokyo) and date-fns.
import { holdLastDay } from '../../src/calendar/hold-last-day.js';
import { fromEpochDay, toEpochDay } from '../../src/calendar/local-date.js';
import { nextOpenDay } from '../../src/calendar/open-days.js';
import { hokutoPolicy } from '../../src/policy/presets/hokuto.js';
import { makeComparison } from '../results-schema.mjs';
import { finish, parseArgs } from '../lib/child.js';
import { log, repeated, repetitionsFor, timeTasks } from '../lib/measure.js';
import { createRng } from '../lib/rng.js';
import { dateFnsCalendar } from '../floors/datefns-calendar.js';

const args = parseArgs();
const COUNT = args.quick ? 4_000 : 100_000;
const policy = hokutoPolicy({ extendHoldPastClosedDays: true });
const branches = policy.branches.map((b) => b.id);
const rng = createRng(7);
const first = toEpochDay('2025-01-01');
const span = toEpochDay('2027-12-15') - first;
const dates = Array.from({ length: COUNT }, () => fromEpochDay(first + rng.int(span)));
const branchOf = Array.from({ length: COUNT }, () => rng.pick(branches));
const df = dateFnsCalendar(policy);

let mismatches = 0;
for (let i = 0; i < COUNT; i++) {
  const [b, d] = [branchOf[i]!, dates[i]!];
  if (holdLastDay(policy, b, d) !== df.holdLastDay(b, d) || nextOpenDay(policy, b, d) !== df.nextOpenDay(b, d)) {
    if (mismatches++ < 5) log(`calendar mismatch for ${b} ${d}: ours ${holdLastDay(policy, b, d)}/${nextOpenDay(policy, b, d)}, date-fns ${df.holdLastDay(b, d)}/${df.nextOpenDay(b, d)}`);
  }
}
if (mismatches > 0) throw new Error(`${mismatches} dates disagree; the comparison would be meaningless`);

const each = (fn: (b: string, d: string) => string) => () => {
  let n = 0;
  for (let i = 0; i < COUNT; i++) n += fn(branchOf[i]!, dates[i]!).length;
  return n;
};
const oursHold = each((b, d) => holdLastDay(policy, b, d));
const oursNext = each((b, d) => nextOpenDay(policy, b, d));
// date-fns takes ~0.1 ms or more a date here, so a pass over the dates is one run; ours repeats
// its pass to last about as long as 50 ms, so that timer noise does not swamp it.
const reps = { oursHold: repetitionsFor(oursHold, 50), oursNext: repetitionsFor(oursNext, 50), dfHold: 1, dfNext: 1 };
const plan = { warmup: 1, runs: 5 };
log(`calendar: ${COUNT} dates, ${plan.runs} runs, repetitions ${JSON.stringify(reps)}`);
const t = timeTasks(
  [
    { name: 'oursHold', run: repeated(oursHold, reps.oursHold) },
    { name: 'dfHold', run: each(df.holdLastDay) },
    { name: 'oursNext', run: repeated(oursNext, reps.oursNext) },
    { name: 'dfNext', run: each(df.nextOpenDay) },
  ],
  plan,
);
const perSecond = (name: keyof typeof reps) => (COUNT * reps[name]) / (t[name]!.medianMs / 1000);
const perDateUs = (name: keyof typeof reps) => 1e6 / perSecond(name);

finish(args, {
  comparisons: [
    makeComparison('hold-last-day-vs-date-fns', perSecond('oursHold'), perSecond('dfHold'), 'dates/s', 'higher', 20),
    makeComparison('next-open-day-vs-date-fns', perSecond('oursNext'), perSecond('dfNext'), 'dates/s', 'higher', 20),
  ],
  measurements: [
    { label: 'holdLastDay() per date', value: perDateUs('oursHold'), unit: 'µs' },
    { label: 'date-fns + TZDate hold last day per date', value: perDateUs('dfHold'), unit: 'µs' },
    { label: 'nextOpenDay() per date', value: perDateUs('oursNext'), unit: 'µs' },
    { label: 'date-fns + TZDate next open day per date', value: perDateUs('dfNext'), unit: 'µs' },
  ],
});
