import type {
  AgencyComplaintInput,
  Attachment,
  ComplaintCreated,
  ComplaintInput,
  EventType,
  FollowUpInput,
  ReplyInput,
  Status,
  TimelineEvent,
} from '@lapor/client/contract';
import type { SQLInputValue } from 'node:sqlite';
import { ProblemError } from '../http/problem.ts';
import { DAY_MS, startOfWibDay, wibDate, wibDateTime } from './calendar.ts';
import type { State } from './state.ts';
import { matchesHash, newSecret, randomId, sha256Hex, trackingIdCandidate } from './tokens.ts';
import { queueWebhooks } from './webhooks.ts';

/** A row of the complaints table. */
export interface ComplaintRow {
  tracking_id: string;
  classification: string;
  title: string;
  body: string;
  incident_date: string | null;
  region_code: string | null;
  address: string | null;
  lat: number | null;
  lng: number | null;
  origin_region_code: string | null;
  suggested_institution_id: string | null;
  institution_id: string | null;
  category_id: string | null;
  anonymous: number;
  confidential: number;
  reporter_name: string;
  reporter_email: string | null;
  reporter_phone: string | null;
  channel: string;
  source_institution_id: string | null;
  source_ref: string | null;
  api_key: string;
  reporter_token_hash: string;
  status: Status;
  created_at: number;
  updated_at: number;
  due_verification: string | null;
  due_follow_up: string | null;
  due_auto_close: string | null;
  auto_close_at: number | null;
  escalation_at: number;
  due_escalation: string;
}

/** Working days the SLAs give (docs/en/sp4n-lapor.md), and the calendar days before escalation. */
export const SLA = { verification: 3, followUp: 5, autoClose: 10, escalationDays: 60 } as const;

/** Statuses from which nothing moves on by itself. */
const SETTLED: ReadonlySet<Status> = new Set(['closed', 'archived', 'escalated']);

interface Submitter {
  apiKey: string;
  /** The institution whose site or system sent the report. */
  sourceInstitutionId: string | null;
}

function notFound(): ProblemError {
  return new ProblemError('not_found', { detail: 'Tidak ada laporan dengan nomor pelacakan ini.' });
}

export function findComplaint(state: State, trackingId: string): ComplaintRow | undefined {
  return state.db.get<ComplaintRow>('SELECT * FROM complaints WHERE tracking_id = ?', trackingId);
}

export function requireComplaint(state: State, trackingId: string): ComplaintRow {
  const row = findComplaint(state, trackingId);
  if (!row) throw notFound();
  return row;
}

function checkAttachments(state: State, ids: readonly string[], apiKey: string, path: string): void {
  ids.forEach((id, index) => {
    const row = state.db.get<{ api_key: string }>('SELECT api_key FROM attachments WHERE id = ?', id);
    // Another key's upload is as good as missing: ids must not open other people's files.
    if (!row || row.api_key !== apiKey) {
      throw new ProblemError('attachment_not_found', {
        detail: `Lampiran ${id} tidak ditemukan. Unggah berkas dengan kunci yang sama sebelum mengirim laporan.`,
        errors: [{ path: `${path}.${index}`, code: 'invalid_id', message: `Lampiran ${id} tidak ditemukan.` }],
      });
    }
  });
}

function checkReference(state: State, table: 'institutions' | 'categories', id: string | undefined, path: string): void {
  if (id === undefined) return;
  if (!state.db.get(`SELECT 1 AS x FROM ${table} WHERE id = ?`, id)) {
    throw new ProblemError('validation_failed', {
      errors: [{ path, code: 'invalid_id', message: `${path === 'institutionId' ? 'Instansi' : 'Kategori'} "${id}" tidak ditemukan. Pilih dari daftar.` }],
    });
  }
}

function checkRegion(state: State, code: string | undefined, path: string): void {
  if (code === undefined) return;
  if (!state.db.get('SELECT 1 AS x FROM regions WHERE code = ?', code)) {
    throw new ProblemError('validation_failed', {
      errors: [{ path, code: 'invalid_region_code', message: `Wilayah dengan kode ${code} tidak ditemukan. Pilih dari daftar wilayah.` }],
    });
  }
}

/** Stores a new report and its `submitted` event; returns the creation answer. */
export function createComplaint(
  state: State,
  input: ComplaintInput | AgencyComplaintInput,
  submitter: Submitter,
): ComplaintCreated {
  checkReference(state, 'institutions', input.institutionId, 'institutionId');
  checkReference(state, 'categories', input.categoryId, 'categoryId');
  checkRegion(state, input.location?.regionCode, 'location.regionCode');
  checkRegion(state, input.reporterOrigin?.regionCode, 'reporterOrigin.regionCode');
  checkAttachments(state, input.attachmentIds ?? [], submitter.apiKey, 'attachmentIds');
  const sourceRef = 'sourceRef' in input ? input.sourceRef : null;
  if (
    sourceRef &&
    state.db.get('SELECT 1 AS x FROM complaints WHERE source_institution_id = ? AND source_ref = ?', submitter.sourceInstitutionId, sourceRef)
  ) {
    throw new ProblemError('validation_failed', {
      errors: [{ path: 'sourceRef', code: 'duplicate', message: `Nomor referensi ${sourceRef} sudah pernah dikirim.` }],
    });
  }

  const now = state.clock.now();
  const reporterToken = newSecret();
  const dueVerification = state.calendar.addWorkingDays(now, SLA.verification);
  const escalationAt = now + SLA.escalationDays * DAY_MS;
  const row: ComplaintRow = {
    tracking_id: '',
    classification: input.classification,
    title: input.title,
    body: input.body,
    incident_date: input.incidentDate ?? null,
    region_code: input.location?.regionCode ?? null,
    address: input.location?.address ?? null,
    lat: input.location?.lat ?? null,
    lng: input.location?.lng ?? null,
    origin_region_code: input.reporterOrigin?.regionCode ?? null,
    suggested_institution_id: input.institutionId ?? null,
    institution_id: null,
    category_id: input.categoryId ?? null,
    anonymous: input.anonymous ? 1 : 0,
    confidential: input.confidential ? 1 : 0,
    reporter_name: input.reporter.name,
    reporter_email: input.reporter.email ?? null,
    reporter_phone: input.reporter.phone ?? null,
    channel: 'integration',
    source_institution_id: submitter.sourceInstitutionId,
    source_ref: sourceRef,
    api_key: submitter.apiKey,
    reporter_token_hash: sha256Hex(reporterToken),
    status: 'submitted',
    created_at: now,
    updated_at: now,
    due_verification: dueVerification,
    due_follow_up: null,
    due_auto_close: null,
    auto_close_at: null,
    escalation_at: escalationAt,
    due_escalation: wibDate(escalationAt),
  };
  // Random 7-digit tracking IDs like LAPOR!'s; on the rare collision, draw again (longer after many).
  for (let attempt = 0; ; attempt++) {
    row.tracking_id = trackingIdCandidate(attempt < 20 ? 7 : 9);
    const inserted = state.db.run(
      `INSERT INTO complaints (${Object.keys(row).join(', ')}) VALUES (${Object.keys(row).map(() => '?').join(', ')})
       ON CONFLICT (tracking_id) DO NOTHING`,
      ...(Object.values(row) as SQLInputValue[]),
    );
    if (Number(inserted.changes) === 1) break;
  }
  const trackingId = row.tracking_id;
  (input.attachmentIds ?? []).forEach((id, position) => {
    state.db.run('INSERT INTO complaint_attachments (tracking_id, attachment_id, position) VALUES (?, ?, ?)', trackingId, id, position);
  });
  appendEvent(state, row, 'submitted', {}, now);
  return {
    trackingId,
    status: 'submitted',
    createdAt: wibDateTime(now),
    reporterToken,
    dueDates: { verification: dueVerification, escalation: wibDate(escalationAt) },
    publicUrl: input.confidential ? null : state.publicUrl(trackingId),
  };
}

/**
 * Appends a timeline event, moves the complaint to `status`, and queues the webhook
 * deliveries, all in the caller's transaction.
 */
export function recordEvent(
  state: State,
  row: ComplaintRow,
  type: EventType,
  status: Status,
  data: Record<string, unknown>,
  at: number,
  changes: Partial<Pick<ComplaintRow, 'institution_id' | 'due_follow_up' | 'due_auto_close' | 'auto_close_at'>> = {},
): TimelineEvent {
  const next = { ...row, ...changes, status, updated_at: at };
  state.db.run(
    `UPDATE complaints SET status = ?, updated_at = ?, institution_id = ?, due_follow_up = ?, due_auto_close = ?, auto_close_at = ?
     WHERE tracking_id = ?`,
    status,
    at,
    next.institution_id,
    next.due_follow_up,
    next.due_auto_close,
    next.auto_close_at,
    row.tracking_id,
  );
  return appendEvent(state, next, type, data, at);
}

/** Appends an event to the timeline of a complaint already in its new state, and queues its webhooks. */
function appendEvent(state: State, row: ComplaintRow, type: EventType, data: Record<string, unknown>, at: number): TimelineEvent {
  const id = randomId('evt', 10);
  state.db.run(
    'INSERT INTO events (id, tracking_id, type, status, at, data) VALUES (?, ?, ?, ?, ?, ?)',
    id,
    row.tracking_id,
    type,
    row.status,
    at,
    JSON.stringify(data),
  );
  const event = { id, trackingId: row.tracking_id, type, at: wibDateTime(at), status: row.status, ...data } as TimelineEvent;
  queueWebhooks(state, row, event);
  return event;
}

export function reference(state: State, table: 'institutions' | 'categories', id: string | null) {
  if (!id) return null;
  return state.db.get<{ id: string; name: string }>(`SELECT id, name FROM ${table} WHERE id = ?`, id) ?? null;
}

/** A stored institution as `{ id, name }`, or a 422 naming the field. */
export function institutionReference(state: State, id: string, path = 'institutionId') {
  const found = reference(state, 'institutions', id);
  if (!found) {
    throw new ProblemError('validation_failed', {
      errors: [{ path, code: 'invalid_id', message: `Instansi "${id}" tidak ditemukan. Pilih dari daftar.` }],
    });
  }
  return found;
}

interface EventRow {
  seq: number;
  id: string;
  tracking_id: string;
  type: EventType;
  status: Status;
  at: number;
  data: string;
}

export function eventFromRow(row: EventRow): TimelineEvent {
  return { id: row.id, trackingId: row.tracking_id, type: row.type, at: wibDateTime(row.at), status: row.status, ...JSON.parse(row.data) };
}

/** One page of a timeline, oldest first; the cursor is the last sequence number seen. */
export function listEvents(state: State, trackingId: string, cursor: string | undefined, limit: number) {
  const after = cursor === undefined ? 0 : decodeCursor<number>(cursor, (v) => Number.isSafeInteger(v) && (v as number) >= 0);
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

export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function decodeCursor<T>(cursor: string, valid: (value: unknown) => boolean): T {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (valid(value)) return value as T;
  } catch {
    // fall through to the problem below
  }
  throw new ProblemError('invalid_query', {
    errors: [{ path: 'cursor', code: 'invalid_format', message: 'Kursor halaman tidak sah. Gunakan nextCursor dari halaman sebelumnya.' }],
  });
}

function transitionError(row: ComplaintRow, action: string): ProblemError {
  return new ProblemError('invalid_transition', {
    detail: `Laporan ${row.tracking_id} berstatus ${row.status}; ${action} tidak dapat dilakukan.`,
  });
}

function messageData(state: State, input: FollowUpInput | ReplyInput, apiKey: string) {
  checkAttachments(state, input.attachmentIds ?? [], apiKey, 'attachmentIds');
  const attachments = (input.attachmentIds ?? []).map(
    (id) =>
      state.db.get<Attachment>('SELECT id, name, mime_type AS mimeType, size, sha256 FROM attachments WHERE id = ?', id)!,
  );
  return { message: input.body, attachments };
}

/** The institution's follow-up: only on complaints forwarded to it and still in process. */
export function followUp(state: State, trackingId: string, institutionId: string, input: FollowUpInput, apiKey: string): TimelineEvent {
  const row = requireComplaint(state, trackingId);
  // Callers checked that the institution may see the report (views.ts): seeing is not handling.
  if (row.institution_id !== institutionId) throw transitionError(row, 'tindak lanjut oleh instansi yang tidak menangani laporan ini');
  if (row.status !== 'forwarded' && row.status !== 'followed_up') throw transitionError(row, 'tindak lanjut');
  const now = state.clock.now();
  const autoClose = state.calendar.addWorkingDays(now, SLA.autoClose);
  return recordEvent(
    state,
    row,
    'followed_up',
    'followed_up',
    { institution: institutionReference(state, institutionId), ...messageData(state, input, apiKey) },
    now,
    { due_follow_up: null, due_auto_close: autoClose, auto_close_at: startOfWibDay(autoClose) + DAY_MS },
  );
}

/** The reporter's reply: reopens the conversation and stops the auto-close countdown. */
export function reply(state: State, trackingId: string, reporterToken: string, input: ReplyInput, apiKey: string): TimelineEvent {
  const row = findComplaint(state, trackingId);
  // A token that does not fit answers like a report that does not exist (no oracle for
  // which unpublished tracking IDs are taken), as on the read routes.
  if (!row || !matchesHash(reporterToken, row.reporter_token_hash)) throw notFound();
  if (row.status !== 'forwarded' && row.status !== 'followed_up') throw transitionError(row, 'tanggapan');
  const now = state.clock.now();
  return recordEvent(state, row, 'reporter_replied', row.status, messageData(state, input, apiKey), now, {
    due_auto_close: null,
    auto_close_at: null,
    due_follow_up: state.calendar.addWorkingDays(now, SLA.followUp),
  });
}

/** What LAPOR! admins do, through the sandbox's `/_sandbox` routes. */
export const admin = {
  forward(state: State, trackingId: string, institutionId: string): TimelineEvent {
    const row = requireComplaint(state, trackingId);
    if (row.status !== 'submitted' && row.status !== 'on_hold') throw transitionError(row, 'disposisi');
    const institution = institutionReference(state, institutionId);
    const now = state.clock.now();
    return recordEvent(state, row, 'forwarded', 'forwarded', { institution }, now, {
      institution_id: institution.id,
      due_follow_up: state.calendar.addWorkingDays(now, SLA.followUp),
    });
  },
  hold(state: State, trackingId: string, reason: string | undefined): TimelineEvent {
    const row = requireComplaint(state, trackingId);
    if (row.status !== 'submitted') throw transitionError(row, 'tunda');
    return recordEvent(state, row, 'held', 'on_hold', { reason: reason ?? null }, state.clock.now());
  },
  redirect(state: State, trackingId: string, institutionId: string): TimelineEvent {
    const row = requireComplaint(state, trackingId);
    if (row.status !== 'forwarded' && row.status !== 'followed_up') throw transitionError(row, 'pengalihan (bukan wewenang)');
    const institution = institutionReference(state, institutionId);
    const now = state.clock.now();
    return recordEvent(
      state,
      row,
      'redirected',
      'forwarded',
      { from: reference(state, 'institutions', row.institution_id), institution },
      now,
      { institution_id: institution.id, due_follow_up: state.calendar.addWorkingDays(now, SLA.followUp), due_auto_close: null, auto_close_at: null },
    );
  },
  archive(state: State, trackingId: string, reason: string): TimelineEvent {
    const row = requireComplaint(state, trackingId);
    if (SETTLED.has(row.status)) throw transitionError(row, 'arsip');
    return recordEvent(state, row, 'archived', 'archived', { reason }, state.clock.now(), {
      due_follow_up: null,
      due_auto_close: null,
      auto_close_at: null,
    });
  },
  /** A follow-up as the institution the complaint is forwarded to (demo panels have no secret key). */
  followUpAsInstitution(state: State, trackingId: string, body: string): TimelineEvent {
    const row = requireComplaint(state, trackingId);
    if (!row.institution_id) throw transitionError(row, 'tindak lanjut sebelum disposisi');
    return followUp(state, trackingId, row.institution_id, { body }, row.api_key);
  },
  close(state: State, trackingId: string): TimelineEvent {
    const row = requireComplaint(state, trackingId);
    if (row.status !== 'followed_up') throw transitionError(row, 'penutupan');
    return recordEvent(state, row, 'closed', 'closed', { mode: 'manual' }, state.clock.now(), {
      due_follow_up: null,
      due_auto_close: null,
      auto_close_at: null,
    });
  },
};

/**
 * Fires every deadline the clock has passed, oldest first: auto-close 10 working days
 * after a follow-up without reply, escalation to Ombudsman RI 60 days after submission.
 * Each fires at its own instant, so the timeline reads as if time had really passed.
 */
export function fireDueTimers(state: State): number {
  const now = state.clock.now();
  let fired = 0;
  for (;;) {
    const next = state.db.get<{ tracking_id: string; at: number; kind: 'close' | 'escalate' }>(
      `SELECT tracking_id, at, kind FROM (
         SELECT tracking_id, auto_close_at AS at, 'close' AS kind FROM complaints
           WHERE auto_close_at IS NOT NULL AND auto_close_at <= ? AND status = 'followed_up'
         UNION ALL
         SELECT tracking_id, escalation_at AS at, 'escalate' AS kind FROM complaints
           WHERE escalation_at <= ? AND status NOT IN ('closed', 'archived', 'escalated')
       ) ORDER BY at, kind LIMIT 1`,
      now,
      now,
    );
    if (!next) return fired;
    state.db.transaction(() => {
      const row = requireComplaint(state, next.tracking_id);
      const cleared = { due_follow_up: null, due_auto_close: null, auto_close_at: null };
      if (next.kind === 'close') recordEvent(state, row, 'closed', 'closed', { mode: 'auto' }, next.at, cleared);
      else recordEvent(state, row, 'escalated', 'escalated', { to: 'Ombudsman Republik Indonesia' }, next.at, cleared);
    });
    fired++;
  }
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
