/**
 * The edit distance between two words: insertions, deletions, substitutions and swaps of two
 * neighbouring characters (optimal string alignment).
 * @param a - one word
 * @param b - the other
 * @returns the number of single-character edits
 * @category Testing
 * @example
 * editDistance('chek-policy', 'check-policy'); // 1
 */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => d[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i++) {
    const row = d[i] ?? [];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      row[j] = best;
    }
  }
  return at(a.length, b.length);
}

/**
 * The known words nearest to a misspelt one (case-insensitive), when near enough to be a typo:
 * at most a third of the word's length in edits (at least 1, at most 3), or a word that starts
 * with it.
 * @param word - what was written
 * @param known - the valid words
 * @returns the nearest valid words, best first (empty when none is near)
 * @category Testing
 * @example
 * suggest('reserveOnlin', ['reserveOnline', 'reserveAtCounter']); // ['reserveOnline']
 */
export function suggest(word: string, known: readonly string[]): string[] {
  const lower = word.toLowerCase();
  const limit = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  const scored = known
    .map((k) => ({ k, d: editDistance(lower, k.toLowerCase()) }))
    .filter(({ k, d }) => d <= limit || (lower.length >= 3 && k.toLowerCase().startsWith(lower)));
  const best = Math.min(...scored.map((s) => s.d));
  return scored.filter((s) => s.d === best).map((s) => s.k);
}

/**
 * " Did you mean …?" for a misspelt word, or an empty string when nothing is near.
 * @param word - what was written
 * @param known - the valid words
 * @returns the sentence, starting with a space
 * @category Testing
 * @example
 * `unknown command "rnu".${didYouMean('rnu', ['run', 'check-policy'])}`; // 'unknown command "rnu". Did you mean "run"?'
 */
export function didYouMean(word: string, known: readonly string[]): string {
  const near = suggest(word, known);
  return near.length === 0 ? '' : ` Did you mean ${near.map((n) => `"${n}"`).join(' or ')}?`;
}
