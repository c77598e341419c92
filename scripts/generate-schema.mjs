// Writes schema/scenario.schema.json, the JSON Schema of scenario files, from the zod schema
// (src/testing/scenario/scenario-schema.ts) with zod's z.toJSONSchema. Run with tsx:
//
//   npm run schema             write the file
//   npm run schema -- --check  exit 1 when the committed file is not the generated one
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scenarioJsonSchemaText } from '../src/testing/scenario/json-schema.ts';

const target = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'schema', 'scenario.schema.json');
const generated = scenarioJsonSchemaText();

if (process.argv.includes('--check')) {
  const committed = await readFile(target, 'utf8').catch(() => '');
  if (committed !== generated) {
    console.error(`${target} is out of date: run npm run schema`);
    process.exit(1);
  }
  console.log(`${target} is up to date`);
} else {
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, generated, 'utf8');
  console.log(`wrote ${target}`);
}
