import { html, nothing, type PropertyValues } from 'lit';
import { LIMITS, type Attachment } from '@lapor/client/contract';
import { format, loadEnglish, type EntryStrings, type StringOverrides } from '../i18n/index.ts';
import { id } from '../i18n/id.ts';
import { LaporElement, type LaporErrorDetail, type LaporSubmittedDetail } from '../shared/element.ts';
import { loadWhenIdle, nextTask, type Transport } from '../shared/load.ts';
import { scopedKey } from '../shared/storage.ts';
import type { AttachmentList } from './attachments.ts';
import type { DeviceEraser } from './forget.ts';
import type { Combobox } from './combobox.ts';
import { textField } from './controls.ts';
import { classificationId, takeFallback, type Fallback } from './fallback.ts';
import { DraftController } from './draft.ts';
import { fromDraft, newFormState, toDraft, type Classification, type Draft, type FormFields } from './model.ts';
import { OutboxController } from './outbox-controller.ts';
import type { MoreHost } from './more.ts';
import type { SimilarReports } from './similar.ts';
import type { SubmitHost } from './submit.ts';
import { formStyles } from './lapor-form.styles.ts';

export type { LaporErrorDetail, LaporSubmittedDetail };

/** The fields chosen with a picker (a directory search). */
type PickerField = 'location' | 'origin' | 'institution' | 'category';
type Pickers = Record<PickerField, Combobox>;

/**
 * The citizen's report form for SP4N-LAPOR!: classification, title and body, incident
 * date and location, institution and category, attachments (photos made smaller to fit),
 * privacy, contact and consent; ends with a tracking ID.
 *
 * @tagname lapor-form
 * @summary A complaint, aspiration or information request form that submits to SP4N-LAPOR!.
 *
 * @slot - Fallback content, shown until the element upgrades: a link to lapor.go.id, and optionally the first section as plain fields named `classification`, `title` and `body`, whose values, focus and caret the form takes over (see the widget guide).
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
export class LaporForm extends LaporElement<EntryStrings> {
  static override styles = formStyles;

  static override properties = {
    institution: { type: String },
    noDraft: { type: Boolean, attribute: 'no-draft' },
    noSimilar: { type: Boolean, attribute: 'no-similar' },
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
  /** Do not look for similar public reports ("Mungkin sudah ada laporan serupa") while the citizen writes. */
  noSimilar = false;
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

  /** Replacements for any visible or accessible string: a string, or entries of a group such as `statuses`. */
  declare strings: StringOverrides | undefined;

  protected override indonesian(): EntryStrings {
    return id;
  }

  protected override english(): Promise<EntryStrings> {
    return loadEnglish();
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

  /**
   * One picker per field that takes a directory entry (made with the rest of the form, which
   * shows them); what they pick goes into the fields.
   */
  #pickers: Pickers | undefined;

  #makePickers({ Combobox }: typeof import('./more.ts')): Pickers {
    const picker = (field: PickerField, kind: keyof Transport['sources']) => {
      const box = new Combobox(
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
      box.select(this.#state.fields[field]);
      return box;
    };
    return { location: picker('location', 'regions'), origin: picker('origin', 'regions'), institution: picker('institution', 'institutions'), category: picker('category', 'categories') };
  }

  /** The attachment list is a chunk of its own: made on the first file, or for a restored draft. */
  #attachments: AttachmentList | undefined;
  /** Attachments of a restored draft, until the list is made. */
  #restored: Attachment[] = [];
  /** "Hapus data laporan di perangkat ini", a chunk loaded on that button. */
  #eraser: DeviceEraser | undefined;
  /** The transport chunk once loaded (it also holds the personal-data check). */
  #loaded: Transport | undefined;

  get #uploaded(): Attachment[] {
    return this.#attachments?.uploaded ?? this.#restored;
  }

  async #attachmentList(): Promise<AttachmentList> {
    if (!this.#attachments) {
      const { listFor, fileStyles } = await import('./attachments.ts');
      this.addStyles(fileStyles);
      this.#attachments ??= listFor(this, this.#host);
      void this.#attachments.restore(this.#restored);
      this.requestUpdate();
    }
    return this.#attachments;
  }

  /** The confirmation after sending (a chunk, see `success.ts`) once loaded, and its loading. */
  #success: typeof import('./success.ts') | undefined;
  #successLoading: Promise<unknown> | undefined;
  /** The rest of the form (a chunk, see `more.ts`) once loaded, and its loading. */
  #more: typeof import('./more.ts') | undefined;
  #moreLoading: Promise<unknown> | undefined;
  /** How many groups of the rest of the form are rendered (once it loaded, one or more a task). */
  #moreShown = 0;

  /** What the page's fallback fields held when the element upgraded (see `fallback.ts`). */
  #fallback!: Fallback;

  /** The first connect waits a task before it starts (see `connectedCallback`). */
  #start: 'waiting' | 'started' | undefined;

  override connectedCallback(): void {
    if (this.#start === 'started') return super.connectedCallback();
    if (this.#start === 'waiting') return;
    // The element upgrades while the entry module is evaluated (it defines the element):
    // rendering at once made that evaluation, the first render and the page's first layout
    // one long task. The page's fallback stays shown and typeable until then.
    this.#start = 'waiting';
    void nextTask().then(() => {
      if (!this.isConnected) return void (this.#start = undefined);
      this.#start = 'started';
      this.#started();
    });
  }

  #started(): void {
    // Right before the first render hides them: a value typed there wins over a stored draft.
    this.#fallback = takeFallback(this);
    this.#state.fields = fromDraft({ ...this.#state.fields, ...this.#fallback.typed });
    super.connectedCallback();
    this.#moreLoading ??= import('./more.ts').then(async (more) => {
      // The chunk's evaluation, and each group of the rest of the form (each renders in the
      // microtask after `requestUpdate()`), in tasks that stay short on a slow phone.
      let slice = await more.nextSlice(0);
      this.addStrings({ ...more.idMore, ...more.idSummary });
      this.addStyles(more.moreStyles);
      this.#pickers = this.#makePickers(more);
      this.#more = more;
      await super.getUpdateComplete();
      while (this.#moreShown < more.MORE_GROUPS) {
        slice = await more.nextSlice(slice);
        this.#moreShown++;
        this.requestUpdate();
        await super.getUpdateComplete();
      }
    });
    // Validation and transport (the biggest chunk) only after the rest of the form: started
    // on idle while that chunk is still on its way, it shared a slow connection with it.
    void this.#moreLoading.then(loadWhenIdle, loadWhenIdle);
  }

  /** Resolves once the whole form is rendered, the rest of it included. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (this.#more || !this.#moreLoading) return done;
    // A chunk that cannot load (offline before it was cached) leaves the first section usable.
    await this.#moreLoading.catch(() => undefined);
    return super.getUpdateComplete();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The draft is part of the first render: restored after it, the form rendered twice before its first frame.
    if (!this.hasUpdated) this.#restoreDraft();
  }

  protected override firstUpdated(): void {
    const { typed, focus } = this.#fallback;
    // The citizen was typing in a fallback field: the same field of the form, the caret where it was.
    if (focus) {
      const field = this.renderRoot.querySelector<HTMLInputElement>(`#${focus.id}`);
      field?.focus();
      if (focus.start !== null) field?.setSelectionRange(focus.start, focus.end);
    }
    // Kept in the draft (no new render: the first one showed it).
    if (Object.keys(typed).length) this.#draft.saveSoon(() => this.#snapshot());
    if (this.institution && !this.#state.fields.institution) void this.#preselectInstitution();
    void this.#outbox.flush();
  }

  /** The transport chunk and the client; what the chunk brings (strings, styles) joins the form. */
  async #connect(): ReturnType<LaporElement<EntryStrings>['connection']> {
    const connected = await this.connection();
    if (!this.#loaded) {
      this.#loaded = connected.t;
      this.addStrings(connected.t.idViews);
    }
    return connected;
  }

  async #preselectInstitution(): Promise<void> {
    // The pickers that show it come with the rest of the form; fetched before that chunk
    // arrived, the transport chunk would share a slow connection with it.
    await this.#moreLoading?.catch(() => undefined);
    const { t, client } = await this.#connect();
    const found = await t.institutionOption(client, this.institution);
    if (found && !this.#state.fields.institution) {
      this.#state.fields.institution = found;
      this.#pickers?.institution.select(found);
    }
  }

  // ── the model: drafts, reset, sending ────────────────────────────────────

  /** The draft of what the form holds now. */
  #snapshot(): Draft {
    return toDraft(this.#state.fields, { attachments: this.#uploaded, idempotencyKey: this.#state.idempotencyKey });
  }

  /** "Mungkin sudah ada laporan serupa": a chunk loaded once a title and an area are there (not with `no-similar`). */
  #similar: SimilarReports | undefined;

  /** Every change: saved as a draft shortly, checked again once the citizen tried to send, and looked up for similar reports. */
  #changed(): void {
    const { title, location, origin } = this.#state.fields;
    const region = (location ?? origin)?.value;
    if (!this.noSimilar) {
      // Once loaded, the hint is called directly: no chunk lookup on every key.
      if (this.#similar) this.#similar.look(title, region);
      else if (region && title) {
        void import('./similar.ts').then((m) => {
          if (!this.#similar) {
            this.#similar = new m.SimilarReports(this, () => this.#connect());
            this.addStyles(m.similarStyles);
          }
          this.#similar.look(title, region);
        });
      }
    }
    if (this.#state.submitted) void this.#submission().then(([t, host]) => t.validateForm(host, false));
    if (this.#state.phase === 'editing') this.#draft.saveSoon(() => this.#snapshot());
    this.requestUpdate();
  }

  /** Shows `fields` in the form (the pickers show their choices). */
  #show(fields: FormFields): void {
    this.#state.fields = fields;
    for (const [field, picker] of Object.entries(this.#pickers ?? {})) picker.select(fields[field as PickerField]);
    this.requestUpdate();
  }

  #restoreDraft(): void {
    // Past its days (or drafts turned off): gone, with the files it kept.
    const draft = this.#draft.load(() => void import('../shared/files.ts').then((files) => files.forgetFiles(this.#draft.place().key)));
    if (!draft) return;
    this.#show(fromDraft({ ...draft, ...this.#fallback.typed }));
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

  /** Checking and sending live in the transport chunk; they work on the form's host object. */
  async #submission(): Promise<[Transport, SubmitHost]> {
    return [(await this.#connect()).t, this.#host];
  }

  #submit = (event: SubmitEvent): void => {
    event.preventDefault();
    // A filled honeypot is a bot: nothing is sent (said at once, without loading anything).
    if (this.#honeypot) return this.emit('lapor-error', { code: 'spam_suspected', message: 'honeypot' });
    void this.#submission().then(([t, host]) => t.submit(host));
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

  /** What the controls and the rest of the form read from the form and ask of it. */
  #host = this.#makeHost();

  #makeHost(): MoreHost & SubmitHost {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const form = this;
    return {
      get state() {
        return form.#state;
      },
      get t() {
        return form.t;
      },
      get language() {
        return form.language;
      },
      get pickers() {
        return form.#pickers!;
      },
      get geo() {
        return form.#geo;
      },
      set geo(text) {
        form.#geo = text;
      },
      get attachments() {
        return form.#attachments;
      },
      get drafts() {
        return form.#draft.enabled;
      },
      get rememberDays() {
        return form.rememberDays;
      },
      get privacyUrl() {
        return form.privacyUrl;
      },
      get eraser() {
        return form.#eraser;
      },
      get similar() {
        return form.#similar;
      },
      get endpoint() {
        return form.endpoint;
      },
      get captcha() {
        return form.captcha;
      },
      get locationUnchosen() {
        return !!form.#pickers?.location.query && !form.#state.fields.location;
      },
      get uploaded() {
        return form.#uploaded;
      },
      draft: this.#draft,
      outbox: this.#outbox,
      snapshot: () => this.#snapshot(),
      client: async () => (await this.#connect()).client,
      emit: (type, detail) => this.emit(type, detail),
      confirmation: () =>
        (this.#successLoading ??= import('./success.ts').then((success) => {
          this.addStrings(success.idSuccess);
          this.addStyles(success.successStyles);
          this.#success = success;
        })),
      show: (selector) => {
        this.requestUpdate();
        if (selector) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
      },
      get honeypot() {
        return form.#honeypot;
      },
      set honeypot(value) {
        form.#honeypot = value;
      },
      changed: () => this.#changed(),
      note: (id, value) => (this.#loaded?.exposes(value) ? this.#loaded.exposureNote(this.#host, id) : undefined),
      locate: () => void import('../shared/geo.ts').then((geo) => geo.locate(this.#host)),
      attach: (files, hint) => void this.#attachmentList().then((list) => list.add(files, hint)),
      eraseDevice: () => void this.#eraseDevice(),
    };
  }

  #classificationField() {
    const t = this.t;
    const error = this.#state.errors.get('classification-complaint');
    const choices: Array<[Classification, string, string]> = [
      ['complaint', t.classificationComplaint, t.classificationComplaintHint],
      ['aspiration', t.classificationAspiration, t.classificationAspirationHint],
      ['information_request', t.classificationInformation, t.classificationInformationHint],
    ];
    return html`<fieldset class=${error ? 'has-error' : ''} aria-describedby=${error ? 'classification-error' : nothing}>
      <legend>${t.classificationLegend}</legend>
      ${error ? html`<p class="error-message" id="classification-error">${error}</p>` : nothing}
      ${choices.map(
        ([value, label, hint]) => html`<div class="choice">
          <input
            type="radio"
            name="classification"
            id=${classificationId(value)}
            .value=${value}
            .checked=${this.#state.fields.classification === value}
            aria-describedby="${classificationId(value)}-hint"
            @change=${() => {
              this.#state.fields.classification = value;
              this.#changed();
            }}
          />
          <div>
            <label for=${classificationId(value)}>${label}</label>
            <p class="hint" id="${classificationId(value)}-hint">${hint}</p>
          </div>
        </div>`,
      )}
    </fieldset>`;
  }

  override render() {
    const t = this.t;
    const { fields, errors, phase, notice, created } = this.#state;
    if (phase === 'done' && created) {
      return this.#success
        ? this.#success.successView(t, this.language, created, {
            statusUrl: this.statusUrl,
            notice,
            copied: (message) => {
              this.#state.notice = message;
              this.requestUpdate();
            },
            again: () => this.#reset(),
          })
        : // The confirmation's chunk could not load: the tracking ID, which matters most, still shows.
          html`<section class="success" part="success" aria-labelledby="success-title">
            <h2 id="success-title" tabindex="-1">${t.successTitle}</h2>
            <p>${t.successTrackingLabel}</p>
            <p class="tracking-id" part="tracking-id">${created.trackingId}</p>
          </section>`;
    }
    const host = this.#host;
    return html`<form part="form" novalidate @submit=${this.#submit} aria-busy=${phase === 'sending' ? 'true' : 'false'} @focusin=${this.#warm}>
      <h2>${t.formTitle}</h2>
      <p class="intro">${t.formIntro}${this.#draft.enabled ? ` ${format(t.draftNote, { days: this.draftDays })}` : ''}</p>
      <div class="notice" part="notice" role="status" ?hidden=${!notice}>
        ${notice} ${this.#state.offerDiscard ? html`<button type="button" class="link" @click=${this.#discardDraft}>${t.discardDraft}</button>` : nothing}
      </div>
      ${errors.size && this.#state.submitted && this.#more
        ? this.#more.errorSummary(t, errors, (id) => this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus())
        : nothing}
      ${this.#classificationField()}
      ${textField(host, 'title', { label: t.titleLabel, hint: t.titleHint, max: LIMITS.titleMax, required: true })}
      ${textField(host, 'body', { label: t.bodyLabel, hint: t.bodyHint, type: 'textarea', max: LIMITS.bodyMax, required: true })}
      ${fields.classification === 'complaint'
        ? textField(host, 'incidentDate', { label: t.incidentDateLabel, hint: t.incidentDateHint, type: 'date', required: true })
        : nothing}
      ${this.#more ? this.#more.renderMore(host, this.#moreShown) : html`<div class="more-pending"></div>`}
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
