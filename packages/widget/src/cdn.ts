// The CDN entry: one script tag on an agency page. It registers <lapor-form> from its own
// bytes; the other elements (<lapor-status>, <lapor-reports>, <lapor-stats>) arrive as
// chunks, only once one of their tags is on the page, now or later.
import { LaporForm } from './form/lapor-form.ts';
import { define } from './shared/define.ts';

define('lapor-form', LaporForm);

let loading: Promise<void> | null = null;
const more = () => (loading ??= document.querySelector('lapor-status,lapor-reports,lapor-stats') && import('./elements.ts').then((m) => m.upgrade()));
more();
new MutationObserver(more).observe(document.documentElement, { childList: true, subtree: true });
