import type { YoyakuIssue } from '../../errors/yoyaku-error.js';
import type { Loan } from '../../model/loan.js';
import type { Copy, Title, Volume } from '../../model/material.js';
import type { Patron } from '../../model/patron.js';
import type { Policy } from '../../policy/schema.js';
import type { SeedData } from '../../ports/seed-data.js';
import { policyWithOverrides } from './resolve-policy.js';
import type { Scenario } from './scenario-schema.js';

/**
 * A scenario's library as records: the policy, the seed data, and indexes of its ids for the
 * checks of the steps.
 * @category Testing
 * @example
 * const { policy, seed } = buildLibrary(scenario.library).library!;
 */
export interface ScenarioLibrary {
  readonly policy: Policy;
  /** The records to seed a storage with (a {@link SeedData}). */
  readonly seed: {
    readonly patrons: readonly Patron[];
    readonly titles: readonly Title[];
    readonly volumes: readonly Volume[];
    readonly copies: readonly Copy[];
    readonly loans: readonly Loan[];
  };
  readonly patronIds: ReadonlySet<string>;
  readonly branchIds: ReadonlySet<string>;
  readonly volumeIds: ReadonlySet<string>;
  readonly copyIds: ReadonlySet<string>;
  readonly loanIds: ReadonlySet<string>;
}

function patronOf(p: Scenario['library']['patrons'][number]): Patron {
  return {
    id: p.id,
    cardNumber: p.cardNumber ?? `card-${p.id}`,
    ...(p.name === undefined ? {} : { name: p.name }),
    email: p.email === undefined ? `${p.id}@example.jp` : p.email,
    internetRegistered: p.internetRegistered,
    unreachable: p.unreachable,
    noticePrivacy: { showName: p.showName, showTitle: p.showTitle },
    ...(p.homeBranch === undefined ? {} : { homeBranchId: p.homeBranch }),
  };
}

/**
 * Builds a scenario's library: the policy (its preset with the overrides), patrons (with the
 * defaults of the format), titles, volumes, copies and loans; and finds what JSON Schema cannot:
 * duplicate ids, and branches, copies or patrons that do not exist. Issues have full paths
 * (`library.titles.1.copies.0.branch`).
 * @param library - the parsed `library` of a scenario
 * @returns the library, or the issues found
 * @category Testing
 * @example
 * const built = buildLibrary(ScenarioSchema.parse(input).library);
 * if (built.issues.length === 0) console.log(built.library?.seed.copies.length);
 */
export function buildLibrary(library: Scenario['library']): { library: ScenarioLibrary | null; issues: YoyakuIssue[] } {
  const issues: YoyakuIssue[] = [];
  const resolved = policyWithOverrides(library.preset, library.policy, ['library', 'policy']);
  if (!resolved.ok) return { library: null, issues: resolved.issues };
  const policy = resolved.policy;
  const branchIds = new Set(policy.branches.map((b) => b.id));
  const unique = (seen: Set<string>, value: string, path: PropertyKey[], what: string): void => {
    if (seen.has(value)) issues.push({ path, message: `Duplicate ${what} id "${value}"` });
    seen.add(value);
  };
  const knownBranch = (value: string | undefined, path: PropertyKey[]): void => {
    if (value !== undefined && !branchIds.has(value)) issues.push({ path, message: `Unknown branch "${value}"` });
  };

  const patronIds = new Set<string>();
  const patrons = library.patrons.map((p, i) => {
    unique(patronIds, p.id, ['library', 'patrons', i, 'id'], 'patron');
    knownBranch(p.homeBranch, ['library', 'patrons', i, 'homeBranch']);
    return patronOf(p);
  });

  const titleIds = new Set<string>();
  const volumeIds = new Set<string>();
  const copyIds = new Set<string>();
  const titles: Title[] = [];
  const volumes: Volume[] = [];
  const copies: Copy[] = [];
  library.titles.forEach((t, ti) => {
    const at = ['library', 'titles', ti];
    unique(titleIds, t.id, [...at, 'id'], 'title');
    titles.push({ id: t.id, name: t.name, category: t.category, audiovisual: t.audiovisual });
    if (t.volumes !== undefined && t.copies.length > 0) {
      issues.push({ path: [...at, 'copies'], message: 'A title with volumes lists its copies under each volume' });
    }
    const vols = t.volumes ?? [{ id: `${t.id}/1`, label: undefined, set: false, copies: t.copies }];
    vols.forEach((v, vi) => {
      const vAt = t.volumes === undefined ? at : [...at, 'volumes', vi];
      if (t.volumes !== undefined) unique(volumeIds, v.id, [...vAt, 'id'], 'volume');
      else unique(volumeIds, v.id, [...at, 'id'], 'volume');
      volumes.push({ id: v.id, titleId: t.id, ...(v.label === undefined ? {} : { label: v.label }), ...(v.set ? { set: true } : {}) });
      v.copies.forEach((c, ci) => {
        const cAt = [...vAt, 'copies', ci];
        unique(copyIds, c.id, [...cAt, 'id'], 'copy');
        knownBranch(c.branch, [...cAt, 'branch']);
        knownBranch(c.owner, [...cAt, 'owner']);
        copies.push({ id: c.id, volumeId: v.id, ownerBranchId: c.owner ?? c.branch, locationBranchId: c.branch, status: c.status, ...(c.notForLoan ? { notForLoan: true } : {}), version: 0 });
      });
    });
  });

  const loanIds = new Set<string>();
  const loans: Loan[] = [];
  library.loans.forEach((l, li) => {
    const at = ['library', 'loans', li];
    unique(loanIds, l.id, [...at, 'id'], 'loan');
    if (!patronIds.has(l.patron)) issues.push({ path: [...at, 'patron'], message: `Unknown patron "${l.patron}"` });
    const copyIndex = copies.findIndex((c) => c.id === l.copy);
    const copy = copies[copyIndex];
    if (copy === undefined) {
      issues.push({ path: [...at, 'copy'], message: `Unknown copy "${l.copy}"` });
      return;
    }
    if (loans.some((other) => other.copyId === l.copy)) issues.push({ path: [...at, 'copy'], message: `Copy "${l.copy}" is already on loan` });
    copies[copyIndex] = { ...copy, status: copy.status === 'longOverdue' ? 'longOverdue' : 'onLoan' };
    const volume = volumes.find((v) => v.id === copy.volumeId);
    loans.push({
      id: l.id,
      patronId: l.patron,
      copyId: copy.id,
      volumeId: copy.volumeId,
      titleId: volume?.titleId ?? '',
      branchId: copy.locationBranchId,
      lentAt: l.lentAt,
      dueDate: l.dueDate,
      renewals: l.renewals,
      returnedAt: null,
      version: 0,
    });
  });

  return {
    library: { policy, seed: { patrons, titles, volumes, copies, loans }, patronIds, branchIds, volumeIds, copyIds, loanIds },
    issues,
  };
}
