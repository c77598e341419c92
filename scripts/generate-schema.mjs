// Writes the JSON Schemas of schema/ from the zod schemas with zod's z.toJSONSchema:
// scenario.schema.json (src/testing/scenario/scenario-schema.ts) and policy.schema.json (policy
// files, src/testing/scenario/policy-json-schema.ts). Run with tsx:
//
//   npm run schema             write the files
//   npm run schema -- --check  exit 1 when a committed file is not the generated one
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { policyJsonSchemaText } from '../src/testing/scenario/policy-json-schema.ts';
import { scenarioJsonSchemaText } from '../src/testing/scenario/json-schema.ts';

const dir = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'schema');
const files = [
  ['scenario.schema.json', scenarioJsonSchemaText()],
  ['policy.schema.json', policyJsonSchemaText()],
];

let stale = false;
for (const [name, generated] of files) {
  const target = resolve(dir, name);
  if (process.argv.includes('--check')) {
    const committed = await readFile(target, 'utf8').catch(() => '');
    if (committed !== generated) {
      console.error(`${target} is out of date: run npm run schema`);
      stale = true;
    } else console.log(`${target} is up to date`);
  } else {
    await mkdir(dir, { recursive: true });
    await writeFile(target, generated, 'utf8');
    console.log(`wrote ${target}`);
  }
}
if (stale) process.exit(1);
