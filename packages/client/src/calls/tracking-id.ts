import { trackingId } from '../contract/common.ts';
import { transportOf, type LaporConnection } from '../connection.ts';
import { validateInput } from '../transport/http.ts';

/** A tracking ID as the calls send it, checked (and worded) as the contract says. */
export function checkedTrackingId(connection: LaporConnection, value: string): Promise<string> {
  return validateInput(trackingId, value, transportOf(connection).messages);
}
