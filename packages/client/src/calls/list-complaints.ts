import { transportOf, type LaporConnection } from '../connection.ts';
import type { PublicComplaint, PublicComplaintQuery } from '../contract/complaints.ts';
import { Paginator } from '../pagination.ts';
import type { CallOptions } from '../transport/options.ts';

/**
 * The public reports: {@link Complaints.list} for a {@link connect}ion.
 *
 * @example
 * ```ts
 * const latest = await listComplaints(connection, { q: 'jalan berlubang' }).toArray({ limit: 3 });
 * ```
 */
export function listComplaints(connection: LaporConnection, query: Omit<PublicComplaintQuery, 'cursor'> = {}, options: CallOptions = {}): Paginator<PublicComplaint> {
  const transport = transportOf(connection);
  return new Paginator((cursor) =>
    transport.request({ method: 'get', path: '/v1/complaints', query: { ...query, cursor }, response: transport.responses.publicComplaintPage, call: options }),
  );
}
