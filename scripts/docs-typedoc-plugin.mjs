// A TypeDoc plugin: names each entry point's module by its import specifier
// (`yoyaku-rules`, `yoyaku-rules/core`, …) instead of its file name.
import { relative } from 'node:path';
import { Converter, ReflectionKind } from 'typedoc';
import { entryPoints, ROOT } from './docs-entry-points.mjs';

/** @param {import('typedoc').Application} app */
export function load(app) {
  const bySource = new Map(entryPoints().map((e) => [e.source, e.specifier]));
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.Module)) return;
    const file = context.getSymbolFromReflection(reflection)?.declarations?.[0]?.getSourceFile().fileName;
    if (file === undefined) return;
    const specifier = bySource.get(relative(ROOT, file).split('\\').join('/'));
    if (specifier !== undefined) reflection.name = specifier;
  });
}
