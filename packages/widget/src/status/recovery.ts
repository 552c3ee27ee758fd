// "Buka di perangkat lain": a chunk `<lapor-status>` loads on that button only. A citizen
// who sent a report from another phone asks for a one-time code with the tracking ID and
// the contact given in the report, then enters the code; the new reporter token stays on
// this device (for the days the citizen chose) or on this page only.
import { html, nothing, type TemplateResult } from 'lit';
import { format } from '../i18n/index.ts';
import { idRecovery } from '../i18n/id-recovery.ts';
import { rememberReport } from '../shared/reports.ts';
import { failure, type PanelHost } from './panel-host.ts';

/** ACCESS_CODE.digits of the contract, written out (see COMMENT_MAX in rating.ts for why). */
const CODE = /^\d{6}$/;

/** Days a recovered report is remembered when the citizen ticks the box (as the form's default). */
const REMEMBER_DAYS = 30;

type Step = 'contact' | 'code';

/** The two steps: tracking ID and contact, then the code. */
export class RecoveryPanel {
  readonly #host: PanelHost;
  open = false;
  #step: Step = 'contact';
  #trackingId = '';
  #contact = '';
  #code = '';
  /** Minutes the code is valid, as the server said. */
  #minutes = 0;
  #remember = false;
  #error = '';
  /** The id of the field the error belongs to. */
  #errorAt = '';
  #sending = false;

  constructor(host: PanelHost) {
    this.#host = host;
  }

  #strings() {
    return { ...idRecovery, ...this.#host.strings() };
  }

  /** Opens the panel (with the tracking ID the citizen already typed) and moves focus to it. */
  async show(trackingId: string): Promise<void> {
    this.open = true;
    this.#step = 'contact';
    this.#trackingId ||= trackingId.trim().replace(/^#\s*/, '');
    await this.#rerender('#recovery-title');
  }

  close(): void {
    this.open = false;
    this.#error = '';
    void this.#host.update();
  }

  #rerender(focus?: string): Promise<void> {
    return this.#host.update(focus);
  }

  async #fail(message: string, field: string): Promise<void> {
    this.#error = message;
    this.#errorAt = field.slice(1);
    this.#sending = false;
    await this.#rerender(field);
  }

  async #ask(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const t = this.#strings();
    const trackingId = this.#trackingId.trim().replace(/^#\s*/, '');
    if (!this.#contact.trim()) return this.#fail(t.recoveryContactRequired, '#recovery-contact');
    this.#sending = true;
    void this.#host.update();
    try {
      const { client, calls } = await this.#host.calls();
      ({ expiresInMinutes: this.#minutes } = await calls.requestAccess(client, trackingId, { contact: this.#contact.trim() }));
      this.#trackingId = trackingId;
      this.#step = 'code';
      this.#error = '';
      this.#sending = false;
      await this.#rerender('#recovery-code');
    } catch (error) {
      const issue = (error as { issues?: Array<{ path: string }> }).issues?.[0];
      await this.#fail(failure(error), issue?.path === '' || issue?.path === 'trackingId' ? '#recovery-tracking' : '#recovery-contact');
    }
  }

  async #unlock(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const t = this.#strings();
    const code = this.#code.replace(/\s/g, '');
    if (!CODE.test(code)) return this.#fail(t.recoveryCodeInvalid, '#recovery-code');
    this.#sending = true;
    void this.#host.update();
    try {
      const { client, calls } = await this.#host.calls();
      const { trackingId, reporterToken } = await calls.redeemAccessCode(client, this.#trackingId, { code });
      if (this.#remember) {
        rememberReport(this.#host.endpoint(), { trackingId, reporterToken, title: `#${trackingId}`, createdAt: '', keepUntil: Date.now() + REMEMBER_DAYS * 86_400_000 });
      } else this.#host.keepToken(trackingId, reporterToken);
      this.open = false;
      this.#sending = false;
      this.#code = '';
      this.#error = '';
      await this.#host.open(trackingId);
    } catch (error) {
      await this.#fail(failure(error), '#recovery-code');
    }
  }

  #field(id: string, label: string, hint: string, value: string, set: (value: string) => void, attributes: { inputmode?: string; autocomplete?: string; type?: string } = {}) {
    const error = this.#errorAt === id ? this.#error : '';
    return html`<div class="field ${error ? 'has-error' : ''}">
      <label for=${id}>${label}</label>
      <p class="hint" id="${id}-hint">${hint}</p>
      ${error ? html`<p class="error-message" id="${id}-error">${error}</p>` : nothing}
      <input
        id=${id}
        part="input"
        type=${attributes.type ?? 'text'}
        inputmode=${attributes.inputmode ?? nothing}
        autocomplete=${attributes.autocomplete ?? 'off'}
        .value=${value}
        aria-describedby="${id}-hint${error ? ` ${id}-error` : ''}"
        aria-invalid=${error ? 'true' : 'false'}
        @input=${(e: Event) => set((e.target as HTMLInputElement).value)}
      />
    </div>`;
  }

  render(): TemplateResult | typeof nothing {
    if (!this.open) return nothing;
    const t = this.#strings();
    const cancel = html`<button type="button" class="secondary" part="button" @click=${() => this.close()}>${t.recoveryCancel}</button>`;
    const body =
      this.#step === 'contact'
        ? html`<p>${t.recoveryIntro}</p>
            <form novalidate @submit=${(event: SubmitEvent) => this.#ask(event)}>
              ${this.#field('recovery-tracking', t.statusLookupLabel, t.statusLookupHint, this.#trackingId, (v) => (this.#trackingId = v), { inputmode: 'numeric' })}
              ${this.#field('recovery-contact', t.recoveryContactLabel, t.recoveryContactHint, this.#contact, (v) => (this.#contact = v), { autocomplete: 'email' })}
              <button type="submit" part="button" ?disabled=${this.#sending}>${t.recoverySend}</button>
              ${cancel}
            </form>`
        : html`<p class="notice" role="status">${format(t.recoverySent, { trackingId: this.#trackingId, minutes: this.#minutes })}</p>
            <form novalidate @submit=${(event: SubmitEvent) => this.#unlock(event)}>
              ${this.#field('recovery-code', t.recoveryCodeLabel, t.recoveryCodeHint, this.#code, (v) => (this.#code = v), {
                inputmode: 'numeric',
                autocomplete: 'one-time-code',
              })}
              <div class="choice">
                <input
                  type="checkbox"
                  id="recovery-remember"
                  .checked=${this.#remember}
                  aria-describedby="recovery-remember-hint"
                  @change=${(e: Event) => (this.#remember = (e.target as HTMLInputElement).checked)}
                />
                <div>
                  <label for="recovery-remember">${format(t.recoveryRemember, { days: REMEMBER_DAYS })}</label>
                  <p class="hint" id="recovery-remember-hint">${t.recoveryRememberHint}</p>
                </div>
              </div>
              <button type="submit" part="button" ?disabled=${this.#sending}>${t.recoveryUnlock}</button>
              <button
                type="button"
                class="link"
                @click=${() => {
                  this.#step = 'contact';
                  this.#error = '';
                  void this.#rerender('#recovery-contact');
                }}
              >
                ${t.recoveryAgain}
              </button>
              ${cancel}
            </form>`;
    return html`<section class="recovery" part="recovery" aria-labelledby="recovery-title">
      <h3 id="recovery-title" tabindex="-1">${t.recoveryTitle}</h3>
      ${body}
    </section>`;
  }
}
