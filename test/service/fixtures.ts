import { createMemoryStorage, type MemoryStorage } from '../../src/adapters/memory/create-memory-storage.js';
import type { Copy } from '../../src/model/material.js';
import type { Patron } from '../../src/model/patron.js';
import type { Instant } from '../../src/model/time.js';
import { hokutoPolicy } from '../../src/policy/presets/hokuto.js';
import type { Policy } from '../../src/policy/schema.js';
import { fixedClock, type FixedClock } from '../../src/ports/clock.js';
import type { SeedData } from '../../src/ports/seed-data.js';
import type { StoragePorts } from '../../src/ports/storage-ports.js';
import type { Actor } from '../../src/service/actor.js';
import { createReservationService } from '../../src/service/create-reservation-service.js';
import type { ReservationService } from '../../src/service/reservation-service.js';
import type { ServiceResult } from '../../src/service/service-result.js';
import { copy, jst, patron as anyPatron, title, volume } from '../support/records.js';

/** Distinctive personal data: no refusal, error, message or event may ever contain them. */
export const SECRET_NAME = 'ZZNAME北杜花子QX';
export const SECRET_EMAIL = 'zzmail.hanako.qx@example.jp';
export const SECRET_CARD = 'ZZCARD-0042-QX';
export const SECRETS = [SECRET_NAME, SECRET_EMAIL, SECRET_CARD] as const;

export { copy, jst, title, volume };

/** A patron whose notices show neither name nor title. */
export function patron(id: string, over: Partial<Patron> = {}): Patron {
  return anyPatron(id, { noticePrivacy: { showName: false, showTitle: false }, ...over });
}

/** The patron whose name, e-mail and card number are the {@link SECRETS}. */
export const hanako = patron('p-1', { name: SECRET_NAME, email: SECRET_EMAIL, cardNumber: SECRET_CARD });

/** Ten books (t-b0…t-b9), four audiovisual titles (t-av0…t-av3), a local-history title, a two-volume work with its set record; one copy each at akeno. */
export function defaultSeed(): SeedData {
  const books = Array.from({ length: 10 }, (_, i) => title(`t-b${i}`, { name: `book-${i}` }));
  const avs = Array.from({ length: 4 }, (_, i) => title(`t-av${i}`, { name: `dvd-${i}`, audiovisual: true }));
  const local = title('t-local', { category: 'localHistory' });
  const genji = title('t-genji', { name: '源氏物語' });
  const simple = [...books, ...avs, local];
  return {
    patrons: [hanako, patron('p-2'), patron('p-3'), patron('p-4', { noticePrivacy: { showName: true, showTitle: true } })],
    titles: [...simple, genji],
    volumes: [
      ...simple.map((t) => volume(t.id)),
      { id: 't-genji/1', titleId: 't-genji', label: '上' },
      { id: 't-genji/2', titleId: 't-genji', label: '下' },
      { id: 't-genji/set', titleId: 't-genji', set: true },
    ],
    copies: [...simple.map((t) => copy(`c-${t.id}`, `${t.id}/1`)), copy('c-genji-1', 't-genji/1'), copy('c-genji-2', 't-genji/2')],
  };
}

export const SYSTEM: Actor = { kind: 'system' };

export function online(patronId: string): Actor {
  return { kind: 'patron', patronId, channel: 'online' };
}

export function staff(branchId: string): Actor {
  return { kind: 'staff', branchId };
}

export interface Library {
  readonly clock: FixedClock;
  readonly storage: MemoryStorage;
  readonly service: ReservationService;
  readonly policy: Policy;
}

/**
 * A memory storage seeded with {@link defaultSeed} (plus `seed`), a fixed clock at 10:00 in
 * Japan on Tuesday 2026-12-01 (akeno is closed on Mondays), and the service with counter ids.
 */
export function library(
  options: {
    policy?: Policy;
    start?: Instant;
    seed?: SeedData;
    /** Leave out {@link defaultSeed}: only `seed`. */
    bare?: boolean;
    maxRetries?: number;
    wrap?: (ports: StoragePorts) => StoragePorts;
  } = {},
): Library {
  const clock = fixedClock(options.start ?? jst('2026-12-01'));
  const base = options.bare === true ? {} : defaultSeed();
  const extra = options.seed ?? {};
  const storage = createMemoryStorage({
    clock,
    seed: {
      patrons: [...(base.patrons ?? []), ...(extra.patrons ?? [])],
      titles: [...(base.titles ?? []), ...(extra.titles ?? [])],
      volumes: [...(base.volumes ?? []), ...(extra.volumes ?? [])],
      copies: [...(base.copies ?? []), ...(extra.copies ?? [])],
      reservations: extra.reservations ?? [],
      loans: extra.loans ?? [],
    },
  });
  const policy = options.policy ?? hokutoPolicy();
  let n = 0;
  const ports = options.wrap ? options.wrap(storage) : storage;
  const service = createReservationService(ports, policy, {
    ids: () => `id-${++n}`,
    serverId: 'test-server',
    ...(options.maxRetries === undefined ? {} : { maxRetries: options.maxRetries }),
  });
  return { clock, storage, service, policy };
}

/** The value of an ok result, or a failing assertion showing the result. */
export function valueOf<T>(result: ServiceResult<T>): T {
  if (!result.ok) throw new Error(`Expected ok, got ${JSON.stringify(result)}`);
  return result.value;
}

/** The refusal codes of a refused result, or the error code prefixed with `error:`. */
export function codesOf(result: ServiceResult<unknown>): string[] {
  if (result.ok) return [];
  return result.kind === 'refused' ? result.refusals.map((r) => r.code) : [`error:${result.code}`];
}

/** The rule IDs of a refused result. */
export function rulesOf(result: ServiceResult<unknown>): string[] {
  return !result.ok && result.kind === 'refused' ? result.refusals.map((r) => r.rule) : [];
}

/** Puts a volume in the patron's cart and submits it; returns the new reservation's id. */
export async function request(lib: Library, patronId: string, volumeId: string, pickupBranchId = 'akeno'): Promise<string> {
  valueOf(await lib.service.addToCart(online(patronId), { volumeId, pickupBranchId }));
  const [outcome] = valueOf(await lib.service.submitCart(online(patronId), { volumeIds: [volumeId] }));
  if (outcome === undefined || !outcome.ok) throw new Error(`Request refused: ${JSON.stringify(outcome)}`);
  return outcome.reservationId;
}

/** The stored reservation, from the committed state. */
export function stored(lib: Library, reservationId: string) {
  const r = lib.storage.snapshot().reservations.find((x) => x.id === reservationId);
  if (r === undefined) throw new Error(`No reservation ${reservationId}`);
  return r;
}

export function storedCopy(lib: Library, copyId: string): Copy {
  const c = lib.storage.snapshot().copies.find((x) => x.id === copyId);
  if (c === undefined) throw new Error(`No copy ${copyId}`);
  return c;
}
