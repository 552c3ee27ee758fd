import { transportOf, type LaporConnection } from '../connection.ts';
import { replyInput } from '../contract/complaints.ts';
import type { TimelineEvent } from '../contract/events.ts';
import { messageBody, type MessageInput, type ReporterOptions } from '../resources/complaints.ts';
import { validateInput } from '../transport/http.ts';
import { checkedTrackingId } from './tracking-id.ts';

/**
 * The reporter's reply: {@link Complaints.reply} for a {@link connect}ion.
 *
 * @example
 * ```ts
 * await replyToComplaint(connection, '1916449', { body: 'Belum diperbaiki.' }, { reporterToken });
 * ```
 */
export async function replyToComplaint(
  connection: LaporConnection,
  trackingId: string,
  input: MessageInput,
  options: ReporterOptions & { reporterToken: string },
): Promise<TimelineEvent> {
  const transport = transportOf(connection);
  const id = await checkedTrackingId(connection, trackingId);
  const json = await validateInput(replyInput, messageBody(input), transport.messages);
  return transport.request({
    method: 'post',
    path: `/v1/complaints/${id}/replies`,
    json,
    headers: { 'reporter-token': options.reporterToken },
    response: transport.responses.timelineEvent,
    call: options,
  });
}
