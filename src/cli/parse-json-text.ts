import { CliError } from './cli-error.js';

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

/**
 * Parses the text of a JSON file (a leading byte-order mark is ignored), or fails with a
 * {@link CliError} naming the file and, for a syntax error, the line and column. No file system:
 * the command line reads the file first, the playground takes the editor's text.
 * @param text - the file's content
 * @param name - the file's name, for the message
 * @returns the parsed JSON
 * @throws {@link CliError} exit code 2 when the text is not JSON
 * @category Testing
 * @example
 * parseJsonText('{"name": "x"}', 'demo.json'); // { name: 'x' }
 */
export function parseJsonText(text: string, name: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const position = /position (\d+)/.exec(message);
    const where = position?.[1] === undefined ? '' : ` (${lineAndColumn(text, Number(position[1]))})`;
    throw new CliError(`${name} is not valid JSON: ${message.replace(/ in JSON at position \d+.*$/, '')}${where}`);
  }
}
