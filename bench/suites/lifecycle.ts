// 1. Lifecycle transitions on a realistic mix of events: transition() against the same lifecycle
// as an XState v5 machine (pure transition API), and against the floor (a switch with no checks).
import { transition } from '../../src/lifecycle/transition.js';
import { makeComparison } from '../results-schema.mjs';
import { finish, parseArgs } from '../lib/child.js';
import { lifecycleCases } from '../lib/lifecycle-cases.js';
import { log, repeated, repetitionsFor, timeTasks } from '../lib/measure.js';
import { floorTransition } from '../floors/lifecycle-switch.js';
import { snapshotOf, xstateEventOf, xstateOutcome, xstateStep } from '../floors/xstate-lifecycle.js';

const args = parseArgs();
const CASES = args.quick ? 5_000 : 20_000;
const cases = lifecycleCases(CASES);
const contexts = cases.map((c) => ({ at: c.at }));
const floorInputs = cases.map((c) => c.reservation as unknown as Parameters<typeof floorTransition>[0]);
const snapshots = cases.map((c) => snapshotOf(c.reservation));
const xEvents = cases.map((c) => xstateEventOf(c.event, c.at));

// The three contenders must agree before their speed means anything.
let mismatches = 0;
for (let i = 0; i < cases.length; i++) {
  const c = cases[i]!;
  const ours = transition(c.reservation, c.event, contexts[i]!);
  const oursOutcome = ours.ok ? ours.reservation.status : ours.refusal.code;
  const theirs = xstateOutcome(snapshots[i]!, xstateStep(snapshots[i]!, xEvents[i]!));
  if (oursOutcome !== c.expect || theirs !== c.expect) {
    if (mismatches++ < 5) log(`mismatch at case ${i} (${c.event.type} from ${c.reservation.status}): expected ${c.expect}, ours ${oursOutcome}, xstate ${theirs}`);
  }
}
if (mismatches > 0) throw new Error(`${mismatches} lifecycle cases disagree; the comparison would be meaningless`);

function runOurs() {
  let n = 0;
  for (let i = 0; i < cases.length; i++) if (transition(cases[i]!.reservation, cases[i]!.event, contexts[i]!).ok) n++;
  return n;
}
function runXState() {
  let n = 0;
  for (let i = 0; i < cases.length; i++) if (xstateStep(snapshots[i]!, xEvents[i]!)[0] !== snapshots[i]) n++;
  return n;
}
function runFloor() {
  let n = 0;
  for (let i = 0; i < cases.length; i++) if (floorTransition(floorInputs[i]!, cases[i]!.event, cases[i]!.at).events.length) n++;
  return n;
}

const targetMs = args.quick ? 40 : 120;
const plan = args.quick ? { warmup: 2, runs: 7 } : { warmup: 5, runs: 21 };
const reps = {
  ours: repetitionsFor(runOurs, targetMs),
  xstate: repetitionsFor(runXState, targetMs),
  floor: repetitionsFor(runFloor, targetMs),
};
log(`lifecycle: ${CASES} cases, repetitions per run ${JSON.stringify(reps)}, ${plan.runs} runs`);
const t = timeTasks(
  [
    { name: 'ours', run: repeated(runOurs, reps.ours) },
    { name: 'xstate', run: repeated(runXState, reps.xstate) },
    { name: 'floor', run: repeated(runFloor, reps.floor) },
  ],
  plan,
);
const perSecond = (name: 'ours' | 'xstate' | 'floor') => (CASES * reps[name]) / (t[name]!.medianMs / 1000);
const ours = perSecond('ours');
const xstate = perSecond('xstate');
const floor = perSecond('floor');

finish(args, {
  comparisons: [
    makeComparison('transition-vs-xstate', ours, xstate, 'transitions/s', 'higher', 50),
    makeComparison('transition-vs-floor', ours, floor, 'transitions/s', 'higher', 1 / 3),
  ],
  measurements: [
    { label: 'transition() per transition', value: 1e9 / ours, unit: 'ns' },
    { label: 'XState transition() per transition', value: 1e9 / xstate, unit: 'ns' },
    { label: 'floor switch per transition', value: 1e9 / floor, unit: 'ns' },
    { label: 'floor ÷ XState: the most transition-vs-xstate could reach', value: floor / xstate, unit: '×' },
  ],
});
