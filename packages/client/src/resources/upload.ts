// An attachment's upload: checked before a byte is sent (size, type by name and declared
// type), then sent with progress. Loaded by `Attachments.upload` the first time it is called.
import type { Attachment } from '../contract/directory.ts';
import { ATTACHMENT_MIME_TYPES, attachmentMimeType } from '../contract/limits.ts';
import { formatIssue } from '../contract/validation.ts';
import { LaporValidationError } from '../errors/index.ts';
import type { Transport } from '../transport/http.ts';
import { hasXhrUploads, xhrFetch } from '../transport/upload.ts';
import type { UploadOptions, UploadSource } from './attachments.ts';

/** What `Attachments.upload` does, once this module is loaded. */
export async function uploadAttachment(
  transport: Transport,
  maxBytes: number,
  source: UploadSource,
  options: UploadOptions,
): Promise<Attachment> {
  const blob = source instanceof Blob ? source : new Blob([source instanceof Uint8Array ? new Uint8Array(source) : source]);
  const filename = options.filename ?? (typeof File !== 'undefined' && source instanceof File ? source.name : 'lampiran');
  const messages = transport.messages;
  const reject = (code: 'file_too_large' | 'file_type_not_allowed' | 'file_empty') => {
    throw new LaporValidationError([
      { path: 'file', code, message: formatIssue(code, ['file'], { filename, max: maxBytes }, messages) },
    ]);
  };
  if (blob.size === 0) reject('file_empty');
  if (blob.size > maxBytes) reject('file_too_large');
  // A pre-check only: LAPOR! judges the type by the content. Refuse what is clearly not
  // allowed (a .zip, a HEIC photo); let through what cannot be told from here.
  const named = attachmentMimeType(filename);
  const declared = (options.contentType ?? blob.type) || undefined;
  const declaredAllowed = !!declared && ATTACHMENT_MIME_TYPES.includes(declared.split(';')[0]!.trim().toLowerCase());
  if (!named && (declared ? !declaredAllowed : /\.[^.]+$/.test(filename))) reject('file_type_not_allowed');

  const total = blob.size;
  let reported = 0;
  const report = (loaded: number) => {
    // Monotonic, and the end is reported once the answer has arrived.
    if (loaded < reported && loaded !== 0) return;
    reported = loaded;
    options.onProgress?.({ loaded, total, percent: total ? loaded / total : 1 });
  };
  report(0);
  const during = (loaded: number) => report(Math.min(loaded, total - 1));
  const fetchWithProgress = options.onProgress && hasXhrUploads() ? xhrFetch(during) : undefined;
  const result = await transport.request({
    method: 'post',
    path: '/v1/attachments',
    body: blob,
    headers: {
      'content-type': (declaredAllowed ? declared : named) ?? 'application/octet-stream',
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`,
    },
    response: transport.responses.attachment,
    call: options,
    onUploadProgress: options.onProgress && !fetchWithProgress ? during : undefined,
    defaults: { timeout: 60_000, totalTimeout: 180_000, ...(fetchWithProgress ? { fetch: fetchWithProgress } : {}) },
  });
  report(total);
  return result;
}
