/**
 * `@lapor/widget`: drop-in web components for SP4N-LAPOR!. This module defines nothing
 * by itself (no side effects): import `@lapor/widget/define` to register the elements,
 * or load the CDN file `dist/cdn/lapor-widget.js` with one script tag.
 *
 * @example
 * ```ts
 * import '@lapor/widget/define';
 * // <lapor-form endpoint="…" site-key="pk_…" institution="pemkot-mataram"></lapor-form>
 * // <lapor-reports endpoint="…" site-key="pk_…" institution-id="pemkot-mataram" status-url="/status?id={trackingId}"></lapor-reports>
 * ```
 * @module
 */
export { LaporForm, type LaporErrorDetail, type LaporSubmittedDetail } from './form/lapor-form.ts';
export { LaporStatus } from './status/lapor-status.ts';
export { LaporReports, type ReportGroup } from './reports/lapor-reports.ts';
export { LaporStats } from './stats/lapor-stats.ts';
export type { ChartFigures, MonthFigures } from './stats/geometry.ts';
export { define, VERSION } from './shared/define.ts';
export type { Strings, StringOverrides, TableOverrides, Language, ReportsStrings, StatsStrings } from './i18n/index.ts';
