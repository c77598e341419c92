import type { z } from 'zod';
import { unknownFieldIssues, type YoyakuIssue } from '../../errors/yoyaku-error.js';

type Issue = z.core.$ZodIssue;

function rootIssues(issues: readonly Issue[]): number {
  return issues.filter((i) => i.path.length <= 1).length;
}

/** The option of a union the input most likely meant: fewest issues at its top, then fewest issues. */
function likeliestOption(options: readonly (readonly Issue[])[]): readonly Issue[] {
  let best: readonly Issue[] | undefined;
  for (const option of options) {
    if (best === undefined) best = option;
    else {
      const [a, b] = [rootIssues(option), rootIssues(best)];
      if (a < b || (a === b && option.length < best.length)) best = option;
    }
  }
  return best ?? [];
}

function flatten(issue: Issue, prefix: readonly PropertyKey[]): YoyakuIssue[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union') {
    if (issue.errors.length === 0) {
      const expected = 'options' in issue && Array.isArray(issue.options) ? `: expected one of ${issue.options.join(', ')}` : '';
      return [{ path, message: `${issue.message}${expected}`, code: issue.code }];
    }
    return likeliestOption(issue.errors).flatMap((inner) => flatten(inner, path));
  }
  if (issue.code === 'unrecognized_keys') return unknownFieldIssues(path, issue.keys);
  return [{ path, message: issue.message, code: issue.code }];
}

/**
 * Turns zod issues into issues with full paths, replacing each union failure by the issues of
 * the option the input most likely meant (an operation step's, not an expectation's, when the
 * step has `do`), and each unknown field by an issue at its own path, so that an error names the
 * field (`steps.3.args.volumeId`, `steps.2.as`), not the step.
 * @param issues - zod's issues
 * @returns the issues with full paths
 * @category Testing
 * @example
 * const result = ScenarioSchema.safeParse(input);
 * if (!result.success) console.log(flattenIssues(result.error.issues));
 */
export function flattenIssues(issues: readonly Issue[]): YoyakuIssue[] {
  return issues.flatMap((issue) => flatten(issue, []));
}
