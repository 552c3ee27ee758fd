// The bar chart of <lapor-stats>, drawn as inline SVG from a typed figures object. The SVG
// holds only shapes (it stretches to any width); the labels are HTML so that they keep
// their size on a 320 px phone and on a desktop alike. Hidden from screen readers: the
// data table beside it carries the same figures as text.
import { html, svg, type TemplateResult } from 'lit';
import { chartGeometry, type ChartFigures } from './geometry.ts';

export interface ChartLabels {
  received: string;
  onTime: string;
  /** A month as a short and a one-letter label (`Jan`, `J`), for wide and narrow charts. */
  month: (month: string) => { short: string; narrow: string };
  number: (value: number) => string;
}

/** The chart: gridlines with their values, one received bar per month with the on-time bar inside it, month labels, a legend. */
export function barChart(figures: ChartFigures, labels: ChartLabels): TemplateResult {
  const geometry = chartGeometry(figures);
  const { width, height } = geometry;
  return html`<div class="chart" aria-hidden="true">
    <div class="y-axis">${[...geometry.ticks].reverse().map((tick) => html`<span>${labels.number(tick)}</span>`)}</div>
    <div class="plot">
      <svg viewBox="0 0 ${width} ${height}" preserveAspectRatio="none" focusable="false">
        ${geometry.tickY.map((y) => svg`<line class="grid" x1="0" x2=${width} y1=${y} y2=${y} vector-effect="non-scaling-stroke"></line>`)}
        ${geometry.months.map(
          ({ received, onTime }) =>
            svg`<rect class="received" x=${received.x} y=${received.y} width=${received.width} height=${received.height} vector-effect="non-scaling-stroke"></rect>
              <rect class="on-time" x=${onTime.x} y=${onTime.y} width=${onTime.width} height=${onTime.height}></rect>`,
        )}
      </svg>
      <div class="months">
        ${geometry.months.map(({ month }) => {
          const label = labels.month(month);
          return html`<span><span class="short">${label.short}</span><span class="narrow">${label.narrow}</span></span>`;
        })}
      </div>
    </div>
  </div>
  <ul class="legend" aria-hidden="true">
    <li><span class="swatch received"></span>${labels.received}</li>
    <li><span class="swatch on-time"></span>${labels.onTime}</li>
  </ul>`;
}
