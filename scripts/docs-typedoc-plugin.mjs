// A TypeDoc plugin for this package's site:
//  - names each entry point's module by its import specifier (`yoyaku-rules`,
//    `yoyaku-rules/core`, …) instead of its file name;
//  - resolves a `{@link Name}` that its own module cannot resolve (in a guide, or in a subpath
//    module that only mentions a name of the main entry) against the main entry, so guides and
//    subpath modules can write `{@link YoyakuError}` instead of `{@link yoyaku-rules!YoyakuError}`.
//    A name the main entry does not export still fails the build;
//  - marks Japanese text `lang="ja"` and adds a Japanese search (scripts/docs-ja.mjs).
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Converter, PageEvent, ReflectionKind, RendererEvent } from 'typedoc';
import { contentText, japaneseOf, markJapanese, searchBox, searchPage, titleOf } from './docs-ja.mjs';
import { entryPoints, ROOT } from './docs-entry-points.mjs';

/** @param {import('typedoc').Application} app */
export function load(app) {
  const entries = entryPoints();
  const bySource = new Map(entries.map((e) => [e.source, e.specifier]));
  const mainName = entries.find((e) => e.subpath === '.')?.specifier;

  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.Module)) return;
    const file = context.getSymbolFromReflection(reflection)?.declarations?.[0]?.getSourceFile().fileName;
    if (file === undefined) return;
    const specifier = bySource.get(relative(ROOT, file).split('\\').join('/'));
    if (specifier !== undefined) reflection.name = specifier;
  });

  app.converter.addUnknownSymbolResolver((ref, reflection) => {
    if (ref.moduleSource !== undefined || mainName === undefined) return undefined;
    const path = ref.symbolReference?.path;
    if (!path || path.length === 0) return undefined;
    const main = reflection.project.children?.find((child) => child.kindOf(ReflectionKind.Module) && child.name === mainName);
    const target = main?.getChildByName(path.map((part) => part.path));
    if (target === undefined) return undefined;
    // TypeDoc renders a reflection target as a link relative to the page it appears on.
    return /** @type {any} */ ({ target, caption: target.name });
  });

  /** @type {{ url: string, title: string, ja: string }[]} */
  const pages = [];
  app.renderer.on(PageEvent.END, (page) => {
    if (typeof page.contents !== 'string') return;
    const depth = page.url.split('/').length - 1;
    const root = '../'.repeat(depth);
    const ja = japaneseOf(contentText(page.contents));
    if (ja.length > 0) pages.push({ url: page.url, title: titleOf(page.contents), ja });
    page.contents = markJapanese(page.contents).replace('<div class="col-sidebar">', `<div class="col-sidebar">${searchBox(root)}`);
  });
  app.renderer.on(RendererEvent.END, (event) => {
    pages.sort((a, b) => (a.url < b.url ? -1 : 1));
    writeFileSync(join(event.outputDirectory, 'assets', 'search-ja.js'), `window.YOYAKU_JA_PAGES = ${JSON.stringify(pages)};\n`);
    writeFileSync(join(event.outputDirectory, 'search-ja.html'), searchPage());
    pages.length = 0;
  });
}
