// The controls every section of the form is made of: a text field and a checkbox, each
// bound to one field of the model, with its label, hint, error and counter wired by id.
import { html, nothing, type TemplateResult } from 'lit';
import { format, type EntryStrings } from '../i18n/index.ts';
import type { FormFields, FormState } from './model.ts';

/** What a control reads and tells. */
export interface Controls {
  readonly state: FormState;
  readonly t: EntryStrings;
  /** A field changed (the draft saves, problems update). */
  changed(): void;
  /** A note beside a title or body that seems to hold personal data (once the transport chunk brought it). */
  note(id: string, value: string): TemplateResult | undefined;
}

type TextField = { [K in keyof FormFields]: FormFields[K] extends string ? K : never }[keyof FormFields];
type FlagField = { [K in keyof FormFields]: FormFields[K] extends boolean ? K : never }[keyof FormFields];

function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** A text field bound to `fields[id]`; with `max`, a live character count. */
export function textField(
  c: Controls,
  id: Exclude<TextField, 'classification'>,
  opts: { label: string; hint?: string | undefined; type?: string; max?: number; required?: boolean; autocomplete?: string; inputmode?: string },
): TemplateResult {
  const value = c.state.fields[id];
  const error = c.state.errors.get(id);
  // A title or body of a public report that seems to hold personal data gets a note.
  const note = opts.max && !c.state.fields.confidential ? c.note(id, value) : undefined;
  const describedBy = [opts.hint ? `${id}-hint` : '', opts.max ? `${id}-count` : '', note ? `${id}-exposure` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const onInput = (event: Event) => {
    c.state.fields[id] = (event.target as HTMLInputElement).value;
    c.changed();
  };
  const control =
    opts.type === 'textarea'
      ? html`<textarea id=${id} part="input" rows="6" .value=${value} @input=${onInput} aria-describedby=${describedBy || nothing} aria-invalid=${error ? 'true' : 'false'} aria-required=${opts.required ? 'true' : 'false'}></textarea>`
      : html`<input
          id=${id}
          part="input"
          type=${opts.type ?? 'text'}
          .value=${value}
          @input=${onInput}
          autocomplete=${opts.autocomplete ?? nothing}
          inputmode=${opts.inputmode ?? nothing}
          max=${opts.type === 'date' ? today() : nothing}
          aria-describedby=${describedBy || nothing}
          aria-invalid=${error ? 'true' : 'false'}
          aria-required=${opts.required ? 'true' : 'false'}
        />`;
  return html`<div class="field ${error ? 'has-error' : ''}" part="field">
    <label for=${id} part="label">${opts.label}${opts.required ? nothing : html` <span class="optional">(${c.t.optional})</span>`}</label>
    ${opts.hint ? html`<p class="hint" id="${id}-hint" part="hint">${opts.hint}</p>` : nothing}
    ${error ? html`<p class="error-message" id="${id}-error">${error}</p>` : nothing}
    ${control}
    ${opts.max
      ? html`<p class="count ${value.length > opts.max ? 'over' : ''}" id="${id}-count" aria-live="polite">
          ${format(c.t.characters, { count: value.length, max: opts.max })}
        </p>`
      : nothing}
    ${note ?? nothing}
  </div>`;
}

/** A checkbox bound to `fields[id]`. */
export function checkbox(c: Controls, id: FlagField, label: string, hint?: string): TemplateResult {
  const error = c.state.errors.get(id);
  return html`<div class="choice ${error ? 'has-error' : ''}">
    <input
      type="checkbox"
      id=${id}
      .checked=${c.state.fields[id]}
      aria-describedby=${[hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing}
      aria-invalid=${error ? 'true' : 'false'}
      @change=${(event: Event) => {
        c.state.fields[id] = (event.target as HTMLInputElement).checked;
        c.changed();
      }}
    />
    <div>
      <label for=${id}>${label}</label>
      ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
      ${error ? html`<p class="error-message" id="${id}-error">${error}</p>` : nothing}
    </div>
  </div>`;
}
