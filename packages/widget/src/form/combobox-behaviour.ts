// The pickers' behaviour (typing searches after a pause, arrow keys, Enter, Escape, and
// the suggestion list with its live count): part of the transport chunk, which any search
// needs anyway. The field itself renders from the form's first bytes (combobox.ts).
import { html, nothing, type TemplateResult } from 'lit';
import { format, type EntryStrings } from '../i18n/index.ts';
import type { Combobox } from './combobox.ts';

async function run(box: Combobox): Promise<void> {
  const request = ++box.request;
  box.loading = true;
  box.open = true;
  box.host.requestUpdate();
  try {
    const options = await box.search(box.query.trim());
    if (request !== box.request) return;
    box.options = options;
    box.active = options.length ? 0 : -1;
  } catch {
    if (request === box.request) box.options = [];
  } finally {
    if (request === box.request) {
      box.loading = false;
      box.host.requestUpdate();
    }
  }
}

/** Handlers by event type, and the list. */
export const comboboxBehaviour = {
  /** The query changed (the field already holds it): search after a pause. */
  input(box: Combobox): void {
    if (box.selected) {
      box.selected = undefined;
      box.onChange(undefined);
    }
    clearTimeout(box.timer);
    box.timer = setTimeout(() => void run(box), 200);
    box.host.requestUpdate();
  },

  keydown(box: Combobox, event: KeyboardEvent): void {
    const count = box.options.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!box.open) void run(box);
        else if (count) box.active = (box.active + 1) % count;
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (count) box.active = (box.active - 1 + count) % count;
        break;
      case 'Home':
      case 'End':
        if (box.open && count) {
          event.preventDefault();
          box.active = event.key === 'Home' ? 0 : count - 1;
        }
        break;
      case 'Enter':
        if (box.open && box.active >= 0 && box.options[box.active]) {
          event.preventDefault();
          box.select(box.options[box.active], true);
        }
        break;
      case 'Escape':
        if (box.open) {
          event.preventDefault();
          box.open = false;
        }
        break;
      default:
        return;
    }
    box.host.requestUpdate();
  },

  focusout(box: Combobox, event: FocusEvent): void {
    const wrapper = event.currentTarget as HTMLElement | null;
    // Read at once: the event no longer points into the shadow root once dispatch ends.
    if (!wrapper?.contains(event.relatedTarget as Node | null)) {
      box.open = false;
      if (!box.selected) box.query = box.query.trim();
      box.host.requestUpdate();
    }
  },

  /** The suggestion list and the live count of results. */
  list(box: Combobox, strings: EntryStrings, label: string): TemplateResult {
    const { id } = box;
    return html`<ul id="${id}-list" role="listbox" part="listbox" aria-label=${label} ?hidden=${!box.open || (!box.options.length && !box.loading)}>
        ${box.options.map(
          (option, index) =>
            html`<li
              id="${id}-opt-${index}"
              role="option"
              aria-selected=${index === box.active ? 'true' : 'false'}
              @pointerdown=${(event: Event) => event.preventDefault()}
              @click=${() => box.select(option, true)}
            >
              <span>${option.label}</span>${option.description ? html`<span class="option-note">${option.description}</span>` : nothing}
            </li>`,
        )}
      </ul>
      <p class="visually-hidden" role="status">
        ${box.open ? (box.loading ? strings.searching : box.options.length ? format(strings.resultsCount ?? '', { count: box.options.length }) : strings.noResults) : ''}
      </p>`;
  },
};
