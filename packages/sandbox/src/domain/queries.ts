// Paged reads: a complaint's timeline, an institution's complaints and the public list.
import type { SQLInputValue } from 'node:sqlite';
import { statusesInGroup, type PublicComplaint, type PublicComplaintQuery, type TimelineEvent } from '@lapor/client/contract';
import { decodeCursor, encodeCursor } from './cursors.ts';
import { eventFromRow, type ComplaintRow, type EventRow } from './rows.ts';
import { likeLiteral, searchText } from './search.ts';
import type { State } from './state.ts';
import { PUBLIC_SHARE_SQL, publicView } from './views.ts';

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

/** Words of `q` a search takes at most: more narrows nothing a person would type. */
const QUERY_WORDS_MAX = 10;

/**
 * One page of the public list, newest first, each report in the public view. Only what
 * the visibility table shows the public is ever read (PUBLIC_SHARE_SQL), and every filter
 * is on a part of the report the public view shows: the area of the incident, never the
 * reporter's origin, which the public view withholds and a filter would reveal.
 */
export function listPublicComplaints(state: State, query: PublicComplaintQuery): { data: PublicComplaint[]; nextCursor: string | null } {
  const limit = query.limit ?? 20;
  const where = [`(${PUBLIC_SHARE_SQL})`];
  const params: SQLInputValue[] = [];
  if (query.institutionId !== undefined) {
    where.push('institution_id = ?');
    params.push(query.institutionId);
  }
  if (query.regionCode !== undefined) {
    // Kemendagri codes nest by prefix: 52 > 52.71 > 52.71.01 (digits and dots, nothing LIKE reads as a wildcard).
    where.push("(region_code = ? OR region_code LIKE ? || '.%')");
    params.push(query.regionCode, query.regionCode);
  }
  if (query.categoryId !== undefined) {
    where.push('category_id = ?');
    params.push(query.categoryId);
  }
  if (query.statusGroup !== undefined) {
    const statuses = statusesInGroup(query.statusGroup);
    where.push(`status IN (${statuses.map(() => '?').join(', ')})`);
    params.push(...statuses);
  }
  // Every word must start a word of the title or the body, folded as the directory search folds.
  const words = query.q ? searchText(query.q).split(' ').filter(Boolean).slice(0, QUERY_WORDS_MAX) : [];
  for (const word of words) {
    where.push("(' ' || search_text(title || ' ' || body)) LIKE ? ESCAPE '\\'");
    params.push(`% ${likeLiteral(word)}%`);
  }
  if (query.cursor !== undefined) {
    const [beforeAt, beforeId] = decodeCursor<[number, string]>(
      query.cursor,
      (v) => Array.isArray(v) && v.length === 2 && Number.isSafeInteger(v[0]) && typeof v[1] === 'string' && /^\d{5,12}$/.test(v[1]),
    );
    where.push('(created_at < ? OR (created_at = ? AND tracking_id < ?))');
    params.push(beforeAt, beforeAt, beforeId);
  }
  const rows = state.db.all<ComplaintRow>(
    `SELECT * FROM complaints WHERE ${where.join(' AND ')} ORDER BY created_at DESC, tracking_id DESC LIMIT ?`,
    ...params,
    limit + 1,
  );
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    data: page.map((row) => publicView(state, row)),
    nextCursor: more && last ? encodeCursor([last.created_at, last.tracking_id]) : null,
  };
}
