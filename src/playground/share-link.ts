import type { Locale } from '../notices/labels.js';
import type { PolicyChoice } from './policy-choice.js';

/**
 * The longest address fragment the playground writes, in characters: about 8 kB, which every
 * browser, chat and mail client keeps whole. A compressed demo (two weeks, 80 steps) takes about
 * a third of it. Beyond it the address holds no scenario and the page says so.
 * @category Testing
 * @example
 * if (link.tooLarge) console.log(`${link.size} > ${SHARE_LIMIT}`);
 */
export const SHARE_LIMIT = 8_000;

/**
 * What the playground's address holds: a scenario of the menu by its id, or an edited text
 * (compressed), the policy choice when it is not the scenario's own, and the language.
 * @category Testing
 * @example
 * const state: SharedState = { scenario: 'e1-online-quota', locale: 'en' };
 */
export interface SharedState {
  /** The menu entry, when the text is unchanged. */
  readonly scenario?: string | undefined;
  /** The editor's text, when it is not a menu entry as it stands. */
  readonly text?: string | undefined;
  readonly policy?: PolicyChoice | undefined;
  readonly locale?: Locale | undefined;
  /** The language of the notices, when not Japanese. */
  readonly notices?: Locale | undefined;
}

/**
 * An address fragment for a state, and whether it had to leave the scenario out.
 * @category Testing
 * @example
 * location.hash = (await encodeShare(state)).hash;
 */
export interface ShareLink {
  /** Without the leading `#`. */
  readonly hash: string;
  /** The scenario and policy did not fit in {@link SHARE_LIMIT}: the hash holds the language only. */
  readonly tooLarge: boolean;
  /** The length the full fragment would have had. */
  readonly size: number;
}

async function pipe(bytes: Uint8Array<ArrayBuffer>, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const input = new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
  const out = input.pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function pack(value: unknown): Promise<string> {
  return toBase64Url(await pipe(new TextEncoder().encode(JSON.stringify(value)), new CompressionStream('deflate')));
}

async function unpack(text: string): Promise<unknown> {
  return JSON.parse(new TextDecoder().decode(await pipe(fromBase64Url(text), new DecompressionStream('deflate'))));
}

/**
 * The address fragment holding a playground state: `s=<menu id>` for an unchanged menu entry,
 * `z=<deflate + base64url>` for an edited text and a policy other than the scenario's own,
 * `notices=en` for notices in English, and `lang=`. Over {@link SHARE_LIMIT} characters it keeps the language only.
 * @param state - what to share
 * @returns the fragment
 * @category Testing
 * @example
 * (await encodeShare({ scenario: 'e1-online-quota' })).hash; // 's=e1-online-quota'
 */
export async function encodeShare(state: SharedState): Promise<ShareLink> {
  const params = new URLSearchParams();
  const payload: { t?: string; p?: PolicyChoice } = {};
  if (state.text !== undefined) payload.t = state.text;
  else if (state.scenario !== undefined) params.set('s', state.scenario);
  const own = state.policy === undefined || (state.policy.kind === 'preset' && Object.keys(state.policy.knobs ?? {}).length === 0);
  if (!own) payload.p = state.policy;
  if (payload.t !== undefined || payload.p !== undefined) params.set('z', await pack(payload));
  if (state.notices !== undefined && state.notices !== 'ja') params.set('notices', state.notices);
  const lang = state.locale === undefined ? '' : `lang=${state.locale}`;
  if (lang !== '') params.set('lang', state.locale ?? '');
  const hash = params.toString();
  if (hash.length <= SHARE_LIMIT) return { hash, tooLarge: false, size: hash.length };
  return { hash: lang, tooLarge: true, size: hash.length };
}

/**
 * Reads a playground state from an address: the fragment, and the query (`?s=` is how the rules
 * reference links a rule's scenario). Damaged data is ignored, never thrown.
 * @param hash - `location.hash`, with or without `#`
 * @param search - `location.search`
 * @returns the state found
 * @category Testing
 * @example
 * const state = await decodeShare(location.hash, location.search);
 */
export async function decodeShare(hash: string, search = ''): Promise<SharedState> {
  const query = new URLSearchParams(search.replace(/^\?/, ''));
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const get = (key: string): string | undefined => params.get(key) ?? query.get(key) ?? undefined;
  let text: string | undefined;
  let policy: PolicyChoice | undefined;
  const z = params.get('z');
  if (z !== null) {
    try {
      const payload = (await unpack(z)) as { t?: unknown; p?: unknown };
      if (typeof payload.t === 'string') text = payload.t;
      const p = payload.p as PolicyChoice | undefined;
      if (p !== undefined && (p.kind === 'preset' || (p.kind === 'file' && typeof p.text === 'string'))) policy = p;
    } catch {
      // a damaged link: the page starts from its default
    }
  }
  const lang = get('lang');
  const notices = get('notices');
  return {
    ...(text === undefined ? { scenario: get('s') } : { text }),
    ...(policy === undefined ? {} : { policy }),
    ...(lang === 'ja' || lang === 'en' ? { locale: lang } : {}),
    ...(notices === 'en' ? { notices } : {}),
  };
}
