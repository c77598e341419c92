import type { StoresTx } from '../../ports/unit-of-work.js';
import type { SqlSession, SqlStoreConfig } from './sql-session.js';
import { sqlCatalog } from './stores/catalog.js';
import { sqlCopies } from './stores/copies.js';
import { sqlCart, sqlFavourites } from './stores/entry-lists.js';
import { sqlJobChunks } from './stores/job-chunks.js';
import { sqlEvents } from './stores/events.js';
import { sqlJobRuns } from './stores/job-runs.js';
import { sqlLoans } from './stores/loans.js';
import { sqlOutbox } from './stores/outbox.js';
import { sqlPatrons } from './stores/patrons.js';
import { sqlReservations } from './stores/reservations.js';

/**
 * Every store of one SQL unit of work, over its session. Each store is made when the unit first
 * uses it (a unit uses a few of the eleven); the stores are the object's own enumerable
 * properties (getters), so that `{ ...tx, outbox: … }` still has them all.
 */
export function createSqlStores(session: SqlSession, config: SqlStoreConfig): StoresTx {
  const made: { -readonly [K in keyof StoresTx]?: StoresTx[K] } = {};
  return {
    get reservations() {
      return (made.reservations ??= sqlReservations(session, config));
    },
    get copies() {
      return (made.copies ??= sqlCopies(session, config));
    },
    get loans() {
      return (made.loans ??= sqlLoans(session, config));
    },
    get patrons() {
      return (made.patrons ??= sqlPatrons(session, config));
    },
    get catalog() {
      return (made.catalog ??= sqlCatalog(session, config));
    },
    get favourites() {
      return (made.favourites ??= sqlFavourites(session));
    },
    get cart() {
      return (made.cart ??= sqlCart(session));
    },
    get outbox() {
      return (made.outbox ??= sqlOutbox(session, config));
    },
    get jobRuns() {
      return (made.jobRuns ??= sqlJobRuns(session, config));
    },
    get jobChunks() {
      return (made.jobChunks ??= sqlJobChunks(session, config));
    },
    get events() {
      return (made.events ??= sqlEvents(session, config));
    },
  };
}
