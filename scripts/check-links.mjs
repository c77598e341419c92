// Checks every link inside the generated site: each `href`/`src` of every HTML page that points
// inside the site must name an existing file, and its `#anchor`, if any, an existing id in that
// file. The sidebar's links, which TypeDoc keeps compressed in assets/navigation.js, are checked
// too. External links (http:, https:, mailto:, …) are not followed: the site must work offline.
//
//   node scripts/check-links.mjs [siteDir]     (default docs/site); exits 1 on a broken link
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inflateSync } from 'node:zlib';
import { ROOT } from './docs-entry-points.mjs';

const ATTRIBUTE = /\s(?:href|src|xlink:href)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const ID = /\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

function decodeEntities(s) {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)));
}

function safeDecode(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The sidebar links of a TypeDoc site, from assets/navigation.js. */
function navigationPaths(siteDir) {
  const file = join(siteDir, 'assets', 'navigation.js');
  if (!existsSync(file)) return [];
  const match = /navigationData\s*=\s*"([^"]+)"/.exec(readFileSync(file, 'utf8'));
  if (!match) return [];
  const tree = JSON.parse(inflateSync(Buffer.from(match[1], 'base64')).toString('utf8'));
  const paths = [];
  const visit = (nodes) => {
    for (const node of nodes) {
      if (typeof node.path === 'string') paths.push(node.path);
      if (Array.isArray(node.children)) visit(node.children);
    }
  };
  visit(tree);
  return paths;
}

/**
 * @param {string} siteDir - the generated site
 * @returns {{ pages: number, links: number, broken: { from: string, href: string, reason: string }[] }}
 */
export function checkLinks(siteDir) {
  const root = resolve(siteDir);
  if (!existsSync(root)) throw new Error(`No site at ${root}: run npm run docs first`);
  const pages = walk(root).filter((f) => f.endsWith('.html'));
  const idCache = new Map();
  const idsOf = (file) => {
    if (!idCache.has(file)) {
      const ids = new Set();
      for (const m of readFileSync(file, 'utf8').matchAll(ID)) ids.add(decodeEntities(m[1] ?? m[2] ?? ''));
      idCache.set(file, ids);
    }
    return idCache.get(file);
  };
  const broken = [];
  let links = 0;
  const check = (fromFile, href, label) => {
    if (href === '' || EXTERNAL.test(href)) return;
    links += 1;
    const hashAt = href.indexOf('#');
    const pathPart = (hashAt === -1 ? href : href.slice(0, hashAt)).split('?')[0];
    const anchor = hashAt === -1 ? '' : safeDecode(href.slice(hashAt + 1));
    let target = pathPart === '' ? fromFile : resolve(dirname(fromFile), safeDecode(pathPart));
    if (target !== root && !target.startsWith(root + sep)) {
      broken.push({ from: relative(root, fromFile), href: label, reason: 'points outside the site' });
      return;
    }
    if (existsSync(target) && statSync(target).isDirectory()) target = join(target, 'index.html');
    if (!existsSync(target)) {
      broken.push({ from: relative(root, fromFile), href: label, reason: 'no such file' });
      return;
    }
    if (anchor !== '' && /\.(html|svg)$/.test(target) && !idsOf(target).has(anchor)) {
      broken.push({ from: relative(root, fromFile), href: label, reason: `no anchor #${anchor} in ${relative(root, target)}` });
    }
  };
  for (const page of pages) {
    const html = readFileSync(page, 'utf8');
    for (const m of html.matchAll(ATTRIBUTE)) {
      const href = decodeEntities(m[1] ?? m[2] ?? '').trim();
      check(page, href, href);
    }
  }
  const index = join(root, 'index.html');
  for (const path of navigationPaths(root)) check(index, path, `${path} (sidebar)`);
  return { pages: pages.length, links, broken };
}

function main() {
  const siteDir = process.argv[2] ?? join(ROOT, 'docs', 'site');
  const { pages, links, broken } = checkLinks(siteDir);
  if (broken.length === 0) {
    console.log(`check-links: ${links} internal links in ${pages} pages, none broken`);
    return;
  }
  console.error(`check-links: ${broken.length} broken internal link(s):`);
  for (const b of broken) console.error(`  ${b.from}: ${b.href} (${b.reason})`);
  process.exitCode = 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
