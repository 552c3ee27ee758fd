// The stored shape of a complaint and its timeline, and the checks and reads every other
// domain module builds on. No lifecycle rule and no view lives here.
import type { EventType, Status, TimelineEvent } from '@lapor/client/contract';
import type { SQLInputValue } from 'node:sqlite';
import { NO_SUCH_REPORT, ProblemError } from '../http/problem.ts';
import { wibDateTime } from './calendar.ts';
import type { State } from './state.ts';
import { trackingIdCandidate } from './tokens.ts';

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
  /** The reporter's rating after closing (1-5), its comment and when; null until rated. */
  rating: number | null;
  rating_comment: string | null;
  rated_at: number | null;
}

/** A row of the events table. */
export interface EventRow {
  seq: number;
  id: string;
  tracking_id: string;
  type: EventType;
  status: Status;
  at: number;
  data: string;
}

export function notFound(): ProblemError {
  return new ProblemError('not_found', { detail: NO_SUCH_REPORT });
}

export function findComplaint(state: State, trackingId: string): ComplaintRow | undefined {
  return state.db.get<ComplaintRow>('SELECT * FROM complaints WHERE tracking_id = ?', trackingId);
}

export function requireComplaint(state: State, trackingId: string): ComplaintRow {
  const row = findComplaint(state, trackingId);
  if (!row) throw notFound();
  return row;
}

/** Inserts a new complaint under a fresh random tracking ID, which it sets on `row`. */
export function insertComplaint(state: State, row: ComplaintRow): void {
  // Random 7-digit tracking IDs like LAPOR!'s; on the rare collision, draw again (longer after many).
  for (let attempt = 0; ; attempt++) {
    row.tracking_id = trackingIdCandidate(attempt < 20 ? 7 : 9);
    const inserted = state.db.run(
      `INSERT INTO complaints (${Object.keys(row).join(', ')}) VALUES (${Object.keys(row).map(() => '?').join(', ')})
       ON CONFLICT (tracking_id) DO NOTHING`,
      ...(Object.values(row) as SQLInputValue[]),
    );
    if (Number(inserted.changes) === 1) return;
  }
}

export function checkAttachments(state: State, ids: readonly string[], apiKey: string, path: string): void {
  ids.forEach((id, index) => {
    const row = state.db.get<{ api_key: string }>('SELECT api_key FROM attachments WHERE id = ?', id);
    // Another key's upload is as good as missing: ids must not open other people's files.
    if (!row || row.api_key !== apiKey) {
      throw new ProblemError('attachment_not_found', {
        detail: {
          id: `Lampiran ${id} tidak ditemukan. Unggah berkas dengan kunci yang sama sebelum mengirim laporan.`,
          en: `Attachment ${id} was not found. Upload the file with the same key before sending the report.`,
        },
        errors: [{ path: `${path}.${index}`, code: 'invalid_id', message: { id: `Lampiran ${id} tidak ditemukan.`, en: `Attachment ${id} was not found.` } }],
      });
    }
  });
}

export function checkReference(state: State, table: 'institutions' | 'categories', id: string | undefined, path: string): void {
  if (id === undefined) return;
  if (!state.db.get(`SELECT 1 AS x FROM ${table} WHERE id = ?`, id)) {
    throw new ProblemError('validation_failed', {
      errors: [
        {
          path,
          code: 'invalid_id',
          message: {
            id: `${path === 'institutionId' ? 'Instansi' : 'Kategori'} "${id}" tidak ditemukan. Pilih dari daftar.`,
            en: `${path === 'institutionId' ? 'Institution' : 'Category'} "${id}" was not found. Choose one from the list.`,
          },
        },
      ],
    });
  }
}

export function checkRegion(state: State, code: string | undefined, path: string): void {
  if (code === undefined) return;
  if (!state.db.get('SELECT 1 AS x FROM regions WHERE code = ?', code)) {
    throw new ProblemError('validation_failed', {
      errors: [
        {
          path,
          code: 'invalid_region_code',
          message: {
            id: `Wilayah dengan kode ${code} tidak ditemukan. Pilih dari daftar wilayah.`,
            en: `No region has the code ${code}. Choose one from the list of regions.`,
          },
        },
      ],
    });
  }
}

export function eventFromRow(row: EventRow): TimelineEvent {
  return { id: row.id, trackingId: row.tracking_id, type: row.type, at: wibDateTime(row.at), status: row.status, ...JSON.parse(row.data) };
}
