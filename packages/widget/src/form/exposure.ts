// Help the citizen not to expose others or themselves: a report that is not confidential
// is published, so a NIK, a phone number or an e-mail address in its title or body would
// be too. Part of the transport chunk (loaded as soon as the citizen starts typing); it
// only advises, it never blocks sending.
import { html, type TemplateResult } from 'lit';
import { completed, type EntryStrings } from '../i18n/index.ts';
import { idViews } from '../i18n/id-views.ts';

/**
 * A NIK (16 digits, spaces or dots allowed between groups), an Indonesian mobile number
 * (08…, 628…, +62 8…, with spaces or dashes) or an e-mail address.
 */
const PERSONAL = /(?<!\d)\d{6}[ .]?\d{6}[ .]?\d{4}(?!\d)|(?<![\d+])(?:\+62|62|0)[ -]?8\d(?:[ -]?\d){6,11}(?!\d)|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

/** Whether the text looks like it holds a NIK, a phone number or an e-mail address. */
export function exposes(text: string): boolean {
  return PERSONAL.test(text);
}

/** The note next to the field, with the offer to make the report confidential. */
export function exposureNote(strings: EntryStrings, id: string, confidential: () => void): TemplateResult {
  const t = completed(idViews, strings);
  return html`<div class="notice" id="${id}-exposure" part="notice">
    <p>${t.exposureNote}</p>
    <button type="button" class="secondary" part="button" @click=${confidential}>${t.exposureConfidential}</button>
  </div>`;
}
