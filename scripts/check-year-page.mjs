// The check of the "A year at Hokuto" page for scripts/check-site.mjs: in headless Chromium, each
// of its five charts is an SVG drawn at a visible size, with its title and at least one series.

/** The ids of the page's charts, in page order. */
export const YEAR_CHARTS = ['year-placed-collected', 'year-queue', 'year-wait', 'year-hold-shelf', 'year-lapses'];

/** The page in docs/site/documents whose name speaks of a year at Hokuto, or undefined. */
export function yearPageFile(names) {
  const page = names.find((f) => /year.*hokuto.*\.html$/i.test(f));
  return page === undefined ? undefined : `documents/${page}`;
}

/**
 * Checks the open page; pushes what is wrong to `problems`, and screenshots each chart when asked.
 * @param {import('puppeteer-core').Page} page
 * @param {string} name  the page's path, for the messages
 * @param {string[]} problems
 * @param {string | undefined} screenshots  a directory
 */
export async function checkYearPage(page, name, problems, screenshots) {
  await page.setViewport({ width: 1280, height: 900 });
  const charts = await page.evaluate((ids) => {
    return ids.map((id) => {
      const svg = document.querySelector(`svg#${id}`);
      if (!svg) return { id, found: false };
      const box = svg.getBoundingClientRect();
      return {
        id,
        found: true,
        width: box.width,
        height: box.height,
        title: svg.querySelector('title')?.textContent ?? '',
        marks: svg.querySelectorAll('path.series, rect.bar').length,
        drawn: [...svg.querySelectorAll('path.series, rect.bar')].some((m) => {
          const b = m.getBoundingClientRect();
          return b.width > 0 || b.height > 0;
        }),
      };
    });
  }, YEAR_CHARTS);
  for (const c of charts) {
    if (!c.found) problems.push(`${name}: no svg#${c.id}`);
    else {
      if (c.width < 300 || c.height < 150) problems.push(`${name}: svg#${c.id} is rendered ${c.width}×${c.height}`);
      if (c.title.length === 0) problems.push(`${name}: svg#${c.id} has no title`);
      if (c.marks === 0 || !c.drawn) problems.push(`${name}: svg#${c.id} draws no series`);
    }
  }
  if (screenshots) {
    for (const id of YEAR_CHARTS) {
      const svg = await page.$(`svg#${id}`);
      if (svg) await svg.screenshot({ path: `${screenshots}/${id}.png` });
    }
  }
}
