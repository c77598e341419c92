import type { OutboxNotice } from '../ports/outbox.js';
import { readFile, writeFile } from 'node:fs/promises';
import { isYoyakuError } from '../errors/yoyaku-error.js';
import type { FixedClock } from '../ports/clock.js';
import type { ScenarioStorage } from '../testing/scenario/run-scenario.js';
import { CliError } from './cli-error.js';

/**
 * Where `yoyaku run` keeps the library: in memory for the run (`memory`, the default), or in a
 * SQLite file that a later run continues from (`sqlite:<file>`).
 * @category Testing
 * @example
 * const store: StoreOption = { kind: 'sqlite', file: 'hokuto.db' };
 */
export type StoreOption = { readonly kind: 'memory' } | { readonly kind: 'sqlite'; readonly file: string };

/**
 * Reads the `--store` option: `memory` or `sqlite:<file>`.
 * @param value - the option's value, or undefined when absent
 * @returns the store
 * @throws {@link CliError} exit code 2 for anything else
 * @category Testing
 * @example
 * parseStoreOption('sqlite:demo.db'); // { kind: 'sqlite', file: 'demo.db' }
 */
export function parseStoreOption(value: string | undefined): StoreOption {
  if (value === undefined || value === 'memory') return { kind: 'memory' };
  if (value.startsWith('sqlite:') && value.length > 'sqlite:'.length) return { kind: 'sqlite', file: value.slice('sqlite:'.length) };
  throw new CliError(`--store must be "memory" or "sqlite:<file>", not "${value}"`);
}

/**
 * How far a scenario was played into a SQLite file, kept next to it in `<file>.progress.json`:
 * the scenario's name, the next step to play, and the aliases bound so far.
 * @category Testing
 * @example
 * const progress: StoreProgress = { scenario: 'Two weeks at Hokuto', nextStep: 14, aliases: { r1: 's0-1' } };
 */
export interface StoreProgress {
  readonly scenario: string;
  /** The index of the next step; `null` when every step was played. */
  readonly nextStep: number | null;
  readonly aliases: Readonly<Record<string, string>>;
  /** The notices delivered so far, as rendered (issue 10: notices are rendered when delivered). */
  readonly notices?: readonly OutboxNotice[] | undefined;
}

/**
 * The path of the progress file of a SQLite store.
 * @param file - the database file
 * @returns the progress file's path
 * @category Testing
 * @example
 * progressPath('demo.db'); // 'demo.db.progress.json'
 */
function progressPath(file: string): string {
  return `${file}.progress.json`;
}

/**
 * Reads the progress of a SQLite store, or `null` when the file has none (a new store).
 * @param file - the database file
 * @returns the progress
 * @throws {@link CliError} when the progress file exists but is not readable JSON of the right shape
 * @category Testing
 * @example
 * const progress = await readProgress('demo.db');
 */
export async function readProgress(file: string): Promise<StoreProgress | null> {
  let text: string;
  try {
    text = await readFile(progressPath(file), 'utf8');
  } catch {
    return null;
  }
  try {
    const value = JSON.parse(text) as Partial<StoreProgress>;
    const valid =
      typeof value.scenario === 'string' &&
      (value.nextStep === null || (Number.isInteger(value.nextStep) && (value.nextStep ?? -1) >= 0)) &&
      typeof value.aliases === 'object' &&
      value.aliases !== null &&
      (value.notices === undefined || Array.isArray(value.notices));
    if (valid) return value as StoreProgress;
  } catch {
    // reported below
  }
  throw new CliError(`${progressPath(file)} is not a progress file of yoyaku run; remove it and the database to start again`);
}

/**
 * Writes the progress of a SQLite store.
 * @param file - the database file
 * @param progress - how far the scenario was played
 * @category Testing
 * @example
 * await writeProgress('demo.db', { scenario: report.name, nextStep: report.nextStep, aliases: report.aliases });
 */
export async function writeProgress(file: string, progress: StoreProgress): Promise<void> {
  await writeFile(progressPath(file), `${JSON.stringify(progress, null, 2)}\n`, 'utf8');
}

/**
 * Loads a store's adapter, which imports its driver (an optional peer dependency). A driver that
 * is not installed is a {@link CliError} naming the package to install, not a stack trace.
 * @param store - the store's name for people (`SQLite`)
 * @param driver - the driver package (`better-sqlite3`)
 * @param load - the dynamic import of the adapter (it must stay `await import(...)`: the build
 * keeps it a chunk of its own, so the driver is loaded only here)
 * @returns the adapter module
 * @throws {@link CliError} exit code 2 when the driver is missing or fails to load
 * @category Testing
 * @example
 * const adapter = await loadAdapter('SQLite', 'better-sqlite3', () => import('../adapters/sqlite/create-sqlite-storage.js'));
 */
export async function loadAdapter<T>(store: string, driver: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException | undefined)?.code;
    const message = e instanceof Error ? e.message : String(e);
    if ((code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && message.includes(`'${driver}'`)) {
      throw new CliError(`the ${store} store needs the ${driver} package, which is not installed: npm install ${driver}`);
    }
    throw new CliError(`the ${store} store could not load ${driver} (reinstall it: npm install ${driver}): ${message.split('\n')[0]}`);
  }
}

/**
 * Opens the storage of a `--store` option for a scenario's clock. SQLite is loaded only when
 * asked for (better-sqlite3 is an optional peer dependency).
 * @param store - the store option
 * @param clock - the scenario's clock
 * @returns the storage and a function that closes it
 * @throws {@link CliError} when better-sqlite3 is missing or the file cannot be opened
 * @category Testing
 * @example
 * const { storage, close } = await openStore({ kind: 'sqlite', file: 'demo.db' }, clock);
 */
export async function openStore(store: StoreOption, clock: FixedClock): Promise<{ storage: ScenarioStorage; close: () => Promise<void> }> {
  if (store.kind === 'memory') {
    const { createMemoryStorage } = await import('../adapters/memory/create-memory-storage.js');
    const storage = createMemoryStorage({ clock });
    return { storage, close: () => storage.close() };
  }
  const adapter = await loadAdapter('SQLite', 'better-sqlite3', () => import('../adapters/sqlite/create-sqlite-storage.js'));
  try {
    const storage = adapter.createSqliteStorage({ filename: store.file, clock });
    return { storage, close: () => storage.close() };
  } catch (e) {
    const why = isYoyakuError(e) || e instanceof Error ? e.message : String(e);
    throw new CliError(`cannot open the SQLite store ${store.file}: ${why}`);
  }
}
