import { LaporError } from './lapor-error.ts';

/** An attempt or the whole call took longer than its timeout, even after the client's retries. */
export class LaporTimeoutError extends LaporError {
  override name = 'LaporTimeoutError';

  constructor(message = 'LAPOR! did not answer in time') {
    super(message, { code: 'timeout' });
  }
}
