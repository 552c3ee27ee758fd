import { transportOf, type LaporConnection } from '../connection.ts';
import type { Attachment } from '../contract/directory.ts';
import type { UploadOptions, UploadSource } from '../resources/attachments.ts';

/**
 * Uploads one file: {@link Attachments.upload} for a {@link connect}ion (the size limit is
 * the connection's `attachmentBytesMax`).
 *
 * @example
 * ```ts
 * const photo = await uploadAttachment(connection, input.files[0], { onProgress: ({ percent }) => (bar.value = percent) });
 * ```
 */
export async function uploadAttachment(connection: LaporConnection, source: UploadSource, options: UploadOptions = {}): Promise<Attachment> {
  // The upload path (the checks before sending, XMLHttpRequest with progress) is a module
  // loaded with the first upload: a page that never uploads does not download it.
  const { uploadAttachment: send } = await import('../resources/upload.ts');
  const transport = transportOf(connection);
  return send(transport, transport.attachmentBytesMax, source, options);
}
