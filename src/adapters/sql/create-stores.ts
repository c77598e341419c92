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

/** The stores of one unit, each made when the unit first uses it (a unit uses a few of the eleven). */
class SqlStores implements StoresTx {
  private madeReservations: StoresTx['reservations'] | undefined;
  private madeCopies: StoresTx['copies'] | undefined;
  private madeLoans: StoresTx['loans'] | undefined;
  private madePatrons: StoresTx['patrons'] | undefined;
  private madeCatalog: StoresTx['catalog'] | undefined;
  private madeFavourites: StoresTx['favourites'] | undefined;
  private madeCart: StoresTx['cart'] | undefined;
  private madeOutbox: StoresTx['outbox'] | undefined;
  private madeJobRuns: StoresTx['jobRuns'] | undefined;
  private madeJobChunks: StoresTx['jobChunks'] | undefined;
  private madeEvents: StoresTx['events'] | undefined;

  constructor(
    private readonly session: SqlSession,
    private readonly config: SqlStoreConfig,
  ) {}

  get reservations(): StoresTx['reservations'] {
    return (this.madeReservations ??= sqlReservations(this.session, this.config));
  }
  get copies(): StoresTx['copies'] {
    return (this.madeCopies ??= sqlCopies(this.session, this.config));
  }
  get loans(): StoresTx['loans'] {
    return (this.madeLoans ??= sqlLoans(this.session, this.config));
  }
  get patrons(): StoresTx['patrons'] {
    return (this.madePatrons ??= sqlPatrons(this.session, this.config));
  }
  get catalog(): StoresTx['catalog'] {
    return (this.madeCatalog ??= sqlCatalog(this.session, this.config));
  }
  get favourites(): StoresTx['favourites'] {
    return (this.madeFavourites ??= sqlFavourites(this.session));
  }
  get cart(): StoresTx['cart'] {
    return (this.madeCart ??= sqlCart(this.session));
  }
  get outbox(): StoresTx['outbox'] {
    return (this.madeOutbox ??= sqlOutbox(this.session, this.config));
  }
  get jobRuns(): StoresTx['jobRuns'] {
    return (this.madeJobRuns ??= sqlJobRuns(this.session, this.config));
  }
  get jobChunks(): StoresTx['jobChunks'] {
    return (this.madeJobChunks ??= sqlJobChunks(this.session, this.config));
  }
  get events(): StoresTx['events'] {
    return (this.madeEvents ??= sqlEvents(this.session, this.config));
  }
}

/** Every store of one SQL unit of work, over its session. */
export function createSqlStores(session: SqlSession, config: SqlStoreConfig): StoresTx {
  return new SqlStores(session, config);
}
