import type { Problem } from '../contract/index.ts';
import { LaporHttpError } from './http-error.ts';

/** Too many requests (429), even after the client's retries. */
export class LaporRateLimitError extends LaporHttpError {
  override name = 'LaporRateLimitError';
  /** Seconds LAPOR! asked to wait, from `Retry-After`. */
  readonly retryAfter: number | undefined;

  constructor(problem: Problem | undefined, requestId: string | undefined, retryAfter: number | undefined) {
    super(429, problem, requestId);
    this.retryAfter = retryAfter;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), retryAfter: this.retryAfter };
  }
}
