/** A small deterministic PRNG (mulberry32), so every run benchmarks the same data. */
export function createRng(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number): number => Math.floor(next() * n),
    /** Skewed towards small indices: a few popular titles get most requests. */
    skewed: (n: number, power = 2.2): number => Math.floor(n * next() ** power),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    chance: (p: number): boolean => next() < p,
    /** Picks a key by weight from a `{ key: weight }` table. */
    weighted: <K extends string>(table: Readonly<Record<K, number>>): K => {
      const entries = Object.entries(table) as [K, number][];
      const total = entries.reduce((s, [, w]) => s + w, 0);
      let x = next() * total;
      for (const [k, w] of entries) {
        x -= w;
        if (x < 0) return k;
      }
      return entries[entries.length - 1]![0];
    },
  };
}

/** The generator type returned by {@link createRng}. */
export type Rng = ReturnType<typeof createRng>;
