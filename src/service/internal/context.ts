import type { Instant } from '../../model/time.js';
import type { Locale } from '../../notices/labels.js';
import type { Policy } from '../../policy/schema.js';
import type { StoragePorts } from '../../ports/storage-ports.js';
import type { JobProgress } from './chunked-job.js';

/**
 * What every use case of the service shares: the storage, the parsed policy, the id generator,
 * how often a unit of work is retried on a version conflict, the job-run owner and the locale of
 * hold notices. Internal to the service.
 * @category Service
 * @example
 * const ctx: ServiceContext = {
 *   ports, policy, newId: () => crypto.randomUUID(), maxRetries: 3, serverId: 'server-a', noticeLocale: 'ja',
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
  readonly noticeLocale: Locale;
  /** The storage clock's now. */
  now(): Instant;
  /** The most keys of one chunk of a chunked job (approval batch, expiry); `undefined`: each job is one unit of work. */
  readonly jobChunkSize?: number | undefined;
  /** Called after each chunk of a chunked job this service finished. */
  readonly onJobProgress?: ((progress: JobProgress) => void) | undefined;
}
