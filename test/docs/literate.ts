import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, '../..');

/** A page's code as one program, and what it should print. */
export interface LiterateProgram {
  readonly code: string;
  readonly expected: string;
  readonly blocks: number;
}

const FENCE = /^```([\w-]*)[^\n]*\n([\s\S]*?)^```[ \t]*$/gm;

/**
 * The ```ts blocks of a Markdown page joined into one program, and the ```text blocks that
 * directly follow a ```ts block joined into its expected output.
 * @param markdown - the page
 * @param options - `first: true` keeps only the first ```ts block (and its output)
 */
export function literateProgram(markdown: string, options: { first?: boolean } = {}): LiterateProgram {
  const code: string[] = [];
  const expected: string[] = [];
  let previous = '';
  for (const match of markdown.matchAll(FENCE)) {
    const lang = match[1] ?? '';
    const body = match[2] ?? '';
    if (lang === 'ts' || lang === 'typescript') {
      if (options.first && code.length > 0) break;
      code.push(body);
    } else if (lang === 'text' && (previous === 'ts' || previous === 'typescript')) {
      expected.push(body);
    }
    previous = lang;
  }
  return { code: code.join('\n'), expected: expected.join(''), blocks: code.length };
}

/** The literate program of a page of the repository. */
export function pageProgram(page: string, options: { first?: boolean } = {}): LiterateProgram {
  return literateProgram(readFileSync(join(ROOT, page), 'utf8'), options);
}

const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

function run(command: string, args: string[], cwd: string): string {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
  } catch (e) {
    const out = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${out.message}\n${out.stdout ?? ''}${out.stderr ?? ''}`);
  }
}

/**
 * A temporary project holding programs that import `yoyaku-rules`, either from the sources
 * (through tsconfig `paths`, in a directory outside the package) or from the built package
 * (self-reference through the `exports` map, in a directory inside the package).
 */
export class ExampleProject {
  readonly dir: string;

  constructor(
    readonly against: 'src' | 'dist',
    programs: Readonly<Record<string, string>>,
  ) {
    if (against === 'src') this.dir = mkdtempSync(join(tmpdir(), 'yoyaku-doc-'));
    else {
      mkdirSync(join(ROOT, '.tmp'), { recursive: true });
      this.dir = mkdtempSync(join(ROOT, '.tmp', 'doc-'));
    }
    const compilerOptions: Record<string, unknown> = { noEmit: true, typeRoots: [join(ROOT, 'node_modules', '@types')] };
    if (against === 'src') {
      compilerOptions.baseUrl = ROOT;
      compilerOptions.paths = { 'yoyaku-rules': ['src/index.ts'], 'yoyaku-rules/*': ['src/*.ts'] };
    }
    const files = Object.keys(programs).map((name) => `${name}.ts`);
    writeFileSync(join(this.dir, 'tsconfig.json'), JSON.stringify({ extends: join(ROOT, 'tsconfig.json'), compilerOptions, include: [], files }));
    // ES modules, as inside the package, so that a page's program may use top-level await.
    if (against === 'src') writeFileSync(join(this.dir, 'package.json'), '{ "type": "module" }\n');
    for (const [name, code] of Object.entries(programs)) writeFileSync(join(this.dir, `${name}.ts`), `${code}\nexport {};\n`);
  }

  /** Type-checks every program with the project's strict settings; throws with tsc's report. */
  typeCheck(): void {
    run(process.execPath, [TSC, '-p', join(this.dir, 'tsconfig.json')], this.dir);
  }

  /** Runs one program and returns what it printed. */
  run(name: string): string {
    return run(process.execPath, [TSX, '--tsconfig', join(this.dir, 'tsconfig.json'), join(this.dir, `${name}.ts`)], this.dir);
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
