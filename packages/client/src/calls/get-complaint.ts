import { transportOf, type LaporConnection } from '../connection.ts';
import type { PublicComplaint, ReporterComplaint } from '../contract/complaints.ts';
import type { ReporterOptions } from '../resources/complaints.ts';
import { checkedTrackingId } from './tracking-id.ts';

/**
 * A report by tracking ID: {@link Complaints.get} for a {@link connect}ion.
 *
 * @example
 * ```ts
 * const report = await getComplaint(connection, '1916449', { reporterToken });
 * ```
 */
export async function getComplaint(connection: LaporConnection, trackingId: string, options: ReporterOptions = {}): Promise<PublicComplaint | ReporterComplaint> {
  const transport = transportOf(connection);
  const id = await checkedTrackingId(connection, trackingId);
  return transport.request({
    method: 'get',
    path: `/v1/complaints/${id}`,
    headers: { 'reporter-token': options.reporterToken },
    response: transport.responses.complaint,
    call: options,
  });
}
