// The bar chart of <lapor-stats> as numbers: where each bar goes, from a typed figures
// object. No DOM and no Lit here, so the arithmetic is tested on its own.

/** One month of the chart: the reports received and how many of them were followed up on time. */
export interface MonthFigures {
  /** `YYYY-MM`. */
  month: string;
  received: number;
  onTime: number;
}

/** What the chart draws: the months of the period, oldest first. */
export interface ChartFigures {
  months: MonthFigures[];
}

/** A rectangle in the chart's own units (`viewBox`). */
export interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartGeometry {
  /** The `viewBox` size: `SLOT` units per month, `HEIGHT` units high. */
  width: number;
  height: number;
  /** The top of the scale: a round number at least as large as every month's figure (1 when all are 0). */
  max: number;
  /** The gridlines' values, bottom to top: 0, half (when whole), top. */
  ticks: number[];
  /** The height of each tick's gridline, in units from the top. */
  tickY: number[];
  months: Array<{ month: string; received: Bar; onTime: Bar }>;
}

/** Units per month, and the chart's height in units. */
export const SLOT = 10;
export const HEIGHT = 100;
// The received bar leaves a gap between months; the on-time bar sits inside it, narrower,
// so the two differ in shape and place, not in colour alone.
const RECEIVED_WIDTH = 7;
const ON_TIME_WIDTH = 3.5;

/** The smallest of 1, 2, 5 × 10ⁿ that is at least `value` (and at least 1): a scale top people read at a glance. */
export function niceMax(value: number): number {
  if (!(value > 1)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

function bar(center: number, width: number, value: number, max: number): Bar {
  const height = (Math.max(0, value) / max) * HEIGHT;
  return { x: center - width / 2, y: HEIGHT - height, width, height };
}

/** Lays the figures out: one slot per month, bars scaled to `max`. */
export function chartGeometry(figures: ChartFigures): ChartGeometry {
  const max = niceMax(Math.max(0, ...figures.months.map((m) => Math.max(m.received, m.onTime))));
  // Half-way only where it is a whole number of reports.
  const ticks = max % 2 === 0 ? [0, max / 2, max] : [0, max];
  return {
    width: Math.max(1, figures.months.length) * SLOT,
    height: HEIGHT,
    max,
    ticks,
    tickY: ticks.map((tick) => HEIGHT - (tick / max) * HEIGHT),
    months: figures.months.map((m, index) => {
      const center = index * SLOT + SLOT / 2;
      return { month: m.month, received: bar(center, RECEIVED_WIDTH, m.received, max), onTime: bar(center, ON_TIME_WIDTH, m.onTime, max) };
    }),
  };
}
