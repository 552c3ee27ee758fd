import { css } from 'lit';
import { baseStyles } from '../shared/styles.ts';

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
    .error-summary {
      border: 4px solid var(--_error);
      padding: var(--_space);
      margin: 0 0 calc(var(--_space) * 1.5);
    }
    .error-summary:focus {
      outline: 3px solid var(--_focus);
    }
    .error-summary ul {
      margin: 0;
      padding-left: 1.2em;
    }
    .error-summary a {
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
    [role='listbox'] {
      list-style: none;
      margin: 0.25em 0 0;
      padding: 0.25em 0;
      border: 2px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg);
      max-height: 18em;
      overflow-y: auto;
    }
    [role='option'] {
      display: flex;
      flex-direction: column;
      min-height: 44px;
      justify-content: center;
      padding: 0.35em 0.75em;
      cursor: pointer;
    }
    [role='option'][aria-selected='true'] {
      background: var(--_primary);
      color: var(--_on-primary);
    }
    .option-note {
      font-size: 0.85em;
      opacity: 0.85;
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
    .files {
      list-style: none;
      padding: 0;
      margin: 0.75em 0 0;
    }
    .file {
      padding: 0.6em 0;
      border-bottom: 1px solid var(--_border);
    }
    .file-size {
      color: var(--_muted);
    }
    .file-done {
      color: var(--_success);
      white-space: nowrap;
    }
    .file progress {
      width: 100%;
      height: 0.75em;
      accent-color: var(--_primary);
    }
    .file-actions {
      display: flex;
      gap: 0.5em;
      margin-top: 0.35em;
    }
    .honeypot {
      position: absolute;
      left: -10000px;
      width: 1px;
      height: 1px;
      overflow: hidden;
    }
    .success {
      max-width: 42rem;
      border: 4px solid var(--_success);
      padding: calc(var(--_space) * 1.5);
    }
    .success h2 {
      color: var(--_success);
    }
    .success h2:focus {
      outline: none;
    }
    .tracking-label {
      margin: 0;
      font-weight: 600;
    }
    .tracking-id {
      font-size: 2.5em;
      font-weight: 700;
      letter-spacing: 0.05em;
      margin: 0 0 0.25em;
      font-variant-numeric: tabular-nums;
      user-select: all;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75em;
    }
    button[type='submit'] {
      font-size: 1.1em;
      padding: 0.6em 1.5em;
    }
    @container (max-width: 30rem) {
      button[type='submit'],
      .actions > * {
        width: 100%;
      }
    }
  `,
];
