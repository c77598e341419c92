import { YoyakuError } from '../errors/yoyaku-error.js';
import type { ReservationService } from './reservation-service.js';
import type { ServiceResult } from './service-result.js';

function rethrowOutage<T>(result: ServiceResult<T>): ServiceResult<T> {
  if (!result.ok && result.kind === 'error' && result.code === 'STORE_UNAVAILABLE')
    throw new YoyakuError('STORE_UNAVAILABLE', result.message, { details: { retryable: result.retryable === true } });
  return result;
}

/**
 * The same service, except that a `STORE_UNAVAILABLE` result is thrown as a {@link YoyakuError}
 * (with `details.retryable`) instead of returned: for a host whose error handling treats a
 * storage outage as an exception (a request handler's 503, a job runner that stops), and for
 * harnesses in which an outage ends the run rather than being one step's outcome (the scenario
 * runner and the simulation use it). Every other result is returned unchanged.
 * @param service - a service from {@link createReservationService}
 * @returns the service, outages thrown
 * @category Service
 * @example
 * const service = withStoreOutagesThrown(createReservationService(storage, hokutoPolicy()));
 * try {
 *   await service.runApprovalBatch({ kind: 'system' });
 * } catch (e) {
 *   if (isYoyakuError(e) && e.code === 'STORE_UNAVAILABLE') scheduleRetry(e.details.retryable);
 * }
 */
export function withStoreOutagesThrown(service: ReservationService): ReservationService {
  const wrapped: Record<string, unknown> = {};
  for (const [name, method] of Object.entries(service) as [string, unknown][]) {
    wrapped[name] =
      typeof method === 'function'
        ? async (...args: unknown[]) => rethrowOutage(await (method as (...a: unknown[]) => Promise<ServiceResult<unknown>>).apply(service, args))
        : method;
  }
  return wrapped as unknown as ReservationService;
}
