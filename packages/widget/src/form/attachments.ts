import { LIMITS, type Attachment } from '@lapor/client/contract';
import type { LaporConnection } from '@lapor/client';
import { loadTransport } from '../shared/load.ts';
import { css, html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { completed, format, fileSize, type EntryStrings, type Language } from '../i18n/index.ts';
import { idFiles } from '../i18n/id-files.ts';
import { dropFile, keepFile, keptFiles } from '../shared/files.ts';
import type { DraftController } from './draft.ts';
import { lostConnection } from './outbox-controller.ts';

/**
 * One file of the form: picked, maybe made smaller, uploading, uploaded, waiting for a
 * connection (kept on the device meanwhile) or refused.
 */
export interface AttachmentItem {
  key: string;
  name: string;
  size: number;
  file?: File | undefined;
  /** Its id in the device's file store while it is not uploaded. */
  stored?: string | undefined;
  state: 'preparing' | 'uploading' | 'done' | 'waiting' | 'error';
  progress: number;
  attachment?: Attachment | undefined;
  error?: string | undefined;
  resizedFrom?: number | undefined;
  /** Its metadata is gone (a photo), or it needs no cleaning. */
  cleaned?: boolean | undefined;
  abort?: AbortController | undefined;
}

/** Styles of the file list, added to the form with this chunk. */
export const fileStyles = css`
    .files {
      list-style: none;
      padding: 0;
      margin: 0.75em 0 0;
    }
    .file {
      padding: 0.6em 0;
      border-bottom: 1px solid var(--_border);
    }
    .file-size {
      color: var(--_muted);
    }
    .file-done {
      color: var(--_success);
      white-space: nowrap;
    }
    .file progress {
      width: 100%;
      height: 0.75em;
      accent-color: var(--_primary);
    }
    .file-actions {
      display: flex;
      gap: 0.5em;
      margin-top: 0.35em;
    }
`;

type Upload = (file: File, options: { signal: AbortSignal; onProgress: (percent: number) => void }) => Promise<Attachment>;

let counter = 0;

/**
 * The attachment list: files upload as soon as they are picked (so a draft can keep them
 * by id), photos too large are made smaller first, each with progress, cancel and retry.
 * A file that cannot be uploaded for want of a connection is kept on the device (under
 * `scope`, the draft's key) until it is, and comes back after a reload.
 */
export class AttachmentList {
  items: AttachmentItem[] = [];
  /** A problem with the list itself (too many files). */
  error: string | undefined;

  readonly host: ReactiveControllerHost;
  readonly limits: { max: number; bytes: number };
  readonly upload: () => Promise<Upload>;
  readonly onChange: () => void;
  readonly scope: string | undefined;

  constructor(
    host: ReactiveControllerHost,
    limits: { max: number; bytes: number },
    upload: () => Promise<Upload>,
    onChange: () => void,
    scope: string | undefined,
  ) {
    this.host = host;
    this.limits = limits;
    this.upload = upload;
    this.onChange = onChange;
    this.scope = scope;
  }

  get uploaded(): Attachment[] {
    return this.items.flatMap((item) => (item.attachment ? [item.attachment] : []));
  }

  get busy(): boolean {
    return this.items.some((item) => item.state === 'preparing' || item.state === 'uploading');
  }

  /** Whether a refused file is still in the list (it must be removed before sending). */
  get refused(): boolean {
    return this.items.some((item) => item.state === 'error');
  }

  /** Files waiting for a connection. */
  get waiting(): AttachmentItem[] {
    return this.items.filter((item) => item.state === 'waiting');
  }

  /** The uploaded attachments of a draft, then the files kept on the device for it. */
  async restore(attachments: readonly Attachment[]): Promise<void> {
    this.items = attachments.map((attachment) => ({
      key: `a${++counter}`,
      name: attachment.name,
      size: attachment.size,
      state: 'done',
      progress: 1,
      attachment,
    }));
    for (const { id, file } of this.scope ? await keptFiles(this.scope) : []) {
      if (this.items.length >= this.limits.max || this.items.some((item) => item.stored === id)) continue;
      const item: AttachmentItem = { key: `a${++counter}`, name: file.name, size: file.size, file, stored: id, state: 'preparing', progress: 0 };
      this.items = [...this.items, item];
      void this.#send(item);
    }
    this.host.requestUpdate();
  }

  /** Tries the waiting files again (the connection came back, or the citizen submits). */
  async retryWaiting(): Promise<void> {
    await Promise.all(this.waiting.map((item) => this.#send(item)));
  }

  /**
   * Hands the waiting files to a report queued in the outbox: they stay on the device
   * until it is sent, and leave this list. Returns their ids in the device's file store.
   */
  async queue(): Promise<string[]> {
    const ids: string[] = [];
    for (const item of this.waiting) {
      const id = item.stored ?? crypto.randomUUID();
      await keepFile(id, 'outbox', item.file!);
      ids.push(id);
    }
    this.items = this.items.filter((item) => item.state !== 'waiting');
    this.host.requestUpdate();
    return ids;
  }

  /** Empties the list and the files kept for it (after success, or a discarded draft). */
  async forget(): Promise<void> {
    for (const item of this.items) item.abort?.abort();
    this.items = [];
    this.error = undefined;
    for (const { id } of this.scope ? await keptFiles(this.scope) : []) await dropFile(id);
    this.host.requestUpdate();
  }

  add(files: Iterable<File>, tooMany: string): void {
    this.error = undefined;
    for (const file of files) {
      if (this.items.length >= this.limits.max) {
        this.error = tooMany;
        break;
      }
      const item: AttachmentItem = { key: `a${++counter}`, name: file.name, size: file.size, file, state: 'preparing', progress: 0 };
      this.items = [...this.items, item];
      void this.#send(item);
    }
    this.host.requestUpdate();
  }

  async #send(item: AttachmentItem): Promise<void> {
    let file = item.file!;
    // Every photo, whatever its size, loses its metadata here, before it is kept on the
    // device or uploaded; one too large is made smaller too. Once cleaned, `item.file` is
    // the clean copy, so a retry does not do it again.
    if (!item.cleaned && /^image\/|\.(jpe?g|png|webp)$/i.test(`${file.type} ${file.name}`)) {
      item.state = 'preparing';
      this.host.requestUpdate();
      const { cleanPhoto } = await import('../shared/photos.ts');
      const clean = await cleanPhoto(file, this.limits.bytes);
      if (!clean) {
        // A photo that cannot be cleaned does not leave the device.
        item.state = 'error';
        this.onChange();
        this.host.requestUpdate();
        return;
      }
      if (clean.size < file.size && file.size > this.limits.bytes) item.resizedFrom = file.size;
      item.cleaned = true;
      file = item.file = clean;
      item.name = clean.name;
      item.size = clean.size;
    }
    if (this.scope && !item.stored && file.size <= this.limits.bytes) {
      item.stored = crypto.randomUUID();
      void keepFile(item.stored, this.scope, file);
    }
    item.abort = new AbortController();
    item.state = 'uploading';
    item.error = undefined;
    item.progress = 0;
    this.host.requestUpdate();
    try {
      // Without a connection the file waits on the device at once, rather than after retries.
      if (!navigator.onLine) throw new Error('offline');
      const upload = await this.upload();
      item.attachment = await upload(file, {
        signal: item.abort.signal,
        onProgress: (percent) => {
          item.progress = percent;
          this.host.requestUpdate();
        },
      });
      item.state = 'done';
      item.progress = 1;
      item.file = undefined;
      if (item.stored) void dropFile(item.stored);
      item.stored = undefined;
    } catch (error) {
      if (item.abort.signal.aborted) {
        this.remove(item);
      } else if (lostConnection(error)) {
        item.state = 'waiting';
      } else {
        // Refused (type, size): it would be refused again, so the device does not keep it.
        item.state = 'error';
        if (item.stored) void dropFile(item.stored);
        item.stored = undefined;
        const issues = (error as { issues?: Array<{ message: string }> }).issues;
        item.error = issues?.[0]?.message ?? (error as { problem?: { errors?: Array<{ message: string }> } }).problem?.errors?.[0]?.message;
      }
    } finally {
      item.abort = undefined;
      this.onChange();
      this.host.requestUpdate();
    }
  }

  cancel(item: AttachmentItem): void {
    item.abort?.abort();
  }

  retry(item: AttachmentItem): void {
    if (item.file) void this.#send(item);
  }

  /** The list as the form shows it. */
  render(strings: EntryStrings, language: Language): TemplateResult | typeof nothing {
    return renderFiles(this, strings, language);
  }

  remove(item: AttachmentItem): void {
    item.abort?.abort();
    if (item.stored) void dropFile(item.stored);
    this.items = this.items.filter((other) => other !== item);
    this.error = undefined;
    this.onChange();
    this.host.requestUpdate();
  }
}


/** The list of files with progress, and cancel, retry and remove buttons. */
export function renderFiles(list: AttachmentList, strings: EntryStrings, language: Language): TemplateResult | typeof nothing {
  if (!list.items.length) return nothing;
  const t = completed(idFiles, strings);
  const row = (item: AttachmentItem) => html`<li class="file ${item.state}">
    <div class="file-name">
      ${item.name} <span class="file-size">(${fileSize(item.size, language)})</span>
      ${item.state === 'done' ? html`<span class="file-done"><span aria-hidden="true">✓</span> ${t.uploaded}</span>` : nothing}
    </div>
    ${item.resizedFrom
      ? html`<div class="hint">${format(t.resized, { from: fileSize(item.resizedFrom, language), to: fileSize(item.size, language) })}</div>`
      : nothing}
    ${item.state === 'uploading' || item.state === 'preparing'
      ? html`<progress max="1" .value=${item.progress} aria-label="${t.uploading} ${item.name}"></progress>`
      : nothing}
    ${item.state === 'error' ? html`<p class="error-message">${item.error ?? t.uploadFailed}</p>` : nothing}
    ${item.state === 'waiting' ? html`<p class="hint">${t.uploadWaiting}</p>` : nothing}
    <div class="file-actions">
      ${item.state === 'uploading' ? html`<button type="button" class="secondary" @click=${() => list.cancel(item)}>${t.cancel}</button>` : nothing}
      ${item.file && (item.state === 'waiting' || (item.state === 'error' && !item.error)) ? html`<button type="button" class="secondary" @click=${() => list.retry(item)}>${t.retry}</button>` : nothing}
      ${item.state === 'done' || item.state === 'error' || item.state === 'waiting'
        ? html`<button type="button" class="secondary" aria-label=${format(t.removeFile, { name: item.name })} @click=${() => list.remove(item)}>${t.remove}</button>`
        : nothing}
    </div>
  </li>`;
  return html`<ul class="files" aria-live="polite">${list.items.map(row)}</ul>`;
}


/** What the form's file list needs from the form. */
export interface ListHost {
  /** The connection to LAPOR! (loads the transport chunk, which also brings the upload call). */
  client(): Promise<LaporConnection>;
  /** The files changed (the draft saves, problems update). */
  changed(): void;
  readonly draft: DraftController;
}

/**
 * The form's file list: the contract's limits, uploads through the form's client, and files
 * kept on the device beside the draft (none when drafts are off).
 */
export function listFor(element: ReactiveControllerHost, form: ListHost): AttachmentList {
  return new AttachmentList(
    element,
    { max: LIMITS.attachmentsMax, bytes: LIMITS.attachmentBytesMax },
    async () => {
      const [client, { uploadAttachment }] = await Promise.all([form.client(), loadTransport()]);
      return (file, options) => uploadAttachment(client, file, { signal: options.signal, onProgress: (p) => options.onProgress(p.percent) });
    },
    () => form.changed(),
    form.draft.enabled ? form.draft.place().key : undefined,
  );
}
