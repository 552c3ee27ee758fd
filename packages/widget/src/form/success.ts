// The confirmation after sending: the tracking ID, large and copyable, and what happens
// next. A chunk loaded once LAPOR! has accepted the report (the form's first bytes and
// what it loads before sending do not carry it); should it fail to load, the form still
// shows the tracking ID.
import { css, html, type TemplateResult } from 'lit';
import { SERVICE_LEVELS, type ComplaintCreated } from '@lapor/client/contract';
import { format, type EntryStrings, type FormStrings, type Language } from '../i18n/index.ts';
import type { SuccessKey } from '../i18n/strings.ts';

/** Bahasa Indonesia for the confirmation. */
export const idSuccess: Pick<FormStrings, SuccessKey> = {
  copy: 'Salin',
  copied: 'Nomor pelacakan disalin.',
  successNext: `Admin LAPOR! memverifikasi dan meneruskan laporan Anda ke instansi berwenang dalam ${SERVICE_LEVELS.verificationWorkingDays} hari kerja (paling lambat {date}).`,
  successFollow: `Instansi menindaklanjuti dalam ${SERVICE_LEVELS.followUpWorkingDays} hari kerja setelah menerima laporan. Simpan nomor pelacakan untuk memantau laporan Anda.`,
  successStatusLink: 'Pantau laporan',
  newReport: 'Buat laporan baru',
};

/** Styles of the confirmation. */
export const successStyles = css`
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

/** The confirmation: the tracking ID, large and copyable, and what happens next. */
export function successView(
  strings: EntryStrings,
  language: Language,
  created: ComplaintCreated,
  options: { statusUrl: string; notice: string; copied: (message: string) => void; again: () => void },
): TemplateResult {
  const t = strings as FormStrings;
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
