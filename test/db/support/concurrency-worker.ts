// A worker process of test/db/concurrency.test.ts: it opens one storage (SQLite file or
// PostgreSQL schema), builds the reservation service on it, and runs the operations the test
// sends, one after the other, reporting each outcome and the version conflicts it met.
import { isYoyakuError } from '../../../src/errors/yoyaku-error.js';
import { hokutoPolicy } from '../../../src/policy/presets/hokuto.js';
import { fixedClock } from '../../../src/ports/clock.js';
import type { StoragePorts } from '../../../src/ports/storage-ports.js';
import type { StoresTx } from '../../../src/ports/unit-of-work.js';
import { createPostgresStorage } from '../../../src/postgres.js';
import type { Actor } from '../../../src/service/actor.js';
import { createReservationService } from '../../../src/service/create-reservation-service.js';
import type { ServiceResult } from '../../../src/service/service-result.js';
import { createSqliteStorage } from '../../../src/sqlite.js';
import type { OpReport, Operation, ToWorker } from './concurrency-protocol.js';

const SYSTEM: Actor = { kind: 'system' };
const online = (patronId: string): Actor => ({ kind: 'patron', patronId, channel: 'online' });
const staff = (branchId: string): Actor => ({ kind: 'staff', branchId });

function reply(message: unknown): void {
  process.send?.(message);
}

function outcomeOf(result: ServiceResult<unknown>): Pick<OpReport, 'outcome' | 'codes'> {
  if (result.ok) return { outcome: 'ok', codes: [] };
  return result.kind === 'refused' ? { outcome: 'refused', codes: result.refusals.map((r) => r.code) } : { outcome: 'error', codes: [result.code] };
}

let service: ReturnType<typeof createReservationService> | undefined;
let close: (() => Promise<void>) | undefined;
const clock = fixedClock('2026-12-01T00:00:00.000Z');
let conflicts = 0;

async function open(message: Extract<ToWorker, { type: 'open' }>): Promise<void> {
  const storage =
    message.engine === 'sqlite'
      ? createSqliteStorage({ filename: message.target, clock, unsafeTestControls: message.controls, migrate: false, busyTimeoutMs: 20_000, lockTimeoutMs: 60_000 })
      : createPostgresStorage({ connectionString: message.target, schema: message.schema, clock, unsafeTestControls: message.controls, maxConnections: 2 });
  const counted: StoragePorts = {
    clock: storage.clock,
    capabilities: storage.capabilities,
    unitOfWork: {
      async run<T>(work: (tx: StoresTx) => Promise<T>): Promise<T> {
        try {
          return await storage.unitOfWork.run(work);
        } catch (error) {
          if (isYoyakuError(error) && error.code === 'VERSION_CONFLICT') conflicts++;
          throw error;
        }
      },
    },
  };
  let n = 0;
  service = createReservationService(counted, hokutoPolicy({ maxOnline: message.maxOnline, maxOnlineAudiovisual: message.maxOnline }), {
    ids: () => `w${message.worker}-${++n}`,
    serverId: `worker-${message.worker}`,
    maxRetries: 5,
  });
  close = () => storage.close();
}

async function runOperation(op: Operation): Promise<OpReport> {
  if (service === undefined) throw new Error('the worker has no storage yet');
  conflicts = 0;
  const report = (result: ServiceResult<unknown>, extra: Partial<OpReport> = {}): OpReport => ({ op, ...outcomeOf(result), conflicts, ...extra });
  try {
    switch (op.kind) {
      case 'submit': {
        await service.addToCart(online(op.patronId), { volumeId: op.volumeId, pickupBranchId: op.pickupBranchId });
        const result = await service.submitCart(online(op.patronId), { volumeIds: [op.volumeId] });
        if (!result.ok) return report(result);
        const [entry] = result.value;
        if (entry?.ok) return { op, outcome: 'ok', codes: [], conflicts, createdReservation: entry.reservationId };
        return { op, outcome: 'refused', codes: entry && !entry.ok ? entry.refusals.map((r) => r.code) : [], conflicts };
      }
      case 'approve': {
        const result = await service.runApprovalBatch(SYSTEM, { date: op.date });
        return report(result, result.ok ? { claimed: result.value.claimed } : {});
      }
      case 'cancelOnline':
        return report(await service.cancelOnline(online(op.patronId), { reservationId: op.reservationId }));
      case 'cancelByStaff':
        return report(await service.cancelByStaff(staff(op.branchId), { reservationId: op.reservationId, note: 'test' }));
      case 'collect': {
        const result = await service.collectHold(staff(op.branchId), { reservationId: op.reservationId });
        return report(result, result.ok ? { createdLoan: result.value.id } : {});
      }
      case 'checkIn':
        return report(await service.checkIn(staff(op.branchId), { copyId: op.copyId }));
    }
  } catch (error) {
    return { op, outcome: 'thrown', codes: [isYoyakuError(error) ? error.code : 'Error'], conflicts, message: error instanceof Error ? error.message : String(error) };
  }
}

process.on('message', (message: ToWorker) => {
  void (async () => {
    try {
      if (message.type === 'open') {
        await open(message);
        reply({ type: 'ready' });
      } else if (message.type === 'phase') {
        clock.set(message.at);
        const reports: OpReport[] = [];
        for (const op of message.operations) reports.push(await runOperation(op));
        reply({ type: 'reports', reports });
      } else if (message.type === 'close') {
        await close?.();
        service = undefined;
        close = undefined;
        reply({ type: 'closed' });
      } else {
        await close?.();
        process.disconnect();
      }
    } catch (error) {
      reply({ type: 'failed', message: error instanceof Error ? `${error.message}\n${error.stack}` : String(error) });
    }
  })();
});
