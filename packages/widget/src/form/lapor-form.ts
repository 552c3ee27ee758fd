import { html, nothing } from 'lit';
import { ATTACHMENT_TYPES, LIMITS, type Attachment } from '@lapor/client/contract';
import { format, fileSize, type EntryStrings } from '../i18n/index.ts';
import { id } from '../i18n/id.ts';
import { LaporElement, type LaporErrorDetail, type LaporSubmittedDetail } from '../shared/element.ts';
import { loadWhenIdle, type Transport } from '../shared/load.ts';
import { scopedKey } from '../shared/storage.ts';
import type { AttachmentList } from './attachments.ts';
import type { DeviceEraser } from './forget.ts';
import { Combobox } from './combobox.ts';
import { DraftController } from './draft.ts';
import { fromDraft, newFormState, toDraft, type Classification, type Draft, type FormFields } from './model.ts';
import { OutboxController } from './outbox-controller.ts';
import type { SubmitHost } from './submit.ts';
import { formStyles } from './lapor-form.styles.ts';

export type { LaporErrorDetail, LaporSubmittedDetail };

/** What the file picker offers: any photo, audio or video (phones then offer the camera), and the contract's documents. */
const ACCEPT = [...new Set(Object.entries(ATTACHMENT_TYPES).map(([ext, mime]) => (/^(image|audio|video)\//.test(mime) ? mime.replace(/\/.*/, '/*') : `.${ext}`)))].join(',');

/** The fields chosen with a picker (a directory search). */
type PickerField = 'location' | 'origin' | 'institution' | 'category';

function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/**
 * The citizen's report form for SP4N-LAPOR!: classification, title and body, incident
 * date and location, institution and category, attachments (photos made smaller to fit),
 * privacy, contact and consent; ends with a tracking ID.
 *
 * @tagname lapor-form
 * @summary A complaint, aspiration or information request form that submits to SP4N-LAPOR!.
 *
 * @slot - Fallback content (a link to lapor.go.id), shown until the element upgrades.
 *
 * @event lapor-submitted - The report was accepted; `detail: { trackingId, status, dueDates }`.
 * @event lapor-error - The report could not be sent, or was queued offline; `detail: { code, message }`.
 *
 * @csspart form - The form element.
 * @csspart field - Each field's wrapper.
 * @csspart label - Field labels.
 * @csspart hint - Hint text under labels.
 * @csspart input - Text inputs, text areas and pickers.
 * @csspart listbox - The suggestion list of a picker.
 * @csspart button - Buttons.
 * @csspart submit - The submit button.
 * @csspart error-summary - The box listing problems after a submit attempt.
 * @csspart notice - Notices (draft restored, offline, sending).
 * @csspart success - The confirmation shown after submitting.
 * @csspart tracking-id - The tracking ID on the confirmation.
 *
 * @cssproperty --lapor-color-primary - Buttons, links and accents.
 * @cssproperty --lapor-color-on-primary - Text on primary buttons.
 * @cssproperty --lapor-color-text - Text.
 * @cssproperty --lapor-color-muted - Hints.
 * @cssproperty --lapor-color-background - Background.
 * @cssproperty --lapor-color-surface - Panels and notices.
 * @cssproperty --lapor-color-border - Input borders.
 * @cssproperty --lapor-color-error - Errors.
 * @cssproperty --lapor-color-success - The confirmation.
 * @cssproperty --lapor-color-focus - The focus ring.
 * @cssproperty --lapor-radius - Corner radius.
 * @cssproperty --lapor-space - Base spacing.
 * @cssproperty --lapor-font-family - Font (inherits from the page by default).
 * @cssproperty --lapor-font-size - Base font size.
 */
export class LaporForm extends LaporElement {
  static override styles = formStyles;

  static override properties = {
    institution: { type: String },
    noDraft: { type: Boolean, attribute: 'no-draft' },
    draftDays: { type: Number, attribute: 'draft-days' },
    rememberDays: { type: Number, attribute: 'remember-days' },
    privacyUrl: { type: String, attribute: 'privacy-url' },
    statusUrl: { type: String, attribute: 'status-url' },
    captcha: { attribute: false },
  };

  /** Id of the host agency's institution, preselected as the suggested addressee. */
  institution = '';
  /** Do not keep a draft on the device (as `draft-days="0"`). */
  noDraft = false;
  /** Days a draft stays on the device after its last change; `0` keeps none. */
  draftDays = 7;
  /** Days a report the citizen chose to remember (tracking ID and reporter token) stays on the device; `0` offers no remembering. */
  rememberDays = 30;
  /** The agency's privacy notice, linked beside the consent. */
  privacyUrl = '';
  /** Link to a status page, with `{trackingId}` replaced, e.g. `/status?id={trackingId}`. */
  statusUrl = '';
  /** Anti-abuse hook: returns a token sent as `captchaToken` with the report. */
  captcha: (() => Promise<string> | string) | undefined;

  protected override indonesian(): EntryStrings {
    return id;
  }

  /** The fields and what the form says about them. */
  #state = newFormState();
  /** The bot trap: a field people never see. */
  #honeypot = '';
  /** What "use my location" says. */
  #geo = '';

  #draft = new DraftController(this, () => ({ key: scopedKey('draft', this.endpoint, this.siteKey, this.institution), days: this.noDraft ? 0 : this.draftDays }));
  #outbox = new OutboxController(this, {
    key: () => scopedKey('outbox', this.endpoint, this.siteKey),
    ready: () => !!this.endpoint,
    client: async () => (await this.#connect()).client,
    notice: (state) => {
      this.#state.offerDiscard = false;
      this.#state.notice = state === 'sending' ? this.t.outboxSending : this.t.offlineQueued;
      this.requestUpdate();
    },
    sent: (created, report) => void this.#submission().then(([t, host]) => t.succeeded(host, created, report.input, report.remember)),
    failed: (error) => void this.#submission().then(([t, host]) => t.fail(host, error)),
    online: () => void this.#attachments?.retryWaiting(),
  });

  /** One picker per field that takes a directory entry; what they pick goes into the fields. */
  #pickers = {
    location: this.#picker('location', 'regions'),
    origin: this.#picker('origin', 'regions'),
    institution: this.#picker('institution', 'institutions'),
    category: this.#picker('category', 'categories'),
  };

  #picker(field: PickerField, kind: keyof Transport['sources']): Combobox {
    return new Combobox(
      this,
      field,
      async (q) => {
        const { t, client } = await this.#connect();
        return t.sources[kind](client, q);
      },
      (option) => {
        this.#state.fields[field] = option;
        this.#changed();
      },
    );
  }

  /** The attachment list is a chunk of its own: made on the first file, or for a restored draft. */
  #attachments: AttachmentList | undefined;
  /** Attachments of a restored draft, until the list is made. */
  #restored: Attachment[] = [];
  /** "Hapus data laporan di perangkat ini", a chunk loaded on that button. */
  #eraser: DeviceEraser | undefined;
  /** The transport chunk once loaded (it also holds the views shown after submitting). */
  #loaded: Transport | undefined;

  get #uploaded(): Attachment[] {
    return this.#attachments?.uploaded ?? this.#restored;
  }

  async #attachmentList(): Promise<AttachmentList> {
    if (!this.#attachments) {
      const { AttachmentList, fileStyles } = await import('./attachments.ts');
      this.addStyles(fileStyles);
      this.#attachments ??= new AttachmentList(
        this,
        { max: LIMITS.attachmentsMax, bytes: LIMITS.attachmentBytesMax },
        async () => {
          const { client } = await this.#connect();
          return (file, options) => client.attachments.upload(file, { signal: options.signal, onProgress: (p) => options.onProgress(p.percent) });
        },
        () => this.#changed(),
        this.#draft.enabled ? this.#draft.place().key : undefined,
      );
      void this.#attachments.restore(this.#restored);
      this.requestUpdate();
    }
    return this.#attachments;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    loadWhenIdle();
  }

  protected override firstUpdated(): void {
    this.#restoreDraft();
    if (this.institution && !this.#state.fields.institution) void this.#preselectInstitution();
    void this.#outbox.flush();
  }

  /** The transport chunk and the client; what the chunk brings (strings, styles) joins the form. */
  async #connect(): ReturnType<LaporElement['connection']> {
    const connected = await this.connection();
    if (!this.#loaded) {
      this.#loaded = connected.t;
      this.addStrings(connected.t.idViews);
      this.addStyles(connected.t.viewStyles);
    }
    return connected;
  }

  async #preselectInstitution(): Promise<void> {
    const { t, client } = await this.#connect();
    const found = await t.institutionOption(client, this.institution);
    if (found && !this.#state.fields.institution) {
      this.#state.fields.institution = found;
      this.#pickers.institution.select(found);
    }
  }

  // ── the model: drafts, reset, sending ────────────────────────────────────

  /** The draft of what the form holds now. */
  #snapshot(): Draft {
    return toDraft(this.#state.fields, { attachments: this.#uploaded, idempotencyKey: this.#state.idempotencyKey });
  }

  /** Every change: saved as a draft shortly, and checked again once the citizen tried to send. */
  #changed(): void {
    if (this.#state.submitted) void this.#submission().then(([t, host]) => t.validateForm(host, false));
    if (this.#state.phase === 'editing') this.#draft.saveSoon(() => this.#snapshot());
    this.requestUpdate();
  }

  /** Shows `fields` in the form (the pickers show their choices). */
  #show(fields: FormFields): void {
    this.#state.fields = fields;
    for (const [field, picker] of Object.entries(this.#pickers)) picker.select(fields[field as PickerField]);
    this.requestUpdate();
  }

  #restoreDraft(): void {
    // Past its days (or drafts turned off): gone, with the files it kept.
    const draft = this.#draft.load(() => void import('../shared/files.ts').then((files) => files.forgetFiles(this.#draft.place().key)));
    if (!draft) return;
    this.#show(fromDraft(draft));
    this.#restored = Array.isArray(draft.attachments) ? draft.attachments : [];
    // Also brings back the files that were waiting for a connection.
    void this.#attachmentList();
    this.#state.idempotencyKey = draft.idempotencyKey;
    this.#state.notice = this.t.draftRestored;
    this.#state.offerDiscard = true;
  }

  #discardDraft = (): void => {
    this.#draft.clear();
    this.#reset();
  };

  #reset(): void {
    this.#state = newFormState();
    this.#show(this.#state.fields);
    this.#geo = '';
    if (this.institution) void this.#preselectInstitution();
    this.#restored = [];
    void this.#attachments?.forget();
  }

  /** Checking and sending live in the transport chunk; this is what they work on. */
  async #submission(): Promise<[Transport, SubmitHost]> {
    const { t } = await this.#connect();
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const form = this;
    const host: SubmitHost = {
      get state() {
        return form.#state;
      },
      get t() {
        return form.t;
      },
      language: this.language,
      endpoint: this.endpoint,
      rememberDays: this.rememberDays,
      captcha: this.captcha,
      get locationUnchosen() {
        return !!form.#pickers.location.query && !form.#state.fields.location;
      },
      get attachments() {
        return form.#attachments;
      },
      get uploaded() {
        return form.#uploaded;
      },
      draft: this.#draft,
      outbox: this.#outbox,
      snapshot: () => this.#snapshot(),
      client: async () => (await this.#connect()).client,
      emit: (type, detail) => this.emit(type, detail),
      changed: (selector) => {
        this.requestUpdate();
        if (selector) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
      },
    };
    return [t, host];
  }

  #submit = (event: SubmitEvent): void => {
    event.preventDefault();
    // A filled honeypot is a bot: nothing is sent (said at once, without loading anything).
    if (this.#honeypot) return this.emit('lapor-error', { code: 'spam_suspected', message: 'honeypot' });
    void this.#submission().then(([t, host]) => t.submit(host));
  };

  #locate = async (): Promise<void> => {
    this.#geo = this.t.locating;
    this.requestUpdate();
    const fields = this.#state.fields;
    try {
      const { currentPosition } = await import('../shared/geo.ts');
      ({ lat: fields.lat, lng: fields.lng } = await currentPosition());
      this.#geo = format(this.t.located, { lat: fields.lat!, lng: fields.lng! });
      this.#changed();
    } catch {
      this.#geo = this.t.locationFailed;
    }
    this.requestUpdate();
  };

  #markConfidential = async (): Promise<void> => {
    this.#state.fields.confidential = true;
    this.#changed();
    await this.updateComplete;
    // The note is gone: focus goes to the choice it made, now ticked.
    this.renderRoot.querySelector<HTMLElement>('#confidential')?.focus();
  };

  /** Loads the transport chunk on the first focus, and renders again with what it brings (the personal-data note). */
  #warm = (): void => {
    if (!this.#loaded) void this.#connect().then(() => this.requestUpdate());
  };

  #eraseDevice = async (): Promise<void> => {
    const { DeviceEraser } = await import('./forget.ts');
    this.#eraser ??= new DeviceEraser(this, () => this.#outbox.hooks.key(), () => this.#reset());
    await this.#eraser.begin();
  };

  // ── rendering ─────────────────────────────────────────────────────────────

  /** A text field bound to `fields[id]`. */
  #text(id: 'title' | 'body' | 'incidentDate' | 'address' | 'name' | 'email' | 'phone', opts: { label: string; hint?: string; type?: string; max?: number; required?: boolean; autocomplete?: string; inputmode?: string }) {
    const value = this.#state.fields[id];
    const error = this.#state.errors.get(id);
    // A title or body of a public report that seems to hold personal data gets a note (from the transport chunk).
    const exposed = opts.max && !this.#state.fields.confidential && this.#loaded?.exposes(value);
    const describedBy = [opts.hint ? `${id}-hint` : '', opts.max ? `${id}-count` : '', exposed ? `${id}-exposure` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
    const onInput = (event: Event) => {
      this.#state.fields[id] = (event.target as HTMLInputElement).value;
      this.#changed();
    };
    const control =
      opts.type === 'textarea'
        ? html`<textarea id=${id} part="input" rows="6" .value=${value} @input=${onInput} aria-describedby=${describedBy || nothing} aria-invalid=${error ? 'true' : 'false'} aria-required=${opts.required ? 'true' : 'false'}></textarea>`
        : html`<input
            id=${id}
            part="input"
            type=${opts.type ?? 'text'}
            .value=${value}
            @input=${onInput}
            autocomplete=${opts.autocomplete ?? nothing}
            inputmode=${opts.inputmode ?? nothing}
            max=${opts.type === 'date' ? today() : nothing}
            aria-describedby=${describedBy || nothing}
            aria-invalid=${error ? 'true' : 'false'}
            aria-required=${opts.required ? 'true' : 'false'}
          />`;
    return html`<div class="field ${error ? 'has-error' : ''}" part="field">
      <label for=${id} part="label">${opts.label}${opts.required ? nothing : html` <span class="optional">(${this.t.optional})</span>`}</label>
      ${opts.hint ? html`<p class="hint" id="${id}-hint" part="hint">${opts.hint}</p>` : nothing}
      ${error ? html`<p class="error-message" id="${id}-error">${error}</p>` : nothing}
      ${control}
      ${opts.max
        ? html`<p class="count ${value.length > opts.max ? 'over' : ''}" id="${id}-count" aria-live="polite">
            ${format(this.t.characters, { count: value.length, max: opts.max })}
          </p>`
        : nothing}
      ${exposed ? this.#loaded!.exposureNote(this.t, id, this.#markConfidential) : nothing}
    </div>`;
  }

  /** A checkbox bound to `fields[id]`. */
  #checkbox(id: 'anonymous' | 'confidential' | 'keepContact' | 'remember' | 'consent', label: string, hint?: string) {
    const error = this.#state.errors.get(id);
    return html`<div class="choice ${error ? 'has-error' : ''}">
      <input
        type="checkbox"
        id=${id}
        .checked=${this.#state.fields[id]}
        aria-describedby=${[hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing}
        aria-invalid=${error ? 'true' : 'false'}
        @change=${(event: Event) => {
          this.#state.fields[id] = (event.target as HTMLInputElement).checked;
          this.#changed();
        }}
      />
      <div>
        <label for=${id}>${label}</label>
        ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
        ${error ? html`<p class="error-message" id="${id}-error">${error}</p>` : nothing}
      </div>
    </div>`;
  }

  #classificationField() {
    const t = this.t;
    const error = this.#state.errors.get('classification-complaint');
    const choices: Array<[Classification, string, string]> = [
      ['complaint', t.classificationComplaint, t.classificationComplaintHint],
      ['aspiration', t.classificationAspiration, t.classificationAspirationHint],
      ['information_request', t.classificationInformation, t.classificationInformationHint],
    ];
    const id = (value: string) => `classification-${value === 'information_request' ? 'information' : value}`;
    return html`<fieldset class=${error ? 'has-error' : ''} aria-describedby=${error ? 'classification-error' : nothing}>
      <legend>${t.classificationLegend}</legend>
      ${error ? html`<p class="error-message" id="classification-error">${error}</p>` : nothing}
      ${choices.map(
        ([value, label, hint]) => html`<div class="choice">
          <input
            type="radio"
            name="classification"
            id=${id(value)}
            .value=${value}
            .checked=${this.#state.fields.classification === value}
            aria-describedby="${id(value)}-hint"
            @change=${() => {
              this.#state.fields.classification = value;
              this.#changed();
            }}
          />
          <div>
            <label for=${id(value)}>${label}</label>
            <p class="hint" id="${id(value)}-hint">${hint}</p>
          </div>
        </div>`,
      )}
    </fieldset>`;
  }

  #attachmentsField() {
    const t = this.t;
    const list = this.#attachments;
    const error = this.#state.errors.get('attachments');
    const hint = format(t.attachmentsHint, { max: LIMITS.attachmentsMax, size: fileSize(LIMITS.attachmentBytesMax, this.language) });
    const pick = (files: FileList | null | undefined) => {
      if (files?.length) {
        const picked = [...files];
        void this.#attachmentList().then((attachments) => attachments.add(picked, hint));
      }
    };
    return html`<div class="field ${error ? 'has-error' : ''}" part="field">
      <span class="label" id="attachments-label">${t.attachmentsLabel} <span class="optional">(${t.optional})</span></span>
      <p class="hint" id="attachments-hint" part="hint">${hint}</p>
      ${error ? html`<p class="error-message" id="attachments-error">${error}</p>` : nothing}
      <div
        class="dropzone"
        @dragover=${(event: DragEvent) => event.preventDefault()}
        @drop=${(event: DragEvent) => {
          event.preventDefault();
          pick(event.dataTransfer?.files);
        }}
      >
        <label class="button secondary" for="attachments" part="button">${t.chooseFiles}</label>
        <input
          id="attachments"
          class="visually-hidden"
          type="file"
          multiple
          accept=${ACCEPT}
          aria-describedby="attachments-hint${error ? ' attachments-error' : ''}"
          ?disabled=${(list?.items.length ?? 0) >= LIMITS.attachmentsMax}
          @change=${(event: Event) => {
            const input = event.target as HTMLInputElement;
            pick(input.files);
            input.value = '';
          }}
        />
        <span class="hint">${t.dropFiles}</span>
      </div>
      ${list?.render(t, this.language) ?? nothing}
    </div>`;
  }

  override render() {
    const t = this.t;
    const { fields, errors, phase, notice, created } = this.#state;
    const views = this.#loaded;
    if (phase === 'done' && created && views) {
      return views.successView(t, this.language, created, {
        statusUrl: this.statusUrl,
        notice,
        copied: (message) => {
          this.#state.notice = message;
          this.requestUpdate();
        },
        again: () => this.#reset(),
      });
    }
    const complaint = fields.classification === 'complaint';
    const sending = phase === 'sending';
    const drafts = this.#draft.enabled;
    const pickers = this.#pickers;
    return html`<form part="form" novalidate @submit=${this.#submit} aria-busy=${sending ? 'true' : 'false'} @focusin=${this.#warm}>
      <h2>${t.formTitle}</h2>
      <p class="intro">${t.formIntro}${drafts ? ` ${format(t.draftNote, { days: this.draftDays })}` : ''}</p>
      <div class="notice" part="notice" role="status" ?hidden=${!notice}>
        ${notice} ${this.#state.offerDiscard ? html`<button type="button" class="link" @click=${this.#discardDraft}>${t.discardDraft}</button>` : nothing}
      </div>
      ${errors.size && this.#state.submitted && views
        ? views.errorSummary(t, errors, (id) => this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus())
        : nothing}
      ${this.#classificationField()}
      ${this.#text('title', { label: t.titleLabel, hint: t.titleHint, max: LIMITS.titleMax, required: true })}
      ${this.#text('body', { label: t.bodyLabel, hint: t.bodyHint, type: 'textarea', max: LIMITS.bodyMax, required: true })}
      ${complaint ? this.#text('incidentDate', { label: t.incidentDateLabel, hint: t.incidentDateHint, type: 'date', required: true }) : nothing}
      ${complaint || fields.classification === ''
        ? html`${pickers.location.render(t, { label: t.locationLabel, hint: t.locationHint, error: errors.get('location'), required: complaint })}
            ${this.#text('address', { label: t.addressLabel, hint: t.addressHint, autocomplete: 'street-address' })}
            <div class="field geo">
              <p class="hint" id="geo-hint">${t.geoHint}</p>
              <button type="button" class="secondary" part="button" aria-describedby="geo-hint" @click=${this.#locate}>${t.useMyLocation}</button>
              <p class="hint" role="status">${this.#geo}</p>
            </div>`
        : pickers.origin.render(t, { label: t.originLabel, hint: t.originHint, error: errors.get('origin'), required: true })}
      ${pickers.institution.render(t, { label: t.institutionLabel, hint: t.institutionHint, error: errors.get('institution') })}
      ${pickers.category.render(t, { label: t.categoryLabel, hint: t.categoryHint, error: errors.get('category') })}
      ${this.#attachmentsField()}
      <fieldset>
        <legend>${t.privacyLegend}</legend>
        ${this.#checkbox('anonymous', t.anonymousLabel, t.anonymousHint)}
        ${this.#checkbox('confidential', t.confidentialLabel, t.confidentialHint)}
      </fieldset>
      <fieldset aria-describedby="reporter-hint">
        <legend>${t.reporterLegend}</legend>
        <p class="hint" id="reporter-hint">${t.reporterHint}</p>
        ${this.#text('name', { label: t.nameLabel, required: true, autocomplete: 'name' })}
        ${this.#text('email', { label: t.emailLabel, type: 'email', autocomplete: 'email' })}
        ${this.#text('phone', { label: t.phoneLabel, hint: t.phoneHint, type: 'tel', autocomplete: 'tel', inputmode: 'tel' })}
        ${drafts ? this.#checkbox('keepContact', t.keepContactLabel, t.keepContactHint) : nothing}
      </fieldset>
      <div class="honeypot" aria-hidden="true">
        <label for="website">Website</label>
        <input id="website" type="text" tabindex="-1" autocomplete="off" .value=${this.#honeypot} @input=${(e: Event) => (this.#honeypot = (e.target as HTMLInputElement).value)} />
      </div>
      ${this.rememberDays > 0 ? this.#checkbox('remember', format(t.rememberLabel, { days: this.rememberDays }), t.rememberHint) : nothing}
      ${this.#checkbox('consent', t.consentLabel)}
      ${/^(https?:|\/)/.test(this.privacyUrl) ? html`<p><a href=${this.privacyUrl} target="_blank" rel="noopener">${t.privacyLink}</a></p>` : nothing}
      <button type="submit" part="button submit" ?disabled=${sending}>${sending ? t.sending : t.submit}</button>
      ${this.#eraser?.render(t) ?? nothing}
      <p><button type="button" class="link" @click=${this.#eraseDevice}>${t.forgetDevice}</button></p>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lapor-form': LaporForm;
  }
  interface HTMLElementEventMap {
    'lapor-submitted': CustomEvent<LaporSubmittedDetail>;
    'lapor-error': CustomEvent<LaporErrorDetail>;
  }
}
