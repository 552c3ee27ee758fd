// Rating the handling of a closed report: a chunk `<lapor-status>` loads only when the
// reporter (token on the device) looks at a closed report. One rating per report, 1 to 5,
// an optional comment; the server refuses a second one.
import { html, nothing, type TemplateResult } from 'lit';
import type { ReporterComplaint } from '@lapor/client/contract';
import { format } from '../i18n/index.ts';
import { idRating } from '../i18n/id-rating.ts';
import { failure, type PanelHost } from './panel-host.ts';

const VALUES = [1, 2, 3, 4, 5] as const;
// LIMITS.ratingCommentMax of the contract, written out: importing the contract's values here
// would split them into a chunk the form loads too (the sizes test counts it).
const COMMENT_MAX = 1000;

/** The rating form under a closed report, or the rating given. */
export class RatingPanel {
  readonly #host: PanelHost;
  #value = 0;
  #comment = '';
  #error = '';
  #notice = '';
  #sending = false;

  constructor(host: PanelHost) {
    this.#host = host;
  }

  #strings() {
    return { ...idRating, ...this.#host.strings() };
  }

  async #send(event: SubmitEvent, report: ReporterComplaint, token: string): Promise<void> {
    event.preventDefault();
    const t = this.#strings();
    if (!this.#value) {
      this.#error = t.ratingRequired;
      await this.#host.update('#rating-1');
      return;
    }
    this.#sending = true;
    void this.#host.update();
    try {
      const { client, calls } = await this.#host.calls();
      const comment = this.#comment.trim();
      await calls.rateComplaint(client, report.trackingId, { rating: this.#value, ...(comment ? { comment } : {}) }, { reporterToken: token });
      this.#error = '';
      await this.#host.open(report.trackingId);
      this.#notice = t.ratingSent;
    } catch (error) {
      this.#error = failure(error);
    } finally {
      this.#sending = false;
      void this.#host.update();
    }
  }

  render(report: ReporterComplaint, token: string | undefined): TemplateResult | typeof nothing {
    const t = this.#strings();
    const notice = html`<p role="status">${this.#notice}</p>`;
    if (report.rating) {
      return html`<section class="rating" part="rating" aria-labelledby="rating-title">
        <h3 id="rating-title">${format(t.ratingYours, { rating: report.rating.rating })}</h3>
        ${report.rating.comment ? html`<p class="message">${report.rating.comment}</p>` : nothing} ${notice}
      </section>`;
    }
    if (!token) return nothing;
    const error = this.#error;
    return html`<form class="rating" part="rating" novalidate @submit=${(event: SubmitEvent) => this.#send(event, report, token)}>
      <fieldset class=${error ? 'has-error' : ''} aria-describedby="rating-hint${error ? ' rating-error' : ''}">
        <legend>${t.ratingLegend}</legend>
        <p class="hint" id="rating-hint">${t.ratingHint}</p>
        ${error ? html`<p class="error-message" id="rating-error">${error}</p>` : nothing}
        ${VALUES.map(
          (value) => html`<div class="choice">
            <input
              type="radio"
              name="rating"
              id="rating-${value}"
              .value=${String(value)}
              .checked=${this.#value === value}
              @change=${() => {
                this.#value = value;
                this.#error = '';
                void this.#host.update();
              }}
            />
            <label for="rating-${value}">${t[`rating${value}`]}</label>
          </div>`,
        )}
      </fieldset>
      <div class="field">
        <label for="rating-comment">${t.ratingCommentLabel}</label>
        <p class="hint" id="rating-comment-hint">${t.ratingCommentHint}</p>
        <textarea
          id="rating-comment"
          part="input"
          rows="3"
          maxlength=${COMMENT_MAX}
          .value=${this.#comment}
          aria-describedby="rating-comment-hint"
          @input=${(e: Event) => (this.#comment = (e.target as HTMLTextAreaElement).value)}
        ></textarea>
      </div>
      <button type="submit" part="button" ?disabled=${this.#sending}>${t.ratingSend}</button>
      ${notice}
    </form>`;
  }
}
