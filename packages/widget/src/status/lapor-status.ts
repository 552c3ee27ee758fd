import { html, nothing, type PropertyValues } from 'lit';
import type { LaporConnection } from '@lapor/client';
import { STATUS_GROUP_LABELS, statusGroup, type PublicComplaint, type ReporterComplaint, type TimelineEvent } from '@lapor/client/contract';
import { format, loadEnglish, type EntryStrings, type StatusEntryStrings } from '../i18n/index.ts';
import { id } from '../i18n/id.ts';
import { idStatus } from '../i18n/id-status.ts';
import { LaporElement } from '../shared/element.ts';
import { rememberedReports, tokenFor } from '../shared/reports.ts';
import { statusStyles } from './lapor-status.styles.ts';
import type { PanelHost, StatusCalls } from './panel-host.ts';
import type { RatingPanel } from './rating.ts';
import type { RecoveryPanel } from './recovery.ts';

type View = PublicComplaint | ReporterComplaint;

/**
 * Follow a report by tracking ID: status in words, the institution, working-day
 * deadlines and the timeline; the reporter can reply when their token is on this device.
 *
 * @tagname lapor-status
 * @summary Looks up a SP4N-LAPOR! report by tracking ID.
 *
 * @event lapor-error - A lookup or reply failed; `detail: { code, message }`.
 *
 * @csspart form - The lookup form.
 * @csspart input - The tracking ID input and the reply box.
 * @csspart button - Buttons.
 * @csspart report - The report shown.
 * @csspart status - The status badge.
 * @csspart status-group - The public group of the status (Menunggu, Diproses, Selesai), next to the badge.
 * @csspart timeline - The timeline list.
 * @csspart rating - The reporter's rating of a closed report (a form, then the rating given).
 * @csspart recovery - The panel that opens a report sent from another device.
 *
 * @cssproperty --lapor-color-primary - Buttons, links and accents.
 * @cssproperty --lapor-color-text - Text.
 * @cssproperty --lapor-color-background - Background.
 * @cssproperty --lapor-color-surface - Panels.
 * @cssproperty --lapor-radius - Corner radius.
 * @cssproperty --lapor-font-family - Font (inherits from the page by default).
 */
export class LaporStatus extends LaporElement<EntryStrings & StatusEntryStrings> {
  static override styles = statusStyles;

  static override properties = {
    trackingId: { type: String, attribute: 'tracking-id' },
  };

  /** A tracking ID to show at once (e.g. from the page's query string). */
  trackingId = '';

  protected override indonesian(): EntryStrings & StatusEntryStrings {
    return { ...id, ...idStatus };
  }

  protected override english(): Promise<EntryStrings & StatusEntryStrings> {
    return loadEnglish();
  }

  #query = '';
  #error = '';
  #loading = false;
  #report: View | undefined;
  #events: TimelineEvent[] = [];
  #reply = '';
  #replyError = '';
  #replyNotice = '';
  // Rating and recovery are chunks of their own, loaded when first needed.
  #rating: RatingPanel | undefined;
  #recovery: RecoveryPanel | undefined;
  /** Tokens recovered on this page without remembering them on the device. */
  #tokens = new Map<string, string>();
  readonly #panelHost: PanelHost = {
    endpoint: () => this.endpoint,
    update: async (focus) => {
      this.requestUpdate();
      await this.updateComplete;
      if (focus) this.renderRoot.querySelector<HTMLElement>(focus)?.focus();
    },
    strings: () => this.t,
    calls: () => this.#calls(),
    open: (trackingId) => {
      this.#query = trackingId;
      return this.#lookup();
    },
    keepToken: (trackingId, token) => void this.#tokens.set(trackingId, token),
  };

  #token(trackingId: string): string | undefined {
    return tokenFor(this.endpoint, trackingId) ?? this.#tokens.get(trackingId);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('trackingId') && this.trackingId) {
      this.#query = this.trackingId;
      void this.#lookup();
    }
  }

  /** A connection for the element, and the status calls (a chunk that comes after the transport chunk). */
  async #calls(): Promise<{ client: LaporConnection; calls: StatusCalls }> {
    const { t, client } = await this.connection();
    return { client, calls: await t.statusCalls() };
  }

  async #lookup(): Promise<void> {
    const { client, calls } = await this.#calls();
    // Citizens copy the ID as LAPOR! prints it, "#1916449"; the number is what counts.
    const check = calls.validate(calls.trackingId, this.#query.trim().replace(/^#\s*/, ''), { locale: this.language });
    if (!check.success) {
      this.#error = check.issues[0]!.message;
      this.#report = undefined;
      this.requestUpdate();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#tracking')?.focus();
      return;
    }
    const id = check.data;
    this.#error = '';
    this.#loading = true;
    this.#replyNotice = '';
    this.requestUpdate();
    const reporterToken = this.#token(id);
    try {
      const options = reporterToken ? { reporterToken } : {};
      this.#report = await calls.getComplaint(client, id, options);
      this.#events = await calls.complaintEvents(client, id, options).toArray({ limit: 200 });
      if (this.#report.view === 'reporter' && this.#report.status === 'closed' && !this.#rating) {
        const { RatingPanel } = await import('./rating.ts');
        this.#rating = new RatingPanel(this.#panelHost);
      }
    } catch (error) {
      this.#report = undefined;
      const status = (error as { status?: number }).status;
      this.#error = status === 404 ? this.t.statusNotFound : ((error as { problem?: { detail?: string } }).problem?.detail ?? (error as Error).message);
      this.emit('lapor-error', { code: (error as { code?: string }).code ?? 'error', message: this.#error });
    } finally {
      this.#loading = false;
      this.requestUpdate();
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(this.#report ? '.report h2' : '#tracking')?.focus();
  }

  async #sendReply(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const report = this.#report;
    const token = report && this.#token(report.trackingId);
    if (!report || !token) return;
    const { client, calls } = await this.#calls();
    const check = calls.validate(calls.replyInput, { body: this.#reply }, { locale: this.language });
    if (!check.success) {
      this.#replyError = check.issues[0]!.message;
      this.requestUpdate();
      return;
    }
    try {
      await calls.replyToComplaint(client, report.trackingId, { body: this.#reply }, { reporterToken: token });
      this.#reply = '';
      this.#replyError = '';
      await this.#lookup();
      this.#replyNotice = this.t.replySent;
    } catch (error) {
      this.#replyError = (error as { problem?: { detail?: string } }).problem?.detail ?? (error as Error).message;
    }
    this.requestUpdate();
  }

  readonly #openRecovery = async (): Promise<void> => {
    if (this.#recovery?.open) return this.#recovery.close();
    const { RecoveryPanel } = await import('./recovery.ts');
    this.#recovery ??= new RecoveryPanel(this.#panelHost);
    await this.#recovery.show(this.#query);
  };

  #date(iso: string | null | undefined, withTime = false): string {
    if (!iso) return '';
    const date = new Date(iso.length === 10 ? `${iso}T12:00:00` : iso);
    return date.toLocaleString(this.language === 'en' ? 'en-GB' : 'id-ID', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}),
    });
  }

  #eventText(event: TimelineEvent): string {
    const t = this.t;
    const template = (t.events as Record<string, string>)[event.type] ?? event.type;
    const data = event as Record<string, unknown>;
    // A hold without a reason reads "Ditunda", not "Ditunda: ".
    return format(template, {
      institution: (data.institution as { name?: string } | undefined)?.name ?? '',
      // The reason from LAPOR!'s list, and the admin's note on what exactly is missing.
      reason: [data.reason, data.note].filter((part) => typeof part === 'string' && part).join(' — '),
      rating: typeof data.rating === 'number' ? data.rating : '',
    }).replace(/: $/, '');
  }

  #renderReport(report: View) {
    const t = this.t;
    const status = (t.statuses as Record<string, string>)[report.status] ?? report.status;
    // The tab lapor.go.id lists the report under (Menunggu, Diproses, Selesai).
    const group = statusGroup(report.status);
    const due: Array<[string, string | undefined]> = [
      [t.dueVerification, report.status === 'submitted' || report.status === 'on_hold' ? report.dueDates.verification : undefined],
      [t.dueFollowUp, report.dueDates.followUp],
      [t.dueAutoClose, report.dueDates.autoClose],
      [t.dueEscalation, ['closed', 'archived', 'escalated'].includes(report.status) ? undefined : report.dueDates.escalation],
    ];
    // On hold, the reporter's reply is how the missing information reaches LAPOR!.
    const canReply = report.view === 'reporter' && ['on_hold', 'forwarded', 'followed_up'].includes(report.status);
    return html`<article class="report" part="report" aria-labelledby="report-title">
      <p>${(t.classifications as Record<string, string>)[report.classification] ?? report.classification} · #${report.trackingId}</p>
      <h2 id="report-title" tabindex="-1">${report.title}</h2>
      <p>
        <span class="badge" part="status">${status}</span>
        ${group ? html`<span class="group" part="status-group">${format(t.statusGroup, { group: STATUS_GROUP_LABELS[group][this.language] })}</span>` : nothing}
      </p>
      ${report.view === 'reporter' && report.confidential ? html`<p class="notice">${t.statusConfidential}</p>` : nothing}
      <dl>
        <dt>${t.statusInstitution}</dt>
        <dd>${report.institution?.name ?? t.statusNoInstitution}</dd>
        <dt>${t.statusSubmittedAt}</dt>
        <dd>${this.#date(report.createdAt, true)}</dd>
        ${due.filter(([, date]) => date).map(([label, date]) => html`<dt>${label}</dt><dd>${this.#date(date)}</dd>`)}
      </dl>
      <p class="message">${report.body}</p>
      <h3>${t.timelineTitle}</h3>
      <ol class="timeline" part="timeline">
        ${this.#events.map(
          (event) => html`<li>
            <time datetime=${event.at}>${this.#date(event.at, true)}</time>
            <strong>${this.#eventText(event)}</strong>
            ${typeof (event as { message?: unknown }).message === 'string' ? html`<p class="message">${(event as { message: string }).message}</p>` : nothing}
          </li>`,
        )}
      </ol>
      ${canReply
        ? html`<form @submit=${this.#sendReply} novalidate>
            <div class="field ${this.#replyError ? 'has-error' : ''}">
              <label for="reply">${t.replyLabel}</label>
              <p class="hint" id="reply-hint">${t.replyHint}</p>
              ${this.#replyError ? html`<p class="error-message" id="reply-error">${this.#replyError}</p>` : nothing}
              <textarea
                id="reply"
                part="input"
                rows="4"
                .value=${this.#reply}
                aria-describedby="reply-hint${this.#replyError ? ' reply-error' : ''}"
                aria-invalid=${this.#replyError ? 'true' : 'false'}
                @input=${(e: Event) => (this.#reply = (e.target as HTMLTextAreaElement).value)}
              ></textarea>
            </div>
            <button type="submit" part="button">${t.replySend}</button>
          </form>`
        : nothing}
      <p role="status">${this.#replyNotice}</p>
      ${report.view === 'reporter' ? (this.#rating?.render(report, this.#token(report.trackingId)) ?? nothing) : nothing}
    </article>`;
  }

  override render() {
    const t = this.t;
    const mine = this.endpoint ? rememberedReports(this.endpoint) : [];
    return html`<section aria-labelledby="status-title">
      <h2 id="status-title">${t.statusTitle}</h2>
      <form
        class="lookup"
        part="form"
        novalidate
        @submit=${(event: Event) => {
          event.preventDefault();
          void this.#lookup();
        }}
      >
        <div class="field ${this.#error ? 'has-error' : ''}">
          <label for="tracking">${t.statusLookupLabel}</label>
          <p class="hint" id="tracking-hint">${t.statusLookupHint}</p>
          ${this.#error ? html`<p class="error-message" id="tracking-error">${this.#error}</p>` : nothing}
          <input
            id="tracking"
            part="input"
            inputmode="numeric"
            autocomplete="off"
            .value=${this.#query}
            aria-describedby="tracking-hint${this.#error ? ' tracking-error' : ''}"
            aria-invalid=${this.#error ? 'true' : 'false'}
            @input=${(e: Event) => (this.#query = (e.target as HTMLInputElement).value)}
          />
        </div>
        <button type="submit" part="button">${t.statusLookup}</button>
      </form>
      <p>
        <button type="button" class="link" aria-expanded=${this.#recovery?.open ? 'true' : 'false'} @click=${this.#openRecovery}>${t.recoveryOpen}</button>
      </p>
      ${this.#recovery?.render() ?? nothing}
      ${mine.length
        ? html`<nav aria-label=${t.myReports}>
            <p class="hint">${t.myReports}</p>
            <div class="mine">
              ${mine.map(
                (r) =>
                  html`<button
                    type="button"
                    class="secondary"
                    @click=${() => {
                      this.#query = r.trackingId;
                      void this.#lookup();
                    }}
                  >
                    #${r.trackingId}
                  </button>`,
              )}
            </div>
          </nav>`
        : nothing}
      <p role="status" class="visually-hidden">${this.#loading ? t.statusLoading : ''}</p>
      ${this.#report ? this.#renderReport(this.#report) : nothing}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lapor-status': LaporStatus;
  }
}
