import { readFile } from 'node:fs/promises';
import { CliError } from './cli-error.js';

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

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
    throw new CliError(`cannot read ${path}: ${why}`, 2, [], 'FILE_UNREADABLE');
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (e) {
    // The parser's message quotes the file around the error (a patron's name, an e-mail): only
    // the kind of error and where it is are reported.
    const message = e instanceof Error ? e.message : String(e);
    const position = /position (\d+)/.exec(message);
    const where = position?.[1] === undefined ? '' : ` at ${lineAndColumn(text, Number(position[1]))}`;
    const kind = /^Unexpected end of JSON input/.test(message) ? 'the file ends too early' : /^Unexpected token/.test(message) ? 'unexpected character' : /^Bad control character/.test(message) ? 'a control character in a string' : 'syntax error';
    throw new CliError(`${path} is not valid JSON: ${kind}${where}`, 2, [], 'INVALID_JSON');
  }
}
