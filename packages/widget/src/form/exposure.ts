// Help the citizen not to expose others or themselves: a report that is not confidential
// is published, so a NIK, a phone number or an e-mail address in its title or body would
// be too. The check is part of the transport chunk (loaded as soon as the citizen starts
// typing); the note it leads to is a chunk of its own. It only advises, it never blocks
// sending.
import type { TemplateResult } from 'lit';
import type { Controls } from './controls.ts';

/**
 * A NIK (16 digits, spaces or dots allowed between groups), an Indonesian mobile number
 * (08…, 628…, +62 8…, with spaces or dashes) or an e-mail address.
 */
const PERSONAL = /(?<!\d)\d{6}[ .]?\d{6}[ .]?\d{4}(?!\d)|(?<![\d+])(?:\+62|62|0)[ -]?8\d(?:[ -]?\d){6,11}(?!\d)|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

/** Whether the text looks like it holds a NIK, a phone number or an e-mail address. */
export function exposes(text: string): boolean {
  return PERSONAL.test(text);
}

let view: typeof import('./exposure-note.ts') | undefined;
let loading: Promise<unknown> | undefined;
/** Forms that asked for the note while its chunk loads: each renders again once, when it is there. */
const waiting = new Set<ExposureHost>();

/** What the note reads from the form and asks of it. */
export interface ExposureHost extends Controls {
  /** Renders again, then focuses what `selector` finds (if given). */
  show(selector?: string): void;
}

/**
 * The note next to the field, with the offer to make the report confidential; the first
 * time, nothing while its chunk loads, then the form renders again.
 */
export function exposureNote(form: ExposureHost, id: string): TemplateResult | undefined {
  if (view) return view.exposureNote(form, id);
  waiting.add(form);
  loading ??= import('./exposure-note.ts').then(
    (chunk) => {
      view = chunk;
      for (const host of waiting) host.show();
      waiting.clear();
    },
    () => (loading = undefined),
  );
  return undefined;
}
