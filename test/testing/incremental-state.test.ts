import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../../src/adapters/memory/create-memory-storage.js';
import type { FixedClock } from '../../src/ports/clock.js';
import { runScenario, type ScenarioStorage } from '../../src/testing/scenario/run-scenario.js';

// On a memory storage the runner reads again, after each step, only what the step wrote (its
// change watch); every other storage is read whole. Both must give the same report.

const DIR = fileURLToPath(new URL('../scenarios/', import.meta.url));
const DEMO = fileURLToPath(new URL('../../examples/demo/hokuto-two-weeks.json', import.meta.url));
const files = [...readdirSync(DIR).filter((f) => f.endsWith('.json')).map((f) => `${DIR}${f}`), DEMO];

/** A memory storage without its change watch: the runner reads it whole after every step. */
function readWhole({ clock }: { clock: FixedClock }): ScenarioStorage {
  const s = createMemoryStorage({ clock });
  return { unitOfWork: s.unitOfWork, capabilities: s.capabilities, clock: s.clock, seed: (data) => s.seed(data) };
}

/** A memory storage whose watch forgets the reservations written: the control that must differ. */
function forgetsReservations({ clock }: { clock: FixedClock }): ScenarioStorage {
  const s = createMemoryStorage({ clock });
  return {
    ...s,
    watchChanges: () => {
      const watch = s.watchChanges();
      return { take: () => ({ ...watch.take(), reservations: [] }), stop: () => watch.stop() };
    },
  } as ScenarioStorage;
}

describe('the scenario runner on a memory storage reads again only what each step wrote', () => {
  for (const file of files) {
    it(`[C2] [D3] gives the report of a whole read: ${file.split('/').pop()}`, async () => {
      const json = JSON.parse(readFileSync(file, 'utf8')) as unknown;
      const watched = await runScenario(json);
      const whole = await runScenario(json, { storage: readWhole });
      expect(watched).toEqual(whole);
    });
  }

  it('control: a watch that forgets the reservations written gives another report (the equality above can fail)', async () => {
    const json = JSON.parse(readFileSync(DEMO, 'utf8')) as unknown;
    const forgetful = await runScenario(json, { storage: forgetsReservations });
    const whole = await runScenario(json, { storage: readWhole });
    expect(forgetful).not.toEqual(whole);
  });
});
