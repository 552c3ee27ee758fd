export { LaporError } from './lapor-error.ts';
export { LaporHttpError } from './http-error.ts';
export { LaporRateLimitError } from './rate-limit-error.ts';
export { LaporIdempotencyError } from './idempotency-error.ts';
export { LaporValidationError } from './validation-error.ts';
export { LaporInvalidResponseError } from './invalid-response-error.ts';
export { LaporNetworkError } from './network-error.ts';
export { LaporTimeoutError } from './timeout-error.ts';
