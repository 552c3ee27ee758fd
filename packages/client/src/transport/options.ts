/** How hard to try: retries with capped, jittered exponential backoff. */
export interface RetryPolicy {
  /** Retries after the first attempt. Default 4. */
  limit?: number;
  /** Wait before the first retry, in ms; doubles each time. Default 500. */
  baseDelay?: number;
  /** Longest wait between attempts, in ms. Default 8,000. */
  maxDelay?: number;
  /** Longest `Retry-After` honoured, in ms. Default 30,000. */
  maxRetryAfter?: number;
}

/** Per-call options, accepted by every method as its last argument. */
export interface CallOptions {
  /** Stops the call, its attempts and its waits at once. */
  signal?: AbortSignal;
  /** Per-attempt timeout in ms (default 15,000; uploads 60,000). */
  timeout?: number;
  /** Timeout for the whole call including retries and waits, in ms (default 60,000; uploads 180,000). */
  totalTimeout?: number;
  /** Your own idempotency key for a POST; by default one is generated per call and reused on every retry. */
  idempotencyKey?: string;
  /** Retry policy for this call, or `false` for a single attempt. */
  retry?: RetryPolicy | false;
}

export const DEFAULT_RETRY: Required<RetryPolicy> = { limit: 4, baseDelay: 500, maxDelay: 8000, maxRetryAfter: 30_000 };
