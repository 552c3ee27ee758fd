// Views the form needs only after the citizen acts (an error summary after a submit
// attempt): loaded with the transport chunk, not in the bytes that render the form.
import { css, html, type TemplateResult } from 'lit';
import { completed, type EntryStrings, type FormStrings } from '../i18n/index.ts';
import { idViews } from '../i18n/id-views.ts';

/** Contract fields whose control has another id. */
const CONTROL: Record<string, string> = {
  classification: 'classification-complaint',
  reporterOrigin: 'origin',
  institutionId: 'institution',
  categoryId: 'category',
  attachmentIds: 'attachments',
  reporter: 'name',
  'location.address': 'address',
};

/**
 * Where a contract path shows its error: the id of the control to focus. A field's parts
 * go to the field (`location.regionCode` to the location picker, `attachmentIds.2` to the
 * attachments), except the reporter's and the address, which have controls of their own.
 */
export function fieldOf(path: string): string {
  const [head = '', part = ''] = path.split('.');
  return CONTROL[path] ?? (head === 'reporter' && part ? part : (CONTROL[head] ?? head));
}

/**
 * Styles of what this chunk shows: the error summary. Added to the form when the chunk
 * loads, before it can appear.
 */
export const viewStyles = css`
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

/** The form's strings completed with those this chunk brings (messages after a submit attempt, the confirmation). */
export function laterStrings(strings: EntryStrings): FormStrings {
  return completed(idViews, strings);
}

/** The GOV.UK-style summary: every problem, each a link that moves focus to its field. */
export function errorSummary(strings: EntryStrings, errors: ReadonlyMap<string, string>, focus: (id: string) => void): TemplateResult {
  return html`<div class="error-summary" part="error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-title">
    <h3 id="error-summary-title">${completed(idViews, strings).errorSummaryTitle}</h3>
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
