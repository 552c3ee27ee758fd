import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Attachment, ComplaintCreated, ComplaintInput } from '@lapor/client/contract';
import { format, formStrings, languageOf, loadEnglish, fileSize, withOverrides, type EntryStrings, type Language, type StringOverrides } from '../i18n/index.ts';
import { loadTransport, loadWhenIdle, type Transport } from '../shared/load.ts';
import { scopedKey } from '../shared/storage.ts';
import { VERSION } from '../shared/define.ts';
import type { AttachmentList } from './attachments.ts';
import type { DeviceEraser } from './forget.ts';
import type { SimilarReports } from './similar.ts';
import { Combobox, type Option } from './combobox.ts';
import { loadDraft, loadOutbox, lostConnection, saveDraft, saveOutbox, type Draft, type QueuedReport } from './drafts.ts';
import { formStyles } from './lapor-form.styles.ts';

type Classification = 'complaint' | 'aspiration' | 'information_request';
type Phase = 'editing' | 'sending' | 'done';

const TITLE_MAX = 150;
const BODY_MAX = 5000;
const ATTACHMENTS_MAX = 5;
const ATTACHMENT_BYTES = 2 * 1024 * 1024;

function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}



/** Fired when a report is submitted: `detail.trackingId`. Bubbles out of the shadow root. */
export interface LaporSubmittedDetail {
  trackingId: string;
  status: string;
  dueDates: ComplaintCreated['dueDates'];
}

/** Fired when something goes wrong that the citizen is told about: `detail.code`, `detail.message`. */
export interface LaporErrorDetail {
  code: string;
  message: string;
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
export class LaporForm extends LitElement {
  static override styles = formStyles;
  static readonly version = VERSION;

  static override properties = {
    endpoint: { type: String },
    siteKey: { type: String, attribute: 'site-key' },
    institution: { type: String },
    lang: { type: String },
    noDraft: { type: Boolean, attribute: 'no-draft' },
    noSimilar: { type: Boolean, attribute: 'no-similar' },
    draftDays: { type: Number, attribute: 'draft-days' },
    rememberDays: { type: Number, attribute: 'remember-days' },
    privacyUrl: { type: String, attribute: 'privacy-url' },
    statusUrl: { type: String, attribute: 'status-url' },
    theme: { type: String, reflect: true },
    strings: { attribute: false },
    captcha: { attribute: false },
  };

  /** Base URL of LAPOR!, the sandbox, or the agency's proxy. */
  endpoint = '';
  /** Publishable key (`pk_…`). Leave empty when `endpoint` is a proxy that adds it. */
  siteKey = '';
  /** Id of the host agency's institution, preselected as the suggested addressee. */
  institution = '';
  /** `id` (default) or `en`; else the page's `lang`. */
  override lang = '';
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
  /** `light`, `dark`, or unset to follow the device. */
  theme: 'light' | 'dark' | undefined;
  /** Replacements for any visible or accessible string. */
  strings: StringOverrides | undefined;
  /** Anti-abuse hook: returns a token sent as `captchaToken` with the report. */
  captcha: (() => Promise<string> | string) | undefined;

  #language: Language = 'id';
  #t: EntryStrings = formStrings('id');
  #phase: Phase = 'editing';
  #classification: Classification | '' = '';
  #title = '';
  #body = '';
  #incidentDate = '';
  #address = '';
  #lat: number | undefined;
  #lng: number | undefined;
  #geo = '';
  #anonymous = false;
  #confidential = false;
  #name = '';
  #email = '';
  #phone = '';
  #consent = false;
  #keepContact = false;
  #remember = false;
  #honeypot = '';
  #errors = new Map<string, string>();
  #notice = '';
  #noticeAction: TemplateResult | typeof nothing = nothing;
  #created: ComplaintCreated | undefined;
  #idempotencyKey: string | undefined;
  #submitted = false;
  #draftTimer: ReturnType<typeof setTimeout> | undefined;

  #location = new Combobox(this, 'location', (q) => this.#search('regions', q), () => this.#changed());
  #origin = new Combobox(this, 'origin', (q) => this.#search('regions', q), () => this.#changed());
  #institution = new Combobox(this, 'institution', (q) => this.#search('institutions', q), () => this.#changed());
  #category = new Combobox(this, 'category', (q) => this.#search('categories', q), () => this.#changed());
  /** The attachment list is a chunk of its own: made on the first file, or for a restored draft. */
  #attachments: AttachmentList | undefined;
  #restored: Attachment[] = [];
  /** "Hapus data laporan di perangkat ini", a chunk loaded on that button. */
  #eraser: DeviceEraser | undefined;

  /** Days a draft is kept: none with `no-draft`. */
  get #draftDays(): number {
    return this.noDraft ? 0 : this.draftDays;
  }

  get #uploaded(): Attachment[] {
    return this.#attachments?.uploaded ?? this.#restored;
  }

  async #attachmentList(): Promise<AttachmentList> {
    if (!this.#attachments) {
      const { AttachmentList } = await import('./attachments.ts');
      this.#attachments ??= new AttachmentList(
        this,
        { max: ATTACHMENTS_MAX, bytes: ATTACHMENT_BYTES },
        () => this.#uploader(),
        () => this.#changed(),
        this.#draftDays > 0 ? this.#draftKey : undefined,
      );
      void this.#attachments.restore(this.#restored);
      this.requestUpdate();
    }
    return this.#attachments;
  }

  #online = () => {
    void this.#flushOutbox();
    void this.#attachments?.retryWaiting();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('online', this.#online);
    loadWhenIdle();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('online', this.#online);
    clearTimeout(this.#draftTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang') || changed.has('strings') || !this.hasUpdated) {
      this.#language = languageOf(this, this.lang);
      this.#t = withOverrides(formStrings(this.#language), this.strings);
      if (this.#language === 'en') {
        void loadEnglish().then((table) => {
          this.#t = withOverrides<EntryStrings>(table, this.strings);
          this.requestUpdate();
        });
      }
    }
  }

  protected override firstUpdated(): void {
    this.#restoreDraft();
    if (this.institution && !this.#institution.selected) void this.#preselectInstitution();
    void this.#flushOutbox();
  }

  // ── data sources (through the transport chunk) ─────────────────────────────

  #client: ReturnType<Transport['createClient']> | undefined;
  #clientKey = '';

  /** The transport chunk once loaded (it also holds the views shown after submitting). */
  #loaded: Transport | undefined;

  async #transport(): Promise<{ t: Transport; client: ReturnType<Transport['createClient']> }> {
    const t = await loadTransport();
    this.#loaded = t;
    const key = `${this.endpoint}|${this.siteKey}|${this.#language}`;
    if (!this.#client || key !== this.#clientKey) {
      this.#client = t.createClient({ endpoint: this.endpoint, ...(this.siteKey ? { siteKey: this.siteKey } : {}), locale: this.#language });
      this.#clientKey = key;
    }
    return { t, client: this.#client };
  }

  async #search(kind: keyof Transport['sources'], q: string): Promise<Option[]> {
    const { t, client } = await this.#transport();
    return t.sources[kind](client, q);
  }

  async #preselectInstitution(): Promise<void> {
    const { t, client } = await this.#transport();
    const found = await t.institutionOption(client, this.institution);
    if (found && !this.#institution.selected) this.#institution.select(found);
  }

  async #uploader() {
    const { client } = await this.#transport();
    return (file: File, options: { signal: AbortSignal; onProgress: (percent: number) => void }) =>
      client.attachments.upload(file, { signal: options.signal, onProgress: (p) => options.onProgress(p.percent) });
  }

  // ── drafts and the outbox ──────────────────────────────────────────────────

  get #draftKey(): string {
    return scopedKey('draft', this.endpoint, this.siteKey, this.institution);
  }

  get #outboxKey(): string {
    return scopedKey('outbox', this.endpoint, this.siteKey);
  }

  /** "Mungkin sudah ada laporan serupa": a chunk loaded once a title and an area are there (not with `no-similar`). */
  #similar: SimilarReports | undefined;

  #changed(): void {
    const region = (this.#location.selected ?? this.#origin.selected)?.value;
    if (!this.noSimilar && (this.#similar || (region && this.#title))) void import('./similar.ts').then((m) => (this.#similar ??= new m.SimilarReports(this, () => this.#transport())).look(this.#title, region));
    if (this.#submitted) void this.#validate(false);
    if (!(this.#draftDays > 0) || this.#phase !== 'editing') return;
    clearTimeout(this.#draftTimer);
    this.#draftTimer = setTimeout(() => saveDraft(this.#draftKey, this.#snapshot()), 400);
  }

  /** What the form holds; the contact details only when the citizen chose to keep them (or `all`, to send). */
  #snapshot(all = false): Draft {
    const contact = all || this.#keepContact;
    return {
      classification: this.#classification,
      title: this.#title,
      body: this.#body,
      incidentDate: this.#incidentDate,
      location: this.#location.selected,
      address: this.#address,
      lat: this.#lat,
      lng: this.#lng,
      origin: this.#origin.selected,
      institution: this.#institution.selected,
      category: this.#category.selected,
      attachments: this.#uploaded,
      anonymous: this.#anonymous,
      confidential: this.#confidential,
      name: contact ? this.#name : '',
      email: contact ? this.#email : '',
      phone: contact ? this.#phone : '',
      keepContact: this.#keepContact,
      remember: this.#remember,
      idempotencyKey: this.#idempotencyKey,
      savedAt: new Date().toISOString(),
    };
  }

  #restoreDraft(): void {
    // Past its days (or drafts turned off): gone, with the files it kept.
    const draft = loadDraft(this.#draftKey, this.#draftDays, () => void import('../shared/files.ts').then((files) => files.forgetFiles(this.#draftKey)));
    if (!draft) return;
    this.#classification = (['complaint', 'aspiration', 'information_request'].includes(draft.classification) ? draft.classification : '') as Classification | '';
    this.#title = draft.title;
    this.#body = draft.body;
    this.#incidentDate = draft.incidentDate;
    this.#location.select(draft.location);
    this.#address = draft.address;
    this.#lat = draft.lat;
    this.#lng = draft.lng;
    this.#origin.select(draft.origin);
    this.#institution.select(draft.institution);
    this.#category.select(draft.category);
    this.#restored = draft.attachments ?? [];
    // Also brings back the files that were waiting for a connection.
    void this.#attachmentList();
    this.#anonymous = draft.anonymous;
    this.#confidential = draft.confidential;
    this.#name = draft.name;
    this.#email = draft.email;
    this.#phone = draft.phone;
    this.#keepContact = !!draft.keepContact;
    this.#remember = !!draft.remember;
    this.#idempotencyKey = draft.idempotencyKey;
    this.#notice = this.#t.draftRestored;
    this.#noticeAction = html`<button type="button" class="link" @click=${this.#discardDraft}>${this.#t.discardDraft}</button>`;
    this.requestUpdate();
  }

  #discardDraft = (): void => {
    saveDraft(this.#draftKey, undefined);
    this.#reset();
  };

  #reset(): void {
    this.#classification = '';
    this.#title = this.#body = this.#incidentDate = this.#address = this.#name = this.#email = this.#phone = this.#geo = '';
    this.#lat = this.#lng = undefined;
    this.#anonymous = this.#confidential = this.#consent = this.#keepContact = this.#remember = false;
    for (const box of [this.#location, this.#origin, this.#category]) box.select(undefined);
    this.#institution.select(undefined);
    if (this.institution) void this.#preselectInstitution();
    this.#restored = [];
    void this.#attachments?.forget();
    this.#errors.clear();
    this.#submitted = false;
    this.#notice = '';
    this.#noticeAction = nothing;
    this.#created = undefined;
    this.#idempotencyKey = undefined;
    this.#phase = 'editing';
    this.requestUpdate();
  }

  #flushing = false;

  async #flushOutbox(): Promise<void> {
    if (!loadOutbox(this.#outboxKey).length || !this.endpoint || this.#flushing) return;
    this.#noticeAction = nothing;
    // Still offline (also right after a reload): say that the report waits on the device.
    this.#notice = navigator.onLine ? this.#t.outboxSending : this.#t.offlineQueued;
    this.requestUpdate();
    if (!navigator.onLine) return;
    this.#flushing = true;
    try {
      const [{ client }, { sendOutbox }] = await Promise.all([this.#transport(), import('./outbox.ts')]);
      const sent = await sendOutbox(
        client,
        this.#outboxKey,
        (created, report) => this.#succeeded(created, report.input, report.remember),
        // Refused for good: the citizen still has the draft to fix, nothing is lost.
        (error) => this.#fail(error),
      );
      if (!sent) {
        this.#notice = this.#t.offlineQueued;
        this.requestUpdate();
      }
    } finally {
      this.#flushing = false;
    }
  }

  // ── validation and submission ─────────────────────────────────────────────

  /** The report to send (through the transport chunk, which holds the mapping). */
  #input(): ComplaintInput {
    return this.#loaded!.complaintOf(this.#snapshot(true));
  }

  /** Checks everything with the contract; fills the error map; true when valid. */
  async #validate(focusSummary: boolean): Promise<boolean> {
    const { t } = await this.#transport();
    const result = t.validate(t.complaintInput, this.#input(), { locale: this.#language });
    this.#errors.clear();
    if (!result.success) {
      for (const issue of result.issues) {
        const field = t.FIELD_OF[issue.path] ?? t.FIELD_OF[issue.path.replace(/\.\d+$/, '')] ?? 'title';
        if (!this.#errors.has(field)) this.#errors.set(field, issue.message);
      }
    }
    if (this.#location.query && !this.#location.selected) this.#errors.set('location', this.#errors.get('location') ?? this.#t.locationHint);
    const later = t.laterStrings(this.#t);
    if (this.#attachments?.refused) this.#errors.set('attachments', later.uploadRefused);
    if (this.#attachments?.error) this.#errors.set('attachments', this.#attachments.error);
    if (!this.#consent) this.#errors.set('consent', later.consentRequired);
    this.requestUpdate();
    if (this.#errors.size && focusSummary) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
    }
    return this.#errors.size === 0;
  }

  #submit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.#phase === 'sending') return;
    // A filled honeypot is a bot: nothing is sent.
    if (this.#honeypot) {
      this.#emit(new CustomEvent('lapor-error', { detail: { code: 'spam_suspected', message: 'honeypot' }, bubbles: true, composed: true }));
      return;
    }
    // Already waiting in the outbox (with its files): sending again means "try now", never a
    // second, different report under the same idempotency key.
    if (loadOutbox(this.#outboxKey).some((r) => r.idempotencyKey === this.#idempotencyKey)) return this.#flushOutbox();
    this.#submitted = true;
    const list = this.#attachments;
    if (list?.busy) {
      this.#errors.set('attachments', this.#t.uploading);
      this.requestUpdate();
      return;
    }
    if (list?.waiting.length && navigator.onLine) await list.retryWaiting();
    if (!(await this.#validate(true))) return;
    const input = this.#input();
    this.#idempotencyKey ??= crypto.randomUUID();
    // Files still waiting for the connection: the report waits with them, not sent without them.
    if (list?.waiting.length) return this.#queue(input, await list.queue());
    this.#phase = 'sending';
    this.#notice = this.#t.sending;
    this.#noticeAction = nothing;
    this.requestUpdate();
    try {
      const captchaToken = this.captcha ? await this.captcha() : undefined;
      if (captchaToken) input.captchaToken = captchaToken;
      const { client } = await this.#transport();
      const created = await client.complaints.create(input, { idempotencyKey: this.#idempotencyKey });
      this.#succeeded(created, input, this.#remember);
    } catch (error) {
      if (lostConnection(error)) {
        this.#queue(input);
      } else {
        this.#phase = 'editing';
        this.#fail(error);
      }
    }
  };

  #queue(input: ComplaintInput, files?: string[]): void {
    const report: QueuedReport = { idempotencyKey: this.#idempotencyKey!, input, files, remember: this.#remember, queuedAt: new Date().toISOString() };
    saveOutbox(this.#outboxKey, [...loadOutbox(this.#outboxKey).filter((r) => r.idempotencyKey !== report.idempotencyKey), report]);
    // The draft keeps the key at once, so that sending again after a reload is this report.
    if (this.#draftDays > 0) saveDraft(this.#draftKey, this.#snapshot());
    this.#phase = 'editing';
    this.#notice = this.#t.offlineQueued;
    this.#noticeAction = nothing;
    this.#emit(new CustomEvent('lapor-error', { detail: { code: 'queued_offline', message: this.#t.offlineQueued }, bubbles: true, composed: true }));
    this.requestUpdate();
  }

  #fail(error: unknown): void {
    const issues = (error as { issues?: Array<{ path: string; message: string }> }).issues;
    if (issues?.length) {
      this.#errors.clear();
      for (const issue of issues) this.#errors.set(this.#loaded?.FIELD_OF[issue.path] ?? 'title', issue.message);
      this.#notice = '';
      this.requestUpdate();
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus());
    } else {
      const detail = (error as { problem?: { detail?: string; title?: string } }).problem;
      this.#notice = format(this.#loaded!.laterStrings(this.#t).serverError, { detail: detail?.detail ?? detail?.title ?? (error as Error).message });
      this.requestUpdate();
    }
    this.#emit(new CustomEvent('lapor-error', { detail: { code: (error as { code?: string }).code ?? 'error', message: (error as Error).message }, bubbles: true, composed: true }));
  }

  #succeeded(created: ComplaintCreated, input: ComplaintInput, remember: boolean): void {
    if (remember && this.rememberDays > 0) {
      this.#loaded!.rememberReport(this.endpoint, {
        trackingId: created.trackingId,
        reporterToken: created.reporterToken,
        title: input.title,
        createdAt: created.createdAt,
        keepUntil: Date.now() + this.rememberDays * 86_400_000,
      });
    }
    saveDraft(this.#draftKey, undefined);
    clearTimeout(this.#draftTimer);
    this.#created = created;
    this.#phase = 'done';
    this.#notice = '';
    this.requestUpdate();
    this.#emit(
      new CustomEvent('lapor-submitted', {
        detail: { trackingId: created.trackingId, status: created.status, dueDates: created.dueDates },
        bubbles: true,
        composed: true,
      }),
    );
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.success h2')?.focus());
  }

  #emit(event: CustomEvent<LaporSubmittedDetail | LaporErrorDetail>): void {
    this.dispatchEvent(event);
  }

  #locate = async (): Promise<void> => {
    this.#geo = this.#t.locating;
    this.requestUpdate();
    try {
      const { currentPosition } = await import('../shared/geo.ts');
      ({ lat: this.#lat, lng: this.#lng } = await currentPosition());
      this.#geo = format(this.#t.located, { lat: this.#lat, lng: this.#lng });
      this.#changed();
    } catch {
      this.#geo = this.#t.locationFailed;
    }
    this.requestUpdate();
  };

  // ── rendering ─────────────────────────────────────────────────────────────

  #text(id: string, value: string, set: (v: string) => void, opts: { label: string; hint?: string; type?: string; max?: number; required?: boolean; autocomplete?: string; inputmode?: string }) {
    const error = this.#errors.get(id);
    // A title or body of a public report that seems to hold personal data gets a note (from the transport chunk).
    const exposed = opts.max && !this.#confidential && this.#loaded?.exposes(value);
    const describedBy = [opts.hint ? `${id}-hint` : '', opts.max ? `${id}-count` : '', exposed ? `${id}-exposure` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
    const onInput = (event: Event) => {
      set((event.target as HTMLInputElement).value);
      this.#changed();
      this.requestUpdate();
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
      <label for=${id} part="label">${opts.label}${opts.required ? nothing : html` <span class="optional">(${this.#t.optional})</span>`}</label>
      ${opts.hint ? html`<p class="hint" id="${id}-hint" part="hint">${opts.hint}</p>` : nothing}
      ${error ? html`<p class="error-message" id="${id}-error">${error}</p>` : nothing}
      ${control}
      ${opts.max
        ? html`<p class="count ${value.length > opts.max ? 'over' : ''}" id="${id}-count" aria-live="polite">
            ${format(this.#t.characters, { count: value.length, max: opts.max })}
          </p>`
        : nothing}
      ${exposed ? this.#loaded!.exposureNote(this.#t, id, this.#markConfidential) : nothing}
    </div>`;
  }

  #markConfidential = async (): Promise<void> => {
    this.#confidential = true;
    this.#changed();
    this.requestUpdate();
    await this.updateComplete;
    // The note is gone: focus goes to the choice it made, now ticked.
    this.renderRoot.querySelector<HTMLElement>('#confidential')?.focus();
  };

  /** Loads the transport chunk on the first focus, and renders again with what it brings (the personal-data note). */
  #warm = (): void => {
    if (!this.#loaded) void this.#transport().then(() => this.requestUpdate());
  };

  #eraseDevice = async (): Promise<void> => {
    const { DeviceEraser } = await import('./forget.ts');
    this.#eraser ??= new DeviceEraser(this, () => this.#outboxKey, () => this.#reset());
    await this.#eraser.begin();
  };

  #checkbox(id: string, checked: boolean, set: (v: boolean) => void, label: string, hint?: string) {
    const error = this.#errors.get(id);
    return html`<div class="choice ${error ? 'has-error' : ''}">
      <input
        type="checkbox"
        id=${id}
        .checked=${checked}
        aria-describedby=${[hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing}
        aria-invalid=${error ? 'true' : 'false'}
        @change=${(event: Event) => {
          set((event.target as HTMLInputElement).checked);
          this.#changed();
          this.requestUpdate();
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
    const t = this.#t;
    const error = this.#errors.get('classification-complaint');
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
            id=${value === 'complaint' ? 'classification-complaint' : id(value)}
            .value=${value}
            .checked=${this.#classification === value}
            aria-describedby="${id(value)}-hint"
            @change=${() => {
              this.#classification = value;
              this.#changed();
              this.requestUpdate();
            }}
          />
          <div>
            <label for=${value === 'complaint' ? 'classification-complaint' : id(value)}>${label}</label>
            <p class="hint" id="${id(value)}-hint">${hint}</p>
          </div>
        </div>`,
      )}
    </fieldset>`;
  }

  #attachmentsField() {
    const t = this.#t;
    const list = this.#attachments;
    const error = this.#errors.get('attachments');
    const hint = format(t.attachmentsHint, { max: ATTACHMENTS_MAX, size: fileSize(ATTACHMENT_BYTES, this.#language) });
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
          accept="image/*,.pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.txt,audio/*,video/*"
          aria-describedby="attachments-hint${error ? ' attachments-error' : ''}"
          ?disabled=${(list?.items.length ?? 0) >= ATTACHMENTS_MAX}
          @change=${(event: Event) => {
            const input = event.target as HTMLInputElement;
            pick(input.files);
            input.value = '';
          }}
        />
        <span class="hint">${t.dropFiles}</span>
      </div>
      ${list?.render(t, this.#language) ?? nothing}
    </div>`;
  }

  override render() {
    const t = this.#t;
    const views = this.#loaded;
    if (this.#phase === 'done' && this.#created && views) {
      return views.successView(t, this.#language, this.#created, {
        statusUrl: this.statusUrl,
        notice: this.#notice,
        copied: (message) => {
          this.#notice = message;
          this.requestUpdate();
        },
        again: () => this.#reset(),
      });
    }
    const complaint = this.#classification === 'complaint';
    const sending = this.#phase === 'sending';
    const summary = this.#errors.size;
    const drafts = this.#draftDays > 0;
    return html`<form part="form" novalidate @submit=${this.#submit} aria-busy=${sending ? 'true' : 'false'} @focusin=${this.#warm}>
      <h2>${t.formTitle}</h2>
      <p class="intro">${t.formIntro}${drafts ? ` ${format(t.draftNote, { days: this.#draftDays })}` : ''}</p>
      <div class="notice" part="notice" role="status" ?hidden=${!this.#notice}>${this.#notice} ${this.#noticeAction}</div>
      ${summary && this.#submitted && views
        ? views.errorSummary(t, this.#errors, (id) => this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus())
        : nothing}
      ${this.#classificationField()}
      ${this.#text('title', this.#title, (v) => (this.#title = v), { label: t.titleLabel, hint: t.titleHint, max: TITLE_MAX, required: true })}
      ${this.#text('body', this.#body, (v) => (this.#body = v), { label: t.bodyLabel, hint: t.bodyHint, type: 'textarea', max: BODY_MAX, required: true })}
      ${complaint
        ? this.#text('incidentDate', this.#incidentDate, (v) => (this.#incidentDate = v), { label: t.incidentDateLabel, hint: t.incidentDateHint, type: 'date', required: true })
        : nothing}
      ${complaint || this.#classification === ''
        ? html`${this.#location.render(t, { label: t.locationLabel, hint: t.locationHint, error: this.#errors.get('location'), required: complaint })}
            ${this.#text('address', this.#address, (v) => (this.#address = v), { label: t.addressLabel, hint: t.addressHint, autocomplete: 'street-address' })}
            <div class="field geo">
              <p class="hint" id="geo-hint">${t.geoHint}</p>
              <button type="button" class="secondary" part="button" aria-describedby="geo-hint" @click=${this.#locate}>${t.useMyLocation}</button>
              <p class="hint" role="status">${this.#geo}</p>
            </div>`
        : this.#origin.render(t, { label: t.originLabel, hint: t.originHint, error: this.#errors.get('origin'), required: true })}
      ${this.#similar?.render(t, this.#language)}
      ${this.#institution.render(t, { label: t.institutionLabel, hint: t.institutionHint, error: this.#errors.get('institution') })}
      ${this.#category.render(t, { label: t.categoryLabel, hint: t.categoryHint, error: this.#errors.get('category') })}
      ${this.#attachmentsField()}
      <fieldset>
        <legend>${t.privacyLegend}</legend>
        ${this.#checkbox('anonymous', this.#anonymous, (v) => (this.#anonymous = v), t.anonymousLabel, t.anonymousHint)}
        ${this.#checkbox('confidential', this.#confidential, (v) => (this.#confidential = v), t.confidentialLabel, t.confidentialHint)}
      </fieldset>
      <fieldset aria-describedby="reporter-hint">
        <legend>${t.reporterLegend}</legend>
        <p class="hint" id="reporter-hint">${t.reporterHint}</p>
        ${this.#text('name', this.#name, (v) => (this.#name = v), { label: t.nameLabel, required: true, autocomplete: 'name' })}
        ${this.#text('email', this.#email, (v) => (this.#email = v), { label: t.emailLabel, type: 'email', autocomplete: 'email' })}
        ${this.#text('phone', this.#phone, (v) => (this.#phone = v), { label: t.phoneLabel, hint: t.phoneHint, type: 'tel', autocomplete: 'tel', inputmode: 'tel' })}
        ${drafts ? this.#checkbox('keepContact', this.#keepContact, (v) => (this.#keepContact = v), t.keepContactLabel, t.keepContactHint) : nothing}
      </fieldset>
      <div class="honeypot" aria-hidden="true">
        <label for="website">Website</label>
        <input id="website" type="text" tabindex="-1" autocomplete="off" .value=${this.#honeypot} @input=${(e: Event) => (this.#honeypot = (e.target as HTMLInputElement).value)} />
      </div>
      ${this.rememberDays > 0 ? this.#checkbox('remember', this.#remember, (v) => (this.#remember = v), format(t.rememberLabel, { days: this.rememberDays }), t.rememberHint) : nothing}
      ${this.#checkbox('consent', this.#consent, (v) => (this.#consent = v), t.consentLabel)}
      ${/^(https?:|\/)/.test(this.privacyUrl)
        ? html`<p><a href=${this.privacyUrl} target="_blank" rel="noopener">${t.privacyLink}</a></p>`
        : nothing}
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
