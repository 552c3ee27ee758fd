import { transportOf, type LaporConnection } from '../connection.ts';
import { accessCodeInput, type AccessGranted } from '../contract/recovery.ts';
import { validateInput } from '../transport/http.ts';
import type { CallOptions } from '../transport/options.ts';
import { checkedTrackingId } from './tracking-id.ts';

/**
 * Exchanges the one-time code for a new reporter token: {@link Complaints.redeemAccessCode}
 * for a {@link connect}ion.
 *
 * @example
 * ```ts
 * const { reporterToken } = await redeemAccessCode(connection, '1916449', { code: '042917' });
 * ```
 */
export async function redeemAccessCode(connection: LaporConnection, trackingId: string, input: { code: string }, options: CallOptions = {}): Promise<AccessGranted> {
  const transport = transportOf(connection);
  const id = await checkedTrackingId(connection, trackingId);
  const json = await validateInput(accessCodeInput, input, transport.messages);
  return transport.request({ method: 'post', path: `/v1/complaints/${id}/access-tokens`, json, response: transport.responses.accessGranted, call: options });
}
