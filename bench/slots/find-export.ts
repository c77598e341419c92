// Slots for code written in parallel with the benchmarks: each is looked up by its exported
// name, first in the package's entry points, then in every module of its folder. A slot that is
// not there yet makes its comparisons "missing" instead of failing the run.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/** A found export, or why it was not found. */
export type Slot<T> = { readonly value: T; readonly from: string } | { readonly value: null; readonly missing: string };

function modulesIn(place: string): string[] {
  const path = SRC + place;
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  const out: string[] = [];
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const p = `${path.replace(/\/$/, '')}/${entry.name}`;
    if (entry.isDirectory()) out.push(...modulesIn(p.slice(SRC.length)));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/**
 * The first export named `name` of a function in `places` (files or folders under src/).
 * @param name - the export's name
 * @param places - paths under src/, searched in order
 */
export async function findExport<T>(name: string, places: readonly string[]): Promise<Slot<T>> {
  const failures: string[] = [];
  for (const place of places) {
    for (const file of modulesIn(place)) {
      try {
        const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
        if (typeof mod[name] === 'function') return { value: mod[name] as T, from: file.slice(SRC.length - 4) };
      } catch (e) {
        failures.push(`${file.slice(SRC.length - 4)}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
      }
    }
  }
  const why = failures.length ? `; modules that failed to load: ${failures.slice(0, 3).join('; ')}` : '';
  return { value: null, missing: `${name} not found in src/${places.join(', src/')}${why}` };
}
