import type { BranchId } from '../../../model/ids.js';
import type { LocalDate } from '../../../model/time.js';
import type { Policy } from '../../../policy/schema.js';
import type { RuleId } from '../../../errors/rule-id.js';
import type { Journal } from '../journal.js';
import type { Observation } from '../observe.js';

/** What an invariant looks at: the records read back (when any), the journal, the policy. */
export interface InvariantInput {
  /** The touched records read back; `null` when only the journal is checked (after a job). */
  readonly observation: Observation | null;
  readonly journal: Journal;
  readonly policy: Policy;
  readonly museums: ReadonlySet<BranchId>;
  readonly libraries: ReadonlySet<BranchId>;
  readonly day: LocalDate;
}

/** What one invariant found: how many records it checked, and what was wrong, in words. */
export interface InvariantFinding {
  readonly checks: number;
  readonly violations: readonly string[];
}

/**
 * An invariant of the library, checked after every day (and every step in strict mode).
 * @category Testing
 * @example
 * const names = SIMULATION_INVARIANTS.map((i: SimulationInvariant) => i.name);
 */
export interface SimulationInvariant {
  /** A stable name, such as `copy-in-one-place`. */
  readonly name: string;
  /** The rules it guards. */
  readonly rules: readonly RuleId[];
  /** What it asserts, in one sentence. */
  readonly description: string;
  /** Checks the input; never throws for a violation. */
  check(input: InvariantInput): InvariantFinding;
}

/** Builds a finding from a loop over records. */
export function finding(): { checks: number; violations: string[]; ok(count?: number): void; fail(detail: string): void; done(): InvariantFinding } {
  const f = {
    checks: 0,
    violations: [] as string[],
    ok(count = 1) {
      f.checks += count;
    },
    fail(detail: string) {
      f.checks++;
      f.violations.push(detail);
    },
    done(): InvariantFinding {
      return { checks: f.checks, violations: f.violations };
    },
  };
  return f;
}
