import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { EntryStrings } from '../i18n/index.ts';
import type { Transport } from '../shared/load.ts';
import type { Option } from './model.ts';

export type { Option };

/** How a picker reacts to the keyboard and shows suggestions: in the transport chunk, which any search loads anyway. */
export type ComboboxBehaviour = Transport['comboboxBehaviour'];

/**
 * Search-as-you-type picker state (the ARIA 1.2 combobox pattern with a listbox popup).
 * It renders inside the form's own shadow root, so labels, hints and errors stay
 * associated with the input by id. The first render needs only the field; typing,
 * the keys and the suggestion list come with the transport chunk (`combobox-behaviour.ts`),
 * which the form starts loading on the first focus.
 */
export class Combobox implements ReactiveController {
  query = '';
  options: Option[] = [];
  open = false;
  active = -1;
  loading = false;
  selected: Option | undefined;
  timer: ReturnType<typeof setTimeout> | undefined;
  /** Counts searches, so that a late answer to an older one is ignored. */
  request = 0;
  #behaviour: ComboboxBehaviour | undefined;

  readonly host: ReactiveControllerHost;
  readonly id: string;
  readonly search: (query: string) => Promise<Option[]>;
  readonly onChange: (option: Option | undefined) => void;
  readonly behaviour: () => Promise<ComboboxBehaviour>;

  constructor(
    host: ReactiveControllerHost,
    id: string,
    search: (query: string) => Promise<Option[]>,
    onChange: (option: Option | undefined) => void,
    behaviour: () => Promise<ComboboxBehaviour>,
  ) {
    this.host = host;
    this.id = id;
    this.search = search;
    this.onChange = onChange;
    this.behaviour = behaviour;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** Sets the selection (from outside: a preselected institution, a restored draft; or a choice). */
  select(option: Option | undefined, notify = false): void {
    this.selected = option;
    this.query = option?.label ?? '';
    this.open = false;
    this.active = -1;
    if (notify) this.onChange(option);
    this.host.requestUpdate();
  }

  // An arrow function: Lit calls listeners with the host element as `this`. What is typed
  // is kept at once; typing and keys before the behaviour arrived are handled once it has
  // (only the default action of such a key is not prevented: no list is open then).
  #event = (event: Event): void => {
    const type = event.type as 'input' | 'keydown' | 'focusout';
    if (type === 'input') this.query = (event.target as HTMLInputElement).value;
    if (this.#behaviour) return this.#behaviour[type](this, event as never);
    void this.behaviour().then((behaviour) => {
      this.#behaviour = behaviour;
      // Leaving the field before any list could open: nothing to close.
      if (type !== 'focusout') behaviour[type](this, event as never);
    });
  };

  /** The field: label, hint, error, input and listbox. */
  render(strings: EntryStrings, field: { label: string; hint: string; error?: string | undefined; required?: boolean; describedBy?: string }): TemplateResult {
    const { id } = this;
    const listId = `${id}-list`;
    const describedBy = [`${id}-hint`, field.error ? `${id}-error` : '', field.describedBy ?? ''].filter(Boolean).join(' ');
    const activeId = this.open && this.active >= 0 ? `${id}-opt-${this.active}` : undefined;
    return html`<div class="field combobox ${field.error ? 'has-error' : ''}" part="field" @focusout=${this.#event}>
      <label for=${id} part="label">${field.label}${field.required ? nothing : html` <span class="optional">(${strings.optional})</span>`}</label>
      <p class="hint" id="${id}-hint" part="hint">${field.hint}</p>
      ${field.error ? html`<p class="error-message" id="${id}-error">${field.error}</p>` : nothing}
      <div class="combobox-control">
        <input
          id=${id}
          type="text"
          role="combobox"
          part="input"
          autocomplete="off"
          spellcheck="false"
          placeholder=${strings.searchPlaceholder}
          aria-autocomplete="list"
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls=${listId}
          aria-activedescendant=${activeId ?? nothing}
          aria-describedby=${describedBy}
          aria-invalid=${field.error ? 'true' : 'false'}
          aria-required=${field.required ? 'true' : 'false'}
          .value=${this.query}
          @input=${this.#event}
          @keydown=${this.#event}
        />
        ${this.selected
          ? html`<button type="button" class="link clear" @click=${() => this.select(undefined, true)}>
              ${strings.clearSelection}<span class="visually-hidden">: ${field.label}</span>
            </button>`
          : nothing}
      </div>
      ${this.#behaviour ? this.#behaviour.list(this, strings, field.label) : html`<ul id=${listId} role="listbox" part="listbox" aria-label=${field.label} hidden></ul>`}
    </div>`;
  }
}
