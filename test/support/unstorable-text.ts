import { expect, it } from 'vitest';
import { hokutoPolicy } from '../../src/policy/presets/hokuto.js';
import type { SeedableStorage } from '../../src/ports/seed-data.js';
import type { StoragePorts } from '../../src/ports/storage-ports.js';
import type { Actor } from '../../src/service/actor.js';
import { createReservationService } from '../../src/service/create-reservation-service.js';
import type { ReservationService } from '../../src/service/reservation-service.js';
import type { ServiceResult } from '../../src/service/service-result.js';
import { copy, patron, title, volume } from './records.js';

/** Text no storage can hold as given: a NUL character, a lone high surrogate, a lone low surrogate. */
export const UNSTORABLE: readonly (readonly [string, (s: string) => string])[] = [
  ['a NUL character', (s) => `${s}\u0000`],
  ['a lone high surrogate', (s) => `${s}\uD83D`],
  ['a lone low surrogate', (s) => `\uDE00${s}`],
];

const patronActor = (patronId = 'p-1', channel = 'online'): Actor => ({ kind: 'patron', patronId, channel } as Actor);
const staffActor = (branchId = 'akeno', staffId?: string): Actor => ({ kind: 'staff', branchId, ...(staffId === undefined ? {} : { staffId }) } as Actor);

type Call = (service: ReservationService, bad: (s: string) => string) => Promise<ServiceResult<unknown>>;

/** Every service method with each of its ids and texts in turn made unstorable. */
export const UNSTORABLE_CALLS: readonly (readonly [string, Call])[] = [
  ['addFavourite volumeId', (s, b) => s.addFavourite(patronActor(), { volumeId: b('t-1/1') })],
  ['addFavourite actor patronId', (s, b) => s.addFavourite(patronActor(b('p-1')), { volumeId: 't-1/1' })],
  ['addFavourite actor channel', (s, b) => s.addFavourite(patronActor('p-1', b('online')), { volumeId: 't-1/1' })],
  ['removeFavourite volumeId', (s, b) => s.removeFavourite(patronActor(), { volumeId: b('t-1/1') })],
  ['listFavourites actor patronId', (s, b) => s.listFavourites(patronActor(b('p-1')))],
  ['favouritesPage actor patronId', (s, b) => s.favouritesPage(patronActor(b('p-1')))],
  ['favouritesPage cursor', (s, b) => s.favouritesPage(patronActor(), { cursor: b('t-1/1') })],
  ['moveFavouriteToCart volumeId', (s, b) => s.moveFavouriteToCart(patronActor(), { volumeId: b('t-1/1'), pickupBranchId: 'akeno' })],
  ['moveFavouriteToCart pickupBranchId', (s, b) => s.moveFavouriteToCart(patronActor(), { volumeId: 't-1/1', pickupBranchId: b('akeno') })],
  ['addToCart volumeId', (s, b) => s.addToCart(patronActor(), { volumeId: b('t-1/1'), pickupBranchId: 'akeno' })],
  ['addToCart pickupBranchId', (s, b) => s.addToCart(patronActor(), { volumeId: 't-1/1', pickupBranchId: b('akeno') })],
  ['removeFromCart volumeId', (s, b) => s.removeFromCart(patronActor(), { volumeId: b('t-1/1') })],
  ['listCart actor patronId', (s, b) => s.listCart(patronActor(b('p-1')))],
  ['cartPage actor patronId', (s, b) => s.cartPage(patronActor(b('p-1')))],
  ['cartPage cursor', (s, b) => s.cartPage(patronActor(), { cursor: b('t-1/1') })],
  ['submitCart volumeIds', (s, b) => s.submitCart(patronActor(), { volumeIds: ['t-1/1', b('t-2/1')] })],
  ['placeCounterReservation patronId', (s, b) => s.placeCounterReservation(staffActor(), { patronId: b('p-1'), volumeId: 't-1/1', pickupBranchId: 'akeno' })],
  ['placeCounterReservation volumeId', (s, b) => s.placeCounterReservation(staffActor(), { patronId: 'p-1', volumeId: b('t-1/1'), pickupBranchId: 'akeno' })],
  ['placeCounterReservation pickupBranchId', (s, b) => s.placeCounterReservation(staffActor(), { patronId: 'p-1', volumeId: 't-1/1', pickupBranchId: b('akeno') })],
  ['placeCounterReservation actor branchId', (s, b) => s.placeCounterReservation(staffActor(b('akeno')), { patronId: 'p-1', volumeId: 't-1/1', pickupBranchId: 'akeno' })],
  ['placeCounterReservation actor staffId', (s, b) => s.placeCounterReservation(staffActor('akeno', b('s-1')), { patronId: 'p-1', volumeId: 't-1/1', pickupBranchId: 'akeno' })],
  ['checkoutWalkIn patronId', (s, b) => s.checkoutWalkIn(staffActor(), { patronId: b('p-1'), copyId: 'c-1' })],
  ['checkoutWalkIn copyId', (s, b) => s.checkoutWalkIn(staffActor(), { patronId: 'p-1', copyId: b('c-1') })],
  ['checkIn copyId', (s, b) => s.checkIn(staffActor(), { copyId: b('c-1') })],
  ['collectHold reservationId', (s, b) => s.collectHold(staffActor(), { reservationId: b('r-1') })],
  ['cancelOnline reservationId', (s, b) => s.cancelOnline(patronActor(), { reservationId: b('r-1') })],
  ['cancelByStaff reservationId', (s, b) => s.cancelByStaff(staffActor(), { reservationId: b('r-1') })],
  ['cancelByStaff note', (s, b) => s.cancelByStaff(staffActor(), { reservationId: 'r-1', note: b('lost') })],
  ['changeOnline reservationId', (s, b) => s.changeOnline(patronActor(), { reservationId: b('r-1'), pickupBranchId: 'akeno' })],
  ['changeOnline pickupBranchId', (s, b) => s.changeOnline(patronActor(), { reservationId: 'r-1', pickupBranchId: b('akeno') })],
  ['changePickupByStaff reservationId', (s, b) => s.changePickupByStaff(staffActor(), { reservationId: b('r-1'), pickupBranchId: 'akeno' })],
  ['changePickupByStaff pickupBranchId', (s, b) => s.changePickupByStaff(staffActor(), { reservationId: 'r-1', pickupBranchId: b('akeno') })],
  ['listReservations patronId', (s, b) => s.listReservations(staffActor(), { patronId: b('p-1') })],
  ['listReservations actor patronId', (s, b) => s.listReservations(patronActor(b('p-1')))],
  ['loanStatusPage patronId', (s, b) => s.loanStatusPage(staffActor(), { patronId: b('p-1') })],
  ['renewLoan loanId', (s, b) => s.renewLoan(patronActor(), { loanId: b('l-1') })],
  ['setInternetRegistration patronId', (s, b) => s.setInternetRegistration(staffActor(), { patronId: b('p-1'), registered: true })],
  ['setInternetRegistration email', (s, b) => s.setInternetRegistration(staffActor(), { patronId: 'p-1', registered: true, email: b('a@example.jp') })],
  ['setUnreachable patronId', (s, b) => s.setUnreachable(staffActor(), { patronId: b('p-1'), unreachable: true })],
  ['changeEmail email', (s, b) => s.changeEmail(patronActor(), { email: b('a@example.jp'), confirmed: true })],
  ['runApprovalBatch date', (s, b) => s.runApprovalBatch({ kind: 'system' }, { date: b('2026-12-02') })],
  ['runHoldExpiry date', (s, b) => s.runHoldExpiry({ kind: 'system' }, { date: b('2026-12-02') })],
  ['setNoticePrivacy actor patronId', (s, b) => s.setNoticePrivacy(patronActor(b('p-1')), { showName: true, showTitle: true })],
  ['markCopy copyId', (s, b) => s.markCopy(staffActor(), { copyId: b('c-1'), mark: 'missing' })],
  ['confirmPull copyId', (s, b) => s.confirmPull(staffActor(), { copyId: b('c-1') })],
  ['staffList actor branchId', (s, b) => s.staffList(staffActor(b('akeno')), { list: 'holdShelf' })],
  ['approveByStaff reservationId', (s, b) => s.approveByStaff(staffActor(), { reservationId: b('r-1') })],
  ['rejectByStaff reservationId', (s, b) => s.rejectByStaff(staffActor(), { reservationId: b('r-1'), reasons: [{ rule: 'staff' }] })],
  ['rejectByStaff note', (s, b) => s.rejectByStaff(staffActor(), { reservationId: 'r-1', reasons: [{ rule: 'staff', note: b('damaged') }] })],
  ['extendHold reservationId', (s, b) => s.extendHold(staffActor(), { reservationId: b('r-1'), lastDay: '2026-12-20' })],
  ['extendHold lastDay', (s, b) => s.extendHold(staffActor(), { reservationId: 'r-1', lastDay: b('2026-12-20') })],
  ['moveInQueue reservationId', (s, b) => s.moveInQueue(staffActor(), { reservationId: b('r-1'), toPosition: 1, reason: 'error' })],
  ['moveInQueue reason', (s, b) => s.moveInQueue(staffActor(), { reservationId: 'r-1', toPosition: 1, reason: b('error') })],
  ['suspendReservation reservationId', (s, b) => s.suspendReservation(patronActor(), { reservationId: b('r-1'), until: '2026-12-20' })],
  ['suspendReservation until', (s, b) => s.suspendReservation(patronActor(), { reservationId: 'r-1', until: b('2026-12-20') })],
  ['setNotNeededAfter reservationId', (s, b) => s.setNotNeededAfter(patronActor(), { reservationId: b('r-1'), date: '2026-12-20' })],
  ['setNotNeededAfter date', (s, b) => s.setNotNeededAfter(patronActor(), { reservationId: 'r-1', date: b('2026-12-20') })],
  ['runRetention date', (s, b) => s.runRetention({ kind: 'system' }, { date: b('2026-12-02') })],
  ['history reservationId', (s, b) => s.history(staffActor(), { reservationId: b('r-1') })],
  ['history copyId', (s, b) => s.history(staffActor(), { copyId: b('c-1') })],
  ['history patronId', (s, b) => s.history(staffActor(), { patronId: b('p-1') })],
];

/** The service methods that take no id or text to make unstorable: `deliverNotices` takes only the host's sender. */
export const WITHOUT_TEXT_INPUT: readonly string[] = ['deliverNotices'];

/** A storage to test, made fresh for each case. */
export type UnstorableSubject = () => Promise<StoragePorts & SeedableStorage & { close?(): Promise<void> | void }>;

/**
 * Registers the tests that every service method refuses ids and texts with a NUL character or a
 * lone surrogate with `INVALID_INPUT`, before any unit of work runs, on the given storage.
 */
export function unstorableTextTests(makeStorage: UnstorableSubject): void {
  it('refuses NUL characters and lone surrogates in every id and text of every service method with INVALID_INPUT, before any store is touched', async () => {
    const storage = await makeStorage();
    try {
      await storage.seed({
        patrons: [patron('p-1', { email: 'p1@example.jp' })],
        titles: [title('t-1'), title('t-2')],
        volumes: [volume('t-1'), volume('t-2')],
        copies: [copy('c-1', 't-1/1')],
      });
      let units = 0;
      const counted: StoragePorts = {
        clock: storage.clock,
        capabilities: storage.capabilities,
        unitOfWork: {
          run: (work) => {
            units++;
            return storage.unitOfWork.run(work);
          },
        },
      };
      const service = createReservationService(counted, hokutoPolicy());
      const wrong: string[] = [];
      for (const [what, call] of UNSTORABLE_CALLS) {
        for (const [how, bad] of UNSTORABLE) {
          const before = units;
          const result = await call(service, bad);
          const code = result.ok ? 'ok' : result.kind === 'error' ? result.code : `refused ${result.refusals.map((r) => r.rule).join(',')}`;
          if (code !== 'INVALID_INPUT') wrong.push(`${what} with ${how}: ${code}`);
          else if (units !== before) wrong.push(`${what} with ${how}: a unit of work ran`);
        }
      }
      expect(wrong).toEqual([]);
      const covered = new Set([...UNSTORABLE_CALLS.map(([what]) => what.split(' ')[0]), ...WITHOUT_TEXT_INPUT]);
      expect(Object.keys(service).filter((name) => !covered.has(name))).toEqual([]);
    } finally {
      await storage.close?.();
    }
  });
}
