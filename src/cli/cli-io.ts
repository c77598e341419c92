/**
 * What the command line writes to, so that tests can run it in-process: standard output and
 * error, and whether colours are wanted.
 * @category Testing
 * @example
 * const io: CliIo = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t), color: false };
 */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Whether to colour the timeline (a terminal, no `NO_COLOR`). */
  readonly color: boolean;
  /** The clock `check-policy` reads today from, for its coverage warning; the system clock when absent. */
  readonly now?: (() => string) | undefined;
}
