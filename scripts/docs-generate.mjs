// The generated parts of the guides: docs/lifecycle.md as a whole, and the regions marked
//   <!-- generated:NAME … -->  …  <!-- /generated:NAME -->
// in any guide. `npm run docs` rewrites them; test/docs/generated.test.ts fails when the
// committed text differs from what the code would generate.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderLifecycleGuide } from './docs-lifecycle.mjs';
import { fieldComments, policyRegions } from './docs-policy.mjs';
import { ROOT } from './docs-entry-points.mjs';

/**
 * The data the generated pages are made of, taken from the library itself.
 * @param {any} lib - the main entry point, built (`dist/index.js`) or from source
 * @param {any} z - zod, for `z.toJSONSchema`
 * @param {string} [root]
 */
export function docsData(lib, z, root = ROOT) {
  return {
    lifecycle: {
      transitions: lib.TRANSITIONS,
      labels: lib.RESERVATION_STATUS_LABELS,
      statuses: lib.RESERVATION_STATUSES,
      activeStatuses: lib.ACTIVE_STATUSES,
      finalStatuses: lib.FINAL_STATUSES,
      mermaid: lib.toMermaid(),
    },
    policy: {
      jsonSchema: z.toJSONSchema(lib.PolicySchema, { io: 'input', unrepresentable: 'any' }),
      comments: fieldComments(join(root, 'src/policy/schema.ts')),
      hokutoInput: lib.HOKUTO_POLICY_INPUT,
      defaults: { policy: lib.PolicySchema.parse({}), calendar: lib.BranchCalendarSchema.parse({}) },
    },
  };
}

const REGION = /(<!-- generated:([\w-]+)[^>]*-->\n)[\s\S]*?(\n<!-- \/generated:\2 -->)/g;

/**
 * Replaces the content of every generated region of a Markdown text.
 * @param {string} markdown
 * @param {Record<string, string>} regions - content by region name
 * @param {string} file - for error messages
 * @returns {string}
 */
export function fillRegions(markdown, regions, file) {
  return markdown.replace(REGION, (_, open, name, close) => {
    if (!(name in regions)) throw new Error(`${file}: unknown generated region "${name}" (known: ${Object.keys(regions).join(', ')})`);
    return `${open}\n${regions[name]}\n${close}`;
  });
}

/**
 * The generated guides as they should be.
 * @param {ReturnType<typeof docsData>} data
 * @param {string} [root]
 * @returns {{ file: string, expected: string, actual: string | null }[]} every guide that has generated content
 */
export function generatedDocs(data, root = ROOT) {
  const docsDir = join(root, 'docs');
  const regions = policyRegions(data.policy);
  const results = [];
  const read = (file) => {
    try {
      return readFileSync(join(docsDir, file), 'utf8');
    } catch {
      return null;
    }
  };
  results.push({ file: 'docs/lifecycle.md', expected: renderLifecycleGuide(data.lifecycle), actual: read('lifecycle.md') });
  for (const file of readdirSync(docsDir).filter((f) => f.endsWith('.md') && f !== 'lifecycle.md').sort()) {
    const actual = read(file);
    const expected = fillRegions(actual, regions, `docs/${file}`);
    if (expected !== actual || REGION.test(actual)) results.push({ file: `docs/${file}`, expected, actual });
    REGION.lastIndex = 0;
  }
  return results;
}

/**
 * Writes the generated guides that changed.
 * @returns {string[]} the files written
 */
export function writeGeneratedDocs(data, root = ROOT) {
  const written = [];
  for (const doc of generatedDocs(data, root)) {
    if (doc.expected === doc.actual) continue;
    writeFileSync(join(root, doc.file), doc.expected);
    written.push(doc.file);
  }
  return written;
}
