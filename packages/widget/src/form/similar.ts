// "Mungkin sudah ada laporan serupa": while the citizen writes, up to three public reports
// in the same area with a similar title, as FixMyStreet shows reports nearby before a new
// one is sent, which cuts duplicates. A chunk loaded only once a title and an area are
// there; it never blocks sending and stays silent offline or when the search fails.
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { LaporConnection } from '@lapor/client';
import type { Transport } from '../shared/load.ts';
import { STATUS_GROUP_LABELS, statusGroup, type PublicComplaint } from '@lapor/client/contract';
import { completed, type EntryStrings, type Language } from '../i18n/index.ts';
import { idSimilar } from '../i18n/id-similar.ts';

/** How long typing must pause before a search: one request per pause, not per key. */
export const SIMILAR_DEBOUNCE_MS = 600;
/** At most this many similar reports are shown. */
export const SIMILAR_MAX = 3;

// Words that say nothing about the problem: searching for them finds every report.
const STOPWORDS = new Set(
  'yang dan atau di ke dari untuk pada dengan tidak tak sudah belum ada ini itu dalam atas bawah oleh karena sejak bagi agar juga masih akan telah para kami saya kita mohon tolong segera sangat banyak sekitar depan belakang samping dekat sekali lagi hari tanggal warga kota kabupaten desa kelurahan kecamatan'.split(' '),
);

/**
 * The words of a title worth searching for: the two longest that say something, cut to
 * their first six letters (the public list matches a word's start, so `berlub` finds
 * "berlubang" and `sampah` finds "sampahnya").
 *
 * @example
 * ```ts
 * searchWords('Jalan berlubang di depan SDN 3 Mataram'); // ['berlub', 'matara']
 * ```
 */
export function searchWords(title: string): string[] {
  const words = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 4 && !STOPWORDS.has(word) && !/^\d+$/.test(word));
  const unique = [...new Set(words)];
  return unique
    .map((word, index) => ({ word, index }))
    .sort((a, b) => b.word.length - a.word.length || a.index - b.index)
    .slice(0, 2)
    .sort((a, b) => a.index - b.index)
    .map(({ word }) => word.slice(0, 6));
}

/** The hint's styles: the form adds them to its own when it creates the hint. */
export const similarStyles = css`
  .similar ul {
    margin: 0;
    padding-left: 1.2em;
  }
  .similar li + li {
    margin-top: 0.35em;
  }
  .similar a {
    color: var(--_primary);
    font-weight: 600;
  }
  .similar .meta {
    display: block;
    color: var(--_muted);
    font-size: 0.9em;
  }
`;

/** The form, as far as the hint needs it. */
type Host = ReactiveControllerHost & HTMLElement & { noSimilar: boolean; statusUrl: string };

/**
 * Looks for public reports like the one being written, debounced and cancellable: a new
 * title or area aborts the search still running (its answer would be stale).
 */
export class SimilarReports implements ReactiveController {
  reports: PublicComplaint[] = [];
  readonly host: Host;
  readonly transport: () => Promise<{ t: Transport; client: LaporConnection }>;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #abort: AbortController | undefined;
  #key = '';

  constructor(host: Host, transport: () => Promise<{ t: Transport; client: LaporConnection }>) {
    this.host = host;
    this.transport = transport;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#cancel();
    this.#key = '';
  }

  /** Looks again for reports like `title` in the city or regency of `regionCode`; shows none while either is missing. */
  look(title: string, regionCode: string | undefined): void {
    const words = searchWords(title);
    // A district's reports are few; the same problem is often filed for the whole city or regency.
    const area = regionCode?.split('.').slice(0, 2).join('.');
    const key = area && words.length ? `${area}|${words.join(' ')}` : '';
    // A form already gone (a single-page app changed view) searches nothing.
    if (key === this.#key || !this.host.isConnected) return;
    this.#key = key;
    this.#cancel();
    if (!key) return this.#show([]);
    this.#timer = setTimeout(() => void this.#search(words, area!), SIMILAR_DEBOUNCE_MS);
  }

  #cancel(): void {
    clearTimeout(this.#timer);
    this.#abort?.abort();
    this.#abort = undefined;
  }

  async #search(words: string[], regionCode: string): Promise<void> {
    // Offline the hint simply stays away: nothing to tell the citizen, who can still send.
    if (!navigator.onLine) return this.#show([]);
    const abort = (this.#abort = new AbortController());
    const options = { signal: abort.signal, retry: false as const, timeout: 8000 };
    try {
      const { t, client } = await this.transport();
      const { listComplaints } = await t.publicCalls();
      const find = async (q: string) => (await listComplaints(client, { regionCode, q, limit: SIMILAR_MAX }, options).firstPage()).data;
      // Both words first; when nothing has both, the longer alone.
      let found = await find(words.join(' '));
      if (!found.length && words.length > 1) found = await find([...words].sort((a, b) => b.length - a.length)[0]!);
      if (!abort.signal.aborted) this.#show(found.slice(0, SIMILAR_MAX));
    } catch {
      // Silent by design: a failed hint must not look like a failed report.
      if (!abort.signal.aborted) this.#show([]);
    }
  }

  #show(reports: PublicComplaint[]): void {
    if (!reports.length && !this.reports.length) return;
    this.reports = reports;
    this.host.requestUpdate();
  }

  /** The hint, or nothing (always nothing with `no-similar`); a live region announces its title when it appears. */
  render(strings: EntryStrings, language: Language): TemplateResult | typeof nothing {
    if (this.host.noSimilar) return nothing;
    const t = completed(idSimilar, strings);
    const reports = this.reports;
    const statusUrl = this.host.statusUrl;
    return html`<p class="visually-hidden similar-status" role="status">${reports.length ? t.similarTitle : ''}</p>
      ${reports.length
        ? html`<aside class="notice similar" part="similar" aria-labelledby="similar-title">
            <h3 id="similar-title">${t.similarTitle}</h3>
            <p class="hint">${t.similarHint}</p>
            <ul>
              ${reports.map((report) => {
                const group = statusGroup(report.status);
                const meta = html`<span class="meta">#${report.trackingId}${group ? ` · ${STATUS_GROUP_LABELS[group][language]}` : ''}</span>`;
                return html`<li>
                  ${statusUrl
                    ? html`<a href=${statusUrl.replace('{trackingId}', encodeURIComponent(report.trackingId))} target="_blank" rel="noopener"
                        >${report.title} <span class="visually-hidden">(${t.newTab})</span></a
                      >`
                    : html`<span>${report.title}</span>`}
                  ${meta}
                </li>`;
              })}
            </ul>
          </aside>`
        : nothing}`;
  }
}
