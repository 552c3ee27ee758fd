import { css } from 'lit';
import { baseStyles } from '../shared/styles.ts';

export const reportsStyles = [
  baseStyles,
  css`
    .intro {
      color: var(--_muted);
    }
    .search {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      align-items: flex-end;
      margin-bottom: var(--_space);
    }
    .search .field {
      flex: 1 1 14rem;
      margin: 0;
    }
    [role='tablist'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em;
      border-bottom: 2px solid var(--_border);
      margin-bottom: var(--_space);
    }
    [role='tab'] {
      flex: 1 1 auto;
      padding: 0.5em 0.75em;
      color: var(--_text);
      background: transparent;
      border: 0;
      border-bottom: 4px solid transparent;
      border-radius: var(--_radius) var(--_radius) 0 0;
      margin-bottom: -2px;
    }
    [role='tab'][aria-selected='true'] {
      color: var(--_primary);
      border-bottom-color: var(--_primary);
      background: var(--_surface);
    }
    [role='tabpanel']:focus-visible {
      outline-offset: 4px;
    }
    ul.reports {
      list-style: none;
      margin: 0 0 var(--_space);
      padding: 0;
    }
    ul.reports > li {
      border-top: 1px solid var(--_border);
      padding: var(--_space) 0;
    }
    ul.reports h3 {
      margin-bottom: 0.25em;
      overflow-wrap: anywhere;
    }
    ul.reports h3 a {
      color: var(--_primary);
    }
    ul.reports h3 a:focus {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    .meta {
      color: var(--_muted);
      font-size: 0.9em;
      margin-bottom: 0.5em;
    }
    .badge {
      display: inline-block;
      padding: 0.1em 0.6em;
      border-radius: 999px;
      background: var(--_primary);
      color: var(--_on-primary);
      font-weight: 600;
      font-size: 0.9em;
    }
    .excerpt {
      overflow-wrap: anywhere;
      margin-bottom: 0.5em;
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.2em 1em;
      margin: 0;
      font-size: 0.95em;
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0;
    }
    .empty,
    .error {
      padding: var(--_space);
      background: var(--_surface);
      border-radius: var(--_radius);
    }
    .error {
      border-left: 5px solid var(--_error);
    }
    @container (max-width: 26rem) {
      dl {
        grid-template-columns: 1fr;
      }
      dd + dt {
        margin-top: 0.25em;
      }
    }
  `,
];
