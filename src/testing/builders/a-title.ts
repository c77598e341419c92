import type { BranchId, TitleId } from '../../model/ids.js';
import type { Copy, Title, Volume } from '../../model/material.js';

/**
 * A title with its volumes and copies, as {@link aTitle} builds it.
 * @category Testing
 * @example
 * const { title, volumes, copies }: TitleBundle = aTitle();
 */
export interface TitleBundle {
  readonly title: Title;
  readonly volumes: readonly Volume[];
  readonly copies: readonly Copy[];
}

/**
 * What {@link aTitle} takes.
 * @category Testing
 * @example
 * const options: TitleOptions = { id: 't-2', volumes: ['上', '下'], copies: ['akeno', 'museum'] };
 */
export interface TitleOptions {
  readonly id?: TitleId | undefined;
  readonly name?: string | undefined;
  readonly category?: string | undefined;
  readonly audiovisual?: boolean | undefined;
  /** How many volumes (ids `<id>/1`, `<id>/2`, …), or their labels. Default 1. */
  readonly volumes?: number | readonly string[] | undefined;
  /** Also a set record `<id>/set` standing for all volumes, never reservable (E2). Default false. */
  readonly set?: boolean | undefined;
  /**
   * The copies of each volume: how many (at `branch`), or one per entry: a branch id, or copy
   * fields. Copy ids are `<volumeId>#1`, `<volumeId>#2`, … Default 1.
   */
  readonly copies?: number | readonly (BranchId | Partial<Omit<Copy, 'volumeId'>>)[] | undefined;
  /** Where copies stand and who owns them, when not given per copy. Default `akeno`. */
  readonly branch?: BranchId | undefined;
}

/**
 * A title for tests, with its volumes and copies: by default 源氏物語, one volume `t-1/1`, one
 * copy `t-1/1#1` on the shelf at Akeno.
 * @param options - id, name, category, audiovisual, volumes, copies, branch
 * @returns the title, its volumes and its copies
 * @category Testing
 * @example
 * const { title, volumes, copies } = aTitle();
 * copies[0]?.id; // 't-1/1#1'
 * @example
 * // Two volumes (E2), a copy of each at Akeno and one at the museum (E5)
 * const work = aTitle({ id: 't-2', volumes: ['上', '下'], copies: ['akeno', 'museum'] });
 * work.copies.length; // 4
 * @example
 * // Every copy missing (E4)
 * const lost = aTitle({ id: 't-3', copies: [{ status: 'missing' }] });
 */
export function aTitle(options: TitleOptions = {}): TitleBundle {
  const id = options.id ?? 't-1';
  const branch = options.branch ?? 'akeno';
  const title: Title = {
    id,
    name: options.name ?? '源氏物語',
    category: options.category ?? 'book',
    audiovisual: options.audiovisual ?? false,
  };
  const labels = typeof options.volumes === 'number' || options.volumes === undefined ? undefined : options.volumes;
  const count = labels?.length ?? (typeof options.volumes === 'number' ? options.volumes : 1);
  const volumes: Volume[] = Array.from({ length: count }, (_, i) => {
    const label = labels?.[i];
    return { id: `${id}/${i + 1}`, titleId: id, ...(label === undefined ? {} : { label }) };
  });
  const specs = options.copies === undefined ? [{}] : typeof options.copies === 'number' ? Array.from({ length: options.copies }, () => ({})) : options.copies;
  const copies: Copy[] = volumes.flatMap((volume) =>
    specs.map((spec, n) => {
      const fields = typeof spec === 'string' ? { locationBranchId: spec, ownerBranchId: spec } : spec;
      const location = fields.locationBranchId ?? fields.ownerBranchId ?? branch;
      return {
        id: `${volume.id}#${n + 1}`,
        status: 'onShelf' as const,
        version: 0,
        ...fields,
        volumeId: volume.id,
        locationBranchId: location,
        ownerBranchId: fields.ownerBranchId ?? location,
      };
    }),
  );
  if (options.set) volumes.push({ id: `${id}/set`, titleId: id, set: true });
  return { title, volumes, copies };
}
