import { PROBLEM_CODES, resolveLocale, type FieldIssue, type Problem, type ProblemCode } from '@lapor/client/contract';

const TITLES: Record<ProblemCode, { id: string; en: string }> = {
  validation_failed: { id: 'Data yang dikirim belum benar', en: 'The request has invalid fields' },
  invalid_json: { id: 'Isi permintaan bukan JSON yang sah', en: 'The body is not valid JSON' },
  invalid_query: { id: 'Parameter kueri tidak sah', en: 'The query parameters are invalid' },
  idempotency_key_required: { id: 'Header Idempotency-Key wajib ada', en: 'An Idempotency-Key header is required' },
  unauthorized: { id: 'Kunci API tidak ada atau tidak dikenal', en: 'Missing or unknown API key' },
  invalid_access_code: { id: 'Kode akses tidak berlaku', en: 'The access code is not valid' },
  invalid_reporter_token: { id: 'Token pelapor tidak cocok', en: 'The reporter token does not match' },
  forbidden: { id: 'Tidak diizinkan', en: 'Not allowed' },
  origin_not_allowed: { id: 'Situs ini tidak terdaftar untuk kunci tersebut', en: 'This origin is not allowed for the key' },
  secret_key_required: { id: 'Rute ini memerlukan kunci rahasia (sk_)', en: 'This route needs a secret key (sk_)' },
  publishable_key_required: { id: 'Rute ini memerlukan kunci publik (pk_)', en: 'This route needs a publishable key (pk_)' },
  not_found: { id: 'Tidak ditemukan', en: 'Not found' },
  method_not_allowed: { id: 'Metode tidak didukung untuk rute ini', en: 'Method not allowed on this route' },
  not_acceptable: { id: 'Format jawaban tidak didukung', en: 'Not acceptable' },
  idempotency_in_flight: { id: 'Permintaan yang sama masih diproses', en: 'A request with this Idempotency-Key is in flight' },
  invalid_transition: { id: 'Status laporan tidak memungkinkan tindakan ini', en: 'The complaint status does not allow this' },
  already_rated: { id: 'Laporan ini sudah dinilai', en: 'The report has already been rated' },
  payload_too_large: { id: 'Ukuran isi permintaan terlalu besar', en: 'The body is too large' },
  unsupported_media_type: { id: 'Jenis konten tidak didukung', en: 'Unsupported media type' },
  idempotency_key_reused: {
    id: 'Idempotency-Key sudah dipakai untuk permintaan lain',
    en: 'The Idempotency-Key was used with another request',
  },
  attachment_not_found: { id: 'Lampiran tidak ditemukan', en: 'Attachment not found' },
  rate_limited: { id: 'Terlalu banyak permintaan', en: 'Too many requests' },
  internal_error: { id: 'Terjadi kesalahan pada server', en: 'Internal error' },
  service_unavailable: { id: 'Layanan sedang tidak tersedia', en: 'Service unavailable' },
};

/** Text a citizen may read, in Bahasa Indonesia and English; the request's language picks one. */
export interface Localized {
  id: string;
  en: string;
}

/** The detail of a report that does not exist (or that the caller may not know of). */
export const NO_SUCH_REPORT: Localized = {
  id: 'Tidak ada laporan dengan nomor pelacakan ini.',
  en: 'There is no report with this tracking ID.',
};

/** 404 for an institution id the directory does not hold. */
export function noSuchInstitution(institutionId: string): ProblemError {
  return new ProblemError('not_found', { detail: { id: `Instansi "${institutionId}" tidak ditemukan.`, en: `Institution "${institutionId}" was not found.` } });
}

/**
 * A problem with one field. The contract's validation words `message` in the request's
 * language already; the sandbox's own checks give both languages.
 */
export type Issue = Omit<FieldIssue, 'message'> & { message: string | Localized };

/**
 * A failure answered as an RFC 9457 problem document. Its detail is always given in both
 * languages: the request's `Accept-Language` picks one (Bahasa Indonesia by default).
 */
export class ProblemError extends Error {
  readonly code: ProblemCode;
  readonly status: number;
  readonly detail: Localized | undefined;
  readonly errors: Issue[] | undefined;
  readonly headers: Record<string, string>;

  constructor(code: ProblemCode, options: { detail?: Localized; errors?: Issue[]; headers?: Record<string, string> } = {}) {
    super(options.detail?.en ?? code);
    this.code = code;
    this.status = PROBLEM_CODES[code];
    this.detail = options.detail;
    this.errors = options.errors;
    this.headers = options.headers ?? {};
  }
}

/** The problem document for an error, worded in the request's language. */
export function problemBody(error: ProblemError, requestId: string, language: string | undefined, instance: string): Problem {
  const locale = resolveLocale(language) === 'en' ? 'en' : 'id';
  const detail = error.detail?.[locale];
  const errors = error.errors?.map((issue) => ({ ...issue, message: typeof issue.message === 'string' ? issue.message : issue.message[locale] }) as FieldIssue);
  return {
    type: `urn:lapor:problem:${error.code}`,
    title: TITLES[error.code][locale],
    status: error.status,
    ...(detail ? { detail } : {}),
    instance,
    code: error.code,
    requestId,
    ...(errors ? { errors } : {}),
  };
}
