// Records for tests, with plain ids and every required field filled in; `over` replaces fields.
import type { Copy, Title, Volume } from '../../src/model/material.js';
import type { Patron } from '../../src/model/patron.js';
import type { Instant, LocalDate } from '../../src/model/time.js';

/** The instant of a Japan wall-clock time, e.g. `jst('2026-12-05', '10:00')`. */
export function jst(date: LocalDate, time = '10:00'): Instant {
  return new Date(`${date}T${time}:00+09:00`).toISOString();
}

/** An internet-registered, reachable patron whose notices show name and title. */
export function patron(id: string, over: Partial<Patron> = {}): Patron {
  return {
    id,
    cardNumber: `card-${id}`,
    name: `name-${id}`,
    email: `${id}@example.jp`,
    internetRegistered: true,
    unreachable: false,
    noticePrivacy: { showName: true, showTitle: true },
    ...over,
  };
}

export function title(id: string, over: Partial<Title> = {}): Title {
  return { id, name: `title-${id}`, category: 'book', audiovisual: false, ...over };
}

/** The title's first volume, `${titleId}/1`. */
export function volume(titleId: string, over: Partial<Volume> = {}): Volume {
  return { id: `${titleId}/1`, titleId, ...over };
}

/** A copy on the shelf at akeno, owned by akeno. */
export function copy(id: string, volumeId: string, over: Partial<Copy> = {}): Copy {
  return { id, volumeId, ownerBranchId: 'akeno', locationBranchId: 'akeno', status: 'onShelf', version: 0, ...over };
}
