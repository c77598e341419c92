import type { SqlStoreConfig } from './sql-session.js';

/**
 * What a store builds from its storage's config alone (its statement texts), made once per
 * config rather than for every unit of work, which builds the store anew.
 * @param build - makes the value from the config
 * @returns the value for a config, made on its first call
 * @example
 * const texts = perConfig((config) => ({ get: `SELECT * FROM copies WHERE id = ?${config.lockRows ? config.dialect.lockSuffix : ''}` }));
 * const { get } = texts(config);
 */
export function perConfig<T>(build: (config: SqlStoreConfig) => T): (config: SqlStoreConfig) => T {
  const made = new WeakMap<SqlStoreConfig, T>();
  return (config) => {
    let value = made.get(config);
    if (value === undefined) {
      value = build(config);
      made.set(config, value);
    }
    return value;
  };
}
