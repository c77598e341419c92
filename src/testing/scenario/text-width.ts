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

/**
 * Wraps a line to a terminal's width (display columns, ANSI colours not counted): at spaces, or
 * inside a word wider than the rest of the line (Japanese has no spaces); continuation lines keep
 * the line's indent and four more spaces.
 * @param line - one line
 * @param width - the columns, 80 by default
 * @returns the line's pieces
 * @category Testing
 * @example
 * wrapLine('  ' + 'word '.repeat(30), 40).every((l) => displayWidth(l) <= 40); // true
 */
export function wrapLine(line: string, width = 80): string[] {
  const plainWidth = displayWidth;
  if (plainWidth(line) <= width) return [line];
  const indent = /^\s*/.exec(line)?.[0] ?? '';
  const next = `${indent}    `;
  const out: string[] = [];
  let current = indent;
  const push = (): void => {
    if (current.trim() !== '') out.push(current.trimEnd());
    current = next;
  };
  for (const word of line.slice(indent.length).split(' ')) {
    const spacer = current.trim() === '' ? '' : ' ';
    if (plainWidth(current + spacer + word) <= width) {
      current += spacer + word;
      continue;
    }
    if (plainWidth(next + word) <= width || word.includes('\u001b')) {
      push();
      current += word;
      continue;
    }
    for (const ch of word) {
      if (plainWidth(current + ch) > width) push();
      current += ch;
    }
  }
  push();
  return out;
}
