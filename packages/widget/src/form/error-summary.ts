// The GOV.UK-style error summary after a submit attempt: part of the rest-of-form chunk,
// where its markup, styles and words compress together with the form's others.
import { css, html, type TemplateResult } from 'lit';
import { completed, type EntryStrings } from '../i18n/index.ts';
import { idSummary } from '../i18n/id-summary.ts';

/** Styles of the error summary, added to the form with the rest of it. */
export const summaryStyles = css`
  .error-summary {
    border: 4px solid var(--_error);
    padding: var(--_space);
    margin: 0 0 calc(var(--_space) * 1.5);
  }
  .error-summary:focus {
    outline: 3px solid var(--_focus);
  }
  .error-summary ul {
    margin: 0;
    padding-left: 1.2em;
  }
  .error-summary a {
    color: var(--_error);
    font-weight: 600;
  }
`;

/** The GOV.UK-style summary: every problem, each a link that moves focus to its field. */
export function errorSummary(strings: EntryStrings, errors: ReadonlyMap<string, string>, focus: (id: string) => void): TemplateResult {
  return html`<div class="error-summary" part="error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-title">
    <h3 id="error-summary-title">${completed(idSummary, strings).errorSummaryTitle}</h3>
    <ul>
      ${[...errors].map(
        ([field, message]) =>
          html`<li>
            <a
              href="#${field}"
              @click=${(event: Event) => {
                event.preventDefault();
                focus(field);
              }}
              >${message}</a
            >
          </li>`,
      )}
    </ul>
  </div>`;
}
