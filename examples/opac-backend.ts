// An OPAC back end: the handlers behind the "My Library" pages (マイライブラリ) of a library's
// online catalogue. A patron places reservations, lists them and cancels one; every answer of the
// service becomes an HTTP status and a body the page can show, with the refusal messages in the
// patron's language. Wire the handlers to your web framework's routes; here they are called
// directly, on the in-memory storage.
//
//   npm run build && node --import tsx examples/opac-backend.ts
import assert from 'node:assert/strict';
import {
  createReservationService,
  fixedClock,
  formatRefusal,
  hokutoPolicy,
  isCancellationPending,
  type Actor,
  type BranchId,
  type Locale,
  type PatronId,
  type ReservationId,
  type Refusal,
  type ReservationService,
  type ServiceResult,
  type VolumeId,
} from 'yoyaku-rules';
import { createMemoryStorage } from 'yoyaku-rules/memory';

/** Who is logged in to the OPAC. Signing in (A6: passwords) is the OPAC's own business. */
interface Session {
  readonly patronId: PatronId;
  readonly locale: Locale;
}

interface HttpResponse {
  readonly status: number;
  readonly body: unknown;
}

interface RefusalBody {
  readonly code: string;
  readonly rule: string;
  readonly message: string;
}

const ERROR_STATUS = { INVALID_INPUT: 400, NOT_ALLOWED: 403, NOT_FOUND: 404, CONFLICT: 409, CALENDAR_OUT_OF_RANGE: 500, STORE_UNAVAILABLE: 503 } as const;

/** Refusals with their messages in the patron's language. */
function refusalBodies(refusals: readonly Refusal[], locale: Locale): RefusalBody[] {
  return refusals.map((r) => ({ code: r.code, rule: r.rule, message: formatRefusal(r, locale) }));
}

/**
 * A service result as an HTTP answer: 200 with the value; a business refusal as 422 with each
 * rule and its message (403 when the patron reached for someone else's data, P2); an error as
 * 400, 403, 404 or 409, 500 when the library's holiday data has run out (P15), or 503 when the
 * database cannot be reached (try again later).
 */
function toHttp<T>(result: ServiceResult<T>, locale: Locale): HttpResponse {
  if (result.ok) return { status: 200, body: result.value };
  if (result.kind === 'refused') {
    const status = result.refusals.some((r) => r.rule === 'P2') ? 403 : 422;
    return { status, body: { refusals: refusalBodies(result.refusals, locale) } };
  }
  return { status: ERROR_STATUS[result.code], body: { error: result.code, message: result.message } };
}

interface RequestedItem {
  readonly volumeId: VolumeId;
  readonly pickupBranchId: BranchId;
}

type ItemOutcome =
  | { readonly volumeId: VolumeId; readonly reservationId: ReservationId }
  | { readonly volumeId: VolumeId; readonly refusals: readonly RefusalBody[] };

/** The OPAC's routes over the reservation service. */
function opacRoutes(service: ReservationService) {
  const actor = (session: Session): Actor => ({ kind: 'patron', patronId: session.patronId, channel: 'online' });

  return {
    /**
     * POST /my/reservations: the items ticked on the search results, each with its pickup
     * library. Each goes into the cart (B1: a set, in-library-only material or the museum as
     * pickup is refused there), then the cart is submitted (B2: the quota, duplicates). One
     * outcome per item, in the order ticked.
     */
    async place(session: Session, items: readonly RequestedItem[]): Promise<HttpResponse> {
      const outcomes = new Map<VolumeId, ItemOutcome>();
      const inCart: VolumeId[] = [];
      for (const { volumeId, pickupBranchId } of items) {
        const added = await service.addToCart(actor(session), { volumeId, pickupBranchId });
        // A volume already in the cart (from an earlier visit) is submitted as it stands.
        if (added.ok || (added.kind === 'refused' && added.refusals.every((r) => r.code === 'ALREADY_IN_CART'))) inCart.push(volumeId);
        else if (added.kind === 'refused') outcomes.set(volumeId, { volumeId, refusals: refusalBodies(added.refusals, session.locale) });
        else return toHttp(added, session.locale);
      }
      if (inCart.length > 0) {
        const submitted = await service.submitCart(actor(session), { volumeIds: inCart });
        if (!submitted.ok) return toHttp(submitted, session.locale);
        for (const o of submitted.value) {
          outcomes.set(o.volumeId, o.ok ? { volumeId: o.volumeId, reservationId: o.reservationId } : { volumeId: o.volumeId, refusals: refusalBodies(o.refusals, session.locale) });
        }
      }
      const ordered = items.map((item) => outcomes.get(item.volumeId));
      return { status: ordered.some((o) => o !== undefined && 'reservationId' in o) ? 200 : 422, body: { outcomes: ordered } };
    },

    /** GET /my/reservations: the list with its status labels, queue positions and last days (F1). */
    async list(session: Session): Promise<HttpResponse> {
      const result = await service.listReservations(actor(session));
      if (!result.ok) return toHttp(result, session.locale);
      const rows = result.value.reservations.map((r) => ({
        id: r.reservationId,
        item: `${r.title}${r.volumeLabel === null ? '' : ` ${r.volumeLabel}`}`,
        status: r.label[session.locale],
        queue: r.queuePosition,
        lastDay: r.lastDay,
        cancellationPending: r.cancellationPending,
      }));
      return { status: 200, body: rows };
    },

    /** DELETE /my/reservations/:id: online cancellation (F2; refused for counter reservations, F3, and after the notice, F4). */
    async cancel(session: Session, reservationId: ReservationId): Promise<HttpResponse> {
      const result = await service.cancelOnline(actor(session), { reservationId });
      if (!result.ok) return toHttp(result, session.locale);
      const r = result.value;
      return { status: 200, body: { id: r.id, status: r.status, cancellationPending: isCancellationPending(r) } };
    },
  };
}

// ---------------------------------------------------------------------------------------------
// A small library, and a few requests the OPAC might receive on a Tuesday evening.

const clock = fixedClock('2026-12-01T20:00:00+09:00');
const patron = (id: string, internetRegistered = true) => ({
  id, cardNumber: `card-${id}`, email: internetRegistered ? `${id}@example.jp` : null,
  internetRegistered, unreachable: false, noticePrivacy: { showName: true, showTitle: true },
});
const storage = createMemoryStorage({
  clock,
  seed: {
    patrons: [patron('hanako'), patron('taro'), patron('jiro', false)],
    titles: [
      { id: 'genji', name: '源氏物語', category: 'book', audiovisual: false },
      { id: 'koshi', name: '北杜市の古文書', category: 'localHistory', audiovisual: false },
    ],
    volumes: [
      { id: 'genji/1', titleId: 'genji', label: '上' },
      { id: 'genji/2', titleId: 'genji', label: '下' },
      { id: 'koshi/1', titleId: 'koshi' },
    ],
    copies: [
      { id: 'genji-1-a', volumeId: 'genji/1', ownerBranchId: 'akeno', locationBranchId: 'akeno', status: 'onLoan', version: 0 },
      { id: 'genji-2-a', volumeId: 'genji/2', ownerBranchId: 'museum', locationBranchId: 'museum', status: 'onShelf', version: 0 },
      { id: 'koshi-1-a', volumeId: 'koshi/1', ownerBranchId: 'museum', locationBranchId: 'museum', status: 'onShelf', version: 0 },
    ],
  },
});
const opac = opacRoutes(createReservationService(storage, hokutoPolicy()));

function show(request: string, response: HttpResponse): void {
  console.log(`${request}\n  → ${response.status} ${JSON.stringify(response.body)}`);
}

const hanako: Session = { patronId: 'hanako', locale: 'ja' };
const taro: Session = { patronId: 'taro', locale: 'en' };
const jiro: Session = { patronId: 'jiro', locale: 'ja' };

// Hanako ticks three items: volume 上, volume 下 to be collected at the museum (E5: never a pickup
// point), and an in-library-only local history document (E3).
const placed = await opac.place(hanako, [
  { volumeId: 'genji/1', pickupBranchId: 'akeno' },
  { volumeId: 'genji/2', pickupBranchId: 'museum' },
  { volumeId: 'koshi/1', pickupBranchId: 'akeno' },
]);
show('POST /my/reservations (hanako: genji/1 → akeno, genji/2 → museum, koshi/1 → akeno)', placed);
assert.equal(placed.status, 200);
const outcomes = (placed.body as { outcomes: { volumeId: string; reservationId?: string; refusals?: RefusalBody[] }[] }).outcomes;
assert.deepEqual(
  outcomes.map((o) => [o.volumeId, o.reservationId === undefined ? o.refusals?.map((r) => r.rule).join() : 'placed']),
  [['genji/1', 'placed'], ['genji/2', 'E5'], ['koshi/1', 'E3']],
);
const reservationId = outcomes.find((o) => o.reservationId !== undefined)?.reservationId;
assert.ok(reservationId !== undefined);

// She ticks volume 上 again: a second active reservation of one volume is refused (P1).
const again = await opac.place(hanako, [{ volumeId: 'genji/1', pickupBranchId: 'sutama' }]);
show('POST /my/reservations (hanako: genji/1 → sutama, again)', again);
assert.deepEqual((again.body as { outcomes: { refusals: RefusalBody[] }[] }).outcomes[0]?.refusals.map((r) => r.code), ['DUPLICATE_RESERVATION']);

// Jiro has a card but never registered for the internet service at a library counter (A1).
const unregistered = await opac.place(jiro, [{ volumeId: 'genji/1', pickupBranchId: 'akeno' }]);
show('POST /my/reservations (jiro, not registered for the internet service)', unregistered);
assert.equal(unregistered.status, 422);
assert.ok(JSON.stringify(unregistered.body).includes('"rule":"A1"'));

// Her list: the request waits for the next open day's approval (予約申請中, B3, C1), with no
// place in the queue yet (C2).
const listed = await opac.list(hanako);
show('GET /my/reservations (hanako)', listed);
assert.deepEqual(listed.body, [
  { id: reservationId, item: '源氏物語 上', status: '予約申請中', queue: null, lastDay: null, cancellationPending: false },
]);

// Taro tries to cancel Hanako's reservation: a patron acts on their own data only (P2).
const notHis = await opac.cancel(taro, reservationId);
show(`DELETE /my/reservations/${reservationId} (taro)`, notHis);
assert.equal(notHis.status, 403);

// Hanako cancels it. With the Hokuto policy the cancellation is finalised by the next morning's
// batch (予約取消承認処理, F2); until then the list shows it pending.
const cancelled = await opac.cancel(hanako, reservationId);
show(`DELETE /my/reservations/${reservationId} (hanako)`, cancelled);
assert.equal(cancelled.status, 200);
const afterCancel = await opac.list(hanako);
show('GET /my/reservations (hanako)', afterCancel);
assert.equal((afterCancel.body as { cancellationPending: boolean }[])[0]?.cancellationPending, true);

// An id that does not exist is a 404, not a refusal.
const unknown = await opac.cancel(hanako, 'no-such-reservation');
show('DELETE /my/reservations/no-such-reservation (hanako)', unknown);
assert.equal(unknown.status, 404);

console.log('\nopac-backend: every answer as expected');
