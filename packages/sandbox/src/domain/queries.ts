// Paged reads: a complaint's timeline and an institution's complaints.
import { agencyView } from './complaints.ts';
import { decodeCursor, encodeCursor } from './cursors.ts';
import { eventFromRow, type ComplaintRow, type EventRow } from './rows.ts';
import type { State } from './state.ts';

/** One page of a timeline, oldest first; the cursor is the last sequence number seen. */
export function listEvents(state: State, trackingId: string, cursor: string | undefined, limit: number) {
  const after = cursor === undefined ? 0 : decodeCursor<number>(cursor, (v) => typeof v === 'number');
  const rows = state.db.all<EventRow>(
    'SELECT * FROM events WHERE tracking_id = ? AND seq > ? ORDER BY seq LIMIT ?',
    trackingId,
    after,
    limit + 1,
  );
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  return { data: page.map(eventFromRow), nextCursor: more ? encodeCursor(page.at(-1)!.seq) : null };
}

export function listAgencyComplaints(
  state: State,
  institutionId: string,
  query: { status?: string | undefined; updatedSince?: string | undefined; cursor?: string | undefined; limit?: number | undefined },
) {
  const limit = query.limit ?? 50;
  const statuses = query.status?.split(',') ?? [];
  const since = query.updatedSince ? Date.parse(query.updatedSince) : 0;
  const [afterAt, afterId] = query.cursor
    ? decodeCursor<[number, string]>(query.cursor, (v) => Array.isArray(v) && typeof v[0] === 'number' && typeof v[1] === 'string')
    : [-1, ''];
  const statusFilter = statuses.length ? `AND status IN (${statuses.map(() => '?').join(',')})` : '';
  const rows = state.db.all<ComplaintRow>(
    `SELECT * FROM complaints
     WHERE (institution_id = ? OR source_institution_id = ?) AND updated_at >= ? ${statusFilter}
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
    data: page.map((row) => agencyView(state, row)),
    nextCursor: more && last ? encodeCursor([last.updated_at, last.tracking_id]) : null,
  };
}
