// Views the form needs only after the citizen acts (an error summary after a submit
// attempt, the confirmation after sending): loaded with the transport chunk, not in the
// bytes that render the form.
import { html, type TemplateResult } from 'lit';
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
