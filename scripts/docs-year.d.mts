/** The committed run the page is drawn from. */
export const YEAR_DATA: string;
/** The page. */
export const YEAR_PAGE: string;
/** The page's Markdown, drawn from a run (a SimulationReport's JSON). */
export function yearPage(data: unknown): string;
