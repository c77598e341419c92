const WIDE_RANGES: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x20000, 0x3fffd],
];

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/**
 * How many terminal columns a text takes: East Asian wide characters (kanji, kana, full-width
 * forms) take two; ANSI colour codes take none.
 * @param text - the text
 * @returns its width in columns
 * @category Testing
 * @example
 * displayWidth('予約中'); // 6
 * displayWidth('Reserved'); // 8
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text.replace(ANSI, '')) {
    const code = char.codePointAt(0) ?? 0;
    width += WIDE_RANGES.some(([from, to]) => code >= from && code <= to) ? 2 : 1;
  }
  return width;
}

/**
 * Pads a text with spaces on the right to a width in terminal columns.
 * @param text - the text
 * @param width - the columns it should take
 * @returns the padded text (unchanged when already wider)
 * @category Testing
 * @example
 * padEnd('予約中', 8); // '予約中  '
 */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
