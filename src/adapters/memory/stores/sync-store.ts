/** A port's methods made synchronous: the memory stores are written this way and wrapped async. */
export type SyncStore<T> = {
  readonly [K in keyof T]: NonNullable<T[K]> extends (...args: infer A) => Promise<infer R> ? (...args: A) => R : never;
};
