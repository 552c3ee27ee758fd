import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { format, type EntryStrings } from '../i18n/index.ts';

import type { Option } from './model.ts';

export type { Option };

/**
 * Search-as-you-type picker state (the ARIA 1.2 combobox pattern with a listbox popup).
 * It renders inside the form's own shadow root, so labels, hints and errors stay
 * associated with the input by id. Part of the rest-of-form chunk: the first section
 * has no picker.
 */
export class Combobox implements ReactiveController {
  query = '';
  options: Option[] = [];
  open = false;
  active = -1;
  loading = false;
  selected: Option | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #request = 0;

  readonly host: ReactiveControllerHost;
  readonly id: string;
  readonly search: (query: string) => Promise<Option[]>;
  readonly onChange: (option: Option | undefined) => void;

  constructor(
    host: ReactiveControllerHost,
    id: string,
    search: (query: string) => Promise<Option[]>,
    onChange: (option: Option | undefined) => void,
  ) {
    this.host = host;
    this.id = id;
    this.search = search;
    this.onChange = onChange;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  /** Sets the selection from outside (a preselected institution, a restored draft). */
  select(option: Option | undefined, notify = false): void {
    this.selected = option;
    this.query = option?.label ?? '';
    this.open = false;
    this.active = -1;
    if (notify) this.onChange(option);
    this.host.requestUpdate();
  }

  // Arrow functions: Lit calls listeners with the host element as `this`.
  #input = (event: InputEvent): void => {
    this.query = (event.target as HTMLInputElement).value;
    if (this.selected) {
      this.selected = undefined;
      this.onChange(undefined);
    }
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#run(), 200);
    this.host.requestUpdate();
  };

  async #run(): Promise<void> {
    const request = ++this.#request;
    this.loading = true;
    this.open = true;
    this.host.requestUpdate();
    try {
      const options = await this.search(this.query.trim());
      if (request !== this.#request) return;
      this.options = options;
      this.active = options.length ? 0 : -1;
    } catch {
      if (request === this.#request) this.options = [];
    } finally {
      if (request === this.#request) {
        this.loading = false;
        this.host.requestUpdate();
      }
    }
  }

  #keydown = (event: KeyboardEvent): void => {
    const count = this.options.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!this.open) void this.#run();
        else if (count) this.active = (this.active + 1) % count;
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (count) this.active = (this.active - 1 + count) % count;
        break;
      case 'Home':
      case 'End':
        if (this.open && count) {
          event.preventDefault();
          this.active = event.key === 'Home' ? 0 : count - 1;
        }
        break;
      case 'Enter':
        if (this.open && this.active >= 0 && this.options[this.active]) {
          event.preventDefault();
          this.select(this.options[this.active], true);
        }
        break;
      case 'Escape':
        if (this.open) {
          event.preventDefault();
          this.open = false;
        }
        break;
      default:
        return;
    }
    this.host.requestUpdate();
  };

  #focusout = (event: FocusEvent): void => {
    const wrapper = event.currentTarget as HTMLElement;
    if (!wrapper.contains(event.relatedTarget as Node | null)) {
      this.open = false;
      if (!this.selected) this.query = this.query.trim();
      this.host.requestUpdate();
    }
  };

  /** The field: label, hint, error, input and listbox. */
  render(strings: EntryStrings, field: { label: string; hint: string; error?: string | undefined; required?: boolean; describedBy?: string }): TemplateResult {
    const { id } = this;
    const listId = `${id}-list`;
    const describedBy = [`${id}-hint`, field.error ? `${id}-error` : '', field.describedBy ?? ''].filter(Boolean).join(' ');
    const activeId = this.open && this.active >= 0 ? `${id}-opt-${this.active}` : undefined;
    return html`<div class="field combobox ${field.error ? 'has-error' : ''}" part="field" @focusout=${this.#focusout}>
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
          @input=${this.#input}
          @keydown=${this.#keydown}
        />
        ${this.selected
          ? html`<button type="button" class="link clear" @click=${() => this.select(undefined, true)}>
              ${strings.clearSelection}<span class="visually-hidden">: ${field.label}</span>
            </button>`
          : nothing}
      </div>
      <ul id=${listId} role="listbox" part="listbox" aria-label=${field.label} ?hidden=${!this.open || (!this.options.length && !this.loading)}>
        ${this.options.map(
          (option, index) =>
            html`<li
              id="${id}-opt-${index}"
              role="option"
              aria-selected=${index === this.active ? 'true' : 'false'}
              @pointerdown=${(event: Event) => event.preventDefault()}
              @click=${() => this.select(option, true)}
            >
              <span>${option.label}</span>${option.description ? html`<span class="option-note">${option.description}</span>` : nothing}
            </li>`,
        )}
      </ul>
      <p class="visually-hidden" role="status">
        ${this.open ? (this.loading ? strings.searching : this.options.length ? format(strings.resultsCount ?? '', { count: this.options.length }) : strings.noResults) : ''}
      </p>
    </div>`;
  }
}
