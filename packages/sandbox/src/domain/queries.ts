// Paged reads: a complaint's timeline and an institution's complaints.
import type { TimelineEvent } from '@lapor/client/contract';
import { decodeCursor, encodeCursor } from './cursors.ts';
import { eventFromRow, type ComplaintRow, type EventRow } from './rows.ts';
import type { State } from './state.ts';

/**
 * One page of a timeline, oldest first; the cursor is the last sequence number seen.
 * `project` shapes each event for the caller (views.ts `projectEvent`).
 */
export function listEvents(
  state: State,
  trackingId: string,
  cursor: string | undefined,
  limit: number,
  project: (event: TimelineEvent) => TimelineEvent = (event) => event,
) {
  const after = cursor === undefined ? 0 : decodeCursor<number>(cursor, (v) => Number.isSafeInteger(v) && (v as number) >= 0);
  const rows = state.db.all<EventRow>(
    'SELECT * FROM events WHERE tracking_id = ? AND seq > ? ORDER BY seq LIMIT ?',
    trackingId,
    after,
    limit + 1,
  );
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  return { data: page.map((row) => project(eventFromRow(row))), nextCursor: more ? encodeCursor(page.at(-1)!.seq) : null };
}

/**
 * One page of the complaints an institution sees on the agency routes, each projected by
 * `view`. The WHERE clause is the visibility table's agency share as SQL: disposed to it,
 * or submitted by it through the agency route (`source_ref` set); reports sent from its
 * site with the widget are not its to read.
 */
export function listAgencyComplaints<T>(
  state: State,
  institutionId: string,
  query: { status?: string | undefined; updatedSince?: string | undefined; cursor?: string | undefined; limit?: number | undefined },
  view: (row: ComplaintRow) => T,
) {
  const limit = query.limit ?? 50;
  const statuses = query.status?.split(',') ?? [];
  const since = query.updatedSince ? Date.parse(query.updatedSince) : 0;
  const [afterAt, afterId] = query.cursor
    ? decodeCursor<[number, string]>(
        query.cursor,
        (v) => Array.isArray(v) && v.length === 2 && Number.isSafeInteger(v[0]) && typeof v[1] === 'string' && /^\d{5,12}$/.test(v[1]),
      )
    : [-1, ''];
  const statusFilter = statuses.length ? `AND status IN (${statuses.map(() => '?').join(',')})` : '';
  const rows = state.db.all<ComplaintRow>(
    `SELECT * FROM complaints
     WHERE (institution_id = ? OR (source_institution_id = ? AND source_ref IS NOT NULL)) AND updated_at >= ? ${statusFilter}
       AND (updated_at > ? OR (updated_at = ? AND tracking_id > ?))
     ORDER BY updated_at, tracking_id LIMIT ?`,
    institutionId,
    institutionId,
    since,
    ...statuses,
    afterAt,
    afterAt,
    afterId,
    limit + 1,
  );
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    data: page.map(view),
    nextCursor: more && last ? encodeCursor([last.updated_at, last.tracking_id]) : null,
  };
}
