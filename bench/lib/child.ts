// The protocol between bench/run.mjs and a suite running in a child process: flags in argv, the
// suite's comparisons and measurements written as JSON to the file named by --out.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Comparison } from '../results-schema.mjs';

/** A figure shown in the table beside the comparisons (time per request, peak memory…). */
export interface Measurement {
  readonly label: string;
  readonly value: number;
  readonly unit: string;
}

/** What a suite hands back. */
export interface SuiteOutput {
  comparisons: Comparison[];
  measurements: Measurement[];
  /** Things the reader of the table should know (a run skipped, and why). */
  notes?: string[];
}

/** The flags a suite understands. */
export interface SuiteArgs {
  readonly quick: boolean;
  readonly out: string | null;
  readonly values: Readonly<Record<string, string>>;
}

/** Parses `--quick`, `--out FILE` and any `--key value` pairs. */
export function parseArgs(argv: readonly string[] = process.argv.slice(2)): SuiteArgs {
  const values: Record<string, string> = {};
  let quick = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--quick') quick = true;
    else if (a.startsWith('--') && i + 1 < argv.length) values[a.slice(2)] = argv[++i]!;
  }
  return { quick, out: values.out ?? null, values };
}

/** Writes the suite's output for the runner, or prints it when run by hand. */
export function finish(args: SuiteArgs, output: SuiteOutput): void {
  const json = JSON.stringify(output, null, 2);
  if (args.out) writeFileSync(args.out, json);
  else process.stdout.write(`${json}\n`);
}

/**
 * Starts a new peak-memory window: on Linux, the kernel's high-water mark of resident memory
 * (VmHWM) is reset to the current RSS, so that the transient garbage of building the data is not
 * counted. Returns false where that is not possible (the peak then covers the whole process).
 */
export function resetPeakRss(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

/** Peak resident set size since {@link resetPeakRss} (or since the process started), in MiB. */
export function peakRssMiB(): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]) / 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS / 1024;
}
