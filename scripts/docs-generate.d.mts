// Types of docs-generate.mjs, for the tests that import it.

export interface DocsData {
  readonly lifecycle: {
    readonly transitions: readonly { readonly from: string; readonly event: string; readonly to: string; readonly rules: readonly string[] }[];
    readonly labels: Readonly<Record<string, { readonly ja: string; readonly en: string }>>;
    readonly statuses: readonly string[];
    readonly activeStatuses: readonly string[];
    readonly finalStatuses: readonly string[];
    readonly mermaid: string;
  };
  readonly policy: {
    readonly jsonSchema: unknown;
    readonly comments: Record<string, Record<string, string>>;
    readonly hokutoInput: unknown;
    readonly defaults: { readonly policy: unknown; readonly calendar: unknown };
  };
}

export interface GeneratedDoc {
  readonly file: string;
  readonly expected: string;
  readonly actual: string | null;
}

export function docsData(lib: unknown, z: unknown, root?: string): DocsData;
export function fillRegions(markdown: string, regions: Readonly<Record<string, string>>, file: string): string;
export function generatedDocs(data: DocsData, root?: string): GeneratedDoc[];
export function writeGeneratedDocs(data: DocsData, root?: string): string[];
