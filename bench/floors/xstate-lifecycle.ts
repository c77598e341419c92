// The same lifecycle written as an XState v5 machine, the way its documentation teaches: the
// status is the state value, the reservation is the context, rules are guards, the domain event
// and refusals are emitted events. It is driven through XState's pure `transition()`, which
// returns the next snapshot and the actions without executing them.
import { assign, emit, setup, transition as xstateTransition, type AnyMachineSnapshot } from 'xstate';
import { japanDateOf } from '../../src/calendar/japan-date.js';
import type { LifecycleEvent } from '../../src/lifecycle/lifecycle-event.js';
import type { Reservation } from '../../src/model/reservation.js';

type Ctx = Record<string, unknown> & { id: string; patronId: string; version: number };
type XEvent = LifecycleEvent & { readonly at: string };

const next = ({ context }: { context: Ctx }) => ({ version: context.version + 1 });
const domainEvent = (type: string, from: string, to: string, more: (c: Ctx, e: XEvent) => Record<string, unknown> = () => ({})) =>
  emit(({ context, event }: { context: Ctx; event: XEvent }) => ({
    type, reservationId: context.id, patronId: context.patronId, at: event.at, from, to, ...more(context, event),
  }) as never);
const refused = (code: string) => emit({ type: 'refused', code } as never);

const cancelTo = (from: string) => ({
  target: 'cancelled',
  actions: [
    assign(({ context, event }: { context: Ctx; event: XEvent }) => ({
      ...next({ context }), cancelledAt: event.at, cancelledBy: event.type === 'cancel' ? event.by : 'patron', cancelledFrom: from,
      cancellationRequestedAt: undefined,
    })),
    domainEvent('reservationCancelled', from, 'cancelled', (_c, e) => ({ by: e.type === 'cancel' ? e.by : 'patron' })),
  ],
});

const requestCancellation = (state: string) => [
  { guard: 'isCounter', actions: refused('COUNTER_RESERVATION') },
  { guard: 'cancellationPending', actions: refused('CANCELLATION_PENDING') },
  {
    actions: [
      assign(({ context, event }: { context: Ctx; event: XEvent }) => ({ ...next({ context }), cancellationRequestedAt: event.at })),
      domainEvent('cancellationRequested', state, state),
    ],
  },
];

const patronCancel = (state: string) => [
  { guard: 'patronAndCounter', actions: refused('COUNTER_RESERVATION') },
  { guard: 'patronAndPending', actions: refused('CANCELLATION_PENDING') },
  cancelTo(state),
];

type Args = { context: Ctx; event: XEvent };

// XState's inferred per-event types add nothing to a benchmark: the config is typed loosely.
const config: any = {
  id: 'reservation',
  context: ({ input }: { input: Ctx }) => input,
  initial: 'requested',
  states: {
    requested: {
      on: {
        approve: [
          { guard: 'cancellationPending', actions: refused('CANCELLATION_PENDING') },
          {
            target: 'reserved',
            actions: [assign(({ context, event }: Args) => ({ ...next({ context }), queuedAt: event.at })), domainEvent('reservationApproved', 'requested', 'reserved')],
          },
        ],
        reject: {
          target: 'rejected',
          actions: [
            assign(({ context, event }: Args) => ({ ...next({ context }), rejectedAt: event.at, reasons: event.type === 'reject' ? event.reasons : [] })),
            domainEvent('reservationRejected', 'requested', 'rejected', (_c, e) => ({ reasons: e.type === 'reject' ? e.reasons : [] })),
          ],
        },
        requestCancellation: requestCancellation('requested'),
        finaliseCancellation: { guard: 'cancellationPending', ...cancelTo('requested') },
        cancel: patronCancel('requested'),
        changePickup: { actions: refused('ONLINE_CHANGE_NOT_ALLOWED') },
      },
    },
    reserved: {
      on: {
        trap: [
          { guard: 'cancellationPending', actions: refused('CANCELLATION_PENDING') },
          {
            target: 'onHold',
            actions: [
              assign(({ context, event }: Args) =>
                event.type === 'trap'
                  ? { ...next({ context }), copyId: event.copyId, trappedAt: event.at, noticeDate: event.noticeDate, lastDay: event.lastDay }
                  : {},
              ),
              domainEvent('holdStarted', 'reserved', 'onHold', (c, e) =>
                e.type === 'trap' ? { copyId: e.copyId, pickupBranchId: c.pickupBranchId, noticeDate: e.noticeDate, lastDay: e.lastDay } : {},
              ),
            ],
          },
        ],
        requestCancellation: requestCancellation('reserved'),
        finaliseCancellation: { guard: 'cancellationPending', ...cancelTo('reserved') },
        cancel: patronCancel('reserved'),
        changePickup: {
          actions: [
            assign(({ context, event }: Args) => ({ ...next({ context }), pickupBranchId: event.type === 'changePickup' ? event.pickupBranchId : context.pickupBranchId })),
            domainEvent('pickupChanged', 'reserved', 'reserved', (_c, e) => ({ pickupBranchId: e.type === 'changePickup' ? e.pickupBranchId : undefined })),
          ],
        },
      },
    },
    onHold: {
      on: {
        collect: [
          { guard: 'pastLastDay', actions: refused('HOLD_EXPIRED') },
          {
            target: 'collected',
            actions: [assign(({ context, event }: Args) => ({ ...next({ context }), collectedAt: event.at })), domainEvent('holdCollected', 'onHold', 'collected', (c: Ctx) => ({ copyId: c.copyId }))],
          },
        ],
        lapse: [
          { guard: 'notPastLastDay', actions: refused('HOLD_NOT_EXPIRED') },
          {
            target: 'lapsed',
            actions: [
              assign(({ context, event }: Args) => ({ ...next({ context }), lapsedAt: event.at })),
              domainEvent('holdLapsed', 'onHold', 'lapsed', (c: Ctx) => ({ copyId: c.copyId, lastDay: c.lastDay })),
            ],
          },
        ],
        cancel: [{ guard: 'byPatron', actions: refused('NOTICE_SENT') }, cancelTo('onHold')],
      },
    },
    rejected: { type: 'final' },
    collected: { type: 'final' },
    lapsed: { type: 'final' },
    cancelled: { type: 'final' },
  },
};

/** The reservation lifecycle (F1) as an XState machine. */
export const reservationMachine = setup({
  types: {} as { context: Ctx; events: XEvent; input: Ctx },
  guards: {
    cancellationPending: ({ context }) => context.cancellationRequestedAt !== undefined,
    isCounter: ({ context }) => context.channel === 'counter',
    patronAndCounter: ({ context, event }) => event.type === 'cancel' && event.by === 'patron' && context.channel === 'counter',
    patronAndPending: ({ context, event }) => event.type === 'cancel' && event.by === 'patron' && context.cancellationRequestedAt !== undefined,
    byPatron: ({ event }) => event.type === 'cancel' && event.by === 'patron',
    pastLastDay: ({ context, event }) => japanDateOf(event.at) > (context.lastDay as string),
    notPastLastDay: ({ context, event }) => japanDateOf(event.at) <= (context.lastDay as string),
  },}).createMachine(config);

/** The snapshot XState would hold for a stored reservation. */
export function snapshotOf(r: Reservation): AnyMachineSnapshot {
  const { status, ...context } = r;
  return reservationMachine.resolveState({ value: status, context: context as unknown as Ctx });
}

/** The XState event for a lifecycle event at an instant. */
export function xstateEventOf(event: LifecycleEvent, at: string): XEvent {
  return { ...event, at };
}

/** One pure XState transition: the next snapshot and the actions (emitted events) to execute. */
export function xstateStep(snapshot: AnyMachineSnapshot, event: XEvent) {
  return xstateTransition(reservationMachine, snapshot as never, event);
}

/** What an XState step did: the refusal code it emitted, the new status, or INVALID_TRANSITION. */
export function xstateOutcome(before: AnyMachineSnapshot, result: ReturnType<typeof xstateStep>): string {
  const [after, actions] = result;
  for (const a of actions as { params?: { event?: { type?: string; code?: string } } }[]) {
    const e = a.params?.event;
    if (e?.type === 'refused' && e.code) return e.code;
  }
  if (after === before || (after.value === before.value && after.context === before.context)) return 'INVALID_TRANSITION';
  return String(after.value);
}
