import type { Attachment } from '../contract/directory.ts';
import { uploadAttachment } from '../calls/upload-attachment.ts';
import type { LaporConnection } from '../connection.ts';
import type { CallOptions } from '../transport/options.ts';
import type { UploadProgress } from '../transport/upload.ts';

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
  readonly #connection: LaporConnection;

  constructor(connection: LaporConnection) {
    this.#connection = connection;
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
  upload(source: UploadSource, options?: UploadOptions): Promise<Attachment> {
    return uploadAttachment(this.#connection, source, options);
  }
}
