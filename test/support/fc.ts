import fc from 'fast-check';

/**
 * The seed of every property in this run: `FC_SEED` when set (to replay a failure), otherwise
 * derived from the clock. It is printed when a property fails.
 */
export const FC_SEED = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);

/**
 * Runs a fast-check property with the run's seed; on failure the error names the seed and the
 * command to replay it.
 */
export function checkProperty<T>(property: fc.IProperty<T> | fc.IAsyncProperty<T>, numRuns = 100): void | Promise<void> {
  const params = { seed: FC_SEED, numRuns };
  const replay = (e: unknown): never => {
    const message = e instanceof Error ? e.message : String(e);
    throw new Error(`Property failed with seed ${FC_SEED} (replay: FC_SEED=${FC_SEED} npm test)\n${message}`);
  };
  if ('isAsync' in property && property.isAsync()) {
    return fc.assert(property as fc.IAsyncProperty<T>, params).catch(replay);
  }
  try {
    fc.assert(property as fc.IProperty<T>, params);
  } catch (e) {
    replay(e);
  }
}
