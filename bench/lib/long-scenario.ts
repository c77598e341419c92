// A long scenario for the scenario runner's benchmark: a month at the Hokuto libraries with many
// patrons and titles; each day the morning jobs, then online reservations (some refused by the
// quota), cancellations and loan-status pages, in time order. Deterministic for a given size.
import { createRng } from './rng.js';

const BRANCHES = ['akeno', 'sutama', 'takane', 'nagasaka', 'kobuchizawa', 'mukawa'];

/** A scenario of `steps` steps over a library of `patrons` patrons and `titles` one-copy titles. */
export function longScenario(steps: number, patrons = 300, titles = 400): Record<string, unknown> {
  const rng = createRng(20261201);
  const library = {
    preset: 'hokuto',
    patrons: Array.from({ length: patrons }, (_, i) => ({ id: `p${i}` })),
    titles: Array.from({ length: titles }, (_, i) => ({ id: `t${i}`, name: `本 ${i}`, copies: [{ id: `c${i}`, branch: BRANCHES[i % BRANCHES.length] }] })),
  };
  const out: Record<string, unknown>[] = [];
  const made: string[] = [];
  const perDay = 100;
  let day = 0;
  while (out.length < steps) {
    const date = new Date(Date.UTC(2026, 11, 1 + day)).toISOString().slice(0, 10);
    out.push({ at: `${date}T07:00:00+09:00`, actor: 'system', do: 'runHoldExpiry' });
    out.push({ at: `${date}T07:01:00+09:00`, actor: 'system', do: 'runApprovalBatch' });
    for (let i = 0; i < perDay - 2 && out.length < steps; i++) {
      const minute = 10 + Math.floor((i * 600) / perDay);
      const at = `${date}T${String(9 + Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00+09:00`;
      const patron = `p${rng.int(patrons)}`;
      const roll = rng.int(10);
      if (roll < 7 || made.length === 0) {
        const alias = `r${out.length}`;
        out.push({ at, actor: { patron }, do: 'reserveOnline', args: { volumeId: `t${rng.int(titles)}/1`, pickupBranchId: BRANCHES[rng.int(BRANCHES.length)] }, as: alias });
        made.push(alias);
      } else if (roll < 9) {
        out.push({ at, actor: { patron }, do: 'loanStatusPage' });
      } else {
        out.push({ at, actor: { patron }, do: 'listReservations' });
      }
    }
    day++;
  }
  return { name: `A long month (${steps} steps)`, library, steps: out.slice(0, steps) };
}
