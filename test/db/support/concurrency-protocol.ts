// Messages between test/db/concurrency.test.ts and its worker processes.

export type Operation =
  | { readonly kind: 'submit'; readonly patronId: string; readonly volumeId: string; readonly pickupBranchId: string }
  | { readonly kind: 'approve'; readonly date: string }
  | { readonly kind: 'cancelOnline'; readonly patronId: string; readonly reservationId: string }
  | { readonly kind: 'cancelByStaff'; readonly reservationId: string; readonly branchId: string }
  | { readonly kind: 'collect'; readonly reservationId: string; readonly branchId: string }
  | { readonly kind: 'checkIn'; readonly copyId: string; readonly branchId: string };

/** What became of one operation: `thrown` means the service threw instead of returning a result. */
export interface OpReport {
  readonly op: Operation;
  readonly outcome: 'ok' | 'refused' | 'error' | 'thrown';
  readonly codes: readonly string[];
  /** Version conflicts the operation's units of work met (each one retried by the service, or reported as CONFLICT). */
  readonly conflicts: number;
  readonly createdReservation?: string;
  readonly createdLoan?: string;
  readonly claimed?: boolean;
  readonly message?: string;
}

export type ToWorker =
  | {
      readonly type: 'open';
      readonly engine: 'sqlite' | 'postgres';
      /** The SQLite file, or the PostgreSQL connection string. */
      readonly target: string;
      readonly schema?: string;
      /** The protections removed, for a control run (none: the real build). */
      readonly controls: { readonly versionCheck?: boolean; readonly rowLocks?: boolean; readonly transactions?: boolean };
      readonly worker: number;
      readonly maxOnline: number;
    }
  | { readonly type: 'phase'; readonly at: string; readonly operations: readonly Operation[] }
  /** Closes the storage; the worker waits for the next `open`. */
  | { readonly type: 'close' }
  /** Closes the storage and leaves. */
  | { readonly type: 'exit' };

export type FromWorker =
  | { readonly type: 'ready' }
  | { readonly type: 'reports'; readonly reports: readonly OpReport[] }
  | { readonly type: 'closed' }
  | { readonly type: 'failed'; readonly message: string };
