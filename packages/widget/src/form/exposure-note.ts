// The note beside a title or body that seems to hold a NIK, a phone number or an e-mail
// address, with the offer to make the report confidential. A chunk of its own, loaded the
// first time such text is typed: most reports never show it.
import { html, type TemplateResult } from 'lit';
import { completed, type EntryStrings } from '../i18n/index.ts';
import { idExposure } from '../i18n/id-exposure.ts';

/** The note next to the field, with the offer to make the report confidential. */
export function exposureNote(strings: EntryStrings, id: string, confidential: () => void): TemplateResult {
  const t = completed(idExposure, strings);
  return html`<div class="notice" id="${id}-exposure" part="notice">
    <p>${t.exposureNote}</p>
    <button type="button" class="secondary" part="button" @click=${confidential}>${t.exposureConfidential}</button>
  </div>`;
}
