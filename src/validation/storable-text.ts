import * as z from 'zod';

/** A high surrogate not followed by a low one, or a low surrogate not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The message of the issue a string that storage cannot hold gets (stable: the service matches it). */
export const UNSTORABLE_TEXT_MESSAGE = 'Contains a NUL character or a lone surrogate, which storage cannot hold';

/**
 * Whether every storage can hold the text exactly as given: no NUL character (PostgreSQL refuses
 * it in `text`) and no lone surrogate (PostgreSQL would store U+FFFD instead, SQLite's UTF-8 a
 * replacement too). Ids and texts that fail this are refused at the boundary with `INVALID_INPUT`,
 * the same on every adapter.
 * @param text - a string from outside
 * @returns true when storable
 * @category Model
 * @example
 * isStorableText('北杜 花子'); // true
 * isStorableText('a\u0000@example.jp'); // false
 * isStorableText('\uD800x'); // false (a lone high surrogate)
 */
export function isStorableText(text: string): boolean {
  return !text.includes('\u0000') && !LONE_SURROGATE.test(text);
}

/** A zod string that storage can hold ({@link isStorableText}). */
export function storableString(): z.ZodString {
  return z.string().refine(isStorableText, UNSTORABLE_TEXT_MESSAGE);
}
