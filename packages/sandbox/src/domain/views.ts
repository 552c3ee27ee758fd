// Projections of a complaint: what each caller is shown. Every decision comes from the
// contract's visibility table (`visibility()`), never from which key happens to call:
// the public routes answer with the public or the reporter projection only, the agency
// routes with the agency projection of an institution the table lets see the report.
import {
  approximateRegion,
  isVisible,
  roundCoordinate,
  visibility,
  VISIBILITY_TABLE,
  widestExposure,
  type AgencyComplaint,
  type Attachment,
  type Exposure,
  type Facet,
  type PublicComplaint,
  type ReporterComplaint,
  type TimelineEvent,
  type Viewer,
  type VisibilityStage,
} from '@lapor/client/contract';
import { NO_SUCH_REPORT, ProblemError } from '../http/problem.ts';
import { wibDateTime } from './calendar.ts';
import { findComplaint, reference, type ComplaintRow } from './complaints.ts';
import type { State } from './state.ts';
import { matchesHash, sha256Hex } from './tokens.ts';

type Facets = Record<Facet, Exposure>;

function notFound(): ProblemError {
  return new ProblemError('not_found', { detail: NO_SUCH_REPORT });
}

/** `disposed` once LAPOR! has given the report to an institution (it keeps one from then on). */
export function stageOf(row: ComplaintRow): VisibilityStage {
  return row.institution_id === null ? 'unverified' : 'disposed';
}

/** {@link stageOf} as SQL over the complaints table. */
const STAGE_SQL: Record<VisibilityStage, string> = {
  unverified: 'institution_id IS NULL',
  disposed: 'institution_id IS NOT NULL',
};

/**
 * The public's share of the visibility table as an SQL condition on the complaints table:
 * one term per situation (stage and flags) in which the table lets the public see a
 * report. Derived from the table, so the public list follows any change of its rules.
 */
export const PUBLIC_SHARE_SQL: string =
  VISIBILITY_TABLE.filter((cell) => cell.viewer === 'public' && cell.visible)
    .map((cell) => `(${STAGE_SQL[cell.stage]} AND confidential = ${Number(cell.confidential)} AND anonymous = ${Number(cell.anonymous)})`)
    .join(' OR ') || '0';

/** The public view of a report the public list found; refuses (500) one the table hides, should the SQL ever disagree. */
export function publicView(state: State, row: ComplaintRow): PublicComplaint {
  const facets = facetsFor(row, ['public']);
  if (!isVisible(facets)) throw new Error(`public list: report ${row.tracking_id} is not public`);
  return { view: 'public', ...publicFields(state, row, facets) };
}

/** What the table gives these viewers of this report, the widest of their roles per facet. */
export function facetsFor(row: ComplaintRow, viewers: readonly Viewer[]): Facets {
  const situation = { stage: stageOf(row), anonymous: row.anonymous === 1, confidential: row.confidential === 1 };
  return widestExposure(viewers.map((viewer) => visibility({ viewer, ...situation })));
}

/**
 * The roles an institution holds on a report that the agency routes serve. The agency
 * route is told from the widget by `source_ref`: the agency route requires one, a
 * publishable key never sends one. The other institutional roles (the host agency of a
 * widget report, an institution the report was redirected away from) get the public's
 * share, which the public routes serve to anyone: the agency routes answer 404 for them.
 */
function agencyRoles(row: ComplaintRow, institutionId: string): Viewer[] {
  const roles: Viewer[] = [];
  if (row.institution_id === institutionId) roles.push('disposition');
  if (row.source_institution_id === institutionId && row.source_ref !== null) roles.push('agency_submitter');
  return roles;
}

function attachmentsOf(state: State, trackingId: string): Attachment[] {
  return state.db.all<Attachment>(
    `SELECT a.id, a.name, a.mime_type AS mimeType, a.size, a.sha256 FROM complaint_attachments ca
     JOIN attachments a ON a.id = ca.attachment_id WHERE ca.tracking_id = ? ORDER BY ca.position`,
    trackingId,
  );
}

function coordinate(value: number | null, exposure: Exposure): number | null {
  if (value === null || exposure === 'hidden') return null;
  return exposure === 'approximate' ? roundCoordinate(value) : value;
}

function location(state: State, row: ComplaintRow, facets: Facets) {
  if (!row.region_code || facets.locationRegion === 'hidden') return null;
  const regionName = state.db.get<{ name: string }>('SELECT name FROM regions WHERE code = ?', row.region_code)?.name;
  return {
    regionCode: row.region_code,
    ...(regionName ? { regionName } : {}),
    address: facets.locationAddress === 'hidden' ? null : row.address,
    lat: coordinate(row.lat, facets.locationCoordinates),
    lng: coordinate(row.lng, facets.locationCoordinates),
  };
}

function publicFields(state: State, row: ComplaintRow, facets: Facets) {
  return {
    trackingId: row.tracking_id,
    classification: row.classification,
    title: row.title,
    body: row.body,
    status: row.status,
    createdAt: wibDateTime(row.created_at),
    updatedAt: wibDateTime(row.updated_at),
    incidentDate: row.incident_date,
    location: location(state, row, facets),
    institution: reference(state, 'institutions', row.institution_id),
    category: reference(state, 'categories', row.category_id),
    anonymous: row.anonymous === 1,
    attachments: facets.attachments === 'hidden' ? [] : attachmentsOf(state, row.tracking_id),
    dueDates: {
      ...(row.due_verification ? { verification: row.due_verification } : {}),
      ...(row.due_follow_up ? { followUp: row.due_follow_up } : {}),
      ...(row.due_auto_close ? { autoClose: row.due_auto_close } : {}),
      escalation: row.due_escalation,
    },
  };
}

/** Where the reporter lives, as the facet allows: the area, its regency or city, or nothing. */
function origin(code: string | null, exposure: Exposure) {
  if (code === null || exposure === 'hidden') return null;
  return { regionCode: exposure === 'approximate' ? approximateRegion(code) : code };
}

function privateFields(state: State, row: ComplaintRow, facets: Facets) {
  return {
    ...publicFields(state, row, facets),
    confidential: row.confidential === 1,
    channel: row.channel,
    reporterOrigin: origin(row.origin_region_code, facets.reporterOrigin),
    suggestedInstitution: reference(state, 'institutions', row.suggested_institution_id),
    rating:
      row.rated_at === null
        ? null
        : { rating: row.rating!, comment: facets.ratingComment === 'hidden' ? null : row.rating_comment, at: wibDateTime(row.rated_at) },
  };
}

/** The reporter's identity as far as the facets allow; null when the name is withheld. */
function reporterOf(row: ComplaintRow, facets: Facets) {
  if (facets.reporterName === 'hidden') return null;
  const contact = facets.reporterContact !== 'hidden';
  return { name: row.reporter_name, email: contact ? row.reporter_email : null, phone: contact ? row.reporter_phone : null };
}

/** A complaint the reporter token opens; 401 when the token does not fit. */
/** Compared against when no report exists, so a miss costs the same hash as a wrong token. */
const UNUSED_HASH = sha256Hex('');

function reporterRow(state: State, trackingId: string, reporterToken: string): ComplaintRow {
  const row = findComplaint(state, trackingId);
  // A token that does not fit answers exactly like a report that does not exist, so the
  // header cannot be used to learn which unpublished tracking IDs are taken.
  const fits = matchesHash(reporterToken, row?.reporter_token_hash ?? UNUSED_HASH);
  if (!row || !fits) throw notFound();
  return row;
}

/** Access on the public routes: the reporter with a fitting token, else the public, whatever the key. */
export interface PublicAccess {
  row: ComplaintRow;
  viewer: 'public' | 'reporter';
  facets: Facets;
}

/** Who reads `/v1/complaints/{trackingId}…`: the reporter (token) or the public; 404 when the public may not. */
export function readAccess(state: State, trackingId: string, reporterToken: string | undefined): PublicAccess {
  if (reporterToken !== undefined) {
    const row = reporterRow(state, trackingId, reporterToken);
    return { row, viewer: 'reporter', facets: facetsFor(row, ['reporter']) };
  }
  const row = findComplaint(state, trackingId);
  if (!row) throw notFound();
  const facets = facetsFor(row, ['public']);
  if (!isVisible(facets)) throw notFound();
  return { row, viewer: 'public', facets };
}

export function complaintView(state: State, access: PublicAccess): PublicComplaint | ReporterComplaint {
  const { row, facets } = access;
  if (access.viewer === 'reporter') return { view: 'reporter', ...privateFields(state, row, facets), reporter: reporterOf(row, facets)! };
  return { view: 'public', ...publicFields(state, row, facets) };
}

/** Access on the agency routes: an institution the table lets see the report there. */
export interface AgencyAccess {
  row: ComplaintRow;
  facets: Facets;
}

/** The agency share of a report for an institution, or undefined when it has none. */
export function agencyShare(row: ComplaintRow, institutionId: string): AgencyAccess | undefined {
  const roles = agencyRoles(row, institutionId);
  if (roles.length === 0) return undefined;
  const facets = facetsFor(row, roles);
  return isVisible(facets) ? { row, facets } : undefined;
}

/** `/v1/agency/complaints/{trackingId}…`: 404 unless the institution may see the report there. */
export function agencyAccess(state: State, trackingId: string, institutionId: string): AgencyAccess {
  const row = findComplaint(state, trackingId);
  const share = row && agencyShare(row, institutionId);
  if (!share) throw notFound();
  return share;
}

export function agencyView(state: State, access: AgencyAccess): AgencyComplaint {
  const { row, facets } = access;
  return { view: 'agency', ...privateFields(state, row, facets), reporter: reporterOf(row, facets), sourceRef: row.source_ref };
}

/** LAPOR! admins' projection (sandbox only): everything, plus where the report came from. */
export function adminView(state: State, row: ComplaintRow) {
  const facets = facetsFor(row, ['admin']);
  return {
    view: 'admin' as const,
    ...privateFields(state, row, facets),
    reporter: reporterOf(row, facets),
    sourceInstitution: reference(state, 'institutions', row.source_institution_id),
    sourceRef: row.source_ref,
  };
}

/**
 * A timeline event as these facets show it: the comment of a `rated` event only where the
 * table shows `ratingComment` (the rating itself goes with the timeline).
 */
export function projectEvent(event: TimelineEvent, facets: Facets): TimelineEvent {
  if (event.type !== 'rated' || facets.ratingComment !== 'hidden') return event;
  return { ...event, comment: null } as TimelineEvent;
}

/** Whether the timeline is part of what these facets show. */
export function showsTimeline(facets: Facets): boolean {
  return facets.timeline !== 'hidden';
}

/**
 * The institutions a timeline event is delivered to by webhook: those whose agency share
 * includes the timeline, and, for a redirection, the institution the report left (told
 * only that it left: the `redirected` event names institutions, not content).
 */
export function webhookRecipients(row: ComplaintRow, event: TimelineEvent): string[] {
  const candidates = new Set([row.institution_id, row.source_institution_id].filter((id): id is string => !!id));
  const recipients = [...candidates].filter((id) => {
    const share = agencyShare(row, id);
    return share !== undefined && showsTimeline(share.facets);
  });
  const from = event.type === 'redirected' ? (event as { from?: { id?: string } | null }).from?.id : undefined;
  if (from && !recipients.includes(from)) recipients.push(from);
  return recipients;
}

/** The event as a webhook to an institution carries it: projected by its agency share (public's when it has none). */
export function webhookEvent(row: ComplaintRow, institutionId: string, event: TimelineEvent): TimelineEvent {
  return projectEvent(event, agencyShare(row, institutionId)?.facets ?? facetsFor(row, ['public']));
}
