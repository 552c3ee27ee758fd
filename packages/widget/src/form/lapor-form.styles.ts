import { css } from 'lit';
import { baseStyles } from '../shared/styles.ts';

/** What the form's first render shows; views that chunks bring add their own styles. */
export const formStyles = [
  baseStyles,
  css`
    form {
      max-width: 42rem;
    }
    .intro {
      color: var(--_muted);
    }
    .optional {
      font-weight: 400;
      color: var(--_muted);
    }
    .count {
      color: var(--_muted);
      font-size: 0.9em;
      margin: 0.25em 0 0;
    }
    .count.over {
      color: var(--_error);
      font-weight: 600;
    }
    .combobox {
      position: relative;
    }
    .combobox-control {
      display: flex;
      gap: 0.5em;
      align-items: stretch;
    }
    .combobox-control input {
      flex: 1;
    }
    .dropzone {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.75em;
      padding: var(--_space);
      border: 2px dashed var(--_border);
      border-radius: var(--_radius);
    }
    .dropzone:focus-within {
      outline: 3px solid var(--_focus);
    }
    .dropzone .hint {
      margin: 0;
    }
    .honeypot {
      position: absolute;
      left: -10000px;
      width: 1px;
      height: 1px;
      overflow: hidden;
    }
    button[type='submit'] {
      font-size: 1.1em;
      padding: 0.6em 1.5em;
    }
    @container (max-width: 30rem) {
      button[type='submit'] {
        width: 100%;
      }
    }
  `,
];
