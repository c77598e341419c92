import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isLocalDate } from '../calendar/local-date.js';
import { isYoyakuError } from '../errors/yoyaku-error.js';
import type { Policy } from '../policy/schema.js';
import type { FixedClock } from '../ports/clock.js';
import { resolvePolicy } from '../testing/scenario/resolve-policy.js';
import type { ScenarioStorage } from '../testing/scenario/run-scenario.js';
import { formatSimulationReport } from '../testing/simulation/format-report.js';
import { simulationSummary } from '../testing/simulation/report.js';
import { runSimulation } from '../testing/simulation/run-simulation.js';
import { CliError } from './cli-error.js';
import type { CliIo } from './cli-io.js';
import { readJsonFile } from './read-json-file.js';
import { toCliError } from './scenario-errors.js';
import { openStore, parseStoreOption } from './store-option.js';

const SIMULATE_HELP = `yoyaku simulate — a seeded year at the Hokuto libraries, with the library's invariants checked every day

Usage:
  yoyaku simulate [--days N] [--seed S] [--start YYYY-MM-DD] [--store memory|sqlite:<file>|postgres:<url>]
                  [--policy <policy.json>] [--json] [--strict] [--progress]

Options:
  --days     Days to play (default 365).
  --seed     The seed of the library and its traffic (default "hokuto"): the same seed and store give the same run.
  --start    The first day, a Japan date (default 2026-04-01, the start of a fiscal year).
  --store    memory (default); sqlite:<file>, a new file; postgres:<url>, where the schema
             yoyaku_simulation is dropped and made again.
  --policy   A policy file ({ "preset": "hokuto", ...overrides } or a full policy); default the
             Hokuto preset with hold extension, suspension, not-needed dates and retention on,
             and noticeAtTrap off (copies on the open shelf wait on the pull list).
  --json     Print { days, seed, store, counts, invariants, violations } as JSON.
  --strict   Check the invariants after every step, not only after every day (slower).
  --progress Print "day k/n" on stderr after each day (stdout, and --json, are unchanged).

Exit codes: 0 no invariant broken; 1 a violation was found; 2 a usage error, or a store or policy that cannot be used.
`;

/** The schema a PostgreSQL simulation plays in; it is dropped and made again. */
const PG_SCHEMA = 'yoyaku_simulation';

function usage(message: string): CliError {
  return new CliError(message, 2, ['Run "yoyaku simulate --help" for usage.']);
}

async function openPostgres(url: string, clock: FixedClock): Promise<{ storage: ScenarioStorage; close: () => Promise<void> }> {
  let adapter: typeof import('../adapters/postgres/create-postgres-storage.js');
  try {
    adapter = await import('../adapters/postgres/create-postgres-storage.js');
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new CliError(`the PostgreSQL store needs the pg package (npm install pg): ${why}`);
  }
  try {
    const storage = adapter.createPostgresStorage({ connectionString: url, schema: PG_SCHEMA, clock });
    await storage.pool.query(`DROP SCHEMA IF EXISTS ${PG_SCHEMA} CASCADE`);
    await storage.migrate();
    return { storage, close: () => storage.close() };
  } catch (e) {
    const why = isYoyakuError(e) || e instanceof Error ? e.message : String(e);
    throw new CliError(`cannot open the PostgreSQL store: ${why}`);
  }
}

type StoreChoice = { readonly name: string; readonly open: (clock: FixedClock) => Promise<{ storage: ScenarioStorage; close: () => Promise<void> }> };

function storeChoice(value: string | undefined): StoreChoice {
  if (value !== undefined && (value.startsWith('postgres:') || value.startsWith('postgresql:'))) {
    const url = value.startsWith('postgres://') || value.startsWith('postgresql://') ? value : value.slice(value.indexOf(':') + 1);
    if (url.length === 0) throw usage('--store postgres: needs a connection URL: postgres:postgres://user@host/db');
    return { name: 'postgres', open: (clock) => openPostgres(url, clock) };
  }
  const store = parseStoreOption(value);
  if (store.kind === 'sqlite' && store.file !== ':memory:' && existsSync(store.file) && statSync(store.file).size > 0) {
    throw new CliError(`${store.file} exists: a simulation plays on a new SQLite file; remove it or name another`);
  }
  return { name: store.kind, open: (clock) => openStore(store, clock) };
}

async function policyOf(file: string | undefined): Promise<Policy | undefined> {
  if (file === undefined) return undefined;
  const input = await readJsonFile(file);
  try {
    return resolvePolicy(input);
  } catch (e) {
    throw toCliError(file, e);
  }
}

/**
 * `yoyaku simulate`: plays a seeded year (or `--days N`) at the libraries through the
 * reservation service on a store ({@link runSimulation}), prints the month-by-month table and
 * the invariants' verdicts (or the summary as JSON with `--json`), and exits 1 when any
 * invariant was broken.
 * @param argv - the arguments after `simulate`
 * @param io - where to write
 * @returns the exit code
 * @throws {@link CliError} exit code 2 for a usage error, a policy file that is not valid, a store that cannot be opened
 * @category Testing
 * @example
 * const code = await simulateCommand(['--days', '60', '--store', 'sqlite:year.db', '--json'], io);
 */
export async function simulateCommand(argv: readonly string[], io: CliIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      allowPositionals: false,
      strict: true,
      options: {
        days: { type: 'string' },
        seed: { type: 'string' },
        start: { type: 'string' },
        store: { type: 'string' },
        policy: { type: 'string' },
        json: { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
        progress: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (e) {
    throw usage(e instanceof Error ? e.message : String(e));
  }
  if (values.help) {
    io.out(SIMULATE_HELP);
    return 0;
  }
  const days = values.days === undefined ? 365 : Number(values.days);
  if (!Number.isInteger(days) || days < 1 || days > 3660) throw usage(`--days must be a whole number from 1 to 3660, not "${values.days}"`);
  if (values.start !== undefined && !isLocalDate(values.start)) throw usage(`--start must be a date (2026-04-01), not "${values.start}"`);
  if (values.seed !== undefined && values.seed.length === 0) throw usage('--seed must not be empty');
  const store = storeChoice(values.store);
  const policy = await policyOf(values.policy);
  let close: (() => Promise<void>) | undefined;
  let report;
  try {
    report = await runSimulation({
      days,
      policy,
      strict: values.strict,
      storeName: store.name,
      ...(values.progress ? { onDay: (_date: string, index: number) => io.err(`day ${index + 1}/${days}\n`) } : {}),
      ...(values.seed === undefined ? {} : { seed: values.seed }),
      ...(values.start === undefined ? {} : { start: values.start }),
      storage: async ({ clock }) => {
        const opened = await store.open(clock);
        close = opened.close;
        return opened.storage;
      },
    });
  } finally {
    await close?.();
  }
  io.out(values.json ? `${JSON.stringify(simulationSummary(report), null, 2)}\n` : formatSimulationReport(report));
  return report.violations.length === 0 && report.violationsOmitted === 0 ? 0 : 1;
}
