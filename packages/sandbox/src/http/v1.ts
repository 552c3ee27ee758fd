// Handlers of the v1 routes. The pipeline in server.ts has already authenticated the key,
// checked the origin, validated params, query and body against the contract, and opened
// the transaction that also stores the idempotent answer.
import type { IncomingHttpHeaders } from 'node:http';
import type {
  AccessCodeInput,
  AccessRequestInput,
  AgencyComplaintInput,
  AgencyComplaintQuery,
  ComplaintInput,
  FollowUpInput,
  InstitutionQuery,
  InstitutionStatsQuery,
  OperationId,
  PublicComplaintQuery,
  RatingInput,
  RegionQuery,
  ReplyInput,
  WebhookEndpointInput,
} from '@lapor/client/contract';
import { addressKind, formatIssue } from '@lapor/client/contract';
import { decodeCursor, encodeCursor } from '../domain/cursors.ts';
import { createComplaint, followUp, rate, reply } from '../domain/lifecycle.ts';
import { listAgencyComplaints, listEvents, listPublicComplaints } from '../domain/queries.ts';
import { institutionStats } from '../domain/stats.ts';
import { agencyAccess, agencyShare, agencyView, complaintView, projectEvent, readAccess, showsTimeline, type PublicAccess } from '../domain/views.ts';
import { sniffMimeType, storedName } from '../domain/attachments.ts';
import { likeLiteral, searchText } from '../domain/search.ts';
import type { State } from '../domain/state.ts';
import { randomId, sha256Hex } from '../domain/tokens.ts';
import { redeemAccess, requestAccess } from '../domain/recovery.ts';
import { createEndpoint, deleteEndpoint, listEndpoints } from '../domain/webhooks.ts';
import { dispositionFilename } from './body.ts';
import { NO_SUCH_REPORT, ProblemError, noSuchInstitution, type Localized } from './problem.ts';

const TOKEN_REQUIRED: Localized = { id: 'Sertakan header Reporter-Token.', en: 'Send the Reporter-Token header.' };

/** A stored API key. */
export interface ApiKey {
  key: string;
  kind: 'publishable' | 'secret';
  institution_id: string | null;
  origins: string[];
}

export interface Call {
  key: ApiKey;
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  raw: Buffer;
  headers: IncomingHttpHeaders;
  locale: string | undefined;
  /** The client's network address, for limits per client. */
  client: string;
}

export interface Answer {
  status: number;
  body?: unknown;
  /** Top-level fields of `body` that are secrets: stored sealed for idempotent replays. */
  secretFields?: readonly string[];
}

function institutionOf(key: ApiKey): string {
  if (!key.institution_id) throw new ProblemError('forbidden', { detail: { id: 'Kunci ini tidak terikat pada instansi.', en: 'This key is not bound to an institution.' } });
  return key.institution_id;
}

function offsetPage<T>(rows: T[], offset: number, limit: number) {
  const more = rows.length > limit;
  return { data: rows.slice(0, limit), nextCursor: more ? encodeCursor({ o: offset + limit }) : null };
}

/** Deepest offset a cursor may ask for: far past any directory list, far below what SQLite can bind. */
const OFFSET_MAX = 1_000_000;

function offsetOf(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  return decodeCursor<{ o: number }>(cursor, (v) => {
    const o = (v as { o?: unknown } | null)?.o;
    return Number.isSafeInteger(o) && (o as number) >= 0 && (o as number) <= OFFSET_MAX;
  }).o;
}

/**
 * Ranked search over a folded `search` column: the whole name (or the name without its
 * "Kota"/"Kabupaten" prefix), then a name starting with the text, then any word starting
 * with it. LIKE wildcards in the text are matched literally.
 */
function rankedMatch(q: string | undefined): { where: string; whereParams: string[]; rank: string; rankParams: string[] } {
  const folded = q ? searchText(q) : '';
  if (!folded) return { where: '1 = 1', whereParams: [], rank: '', rankParams: [] };
  const prefix = `${likeLiteral(folded)}%`;
  return {
    where: "(search LIKE ?1 ESCAPE '\\' OR search LIKE '% ' || ?1 ESCAPE '\\')",
    whereParams: [prefix],
    rank:
      "CASE WHEN search IN (?2, 'kota ' || ?2, 'kabupaten ' || ?2) THEN 0 " +
      "WHEN search LIKE ?1 ESCAPE '\\' OR search LIKE 'kota ' || ?1 ESCAPE '\\' OR search LIKE 'kabupaten ' || ?1 ESCAPE '\\' THEN 1 ELSE 2 END, ",
    rankParams: [folded],
  };
}

type Handler = (state: State, call: Call) => Answer;

export const HANDLERS: Record<OperationId, Handler> = {
  listCategories(state) {
    const data = state.db.all<{ id: string; parentId: string | null; name: string }>(
      'SELECT id, parent_id AS parentId, name FROM categories ORDER BY position',
    );
    return { status: 200, body: { data } };
  },

  searchInstitutions(state, call) {
    const query = call.query as InstitutionQuery;
    const limit = Number(query.limit ?? 20);
    const offset = offsetOf(query.cursor);
    const match = rankedMatch(query.q);
    const rows = state.db.all<Record<string, unknown>>(
      `SELECT id, name, short_name AS shortName, type, region_code AS regionCode FROM institutions
       WHERE ${match.where} AND (?3 IS NULL OR type = ?3)
       ORDER BY ${match.rank} name LIMIT ?4 OFFSET ?5`,
      match.whereParams[0] ?? null,
      match.rankParams[0] ?? null,
      query.type ?? null,
      limit + 1,
      offset,
    );
    return { status: 200, body: offsetPage(rows, offset, limit) };
  },

  getInstitution(state, call) {
    const row = state.db.get(
      'SELECT id, name, short_name AS shortName, type, region_code AS regionCode FROM institutions WHERE id = ?',
      call.params.institutionId!,
    );
    if (!row) throw noSuchInstitution(call.params.institutionId!);
    return { status: 200, body: row };
  },

  getInstitutionStats(state, call) {
    const stats = institutionStats(state, call.params.institutionId!, call.query as InstitutionStatsQuery, call.locale);
    return { status: 200, body: stats };
  },

  searchRegions(state, call) {
    const query = call.query as RegionQuery;
    const limit = Number(query.limit ?? 20);
    const offset = offsetOf(query.cursor);
    const match = rankedMatch(query.q);
    const rows = state.db.all<Record<string, unknown>>(
      `SELECT code, name, level, parent_code AS parentCode FROM regions
       WHERE ${match.where} AND (?3 IS NULL OR parent_code = ?3) AND (?4 IS NULL OR level = ?4)
       ORDER BY ${match.rank} CASE level WHEN 'province' THEN 0 WHEN 'regency' THEN 1 ELSE 2 END, name, code
       LIMIT ?5 OFFSET ?6`,
      match.whereParams[0] ?? null,
      match.rankParams[0] ?? null,
      query.parentCode ?? null,
      query.level ?? null,
      limit + 1,
      offset,
    );
    return { status: 200, body: offsetPage(rows, offset, limit) };
  },

  getRegion(state, call) {
    const row = state.db.get('SELECT code, name, level, parent_code AS parentCode FROM regions WHERE code = ?', call.params.regionCode!);
    if (!row) throw new ProblemError('not_found', {
        detail: { id: `Wilayah dengan kode ${call.params.regionCode} tidak ditemukan.`, en: `No region has the code ${call.params.regionCode}.` },
      });
    return { status: 200, body: row };
  },

  uploadAttachment(state, call) {
    const options = { locale: call.locale };
    const sent = dispositionFilename(call.headers['content-disposition'] as string | undefined) ?? 'lampiran';
    if (/^\.+$/.test(sent)) {
      throw new ProblemError('validation_failed', {
        errors: [{ path: 'file', code: 'invalid_filename', message: formatIssue('invalid_filename', ['file'], { filename: sent }, options) }],
      });
    }
    // Windows drops trailing dots and spaces; a hidden-file dot in front means nothing here.
    const name = sent.replace(/[.\s]+$/, '').replace(/^\.+/, '') || 'lampiran';
    if (call.raw.length === 0) {
      throw new ProblemError('validation_failed', {
        errors: [{ path: 'file', code: 'file_empty', message: formatIssue('file_empty', ['file'], { filename: name }, options) }],
      });
    }
    const mimeType = sniffMimeType(call.raw, name);
    if (!mimeType) {
      throw new ProblemError('unsupported_media_type', {
        detail: {
          id: 'Jenis berkas diperiksa dari isinya, bukan dari nama atau Content-Type.',
          en: 'The file type is told from its content, not from its name or Content-Type.',
        },
        errors: [{ path: 'file', code: 'file_type_not_allowed', message: formatIssue('file_type_not_allowed', ['file'], { filename: name }, options) }],
      });
    }
    const stored = storedName(name, mimeType);
    const sha256 = sha256Hex(call.raw);
    const existing = state.db.get<Record<string, unknown>>(
      'SELECT id, name, mime_type AS mimeType, size, sha256 FROM attachments WHERE api_key = ? AND sha256 = ? AND name = ?',
      call.key.key,
      sha256,
      stored,
    );
    if (existing) return { status: 201, body: existing };
    state.db.run('INSERT OR IGNORE INTO blobs (sha256, data) VALUES (?, ?)', sha256, call.raw);
    const attachment = { id: randomId('att', 12), name: stored, mimeType, size: call.raw.length, sha256 };
    state.db.run(
      'INSERT INTO attachments (id, sha256, name, mime_type, size, api_key, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      attachment.id,
      sha256,
      stored,
      mimeType,
      attachment.size,
      call.key.key,
      state.clock.now(),
    );
    return { status: 201, body: attachment };
  },

  createComplaint(state, call) {
    const created = createComplaint(state, call.body as ComplaintInput, {
      apiKey: call.key.key,
      sourceInstitutionId: call.key.institution_id,
    });
    return { status: 201, body: created, secretFields: ['reporterToken'] };
  },

  listComplaints(state, call) {
    // The public list, whatever key calls: a secret key reads its institution's reports under /v1/agency.
    return { status: 200, body: listPublicComplaints(state, call.query as PublicComplaintQuery) };
  },

  getComplaint(state, call) {
    const access = readAccess(state, call.params.trackingId!, reporterToken(call));
    return { status: 200, body: complaintView(state, access) };
  },

  listComplaintEvents(state, call) {
    // The public or the reporter's timeline, whatever key calls: institutions read theirs
    // under /v1/agency, so a proxy holding a secret key never turns this into an owner view.
    const access = readAccess(state, call.params.trackingId!, reporterToken(call));
    return timeline(state, call, access);
  },

  replyToComplaint(state, call) {
    const token = reporterToken(call);
    if (token === undefined) throw new ProblemError('invalid_reporter_token', { detail: TOKEN_REQUIRED });
    return { status: 201, body: reply(state, call.params.trackingId!, token, call.body as ReplyInput, call.key.key) };
  },

  rateComplaint(state, call) {
    const token = reporterToken(call);
    if (token === undefined) throw new ProblemError('invalid_reporter_token', { detail: TOKEN_REQUIRED });
    return { status: 201, body: rate(state, call.params.trackingId!, token, call.body as RatingInput) };
  },

  requestComplaintAccess(state, call) {
    const input = call.body as AccessRequestInput;
    return { status: 202, body: requestAccess(state, call.params.trackingId!, input.contact, call.client) };
  },

  redeemComplaintAccess(state, call) {
    const input = call.body as AccessCodeInput;
    return { status: 201, body: redeemAccess(state, call.params.trackingId!, input.code, call.client), secretFields: ['reporterToken'] };
  },

  listAgencyComplaints(state, call) {
    const institutionId = institutionOf(call.key);
    const page = listAgencyComplaints(state, institutionId, call.query as AgencyComplaintQuery, (row) =>
      agencyView(state, agencyShare(row, institutionId)!),
    );
    return { status: 200, body: page };
  },

  createAgencyComplaint(state, call) {
    const created = createComplaint(state, call.body as AgencyComplaintInput, {
      apiKey: call.key.key,
      sourceInstitutionId: institutionOf(call.key),
    });
    return { status: 201, body: created, secretFields: ['reporterToken'] };
  },

  getAgencyComplaint(state, call) {
    return { status: 200, body: agencyView(state, agencyAccess(state, call.params.trackingId!, institutionOf(call.key))) };
  },

  listAgencyComplaintEvents(state, call) {
    const access = agencyAccess(state, call.params.trackingId!, institutionOf(call.key));
    return timeline(state, call, access);
  },

  followUpComplaint(state, call) {
    agencyAccess(state, call.params.trackingId!, institutionOf(call.key));
    const event = followUp(state, call.params.trackingId!, institutionOf(call.key), call.body as FollowUpInput, call.key.key);
    return { status: 201, body: event };
  },

  listWebhookEndpoints(state, call) {
    return { status: 200, body: listEndpoints(state, institutionOf(call.key)) };
  },

  createWebhookEndpoint(state, call) {
    const input = call.body as WebhookEndpointInput;
    // LAPOR! must not be made to call into its own network (SSRF); loopback is allowed
    // here only because a sandbox's receivers run on the developer's machine.
    const kind = addressKind(input.url);
    if (kind !== 'public' && kind !== 'loopback') {
      throw new ProblemError('validation_failed', {
        errors: [{ path: 'url', code: 'url_not_public', message: formatIssue('url_not_public', ['url'], {}, { locale: call.locale }) }],
      });
    }
    return { status: 201, body: createEndpoint(state, institutionOf(call.key), input), secretFields: ['secret'] };
  },

  deleteWebhookEndpoint(state, call) {
    if (!deleteEndpoint(state, institutionOf(call.key), call.params.endpointId!)) {
      throw new ProblemError('not_found', { detail: { id: 'Endpoint webhook tidak ditemukan.', en: 'Webhook endpoint not found.' } });
    }
    return { status: 204 };
  },
};

/** One page of a timeline the caller's share includes, each event as the share shows it; 404 when it does not. */
function timeline(state: State, call: Call, access: Pick<PublicAccess, 'row' | 'facets'>): Answer {
  if (!showsTimeline(access.facets)) throw new ProblemError('not_found', { detail: NO_SUCH_REPORT });
  const query = call.query as { cursor?: string; limit?: number };
  const page = listEvents(state, access.row.tracking_id, query.cursor, Number(query.limit ?? 50), (event) => projectEvent(event, access.facets));
  return { status: 200, body: page };
}

function reporterToken(call: Call): string | undefined {
  const value = call.headers['reporter-token'];
  return typeof value === 'string' && value !== '' ? value : undefined;
}
