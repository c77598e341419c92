import { readFile } from 'node:fs/promises';
import { CliError } from './cli-error.js';
import { parseJsonText } from './parse-json-text.js';

/**
 * Reads and parses a JSON file, or fails with a {@link CliError} naming the file and, for a
 * syntax error, the line and column.
 * @param path - the file's path
 * @returns the parsed JSON
 * @throws {@link CliError} exit code 2 when the file cannot be read or is not JSON
 * @category Testing
 * @example
 * const scenario = await readJsonFile('examples/demo/hokuto-two-weeks.json');
 */
export async function readJsonFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (code ?? 'unreadable');
    throw new CliError(`cannot read ${path}: ${why}`);
  }
  return parseJsonText(text, path);
}
