import type { Attachment } from '../contract/directory.ts';
import { ATTACHMENT_MIME_TYPES, LIMITS, attachmentMimeType } from '../contract/limits.ts';
import { formatIssue } from '../contract/validation.ts';
import { LaporValidationError } from '../errors/index.ts';
import type { Transport } from '../transport/http.ts';
import type { CallOptions } from '../transport/options.ts';
import { hasXhrUploads, xhrFetch, type UploadProgress } from '../transport/upload.ts';

/** A file to upload: a `File` (its name is used), a `Blob`, or bytes. */
export type UploadSource = Blob | ArrayBuffer | Uint8Array;

export interface UploadOptions extends CallOptions {
  /** File name; defaults to the `File`'s name. Its extension helps tell apart Office formats. */
  filename?: string;
  /** MIME type; defaults to the `Blob`'s type or the one the file name implies. */
  contentType?: string;
  /** Called with progress: at least once at the start (0) and once at the end (1). */
  onProgress?: (progress: UploadProgress) => void;
}

/** Uploads (lampiran), checked before a byte is sent. */
export class Attachments {
  readonly #transport: Transport;
  readonly #maxBytes: number;

  constructor(transport: Transport, maxBytes: number = LIMITS.attachmentBytesMax) {
    this.#transport = transport;
    this.#maxBytes = maxBytes;
  }

  /**
   * Uploads one file and returns its `Attachment` to reference in a complaint, reply or
   * follow-up. A file over the size limit or of a type not on the allow-list fails with a
   * {@link LaporValidationError} before any byte is sent.
   *
   * @example
   * ```ts
   * const photo = await lapor.attachments.upload(input.files[0], {
   *   onProgress: ({ percent }) => (bar.value = percent),
   * });
   * await lapor.complaints.create({ ...report, attachmentIds: [photo.id] });
   * ```
   */
  async upload(source: UploadSource, options: UploadOptions = {}): Promise<Attachment> {
    const blob = source instanceof Blob ? source : new Blob([source instanceof Uint8Array ? new Uint8Array(source) : source]);
    const filename = options.filename ?? (typeof File !== 'undefined' && source instanceof File ? source.name : 'lampiran');
    const messages = this.#transport.messages;
    const reject = (code: 'file_too_large' | 'file_type_not_allowed' | 'file_empty') => {
      throw new LaporValidationError([
        { path: 'file', code, message: formatIssue(code, ['file'], { filename, max: this.#maxBytes }, messages) },
      ]);
    };
    if (blob.size === 0) reject('file_empty');
    if (blob.size > this.#maxBytes) reject('file_too_large');
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
    const result = await this.#transport.request({
      method: 'post',
      path: '/v1/attachments',
      body: blob,
      headers: {
        'content-type': (declaredAllowed ? declared : named) ?? 'application/octet-stream',
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`,
      },
      response: this.#transport.responses.attachment,
      call: options,
      onUploadProgress: options.onProgress && !fetchWithProgress ? during : undefined,
      defaults: { timeout: 60_000, totalTimeout: 180_000, ...(fetchWithProgress ? { fetch: fetchWithProgress } : {}) },
    });
    report(total);
    return result;
  }
}
