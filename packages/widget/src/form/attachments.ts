import type { Attachment } from '@lapor/client/contract';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { format, megabytes, type FormStrings, type Language } from '../i18n/index.ts';

/** One file of the form: picked, maybe made smaller, uploading, uploaded or failed. */
export interface AttachmentItem {
  key: string;
  name: string;
  size: number;
  file?: File | undefined;
  state: 'preparing' | 'uploading' | 'done' | 'error';
  progress: number;
  attachment?: Attachment | undefined;
  error?: string | undefined;
  resizedFrom?: number | undefined;
  abort?: AbortController | undefined;
}

type Upload = (file: File, options: { signal: AbortSignal; onProgress: (percent: number) => void }) => Promise<Attachment>;

let counter = 0;

/**
 * The attachment list: files upload as soon as they are picked (so a draft can keep them
 * by id), photos too large are made smaller first, each with progress, cancel and retry.
 */
export class AttachmentList {
  items: AttachmentItem[] = [];
  /** A problem with the list itself (too many files). */
  error: string | undefined;

  readonly host: ReactiveControllerHost;
  readonly limits: { max: number; bytes: number };
  readonly upload: () => Promise<Upload>;
  readonly onChange: () => void;

  constructor(host: ReactiveControllerHost, limits: { max: number; bytes: number }, upload: () => Promise<Upload>, onChange: () => void) {
    this.host = host;
    this.limits = limits;
    this.upload = upload;
    this.onChange = onChange;
  }

  get uploaded(): Attachment[] {
    return this.items.flatMap((item) => (item.attachment ? [item.attachment] : []));
  }

  get busy(): boolean {
    return this.items.some((item) => item.state === 'preparing' || item.state === 'uploading');
  }

  restore(attachments: readonly Attachment[]): void {
    this.items = attachments.map((attachment) => ({
      key: `a${++counter}`,
      name: attachment.name,
      size: attachment.size,
      state: 'done',
      progress: 1,
      attachment,
    }));
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
    if (file.size > this.limits.bytes && /^image\/(jpeg|png|webp)$/.test(file.type)) {
      item.state = 'preparing';
      this.host.requestUpdate();
      const { downscalePhoto } = await import('../shared/photos.ts');
      const smaller = await downscalePhoto(file, this.limits.bytes);
      if (smaller) {
        item.resizedFrom = file.size;
        file = smaller;
        item.file = smaller;
        item.name = smaller.name;
        item.size = smaller.size;
      }
    }
    item.abort = new AbortController();
    item.state = 'uploading';
    item.error = undefined;
    item.progress = 0;
    this.host.requestUpdate();
    try {
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
    } catch (error) {
      if (item.abort.signal.aborted) {
        this.items = this.items.filter((other) => other !== item);
      } else {
        item.state = 'error';
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

  remove(item: AttachmentItem): void {
    item.abort?.abort();
    this.items = this.items.filter((other) => other !== item);
    this.error = undefined;
    this.onChange();
    this.host.requestUpdate();
  }
}


/** The list of files with progress, and cancel, retry and remove buttons. */
export function renderFiles(list: AttachmentList, t: FormStrings, language: Language): TemplateResult | typeof nothing {
  if (!list.items.length) return nothing;
  const row = (item: AttachmentItem) => html`<li class="file ${item.state}">
    <div class="file-name">${item.name} <span class="file-size">(${megabytes(item.size, language)})</span></div>
    ${item.resizedFrom
      ? html`<div class="hint">${format(t.resized, { from: megabytes(item.resizedFrom, language), to: megabytes(item.size, language) })}</div>`
      : nothing}
    ${item.state === 'uploading' || item.state === 'preparing'
      ? html`<progress max="1" .value=${item.progress} aria-label="${t.uploading} ${item.name}"></progress>`
      : nothing}
    ${item.state === 'error' ? html`<p class="error-message">${item.error ?? t.uploadFailed}</p>` : nothing}
    <div class="file-actions">
      ${item.state === 'uploading' ? html`<button type="button" class="secondary" @click=${() => list.cancel(item)}>${t.cancel}</button>` : nothing}
      ${item.state === 'error' && item.file ? html`<button type="button" class="secondary" @click=${() => list.retry(item)}>${t.retry}</button>` : nothing}
      ${item.state === 'done' || item.state === 'error'
        ? html`<button type="button" class="secondary" aria-label=${format(t.removeFile, { name: item.name })} @click=${() => list.remove(item)}>${t.remove}</button>`
        : nothing}
    </div>
  </li>`;
  return html`<ul class="files" aria-live="polite">${list.items.map(row)}</ul>`;
}
