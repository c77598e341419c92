import { PLACED_AT, type CheckInPoisonSubject } from '../../support/check-in-poison.js';
import type { RawSubject } from './invalid-records.js';

/** A SQL storage whose rows are made unreadable by raw SQL: a reservation's `placed_at` no instant, a copy's location empty. */
export function sqlPoison(storage: RawSubject['storage'], corrupt: RawSubject['corrupt']): CheckInPoisonSubject {
  return {
    storage,
    poison: (table, id) =>
      table === 'reservations'
        ? corrupt("UPDATE reservations SET placed_at = 'yesterday' WHERE id = ?", [id])
        : corrupt("UPDATE copies SET location_branch_id = '' WHERE id = ?", [id]),
    mend: (table, id) =>
      table === 'reservations'
        ? corrupt('UPDATE reservations SET placed_at = ? WHERE id = ?', [PLACED_AT, id])
        : corrupt("UPDATE copies SET location_branch_id = 'akeno' WHERE id = ?", [id]),
  };
}
