// Size of the documentation site's playground script: the very bundle scripts/docs-playground.mjs
// writes (esbuild, platform browser, minified, from src/playground/page.ts), then gzip. It holds
// the whole reservation service, the memory store, the scenario runner and zod.
import { gzipSync } from 'node:zlib';
import { bundlePlayground } from '../../scripts/docs-playground.mjs';

/**
 * The budget checked by bench/size-limit.mjs, in bytes of minified + gzipped code: 98 kB measured
 * once issues 9–14 had landed (77 kB before them), with room for the rules still to come, not for
 * a second copy of zod or a Node polyfill.
 */
export const PLAYGROUND_BUDGET = 110_000;

export async function playgroundSize() {
  const code = Buffer.from(await bundlePlayground());
  return { minified: code.length, gzip: gzipSync(code).length };
}
