import { css } from 'lit';
import { baseStyles } from '../shared/styles.ts';

export const statsStyles = [
  baseStyles,
  css`
    .period {
      color: var(--_muted);
    }
    .placeholder {
      visibility: hidden;
    }
    .figures {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr));
      gap: calc(var(--_space) * 0.75);
      margin: 0 0 calc(var(--_space) * 1.5);
    }
    .figure {
      padding: calc(var(--_space) * 0.75);
      background: var(--_surface);
      border-top: 4px solid var(--_primary);
      border-radius: var(--_radius);
    }
    .figure dt {
      font-weight: 600;
    }
    .figure dd {
      margin: 0.25em 0 0;
    }
    .value {
      display: block;
      font-size: 1.75em;
      font-weight: 700;
      line-height: 1.2;
    }
    .detail {
      display: block;
      color: var(--_muted);
      font-size: 0.9em;
    }
    figure {
      margin: 0 0 var(--_space);
    }
    figcaption {
      font-weight: 600;
      font-size: 1.15em;
      margin-bottom: calc(var(--_space) * 0.5);
    }
    .chart {
      display: flex;
      gap: 0.4em;
    }
    .y-axis {
      display: flex;
      flex-direction: column;
      justify-content: space-between;
      height: 10rem;
      margin-top: -0.6em;
      margin-bottom: 0.9em;
      text-align: right;
      color: var(--_muted);
      font-size: 0.8em;
      font-variant-numeric: tabular-nums;
    }
    .plot {
      flex: 1;
      min-width: 0;
    }
    svg {
      display: block;
      width: 100%;
      height: 10rem;
      overflow: visible;
    }
    .grid {
      stroke: var(--_border);
      stroke-width: 1;
    }
    rect.received {
      fill: var(--_surface);
      stroke: var(--_primary);
      stroke-width: 2;
    }
    rect.on-time {
      fill: var(--_primary);
    }
    .months {
      display: flex;
      color: var(--_muted);
      font-size: 0.8em;
    }
    .months > span {
      flex: 1 1 0;
      min-width: 0;
      text-align: center;
    }
    .months .narrow {
      display: none;
    }
    @container (max-width: 30rem) {
      .months .short {
        display: none;
      }
      .months .narrow {
        display: inline;
      }
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1.25em;
      list-style: none;
      padding: 0;
      margin: calc(var(--_space) * 0.5) 0 0;
      font-size: 0.9em;
    }
    .legend li {
      display: flex;
      align-items: center;
      gap: 0.4em;
    }
    .swatch {
      display: inline-block;
      width: 1em;
      height: 1em;
      border-radius: 2px;
    }
    .swatch.received {
      background: var(--_surface);
      border: 2px solid var(--_primary);
    }
    .swatch.on-time {
      background: var(--_primary);
      width: 0.5em;
    }
    .error {
      padding: var(--_space);
      background: var(--_surface);
      border-left: 5px solid var(--_error);
      border-radius: var(--_radius);
    }
    .as-of {
      color: var(--_muted);
      font-size: 0.9em;
    }
  `,
];
