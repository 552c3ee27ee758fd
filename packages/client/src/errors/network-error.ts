import { LaporError } from './lapor-error.ts';

/** No answer: the connection failed or dropped, even after the client's retries. */
export class LaporNetworkError extends LaporError {
  override name = 'LaporNetworkError';

  constructor(cause: unknown) {
    const reason = cause instanceof Error ? cause.message : 'connection failed';
    super(`Could not reach LAPOR!: ${reason}`, { code: 'network_error', cause: cause instanceof Error ? cause : undefined });
  }
}
