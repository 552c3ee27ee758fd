import { css } from 'lit';
import { baseStyles } from '../shared/styles.ts';

/** What the form's first section shows; the rest of the form and the views that chunks bring add their own styles. */
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
    /* Holds the place of the rest of the form for the moment its chunk takes, so that the page below does not move when it arrives. */
    .more-pending {
      min-height: 110rem;
    }
  `,
];
