// The page's fallback fields: plain HTML inside <lapor-form> (the classification, the
// title and the body, see the widget guide) that a citizen can type in while the script is
// still on its way. When the element upgrades, the form takes over what they hold and the
// focus, so that nothing typed is lost and the caret stays where it was.

/** What the fallback fields held when the element upgraded. */
export interface Fallback {
  /** The values typed or chosen, by field name; empty fields are left out (a stored draft fills those). */
  typed: Record<string, string>;
  /** The form's control to focus instead of the fallback field that had focus, and its caret. */
  focus?: { id: string; start: number | null; end: number | null } | undefined;
}

/** The id of a classification's radio button in the form. */
export const classificationId = (value: string): string => `classification-${value === 'information_request' ? 'information' : value}`;

/**
 * Reads the fallback fields inside `host` (by `name`: `classification`, `title`, `body`).
 * A page without them gives nothing typed and no focus.
 */
export function takeFallback(host: HTMLElement): Fallback {
  const typed: Record<string, string> = {};
  let focus: Fallback['focus'];
  for (const field of host.querySelectorAll<HTMLInputElement>('[name=classification],[name=title],[name=body]')) {
    const { name, value } = field;
    const radio = field.type === 'radio';
    if (value && (field.checked || !radio)) typed[name] = value;
    // `:focus` rather than `document.activeElement`: the page may hold the form in a shadow root of its own.
    if (field.matches(':focus')) focus = { id: radio ? classificationId(value) : name, start: field.selectionStart, end: field.selectionEnd };
  }
  return { typed, focus };
}
