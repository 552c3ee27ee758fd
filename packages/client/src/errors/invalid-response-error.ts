import { LaporError } from './lapor-error.ts';

/** LAPOR! answered with something the contract does not allow, even read leniently. */
export class LaporInvalidResponseError extends LaporError {
  override name = 'LaporInvalidResponseError';
  /** Where the answer broke the contract, e.g. `data.0.trackingId: invalid_type`. */
  readonly details: string[];

  constructor(details: string[], requestId: string | undefined) {
    super(`LAPOR! answered outside the contract: ${details.slice(0, 5).join('; ')}`, { code: 'invalid_response', requestId });
    this.details = details;
  }
}
