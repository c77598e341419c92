// Lists every exported declaration of the package's entry points whose TSDoc lacks what the
// house rules ask for: a summary, an `@example`, a `@category`, and `@param`/`@returns` on
// functions. TypeDoc's `requiredToBeDocumented` checks the summary only. Exits 1 on any finding.
//
//   node scripts/check-examples.mjs          report and fail on findings
//   node scripts/check-examples.mjs --json   the findings as JSON on stdout
//   node scripts/check-examples.mjs --root DIR   check another package (its package.json exports)
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { entryPoints, ROOT } from './docs-entry-points.mjs';

/**
 * @typedef {{ name: string, kind: string, file: string, line: number, entries: string[], missing: string[] }} Finding
 */

function compilerOptions(root) {
  const configPath = ts.findConfigFile(root, ts.sys.fileExists, 'tsconfig.json');
  if (!configPath) throw new Error('tsconfig.json not found');
  const { config, error } = ts.readConfigFile(configPath, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  return ts.parseJsonConfigFileContent(config, ts.sys, root).options;
}

function kindOf(decl) {
  if (ts.isFunctionDeclaration(decl)) return 'function';
  if (ts.isClassDeclaration(decl)) return 'class';
  if (ts.isInterfaceDeclaration(decl)) return 'interface';
  if (ts.isTypeAliasDeclaration(decl)) return 'type';
  if (ts.isEnumDeclaration(decl)) return 'enum';
  if (ts.isVariableDeclaration(decl)) return 'variable';
  if (ts.isModuleDeclaration(decl)) return 'namespace';
  return ts.SyntaxKind[decl.kind];
}

function commentText(comment) {
  if (comment === undefined) return '';
  return typeof comment === 'string' ? comment : comment.map((part) => part.text ?? '').join('');
}

/** The JSDoc blocks that document a declaration (for a variable, the ones on its statement). */
function jsDocsOf(decl) {
  return ts.getJSDocCommentsAndTags(decl).filter((node) => ts.isJSDoc(node));
}

/** What one declaration's documentation lacks. */
function missingIn(decl) {
  const docs = jsDocsOf(decl);
  if (docs.length === 0) return ['TSDoc comment'];
  const tags = docs.flatMap((doc) => [...(doc.tags ?? [])]);
  const names = new Set(tags.map((tag) => tag.tagName.text));
  const missing = [];
  if (!docs.some((doc) => commentText(doc.comment).trim() !== '')) missing.push('summary');
  if (!names.has('example')) missing.push('@example');
  if (!names.has('category')) missing.push('@category');
  if (ts.isFunctionDeclaration(decl)) {
    const documented = new Set(tags.filter(ts.isJSDocParameterTag).map((tag) => tag.name.getText()));
    for (const param of decl.parameters) {
      if (ts.isIdentifier(param.name) && !documented.has(param.name.text)) missing.push(`@param ${param.name.text}`);
    }
    const returnType = decl.type?.getText();
    if (returnType !== undefined && returnType !== 'void' && returnType !== 'Promise<void>' && !names.has('returns')) {
      missing.push('@returns');
    }
  }
  return missing;
}

/**
 * @param {string} [root] - the package root
 * @returns {Finding[]} the exported declarations whose documentation lacks something, by file and line
 */
export function findUndocumentedExports(root = ROOT) {
  const entries = entryPoints(root);
  const program = ts.createProgram(
    entries.map((e) => `${root}/${e.source}`),
    { ...compilerOptions(root), noEmit: true },
  );
  const checker = program.getTypeChecker();
  /** @type {Map<ts.Declaration, Finding>} */
  const findings = new Map();
  const seen = new Map();
  for (const entry of entries) {
    const sourceFile = program.getSourceFile(`${root}/${entry.source}`);
    if (!sourceFile) throw new Error(`Entry point ${entry.source} does not exist`);
    const moduleSymbol = checker.getSymbolAtLocation(sourceFile);
    if (!moduleSymbol) continue;
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      for (const decl of target.declarations ?? []) {
        const known = seen.get(decl);
        if (known) {
          known.entries.push(entry.specifier);
          continue;
        }
        const finding = {
          name: exported.name,
          kind: kindOf(decl),
          file: relative(root, decl.getSourceFile().fileName),
          line: decl.getSourceFile().getLineAndCharacterOfPosition(decl.getStart()).line + 1,
          entries: [entry.specifier],
          missing: missingIn(decl),
        };
        seen.set(decl, finding);
        if (finding.missing.length > 0) findings.set(decl, finding);
      }
    }
  }
  return [...findings.values()].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

function main() {
  const at = process.argv.indexOf('--root');
  const findings = findUndocumentedExports(at === -1 ? ROOT : resolve(process.argv[at + 1] ?? '.'));
  if (process.argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify(findings, null, 2)}\n`);
  } else if (findings.length === 0) {
    console.log('check-examples: every export has a summary, an @example and a @category');
  } else {
    console.error(`check-examples: ${findings.length} exported declaration(s) lack documentation:`);
    for (const f of findings) {
      console.error(`  ${f.file}:${f.line}  ${f.kind} ${f.name} (${f.entries.join(', ')}): missing ${f.missing.join(', ')}`);
    }
  }
  process.exitCode = findings.length === 0 ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main();
