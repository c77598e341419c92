import type { Patron } from '../../model/patron.js';
import { hokutoPolicy } from '../../policy/presets/hokuto.js';
import type { Policy, PolicyInput } from '../../policy/schema.js';
import type { SeedData } from '../../ports/seed-data.js';
import { aPatron } from './a-patron.js';
import { aTitle, type TitleBundle } from './a-title.js';

/**
 * A library for tests: its policy, patrons and titles, and the seed data to write into a storage.
 * @category Testing
 * @example
 * const { policy, seed }: TestLibrary = aLibrary();
 * const storage = createMemoryStorage({ clock: fixedClock('2026-12-01T01:00:00.000Z'), seed });
 */
export interface TestLibrary {
  readonly policy: Policy;
  readonly patrons: readonly Patron[];
  readonly titles: readonly TitleBundle[];
  readonly seed: SeedData;
}

/**
 * What {@link aLibrary} takes.
 * @category Testing
 * @example
 * const options: LibraryOptions = { policy: { maxOnline: 3 }, patrons: [aPatron()] };
 */
export interface LibraryOptions {
  /** Overrides of the Hokuto preset. */
  readonly policy?: PolicyInput | undefined;
  /** The patrons. Default: `p-1` (北杜 花子) and `p-2` (甲斐 太郎). */
  readonly patrons?: readonly Patron[] | undefined;
  /** The titles. Default: `t-1` 源氏物語 (a copy at Akeno) and `t-2`, an audiovisual title (a copy at Sutama). */
  readonly titles?: readonly TitleBundle[] | undefined;
}

/**
 * The Hokuto libraries for tests: the Hokuto preset policy (with overrides), two patrons and two
 * titles by default, and the seed data for a storage.
 * @param options - policy overrides, patrons, titles
 * @returns the library
 * @category Testing
 * @example
 * const library = aLibrary();
 * library.policy.maxOnline; // 7
 * library.seed.copies?.length; // 2
 * @example
 * const strict = aLibrary({ policy: { maxOnline: 1 }, titles: [aTitle({ copies: 2 })] });
 */
export function aLibrary(options: LibraryOptions = {}): TestLibrary {
  const patrons = options.patrons ?? [
    aPatron(),
    aPatron({ id: 'p-2', cardNumber: '0000000002', name: '甲斐 太郎', email: 'taro@example.jp' }),
  ];
  const titles = options.titles ?? [
    aTitle(),
    aTitle({ id: 't-2', name: '八ヶ岳の四季', category: 'dvd', audiovisual: true, branch: 'sutama' }),
  ];
  return {
    policy: hokutoPolicy(options.policy),
    patrons,
    titles,
    seed: {
      patrons,
      titles: titles.map((t) => t.title),
      volumes: titles.flatMap((t) => t.volumes),
      copies: titles.flatMap((t) => t.copies),
    },
  };
}
