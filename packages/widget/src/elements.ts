// The elements a page may hold besides the form, each a chunk of its own, loaded when its
// tag appears (now, or later: pages add elements after loading).
import { define } from './shared/define.ts';

const chunks: Record<string, () => Promise<CustomElementConstructor>> = {
  'lapor-status': () => import('./status/lapor-status.ts').then((m) => m.LaporStatus),
  'lapor-reports': () => import('./reports/lapor-reports.ts').then((m) => m.LaporReports),
  'lapor-stats': () => import('./stats/lapor-stats.ts').then((m) => m.LaporStats),
};

function scan(): boolean {
  for (const tag in chunks) {
    if (document.querySelector(tag)) {
      void chunks[tag]!().then((element) => define(tag, element));
      delete chunks[tag];
    }
  }
  return !Object.keys(chunks).length;
}

/** Defines every element on the page now, and any that appears later. */
export function upgrade(): void {
  if (scan()) return;
  const observer = new MutationObserver(() => scan() && observer.disconnect());
  observer.observe(document.documentElement, { childList: true, subtree: true });
}
