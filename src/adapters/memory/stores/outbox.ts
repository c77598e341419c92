import type { Clock } from '../../../ports/clock.js';
import type { OutboxNotice, Outbox } from '../../../ports/outbox.js';
import { recordNotFound, versionConflict } from '../../../ports/store-errors.js';
import { ANONYMISED_PATRON_ID } from '../../../ports/event-log.js';
import { byKeys, stored } from '../rows.js';
import type { MemoryViews } from '../tables.js';
import type { SyncStore } from './sync-store.js';

const byCreatedAt = byKeys<OutboxNotice>((n) => n.createdAt, (n) => n.id);

/** The outbox of one unit of work. */
export function memoryOutbox(views: MemoryViews, clock: Clock): SyncStore<Outbox> {
  const view = views.outbox;
  return {
    enqueue: (notice) => {
      if (view.get(notice.id) !== undefined) throw versionConflict('outbox', notice.id, null, null);
      view.set(notice.id, stored({ notice, sentAt: null }));
    },
    listPending: () => view.find('status', 'pending').map((row) => row.notice).sort(byCreatedAt),
    markSent: (id) => {
      const row = view.get(id);
      if (row === undefined) throw recordNotFound('outbox', id);
      if (row.sentAt !== null || row.droppedAt !== undefined) return false;
      view.set(id, stored({ notice: row.notice, sentAt: clock.now() }));
      return true;
    },
    claimPending: (owner, limit, leaseMs) => {
      const now = clock.now();
      const until = new Date(Date.parse(now) + leaseMs).toISOString();
      const free = view
        .find('status', 'pending')
        .filter((row) => row.leaseUntil === undefined || row.leaseUntil <= now)
        .sort((a, b) => byCreatedAt(a.notice, b.notice))
        .slice(0, Math.max(0, limit));
      for (const row of free) view.set(row.notice.id, stored({ ...row, leaseOwner: owner, leaseUntil: until }));
      return free.map((row) => row.notice);
    },
    release: (id, owner) => {
      const row = view.get(id);
      if (row === undefined || row.sentAt !== null || row.droppedAt !== undefined || row.leaseOwner !== owner) return false;
      view.set(id, stored({ notice: row.notice, sentAt: null }));
      return true;
    },
    anonymiseReservation: (reservationId) => {
      let changed = 0;
      for (const row of view.find('reservation', reservationId)) {
        if ((row.sentAt === null && row.droppedAt === undefined) || row.notice.patronId === ANONYMISED_PATRON_ID) continue;
        view.set(row.notice.id, stored({ ...row, notice: { ...row.notice, patronId: ANONYMISED_PATRON_ID, payload: {} } }));
        changed++;
      }
      return changed;
    },
    markDropped: (id, reason) => {
      const row = view.get(id);
      if (row === undefined) throw recordNotFound('outbox', id);
      if (row.sentAt !== null || row.droppedAt !== undefined) return false;
      view.set(id, stored({ notice: row.notice, sentAt: null, droppedAt: clock.now(), droppedReason: reason }));
      return true;
    },
  };
}
