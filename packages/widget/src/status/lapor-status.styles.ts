import { css } from 'lit';
import { baseStyles } from '../shared/styles.ts';

/** The status view: the lookup, the report with its status badge and deadlines, the timeline. */
export const statusStyles = [
  baseStyles,
  css`
    .lookup {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      align-items: flex-end;
      margin-bottom: var(--_space);
    }
    .lookup .field {
      flex: 1 1 14rem;
      margin: 0;
    }
    .mine {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      margin-bottom: var(--_space);
    }
    .report {
      border-top: 4px solid var(--_primary);
      padding-top: var(--_space);
    }
    .report h2:focus {
      outline: none;
    }
    .badge {
      display: inline-block;
      padding: 0.2em 0.7em;
      border-radius: 999px;
      background: var(--_primary);
      color: var(--_on-primary);
      font-weight: 600;
    }
    .group {
      margin-inline-start: 0.5em;
      color: var(--_muted);
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.35em 1em;
      margin: 0 0 var(--_space);
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0;
    }
    ol.timeline {
      list-style: none;
      padding: 0;
      margin: 0 0 var(--_space);
      border-left: 3px solid var(--_border);
    }
    ol.timeline li {
      padding: 0 0 var(--_space) var(--_space);
    }
    time {
      color: var(--_muted);
      font-size: 0.9em;
      display: block;
    }
    .message {
      white-space: pre-wrap;
      margin: 0.25em 0 var(--_space);
    }
    @container (max-width: 26rem) {
      dl {
        grid-template-columns: 1fr;
      }
    }
  `,
];
