import type { Instant } from '../../model/time.js';
import type { LocaleRegistry } from '../../notices/locale-registry.js';
import type { Policy } from '../../policy/schema.js';
import type { EventActor } from '../../ports/event-log.js';
import type { StoragePorts } from '../../ports/storage-ports.js';
import type { JobProgress } from './chunked-job.js';

/**
 * What every use case of the service shares: the storage, the parsed policy, the id generator,
 * how often a unit of work is retried on a version conflict, the job-run owner and the locale of
 * hold notices. Internal to the service.
 * @category Service
 * @example
 * const ctx: ServiceContext = {
 *   ports, policy, newId: () => crypto.randomUUID(), maxRetries: 3, serverId: 'server-a', noticeLocale: 'ja', locales: shippedLocales(), noticeLeaseMs: 300_000, deliveryBatchSize: 50,
 *   now: () => ports.clock.now(),
 * };
 */
export interface ServiceContext {
  readonly ports: StoragePorts;
  readonly policy: Policy;
  /** A new unique id for a reservation, loan or notice. */
  readonly newId: () => string;
  /** Retries of a unit of work after a `VERSION_CONFLICT`, beyond the first attempt. */
  readonly maxRetries: number;
  /** The owner written into job-run claims. */
  readonly serverId: string;
  /** The language of the hold notices the service renders (D1). */
  readonly noticeLocale: string;
  /** The message tables of the notices. */
  readonly locales: LocaleRegistry;
  /** How long a delivery holds the notices it claims, in milliseconds. */
  readonly noticeLeaseMs: number;
  /** How many notices a delivery claims per unit of work. */
  readonly deliveryBatchSize: number;
  /** The storage clock's now. */
  now(): Instant;
  /** Who performs the current operation, as stored with its events; absent for the host's relay. */
  readonly actor?: EventActor | undefined;
  /** The most keys of one chunk of a chunked job (approval batch, expiry); `undefined`: each job is one unit of work. */
  readonly jobChunkSize?: number | undefined;
  /** Called after each chunk of a chunked job this service finished. */
  readonly onJobProgress?: ((progress: JobProgress) => void) | undefined;
}
