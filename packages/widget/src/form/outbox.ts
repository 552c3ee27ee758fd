// Sending the reports queued on the device (part of the transport chunk): each one's files
// first, kept on the device while they waited, then the report with their ids and the
// idempotency key it was queued with, so that exactly one complaint results.
import type { ComplaintCreated } from '@lapor/client/contract';
import type { LaporConnection } from '@lapor/client';
import { loadTransport } from '../shared/load.ts';
import { dropFile, keptFile } from '../shared/files.ts';
import { loadOutbox, lostConnection, saveOutbox, type QueuedReport } from './outbox-controller.ts';

/**
 * Uploads the files of a queued report and adds their ids to it, saving the report after
 * each, so that a retry after another lost connection uploads only what is still missing.
 * A file the device could not keep (no storage) is left out.
 */
async function uploadQueued(client: LaporConnection, key: string, report: QueuedReport): Promise<QueuedReport> {
  // The call comes with the transport chunk (loaded by now): imported here, it would split that chunk.
  const { uploadAttachment } = await loadTransport();
  for (const id of report.files ?? []) {
    const kept = await keptFile(id);
    // Cleaned before they were kept; again here for files an earlier version kept as picked.
    const file = kept && /^image\//.test(kept.type) ? await (await import('../shared/photos.ts')).cleanPhoto(kept, kept.size) : kept;
    const attachment = file && (await uploadAttachment(client, file));
    report = {
      ...report,
      input: { ...report.input, ...(attachment ? { attachmentIds: [...(report.input.attachmentIds ?? []), attachment.id] } : {}) },
      files: report.files!.filter((other) => other !== id),
    };
    saveOutbox(key, loadOutbox(key).map((queued) => (queued.idempotencyKey === report.idempotencyKey ? report : queued)));
    await dropFile(id);
  }
  return report;
}

/**
 * Sends the queued reports, oldest first. Returns false when the connection is lost again
 * (the rest stay queued); a report refused for good leaves the outbox and goes to `failed`.
 */
export async function sendOutbox(
  client: LaporConnection,
  key: string,
  sent: (created: ComplaintCreated, report: QueuedReport) => void,
  failed: (error: unknown) => void,
): Promise<boolean> {
  const { createComplaint } = await loadTransport();
  for (const queued of loadOutbox(key)) {
    try {
      const report = await uploadQueued(client, key, queued);
      const created = await createComplaint(client, report.input, { idempotencyKey: report.idempotencyKey });
      saveOutbox(key, loadOutbox(key).filter((r) => r.idempotencyKey !== report.idempotencyKey));
      sent(created, report);
    } catch (error) {
      if (lostConnection(error)) return false;
      saveOutbox(key, loadOutbox(key).filter((r) => r.idempotencyKey !== queued.idempotencyKey));
      failed(error);
    }
  }
  return true;
}
