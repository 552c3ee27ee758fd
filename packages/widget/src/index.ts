/**
 * `@lapor/widget`: drop-in web components for SP4N-LAPOR!. This module defines nothing
 * by itself (no side effects): import `@lapor/widget/define` to register the elements,
 * or load the CDN file `dist/cdn/lapor-widget.js` with one script tag.
 *
 * @example
 * ```ts
 * import '@lapor/widget/define';
 * // <lapor-form endpoint="…" site-key="pk_…" institution="pemkot-mataram"></lapor-form>
 * ```
 * @module
 */
export { LaporForm, type LaporErrorDetail, type LaporSubmittedDetail } from './form/lapor-form.ts';
export { LaporStatus } from './status/lapor-status.ts';
export { define, VERSION } from './shared/define.ts';
export type { Strings, StringOverrides, Language } from './i18n/index.ts';
