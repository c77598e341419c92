import type { Clock } from '../../../ports/clock.js';
import type { OutboxNotice, Outbox } from '../../../ports/outbox.js';
import { recordNotFound, versionConflict } from '../../../ports/store-errors.js';
import { byKeys, clone } from '../rows.js';
import type { MemoryViews } from '../tables.js';
import type { SyncStore } from './sync-store.js';

const byCreatedAt = byKeys<OutboxNotice>((n) => n.createdAt, (n) => n.id);

/** The outbox of one unit of work. */
export function memoryOutbox(views: MemoryViews, clock: Clock): SyncStore<Outbox> {
  const view = views.outbox;
  return {
    enqueue: (notice) => {
      if (view.get(notice.id) !== undefined) throw versionConflict('outbox', notice.id, null, null);
      view.set(notice.id, { notice: clone(notice), sentAt: null });
    },
    listPending: () => view.find('status', 'pending').map((row) => clone(row.notice)).sort(byCreatedAt),
    markSent: (id) => {
      const row = view.get(id);
      if (row === undefined) throw recordNotFound('outbox', id);
      if (row.sentAt !== null) return false;
      view.set(id, { notice: row.notice, sentAt: clock.now() });
      return true;
    },
  };
}
