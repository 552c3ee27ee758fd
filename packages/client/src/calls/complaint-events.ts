import { transportOf, type LaporConnection } from '../connection.ts';
import type { TimelineEvent } from '../contract/events.ts';
import { Paginator } from '../pagination.ts';
import type { ReporterOptions } from '../resources/complaints.ts';
import { checkedTrackingId } from './tracking-id.ts';

/**
 * The timeline of a report: {@link Complaints.events} for a {@link connect}ion.
 *
 * @example
 * ```ts
 * const events = await complaintEvents(connection, '1916449').toArray({ limit: 200 });
 * ```
 */
export function complaintEvents(connection: LaporConnection, trackingId: string, options: ReporterOptions = {}): Paginator<TimelineEvent> {
  const transport = transportOf(connection);
  return new Paginator(async (cursor) =>
    transport.request({
      method: 'get',
      path: `/v1/complaints/${await checkedTrackingId(connection, trackingId)}/events`,
      query: { cursor },
      headers: { 'reporter-token': options.reporterToken },
      response: transport.responses.timelineEventPage,
      call: options,
    }),
  );
}
