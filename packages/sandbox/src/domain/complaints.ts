import type { AgencyComplaint, Attachment, PublicComplaint, ReporterComplaint } from '@lapor/client/contract';
import { ProblemError } from '../http/problem.ts';
import { wibDateTime } from './calendar.ts';
import { notFound, requireComplaint, type ComplaintRow } from './rows.ts';
import type { State } from './state.ts';
import { matchesHash } from './tokens.ts';

function reference(state: State, table: 'institutions' | 'categories', id: string | null) {
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

function attachmentsOf(state: State, trackingId: string): Attachment[] {
  return state.db.all<Attachment>(
    `SELECT a.id, a.name, a.mime_type AS mimeType, a.size, a.sha256 FROM complaint_attachments ca
     JOIN attachments a ON a.id = ca.attachment_id WHERE ca.tracking_id = ? ORDER BY ca.position`,
    trackingId,
  );
}

function publicFields(state: State, row: ComplaintRow) {
  const regionName = row.region_code
    ? state.db.get<{ name: string }>('SELECT name FROM regions WHERE code = ?', row.region_code)?.name
    : undefined;
  return {
    trackingId: row.tracking_id,
    classification: row.classification,
    title: row.title,
    body: row.body,
    status: row.status,
    createdAt: wibDateTime(row.created_at),
    updatedAt: wibDateTime(row.updated_at),
    incidentDate: row.incident_date,
    location: row.region_code
      ? { regionCode: row.region_code, ...(regionName ? { regionName } : {}), address: row.address, lat: row.lat, lng: row.lng }
      : null,
    institution: reference(state, 'institutions', row.institution_id),
    category: reference(state, 'categories', row.category_id),
    anonymous: row.anonymous === 1,
    attachments: attachmentsOf(state, row.tracking_id),
    dueDates: {
      ...(row.due_verification ? { verification: row.due_verification } : {}),
      ...(row.due_follow_up ? { followUp: row.due_follow_up } : {}),
      ...(row.due_auto_close ? { autoClose: row.due_auto_close } : {}),
      escalation: row.due_escalation,
    },
  };
}

function privateFields(state: State, row: ComplaintRow) {
  return {
    ...publicFields(state, row),
    confidential: row.confidential === 1,
    channel: row.channel,
    reporterOrigin: row.origin_region_code ? { regionCode: row.origin_region_code } : null,
    suggestedInstitution: reference(state, 'institutions', row.suggested_institution_id),
  };
}

function contact(row: ComplaintRow) {
  return { name: row.reporter_name, email: row.reporter_email, phone: row.reporter_phone };
}

/**
 * Reports are public once LAPOR! has forwarded them, unless confidential; before that,
 * and always for confidential ones, only the reporter (with the token) sees them.
 */
function isPublic(row: ComplaintRow): boolean {
  return row.confidential === 0 && row.institution_id !== null;
}

/** Which view a caller gets: the reporter's with a matching token, else the public one. */
export function readAccess(state: State, trackingId: string, reporterToken: string | undefined): { row: ComplaintRow; reporter: boolean } {
  const row = requireComplaint(state, trackingId);
  if (reporterToken !== undefined) {
    if (!matchesHash(reporterToken, row.reporter_token_hash)) {
      throw new ProblemError('invalid_reporter_token', { detail: 'Token pelapor tidak cocok dengan laporan ini.' });
    }
    return { row, reporter: true };
  }
  if (!isPublic(row)) throw notFound();
  return { row, reporter: false };
}

export function complaintView(state: State, access: { row: ComplaintRow; reporter: boolean }): PublicComplaint | ReporterComplaint {
  if (access.reporter) return { view: 'reporter', ...privateFields(state, access.row), reporter: contact(access.row) };
  return { view: 'public', ...publicFields(state, access.row) };
}

export function agencyView(state: State, row: ComplaintRow): AgencyComplaint {
  return {
    view: 'agency',
    ...privateFields(state, row),
    reporter: row.anonymous === 1 ? null : contact(row),
    sourceRef: row.source_ref,
  };
}

/** A complaint the institution may see: forwarded to it, or submitted through it. */
export function agencyComplaint(state: State, trackingId: string, institutionId: string): ComplaintRow {
  const row = requireComplaint(state, trackingId);
  if (row.institution_id !== institutionId && row.source_institution_id !== institutionId) throw notFound();
  return row;
}
