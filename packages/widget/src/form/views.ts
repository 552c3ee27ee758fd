// Views the form needs only after the citizen acts (an error summary after a submit
// attempt, the confirmation after sending): loaded with the transport chunk, not in the
// bytes that render the form.
import { css, html, type TemplateResult } from 'lit';
import type { ComplaintCreated } from '@lapor/client/contract';
import { completed, format, type EntryStrings, type FormStrings, type Language } from '../i18n/index.ts';
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
 * Styles of what this chunk shows: the error summary, the pickers' suggestion lists and the
 * confirmation. Added to the form when the chunk loads, before any of them can appear.
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
    .success {
      max-width: 42rem;
      border: 4px solid var(--_success);
      padding: calc(var(--_space) * 1.5);
    }
    .success h2 {
      color: var(--_success);
    }
    .success h2:focus {
      outline: none;
    }
    .tracking-label {
      margin: 0;
      font-weight: 600;
    }
    .tracking-id {
      font-size: 2.5em;
      font-weight: 700;
      letter-spacing: 0.05em;
      margin: 0 0 0.25em;
      font-variant-numeric: tabular-nums;
      user-select: all;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75em;
    }
  @container (max-width: 30rem) {
    .actions > * {
      width: 100%;
    }
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

/** The confirmation: the tracking ID, large and copyable, and what happens next. */
export function successView(
  strings: EntryStrings,
  language: Language,
  created: ComplaintCreated,
  options: { statusUrl: string; notice: string; copied: (message: string) => void; again: () => void },
): TemplateResult {
  const t = completed(idViews, strings);
  // Copies the tracking ID; where the clipboard is refused, selects it for the citizen to copy.
  const copy = async (event: Event): Promise<void> => {
    // Found before awaiting: once dispatch ends, the event no longer points into the shadow root.
    const target = (event.target as HTMLElement).closest('.success')?.querySelector('.tracking-id');
    try {
      await navigator.clipboard.writeText(created.trackingId);
      options.copied(t.copied);
    } catch {
      if (target) getSelection()?.selectAllChildren(target);
    }
  };
  const date = created.dueDates.verification
    ? new Date(`${created.dueDates.verification}T12:00:00`).toLocaleDateString(language === 'en' ? 'en-GB' : 'id-ID', { day: 'numeric', month: 'long', year: 'numeric' })
    : '';
  return html`<section class="success" part="success" aria-labelledby="success-title">
    <h2 id="success-title" tabindex="-1">${t.successTitle}</h2>
    <p class="tracking-label">${t.successTrackingLabel}</p>
    <p class="tracking-id" part="tracking-id">${created.trackingId}</p>
    <p><button type="button" part="button" @click=${copy}>${t.copy}</button></p>
    <p role="status">${options.notice}</p>
    ${date ? html`<p>${format(t.successNext, { date })}</p>` : ''}
    <p>${t.successFollow}</p>
    <p class="actions">
      ${options.statusUrl
        ? html`<a class="button" part="button" href=${options.statusUrl.replace('{trackingId}', encodeURIComponent(created.trackingId))}>${t.successStatusLink}</a>`
        : ''}
      <button type="button" class="secondary" part="button" @click=${options.again}>${t.newReport}</button>
    </p>
  </section>`;
}
