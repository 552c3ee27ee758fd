import { LaporHttpError } from './http-error.ts';

/**
 * The `Idempotency-Key` was used with another request (422 `idempotency_key_reused`), or
 * the same request stayed in flight through every retry (409 `idempotency_in_flight`).
 */
export class LaporIdempotencyError extends LaporHttpError {
  override name = 'LaporIdempotencyError';
}
