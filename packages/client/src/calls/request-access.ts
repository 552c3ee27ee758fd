import { transportOf, type LaporConnection } from '../connection.ts';
import { accessRequestInput, type AccessRequested } from '../contract/recovery.ts';
import { validateInput } from '../transport/http.ts';
import type { CallOptions } from '../transport/options.ts';
import { checkedTrackingId } from './tracking-id.ts';

/**
 * Asks for a one-time code: {@link Complaints.requestAccess} for a {@link connect}ion.
 *
 * @example
 * ```ts
 * await requestAccess(connection, '1916449', { contact: 'siti@example.id' });
 * ```
 */
export async function requestAccess(connection: LaporConnection, trackingId: string, input: { contact: string }, options: CallOptions = {}): Promise<AccessRequested> {
  const transport = transportOf(connection);
  const id = await checkedTrackingId(connection, trackingId);
  const json = await validateInput(accessRequestInput, input, transport.messages);
  return transport.request({ method: 'post', path: `/v1/complaints/${id}/access-requests`, json, response: transport.responses.accessRequested, call: options });
}
