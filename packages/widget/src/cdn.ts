// The CDN entry: one script tag on an agency page. It registers <lapor-form> from its own
// bytes; <lapor-status> arrives as a chunk only when one is on the page.
import { LaporForm } from './form/lapor-form.ts';
import { define } from './shared/define.ts';

define('lapor-form', LaporForm);

let statusLoading = false;
function loadStatus(): void {
  if (statusLoading) return;
  statusLoading = true;
  void import('./status/lapor-status.ts').then(({ LaporStatus }) => define('lapor-status', LaporStatus));
}

if (document.querySelector('lapor-status')) loadStatus();
else {
  const observer = new MutationObserver(() => {
    if (document.querySelector('lapor-status')) {
      observer.disconnect();
      loadStatus();
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}
