/** The ids of the page's charts, in page order. */
export const YEAR_CHARTS: readonly string[];
/** The page among the site's documents whose name speaks of a year at Hokuto. */
export function yearPageFile(names: readonly string[]): string | undefined;
/** Checks the page open in Chromium; pushes what is wrong to `problems`. */
export function checkYearPage(page: unknown, name: string, problems: string[], screenshots: string | undefined): Promise<void>;
