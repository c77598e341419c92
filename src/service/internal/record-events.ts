import type { DomainEvent } from '../../model/domain-event.js';
import type { EventActor } from '../../ports/event-log.js';
import type { StoresTx } from '../../ports/unit-of-work.js';
import type { ServiceContext } from './context.js';

/**
 * The actor to store with an operation's events: kind, and for staff the staff id and branch.
 * Only recorded, never trusted: authorisation checks the actor separately.
 * @param actor - the actor the operation was called with
 * @returns the actor to record
 * @category Service
 * @example
 * eventActorOf({ kind: 'staff', branchId: 'akeno', staffId: 's-1' }); // { kind: 'staff', staffId: 's-1', branchId: 'akeno' }
 */
export function eventActorOf(actor: unknown): EventActor {
  if (typeof actor !== 'object' || actor === null) return { kind: 'system' };
  const a = actor as { kind?: unknown; staffId?: unknown; branchId?: unknown };
  if (a.kind === 'patron') return { kind: 'patron' };
  if (a.kind !== 'staff') return { kind: 'system' };
  return {
    kind: 'staff',
    ...(typeof a.staffId === 'string' ? { staffId: a.staffId } : {}),
    ...(typeof a.branchId === 'string' ? { branchId: a.branchId } : {}),
  };
}

/**
 * Stores domain events in the event log, in the unit of work that produced them, with the
 * actor (the operation's by default) and the storage clock's now.
 * @param ctx - the service context
 * @param tx - the unit's stores
 * @param events - the events of the unit's writes
 * @param actor - who caused them; default the operation's actor
 * @category Service
 * @example
 * await recordEvents(ctx, tx, moved.events);
 */
export async function recordEvents(ctx: ServiceContext, tx: StoresTx, events: readonly DomainEvent[], actor?: EventActor): Promise<void> {
  if (events.length === 0) return;
  const recordedAt = ctx.now();
  const by = actor ?? ctx.actor ?? { kind: 'system' };
  await tx.events.append(events.map((event) => ({ recordedAt, actor: by, event })));
}
