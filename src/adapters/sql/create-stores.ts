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

/** Every store of one SQL unit of work, over its session. */
export function createSqlStores(session: SqlSession, config: SqlStoreConfig): StoresTx {
  return {
    reservations: sqlReservations(session, config),
    copies: sqlCopies(session, config),
    loans: sqlLoans(session, config),
    patrons: sqlPatrons(session, config),
    catalog: sqlCatalog(session, config),
    favourites: sqlFavourites(session),
    cart: sqlCart(session),
    outbox: sqlOutbox(session, config),
    jobRuns: sqlJobRuns(session, config),
    jobChunks: sqlJobChunks(session, config),
    events: sqlEvents(session, config),
  };
}
