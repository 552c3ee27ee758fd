// "Hapus data laporan di perangkat ini": a chunk loaded on that button only. On a shared
// family phone, the citizen can leave nothing of a report behind: the drafts, the files
// waiting in IndexedDB, the outbox and the remembered reports (with their tokens) go.
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { completed, type EntryStrings } from '../i18n/index.ts';
import { idForget } from '../i18n/id-forget.ts';
import { forgetFiles } from '../shared/files.ts';
import { loadOutbox } from './outbox-controller.ts';

/** Every key the widget wrote on this device (drafts, outbox, remembered reports) and every file it kept. */
export async function forgetDevice(): Promise<void> {
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith('lapor:')) localStorage.removeItem(key);
  } catch {
    // No storage: nothing was kept there.
  }
  await forgetFiles();
}

/**
 * Erases the device's report data, after a warning when a report still waits to be sent
 * (erasing it means it is never sent). `after` resets the form.
 */
export class DeviceEraser {
  state: 'idle' | 'asking' | 'done' = 'idle';
  readonly host: ReactiveControllerHost & HTMLElement;
  readonly outboxKey: () => string;
  readonly after: () => void;

  constructor(host: ReactiveControllerHost & HTMLElement, outboxKey: () => string, after: () => void) {
    this.host = host;
    this.outboxKey = outboxKey;
    this.after = after;
  }

  async begin(): Promise<void> {
    if (loadOutbox(this.outboxKey()).length) {
      this.state = 'asking';
      this.host.requestUpdate();
    } else await this.erase();
  }

  async erase(): Promise<void> {
    await forgetDevice();
    this.after();
    this.state = 'done';
    this.host.requestUpdate();
  }

  #cancel(): void {
    this.state = 'idle';
    this.host.requestUpdate();
  }

  /** The warning (an alert with its two choices), or the confirmation once erased. */
  render(strings: EntryStrings): TemplateResult | typeof nothing {
    const t = completed(idForget, strings);
    if (this.state === 'done') return html`<p class="notice forget" role="status">${t.forgetDone}</p>`;
    if (this.state !== 'asking') return nothing;
    return html`<div class="notice forget" role="alert">
      <p>${t.forgetUnsent}</p>
      <button type="button" part="button" @click=${() => void this.erase()}>${t.forgetConfirm}</button>
      <button type="button" class="secondary" part="button" @click=${() => this.#cancel()}>${t.forgetCancel}</button>
    </div>`;
  }
}
