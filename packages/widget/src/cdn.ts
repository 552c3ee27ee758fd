// The CDN entry: one script tag on an agency page. It registers <lapor-form> from its own
// bytes; the other elements (<lapor-status>, <lapor-reports>, <lapor-stats>) arrive as
// chunks, only once one of their tags is on the page, now or later.
import { LaporForm } from './form/lapor-form.ts';
import { define } from './shared/define.ts';

define('lapor-form', LaporForm);

// Until one of their tags appears; from then on elements.ts watches the page itself.
const more = () => document.querySelector('lapor-status,lapor-reports,lapor-stats') && import('./elements.ts').then((m) => m.upgrade());
if (!more()) {
  const observer = new MutationObserver(() => more() && observer.disconnect());
  observer.observe(document.documentElement, { childList: true, subtree: true });
}
