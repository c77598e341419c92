import type { StoragePorts } from '../../src/ports/storage-ports.js';
import type { StoresTx } from '../../src/ports/unit-of-work.js';

/** Replacements for some of a unit's reservation-store methods (`undefined` removes one). */
export type ReservationReads = (tx: StoresTx) => { [K in keyof StoresTx['reservations']]?: StoresTx['reservations'][K] | undefined };

/** The storage with its reservation store's methods replaced in every unit. */
export function withReservationReads(storage: StoragePorts, reads: ReservationReads): StoragePorts {
  return {
    ...storage,
    unitOfWork: {
      run: (work, options) =>
        storage.unitOfWork.run((tx) => {
          const reservations = { ...tx.reservations, ...reads(tx) };
          return work(new Proxy(tx, { get: (target, name) => (name === 'reservations' ? reservations : target[name as keyof StoresTx]) }));
        }, options),
    },
  };
}
