import { transportOf, type LaporConnection } from '../connection.ts';
import { complaintInput, type ComplaintCreated, type ComplaintInput } from '../contract/complaints.ts';
import { validateInput } from '../transport/http.ts';
import type { CallOptions } from '../transport/options.ts';

/**
 * Submits a report: {@link Complaints.create} for a {@link connect}ion.
 *
 * @example
 * ```ts
 * const connection = connect({ endpoint: 'http://localhost:4010', siteKey: 'pk_test_sandbox' });
 * const { trackingId, reporterToken } = await createComplaint(connection, report);
 * ```
 */
export async function createComplaint(connection: LaporConnection, input: ComplaintInput, options: CallOptions = {}): Promise<ComplaintCreated> {
  const transport = transportOf(connection);
  const json = await validateInput(complaintInput, input, transport.messages);
  return transport.request({ method: 'post', path: '/v1/complaints', json, response: transport.responses.complaintCreated, call: options });
}
