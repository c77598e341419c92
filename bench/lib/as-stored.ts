// Records as a store hands them back. Built here with spreads (`{ ...base, status: 'reserved' }`),
// every record would get a hidden class of its own: V8 (Node 20) gives the object of a spread
// followed by more properties a fresh map outside the transition tree, so 20 000 records had
// some 13 000 maps, every property read of them missed V8's caches, and the benchmarks timed
// those misses, on both sides, rather than the work. A record read from a store has the map of its
// key order: SQLite's rows are built by one compiled literal, the memory adapter copies key by key,
// and JSON.parse (used here) builds the same.
/** The record rebuilt as a store or an API would return it: the same keys, in the same order. */
export function asStored<T extends object>(record: T): T {
  return JSON.parse(JSON.stringify(record)) as T;
}
