// The note beside a title or body that seems to hold a NIK, a phone number or an e-mail
// address, with the offer to make the report confidential. A chunk of its own, loaded the
// first time such text is typed: most reports never show it.
import { html, type TemplateResult } from 'lit';
import { completed } from '../i18n/index.ts';
import { idExposure } from '../i18n/id-exposure.ts';
import type { ExposureHost } from './exposure.ts';

/** The note next to the field, with the offer to make the report confidential. */
export function exposureNote(form: ExposureHost, id: string): TemplateResult {
  const t = completed(idExposure, form.t);
  const confidential = () => {
    form.state.fields.confidential = true;
    form.changed();
    // The note is gone: focus goes to the choice it made, now ticked.
    form.show('#confidential');
  };
  return html`<div class="notice" id="${id}-exposure" part="notice">
    <p>${t.exposureNote}</p>
    <button type="button" class="secondary" part="button" @click=${confidential}>${t.exposureConfidential}</button>
  </div>`;
}
