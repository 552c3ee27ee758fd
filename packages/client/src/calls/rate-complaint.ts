import { transportOf, type LaporConnection } from '../connection.ts';
import { ratingInput, type RatingInput } from '../contract/complaints.ts';
import type { TimelineEvent } from '../contract/events.ts';
import type { ReporterOptions } from '../resources/complaints.ts';
import { validateInput } from '../transport/http.ts';
import { checkedTrackingId } from './tracking-id.ts';

/**
 * The reporter's rating: {@link Complaints.rate} for a {@link connect}ion.
 *
 * @example
 * ```ts
 * await rateComplaint(connection, '1916449', { rating: 4 }, { reporterToken });
 * ```
 */
export async function rateComplaint(
  connection: LaporConnection,
  trackingId: string,
  input: RatingInput,
  options: ReporterOptions & { reporterToken: string },
): Promise<TimelineEvent> {
  const transport = transportOf(connection);
  const id = await checkedTrackingId(connection, trackingId);
  const json = await validateInput(ratingInput, input, transport.messages);
  return transport.request({
    method: 'post',
    path: `/v1/complaints/${id}/rating`,
    json,
    headers: { 'reporter-token': options.reporterToken },
    response: transport.responses.timelineEvent,
    call: options,
  });
}
