/**
 * Limits of the citizen form. Those marked "inferred" are not published by SP4N-LAPOR!;
 * they are our reading of the public form and stay adjustable by servers and widgets.
 */
export const LIMITS = {
  /** Title (judul), inferred. */
  titleMin: 5,
  titleMax: 150,
  /** Body (isi laporan), inferred; Open311 caps descriptions at 4,000. */
  bodyMin: 20,
  bodyMax: 5000,
  /** Attachments per complaint, inferred. */
  attachmentsMax: 5,
  /** Bytes per attachment on the public form (2 MB). */
  attachmentBytesMax: 2 * 1024 * 1024,
  /** Bytes of a JSON request body: a full complaint is a few KB. */
  jsonBodyBytesMax: 256 * 1024,
  /** Follow-up (tindak lanjut) by the agency. */
  followUpMin: 10,
  followUpMax: 5000,
  /** Reply (tanggapan) by the reporter. */
  replyMin: 2,
  replyMax: 5000,
  /** Rating of the handling after closing (inferred: LAPOR! publishes no rating): 1 to 5 stars. */
  ratingMin: 1,
  ratingMax: 5,
  /** Optional comment with the rating, inferred. */
  ratingCommentMax: 1000,
  nameMin: 2,
  nameMax: 100,
  addressMax: 300,
  sourceRefMax: 100,
  reasonMax: 500,
  searchQueryMax: 100,
  pageSizeMax: 100,
  /** Months one request for an institution's figures may span. */
  statsMonthsMax: 24,
  captchaTokenMax: 4096,
} as const;

/**
 * Attachment types allowed on the public form, by file extension. Archives are excluded
 * (inferred). The sandbox checks the content's magic bytes, not the name.
 */
export const ATTACHMENT_TYPES = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  txt: 'text/plain',
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
  ogg: 'audio/ogg',
  mp4: 'video/mp4',
  mov: 'video/quicktime',
  webm: 'video/webm',
} as const;

/** A file extension on the allow-list. */
export type AttachmentExtension = keyof typeof ATTACHMENT_TYPES;

/** The MIME types on the allow-list. */
export const ATTACHMENT_MIME_TYPES: readonly string[] = /*#__PURE__*/ (() => [...new Set(Object.values(ATTACHMENT_TYPES))])();

/**
 * The MIME type for a file name on the allow-list, or `undefined` when its extension is
 * not allowed.
 */
export function attachmentMimeType(filename: string): string | undefined {
  const dot = filename.lastIndexOf('.');
  if (dot < 0) return undefined;
  const ext = filename.slice(dot + 1).toLowerCase();
  return Object.hasOwn(ATTACHMENT_TYPES, ext) ? ATTACHMENT_TYPES[ext as AttachmentExtension] : undefined;
}
