import { html, nothing } from 'lit';
import type { PublicComplaint } from '@lapor/client/contract';
import { format, type ReportsStrings } from '../i18n/index.ts';
import { idReports } from '../i18n/id-reports.ts';
import { PUBLIC_READ, PublicDataElement } from '../shared/public-element.ts';
import { reportsStyles } from './lapor-reports.styles.ts';

/** The three tabs of lapor.go.id, in its order: menunggu, diproses, selesai. */
export type ReportGroup = 'waiting' | 'in_process' | 'done';
const GROUPS: readonly ReportGroup[] = ['waiting', 'in_process', 'done'];

/** Characters of a report's body shown in the list; the status view has the rest. */
const EXCERPT = 220;

function excerpt(body: string): string {
  if (body.length <= EXCERPT) return body;
  const cut = body.slice(0, EXCERPT);
  return `${cut.slice(0, cut.lastIndexOf(' ') > EXCERPT * 0.6 ? cut.lastIndexOf(' ') : EXCERPT).trimEnd()}…`;
}

/**
 * The public reports of an institution, as lapor.go.id lists them: three status tabs
 * (Menunggu, Diproses, Selesai), a search over title and body, newest first, "Muat lagi"
 * for the next page, each report linking to its status view. Only the public view of a
 * report ever reaches the page: never a confidential report, never the reporter.
 *
 * @tagname lapor-reports
 * @summary Lists an institution's public SP4N-LAPOR! reports, with status tabs and search.
 *
 * @slot - Fallback content (a link to lapor.go.id), shown until the element upgrades.
 *
 * @event lapor-error - The list could not be loaded; `detail: { code, message }`.
 *
 * @csspart form - The search form.
 * @csspart input - The search input.
 * @csspart button - Buttons ("Cari", "Muat lagi", "Coba lagi").
 * @csspart tablist - The status tabs.
 * @csspart tab - Each status tab.
 * @csspart panel - The list under the tabs.
 * @csspart report - Each report in the list.
 * @csspart status - A report's status badge.
 *
 * @cssproperty --lapor-color-primary - Links, the selected tab, badges and buttons.
 * @cssproperty --lapor-color-on-primary - Text on badges and buttons.
 * @cssproperty --lapor-color-text - Text.
 * @cssproperty --lapor-color-muted - Hints and dates.
 * @cssproperty --lapor-color-background - Background.
 * @cssproperty --lapor-color-surface - The selected tab, empty and error states.
 * @cssproperty --lapor-color-border - Lines between reports.
 * @cssproperty --lapor-color-error - The error state.
 * @cssproperty --lapor-color-focus - The focus ring.
 * @cssproperty --lapor-radius - Corner radius.
 * @cssproperty --lapor-space - Base spacing.
 * @cssproperty --lapor-font-family - Font (inherits from the page by default).
 * @cssproperty --lapor-font-size - Base font size.
 */
export class LaporReports extends PublicDataElement<ReportsStrings> {
  static override styles = reportsStyles;

  static override properties = {
    statusUrl: { type: String, attribute: 'status-url' },
    group: { type: String, reflect: true },
    pageSize: { type: Number, attribute: 'page-size' },
  };

  /** Link to a status page, with `{trackingId}` replaced, e.g. `/status?id={trackingId}`; without it reports are not linked. */
  statusUrl = '';
  /** The tab shown: `waiting` (Menunggu), `in_process` (Diproses, the default) or `done` (Selesai). */
  group: ReportGroup = 'in_process';
  /** Reports per page (1 to 100); "Muat lagi" loads the next page. */
  pageSize = 10;

  protected indonesian(): ReportsStrings {
    return idReports;
  }

  protected override readonly dataProperties = ['group', 'pageSize'];

  #query = '';
  /** The words the list shows results for (the input may have changed since). */
  #searched = '';
  #reports: PublicComplaint[] = [];
  #next: string | null = null;
  #state: 'loading' | 'ready' | 'error' = 'loading';
  #announcement = '';
  #abort: AbortController | undefined;

  protected async english(): Promise<ReportsStrings> {
    return (await import('../i18n/en-reports.ts')).enReports;
  }

  protected fetchData(): Promise<void> {
    return this.#load(false);
  }

  async #load(more: boolean): Promise<void> {
    // A new tab or search makes the answer still on its way stale.
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    const t = this.t;
    this.#state = 'loading';
    this.#announcement = t.reportsLoading;
    if (!more) {
      this.#reports = [];
      this.#next = null;
    }
    this.requestUpdate();
    try {
      const { t, client } = await this.connection();
      const { listComplaints } = await t.publicCalls();
      const list = listComplaints(client,
        {
          ...(this.institutionId ? { institutionId: this.institutionId } : {}),
          statusGroup: GROUPS.includes(this.group) ? this.group : 'in_process',
          ...(this.#searched ? { q: this.#searched } : {}),
          limit: Math.min(100, Math.max(1, Math.floor(this.pageSize) || 10)),
        },
        { ...PUBLIC_READ, signal: abort.signal },
      );
      const { value: page } = await list.pages(more ? (this.#next ?? undefined) : undefined).next();
      if (abort.signal.aborted) return;
      const first = this.#reports.length;
      this.#reports = [...this.#reports, ...(page?.data ?? [])];
      this.#next = page?.nextCursor ?? null;
      this.#state = 'ready';
      this.#announcement = this.#reports.length ? format(this.t.reportsShown, { count: this.#reports.length }) : this.#emptyText();
      this.requestUpdate();
      if (more) {
        // Focus moves to the first report just loaded, so keyboard users continue from there.
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>(`#report-${first}`)?.focus();
      }
    } catch (error) {
      if (abort.signal.aborted) return;
      this.#state = 'error';
      this.#announcement = this.t.reportsError;
      this.requestUpdate();
      this.failed(error, this.t.reportsError);
    }
  }

  #emptyText(): string {
    if (this.#searched) return format(this.t.reportsEmptySearch, { q: this.#searched });
    // LAPOR! publishes a report once it forwards it: this tab stays empty, and says why.
    return this.group === 'waiting' ? this.t.reportsWaitingNote : this.t.reportsEmpty;
  }

  #select(group: ReportGroup, focus = false): void {
    if (group !== this.group) this.group = group;
    if (focus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${group}`)?.focus());
  }

  /** The tabs pattern of ARIA: arrows move between tabs (and show them), Home and End go to the ends. */
  #tabKeys = (event: KeyboardEvent): void => {
    const index = GROUPS.indexOf(this.group);
    const next =
      event.key === 'ArrowRight' ? (index + 1) % GROUPS.length
      : event.key === 'ArrowLeft' ? (index + GROUPS.length - 1) % GROUPS.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? GROUPS.length - 1
      : -1;
    if (next < 0) return;
    event.preventDefault();
    this.#select(GROUPS[next]!, true);
  };

  #search = (event: Event): void => {
    event.preventDefault();
    this.#searched = this.#query.trim();
    void this.#load(false);
  };

  #renderReport(report: PublicComplaint, index: number) {
    const t = this.t;
    const title = this.statusUrl
      ? html`<a id="report-${index}" href=${this.statusUrl.replace('{trackingId}', encodeURIComponent(report.trackingId))}>${report.title}</a>`
      : html`<span id="report-${index}" tabindex="-1">${report.title}</span>`;
    const area = report.location?.regionName;
    return html`<li part="report">
      <h3>${title}</h3>
      <p class="meta">
        ${(t.classifications as Record<string, string>)[report.classification] ?? report.classification} · #${report.trackingId} ·
        ${format(t.reportSubmitted, { date: this.date(report.createdAt) })}
      </p>
      <p><span class="badge" part="status">${(t.statuses as Record<string, string>)[report.status] ?? report.status}</span></p>
      <p class="excerpt">${excerpt(report.body)}</p>
      ${report.institution || area
        ? html`<dl>
            ${report.institution ? html`<dt>${t.reportInstitution}</dt><dd>${report.institution.name}</dd>` : nothing}
            ${area ? html`<dt>${t.reportArea}</dt><dd>${area}</dd>` : nothing}
          </dl>`
        : nothing}
    </li>`;
  }

  #renderPanel() {
    const t = this.t;
    if (this.#state === 'error') {
      return html`<div class="error">
        <p>${t.reportsError}</p>
        <button type="button" part="button" @click=${() => void this.#load(this.#reports.length > 0)}>${t.retry}</button>
      </div>`;
    }
    if (this.#state === 'ready' && !this.#reports.length) return html`<p class="empty">${this.#emptyText()}</p>`;
    return html`${this.#reports.length
        ? html`<ul class="reports">
            ${this.#reports.map((report, index) => this.#renderReport(report, index))}
          </ul>`
        : nothing}
      ${this.#state === 'loading' ? html`<p class="hint" aria-hidden="true">${t.reportsLoading}</p>` : nothing}
      ${this.#next && this.#state === 'ready'
        ? html`<button type="button" class="secondary more" part="button" @click=${() => void this.#load(true)}>${t.loadMore}</button>`
        : nothing}`;
  }

  override render() {
    const t = this.t;
    const selected = GROUPS.includes(this.group) ? this.group : 'in_process';
    return html`<section aria-labelledby="reports-title">
      <h2 id="reports-title">${t.reportsTitle}</h2>
      <p class="intro">${t.reportsIntro}</p>
      <form class="search" part="form" role="search" novalidate @submit=${this.#search}>
        <div class="field">
          <label for="q">${t.searchLabel}</label>
          <p class="hint" id="q-hint">${t.searchHint}</p>
          <input
            id="q"
            type="search"
            part="input"
            autocomplete="off"
            enterkeyhint="search"
            aria-describedby="q-hint"
            .value=${this.#query}
            @input=${(event: Event) => (this.#query = (event.target as HTMLInputElement).value)}
          />
        </div>
        <button type="submit" part="button">${t.searchButton}</button>
      </form>
      <div role="tablist" aria-label=${t.tabsLabel} part="tablist" @keydown=${this.#tabKeys}>
        ${GROUPS.map(
          (group) =>
            html`<button
              type="button"
              role="tab"
              id="tab-${group}"
              part="tab"
              aria-selected=${group === selected ? 'true' : 'false'}
              aria-controls="panel"
              tabindex=${group === selected ? 0 : -1}
              @click=${() => this.#select(group)}
            >
              ${t.groups[group]}
            </button>`,
        )}
      </div>
      <div role="tabpanel" id="panel" part="panel" tabindex="0" aria-labelledby="tab-${selected}" aria-busy=${this.#state === 'loading' ? 'true' : 'false'}>
        ${this.#renderPanel()}
      </div>
      <p role="status" class="visually-hidden">${this.#announcement}</p>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lapor-reports': LaporReports;
  }
}
