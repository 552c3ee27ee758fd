import { css } from 'lit';

/** The dark palette: used when the device prefers it (unless `theme="light"`), or with `theme="dark"`. */
const dark = css`
  --_primary: var(--lapor-color-primary, #8cc4ff);
  --_on-primary: var(--lapor-color-on-primary, #06223f);
  --_text: var(--lapor-color-text, #e8ecf0);
  --_muted: var(--lapor-color-muted, #b4bec9);
  --_bg: var(--lapor-color-background, #15191e);
  --_surface: var(--lapor-color-surface, #1f252c);
  --_border: var(--lapor-color-border, #8a96a3);
  --_error: var(--lapor-color-error, #ffb4ab);
  --_success: var(--lapor-color-success, #8fd6a5);
`;

/**
 * Design tokens and the controls both elements share. Agencies theme only through the
 * `--lapor-*` custom properties and the `::part`s; fonts inherit from the page.
 */
export const baseStyles = css`
  :host {
    --_primary: var(--lapor-color-primary, #0b5cad);
    --_on-primary: var(--lapor-color-on-primary, #ffffff);
    --_text: var(--lapor-color-text, #1b1f24);
    --_muted: var(--lapor-color-muted, #4f5a66);
    --_bg: var(--lapor-color-background, #ffffff);
    --_surface: var(--lapor-color-surface, #f4f6f8);
    --_border: var(--lapor-color-border, #6b7682);
    --_error: var(--lapor-color-error, #b3261e);
    --_success: var(--lapor-color-success, #1d6b3a);
    --_focus: var(--lapor-color-focus, #f2b705);
    --_radius: var(--lapor-radius, 6px);
    --_space: var(--lapor-space, 1rem);
    display: block;
    color: var(--_text);
    background: var(--_bg);
    font-family: var(--lapor-font-family, inherit);
    font-size: var(--lapor-font-size, 1rem);
    line-height: 1.5;
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }
  :host([theme='dark']) {
    ${dark}
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h2,
  h3 {
    line-height: 1.25;
    margin: 0 0 calc(var(--_space) * 0.5);
  }
  h2 {
    font-size: 1.5em;
  }
  h3 {
    font-size: 1.15em;
  }
  p {
    margin: 0 0 var(--_space);
  }
  .field,
  fieldset {
    margin: 0 0 calc(var(--_space) * 1.5);
  }
  label,
  legend,
  .label {
    display: block;
    font-weight: 600;
  }
  p[role='status']:empty {
    margin: 0;
  }
  fieldset {
    border: 0;
    padding: 0;
    min-width: 0;
  }
  legend {
    font-size: 1.1em;
    margin-bottom: calc(var(--_space) * 0.25);
    padding: 0;
  }
  .hint,
  .error-message {
    margin: 0 0 calc(var(--_space) * 0.4);
  }
  .hint {
    color: var(--_muted);
    font-size: 0.95em;
  }
  .error-message {
    color: var(--_error);
    font-weight: 600;
  }
  .has-error {
    border-left: 4px solid var(--_error);
    padding-left: calc(var(--_space) * 0.75);
  }
  /* Every text-like input: radios and checkboxes have their own rule, the file input is visually hidden. */
  input:not([type='radio'], [type='checkbox'], [type='file']),
  textarea {
    display: block;
    width: 100%;
    min-height: 44px;
    padding: 0.5em 0.65em;
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }
  textarea {
    min-height: 8em;
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--_error);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button,
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-height: 44px;
    min-width: 44px;
    padding: 0.5em 1.1em;
    font: inherit;
    font-weight: 600;
    color: var(--_on-primary);
    background: var(--_primary);
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    cursor: pointer;
    text-decoration: none;
  }
  button.secondary,
  .button.secondary {
    color: var(--_primary);
    background: transparent;
  }
  button.link {
    padding: 0.25em;
    color: var(--_primary);
    background: none;
    border: 0;
    text-decoration: underline;
  }
  button[disabled] {
    opacity: 0.7;
    cursor: progress;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.65em;
    min-height: 44px;
    padding: 0.35em 0;
  }
  .choice input {
    flex: none;
    width: 1.5em;
    height: 1.5em;
    margin: 0.1em 0 0;
    accent-color: var(--_primary);
  }
  .choice .hint {
    font-weight: 400;
    margin: 0;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .notice {
    padding: calc(var(--_space) * 0.75);
    border-left: 5px solid var(--_primary);
    background: var(--_surface);
    margin: 0 0 var(--_space);
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;
