import { html, nothing } from 'lit';
import type { InstitutionStats } from '@lapor/client/contract';
import { format, type StatsStrings } from '../i18n/index.ts';
import { idStats } from '../i18n/id-stats.ts';
import { dateFormat, numberFormat } from '../i18n/formatters.ts';
import { PUBLIC_READ, PublicDataElement } from '../shared/public-element.ts';
import { barChart } from './chart.ts';
import type { ChartFigures } from './geometry.ts';
import { statsStyles } from './lapor-stats.styles.ts';

/** The chart's figures from the API's answer: per month, received and followed up on time. */
export function chartFigures(stats: Pick<InstitutionStats, 'months'>): ChartFigures {
  return { months: stats.months.map((m) => ({ month: m.month, received: m.total, onTime: m.followedUpOnTime })) };
}

/**
 * How an institution handles the reports LAPOR! gives it, as GOV.UK performance pages show
 * figures: the key figures (received, followed up within 5 working days, median working
 * days to the first follow-up, closed, referred to Ombudsman RI, average rating), a bar
 * chart of reports per month drawn as SVG, and a data table with the same figures as the
 * chart's text alternative.
 *
 * @tagname lapor-stats
 * @summary Shows an institution's SP4N-LAPOR! handling figures, with a chart and a data table.
 *
 * @slot - Fallback content (a link to lapor.go.id), shown until the element upgrades.
 *
 * @event lapor-error - The figures could not be loaded; `detail: { code, message }`.
 *
 * @csspart figures - The list of key figures.
 * @csspart figure - Each key figure.
 * @csspart chart - The chart with its legend and data table.
 * @csspart table - The data table (visually hidden; read by screen readers).
 * @csspart button - The "Coba lagi" button.
 *
 * @cssproperty --lapor-color-primary - Bars, accents and buttons.
 * @cssproperty --lapor-color-on-primary - Text on buttons.
 * @cssproperty --lapor-color-text - Text.
 * @cssproperty --lapor-color-muted - Axis labels and details.
 * @cssproperty --lapor-color-background - Background.
 * @cssproperty --lapor-color-surface - Figure panels and the inside of the received bars.
 * @cssproperty --lapor-color-border - Gridlines.
 * @cssproperty --lapor-color-error - The error state.
 * @cssproperty --lapor-color-focus - The focus ring.
 * @cssproperty --lapor-radius - Corner radius.
 * @cssproperty --lapor-space - Base spacing.
 * @cssproperty --lapor-font-family - Font (inherits from the page by default).
 * @cssproperty --lapor-font-size - Base font size.
 */
export class LaporStats extends PublicDataElement<StatsStrings> {
  static override styles = statsStyles;

  static override properties = {
    from: { type: String },
    to: { type: String },
  };

  /** First month of the period, `YYYY-MM`; by default 11 months before `to`. */
  from = '';
  /** Last month of the period, `YYYY-MM`; by default the current month. */
  to = '';

  protected indonesian(): StatsStrings {
    return idStats;
  }

  protected override readonly dataProperties = ['from', 'to'];

  #stats: InstitutionStats | undefined;
  #state: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  #abort: AbortController | undefined;

  protected async english(): Promise<StatsStrings> {
    return (await import('../i18n/en-stats.ts')).enStats;
  }

  protected async fetchData(): Promise<void> {
    if (!this.institutionId) return;
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.#state = 'loading';
    this.requestUpdate();
    try {
      const { t, client } = await this.connection();
      const { institutionStats } = await t.publicCalls();
      const period = { ...(this.from ? { from: this.from } : {}), ...(this.to ? { to: this.to } : {}) };
      const stats = await institutionStats(client, this.institutionId, period, { ...PUBLIC_READ, signal: abort.signal });
      if (abort.signal.aborted) return;
      this.#stats = stats;
      this.#state = 'ready';
    } catch (error) {
      if (abort.signal.aborted) return;
      this.#state = 'error';
      this.failed(error, this.t.statsError);
    }
    this.requestUpdate();
  }

  #locale(): string {
    return this.language === 'en' ? 'en-GB' : 'id-ID';
  }

  #number = (value: number): string => numberFormat(this.#locale(), { maximumFractionDigits: 1 }).format(value);

  #percent(share: number | null | undefined): string {
    return share === null || share === undefined ? this.t.notYet : numberFormat(this.#locale(), { style: 'percent', maximumFractionDigits: 0 }).format(share);
  }

  #month(month: string, style: 'long' | 'short' | 'narrow' = 'long'): string {
    const [year, number] = month.split('-').map(Number);
    return dateFormat(this.#locale(), style === 'long' ? { month: 'long', year: 'numeric' } : { month: style }).format(new Date(year!, (number ?? 1) - 1, 15));
  }

  #figure(label: string, value: string, detail?: string) {
    return html`<div class="figure" part="figure">
      <dt>${label}</dt>
      <dd><span class="value">${value}</span>${detail ? html`<span class="detail">${detail}</span>` : nothing}</dd>
    </div>`;
  }

  #renderStats(stats: InstitutionStats) {
    const t = this.t;
    const of = (count: number, total: number) => format(t.countOf, { count: this.#number(count), total: this.#number(total) });
    const median = stats.followUp.medianWorkingDays;
    const figures = chartFigures(stats);
    const classifications = ['complaint', 'aspiration', 'information_request'] as const;
    return html`<p class="period">
        ${stats.institution.name} · ${format(t.statsPeriod, { from: this.#month(stats.period.from), to: this.#month(stats.period.to) })}
      </p>
      <dl class="figures" part="figures">
        ${this.#figure(t.received, this.#number(stats.received))}
        ${this.#figure(t.onTime, this.#percent(stats.followUp.onTimeShare), stats.followUp.measured ? of(stats.followUp.onTime, stats.followUp.measured) : undefined)}
        ${this.#figure(t.medianDays, median === null ? t.notYet : format(t.workingDays, { days: this.#number(median) }))}
        ${this.#figure(t.closed, this.#percent(stats.closed.share), stats.received ? of(stats.closed.count, stats.received) : undefined)}
        ${this.#figure(t.escalated, this.#percent(stats.escalated.share), stats.received ? of(stats.escalated.count, stats.received) : undefined)}
        ${this.#figure(
          t.rating,
          stats.rating.average === null ? t.notYet : format(t.ratingOf, { average: this.#number(stats.rating.average) }),
          stats.rating.count ? format(t.ratingCount, { count: this.#number(stats.rating.count) }) : undefined,
        )}
      </dl>
      <figure part="chart" aria-labelledby="chart-title">
        <figcaption id="chart-title">${t.chartTitle}</figcaption>
        ${barChart(figures, {
          received: t.chartReceived,
          onTime: t.chartOnTime,
          number: this.#number,
          month: (month) => ({ short: this.#month(month, 'short'), narrow: this.#month(month, 'narrow') }),
        })}
        <div class="visually-hidden">
        <table part="table">
          <caption>${t.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">${t.month}</th>
              ${classifications.map((c) => html`<th scope="col">${t.classifications[c]}</th>`)}
              <th scope="col">${t.chartReceived}</th>
              <th scope="col">${t.chartOnTime}</th>
            </tr>
          </thead>
          <tbody>
            ${stats.months.map(
              (m) => html`<tr>
                <th scope="row">${this.#month(m.month)}</th>
                ${classifications.map((c) => html`<td>${this.#number(m.received[c] ?? 0)}</td>`)}
                <td>${this.#number(m.total)}</td>
                <td>${this.#number(m.followedUpOnTime)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
        </div>
      </figure>
      <p class="as-of">${format(t.statsAsOf, { date: this.date(stats.asOf) })}</p>`;
  }

  /**
   * While the figures load: the same headings, figures and chart frame as the loaded view,
   * invisible (and so hidden from screen readers too), so that the element already takes
   * the room the figures need and nothing below it on the page jumps when they arrive.
   */
  #renderPlaceholder() {
    const t = this.t;
    const blank = '\u00a0';
    return html`<div class="placeholder">
      <p class="period">${blank}</p>
      <dl class="figures">
        ${this.#figure(t.received, blank)} ${this.#figure(t.onTime, blank, blank)} ${this.#figure(t.medianDays, blank)}
        ${this.#figure(t.closed, blank, blank)} ${this.#figure(t.escalated, blank, blank)} ${this.#figure(t.rating, blank, blank)}
      </dl>
      <figure>
        <figcaption>${t.chartTitle}</figcaption>
        ${barChart({ months: [{ month: '', received: 0, onTime: 0 }] }, {
          received: t.chartReceived,
          onTime: t.chartOnTime,
          number: () => blank,
          month: () => ({ short: blank, narrow: blank }),
        })}
      </figure>
      <p class="as-of">${blank}</p>
    </div>`;
  }

  override render() {
    const t = this.t;
    const stats = this.#stats;
    return html`<section aria-labelledby="stats-title" aria-busy=${this.#state === 'loading' ? 'true' : 'false'}>
      <h2 id="stats-title">${t.statsTitle}</h2>
      ${this.#state === 'error'
        ? html`<div class="error">
            <p>${t.statsError}</p>
            <button type="button" part="button" @click=${() => void this.fetchData()}>${t.retry}</button>
          </div>`
        : stats
          ? this.#renderStats(stats)
          : this.#state === 'loading' || (this.#state === 'idle' && this.institutionId)
            ? this.#renderPlaceholder()
            : nothing}
      <p role="status" class="visually-hidden">${this.#state === 'loading' ? t.statsLoading : this.#state === 'error' ? t.statsError : ''}</p>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lapor-stats': LaporStats;
  }
}
