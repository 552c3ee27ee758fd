// Views the form needs only after the citizen acts (an error summary after a submit
// attempt): loaded with the transport chunk, not in the bytes that render the form.
import { css, html, type TemplateResult } from 'lit';
import { completed, type EntryStrings, type FormStrings } from '../i18n/index.ts';
import { idViews } from '../i18n/id-views.ts';

/** Where each contract path shows its error: the id of the control to focus. */
export const FIELD_OF: Record<string, string> = {
  classification: 'classification-complaint',
  title: 'title',
  body: 'body',
  incidentDate: 'incidentDate',
  location: 'location',
  'location.regionCode': 'location',
  'location.address': 'address',
  'location.lat': 'location',
  'location.lng': 'location',
  reporterOrigin: 'origin',
  'reporterOrigin.regionCode': 'origin',
  institutionId: 'institution',
  categoryId: 'category',
  attachmentIds: 'attachments',
  reporter: 'name',
  'reporter.name': 'name',
  'reporter.email': 'email',
  'reporter.phone': 'phone',
  consent: 'consent',
};

/**
 * Styles of what this chunk shows: the error summary and the suggestion lists of the
 * pickers. Added to the form when the chunk loads, before any of them can appear.
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
    [role='listbox'] {
      list-style: none;
      margin: 0.25em 0 0;
      padding: 0.25em 0;
      border: 2px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg);
      max-height: 18em;
      overflow-y: auto;
    }
    [role='option'] {
      display: flex;
      flex-direction: column;
      min-height: 44px;
      justify-content: center;
      padding: 0.35em 0.75em;
      cursor: pointer;
    }
    [role='option'][aria-selected='true'] {
      background: var(--_primary);
      color: var(--_on-primary);
    }
    .option-note {
      font-size: 0.85em;
      opacity: 0.85;
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
