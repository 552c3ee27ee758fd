// `npm run bench -w @lapor/widget`: time from navigation to a form the citizen can type in
// (its first field: the page's fallback title field, then the upgraded form's) and to the
// whole form (the submit button) in Chromium, for the agency page with the CDN widget and
// for a plain HTML form with the same fields (the floor), on a fast connection and on a
// slow mobile profile; the page's cumulative layout shift while the element upgrades; the
// long tasks on the main thread and their blocking time; and the widget's bytes against a
// peer bundled the same way (Sentry's user feedback widget). Prints figures; fails nothing.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startSandbox } from '@lapor/sandbox';
import { startAgencySite } from '../../../examples/agency-site/server.ts';
import { CDN_BUDGETS, kb, measure, measureCdn } from '../../../scripts/lib/sizes.ts';
import { launchChromium } from '../../../scripts/lib/chromium.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const here = new URL('.', import.meta.url).pathname;

/** A slow mobile profile (as Lighthouse's "slow 4G"): 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up, CPU 4× slower. */
const SLOW = { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8, cpu: 4 };

const sandbox = await startSandbox({ port: 0, db: ':memory:', rateLimit: 'off' });
const site = await startAgencySite({ port: 0, sandboxUrl: sandbox.url });
const staticHtml = await readFile(`${here}static-form.html`);
const floor = createServer((_, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(staticHtml));
await new Promise<void>((resolve) => floor.listen(0, '127.0.0.1', resolve));
const floorUrl = `http://localhost:${(floor.address() as AddressInfo).port}/`;

const browser = await launchChromium();

interface Timing {
  /** Milliseconds until a title field in the page itself can be typed in (the plain form's, or the fallback inside `<lapor-form>`); absent without one. */
  pageField: number | undefined;
  /** Milliseconds until the upgraded form's title field (in its shadow root) can be typed in; the plain form's own for the plain page. */
  firstField: number;
  /** Milliseconds until the whole form is there (the submit button rendered). */
  interactive: number;
  /** Cumulative layout shift (Chromium's layout-shift entries) until a second after that. */
  cls: number;
  /** Long tasks (over 50 ms, Chromium's longtask entries) until the network is quiet (the transport chunk and the first requests included): durations in ms. */
  longTasks: number[];
}

/** Times one page load (see `Timing`). */
async function timeToInteractive(url: string, slow: boolean): Promise<Timing> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (slow) {
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: SLOW.latency, downloadThroughput: SLOW.downloadThroughput, uploadThroughput: SLOW.uploadThroughput });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW.cpu });
  }
  await page.evaluateOnNewDocument(() => {
    const w = window as unknown as { __pageField?: number; __firstField?: number; __interactive?: number; __cls: number; __longTasks: number[] };
    w.__cls = 0;
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) if (!entry.hadRecentInput) w.__cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    const check = () => {
      // Checked each frame: a field counts from the first frame that shows it. The widget's
      // own fields are in its shadow root (the page's fallback fields stay in the document).
      w.__pageField ??= document.querySelector('[name=title]') ? performance.now() : undefined;
      const form = document.querySelector('lapor-form');
      const root = form ? form.shadowRoot : document;
      w.__firstField ??= root?.querySelector('#title, [name=title]') ? performance.now() : undefined;
      if (root?.querySelector('button[type=submit]')) w.__interactive ??= performance.now();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => (window as unknown as { __interactive?: number }).__interactive !== undefined, { timeout: 60_000 });
  await new Promise((resolve) => setTimeout(resolve, 1000));
  // The transport chunk loads when the browser is idle, and the form then asks for the host institution.
  await page.waitForNetworkIdle({ idleTime: 1000, timeout: 20_000 }).catch(() => undefined);
  const timing = await page.evaluate(() => {
    const w = window as unknown as { __pageField?: number; __firstField: number; __interactive: number; __cls: number; __longTasks: number[] };
    return { pageField: w.__pageField, firstField: w.__firstField ?? w.__interactive, interactive: w.__interactive, cls: w.__cls, longTasks: w.__longTasks };
  });
  await context.close();
  return timing;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const lines: string[] = [];
try {
  for (const slow of [false, true]) {
    const widget: Timing[] = [];
    const plain: Timing[] = [];
    for (let i = 0; i < RUNS; i++) {
      widget.push(await timeToInteractive(`${site.url}/`, slow));
      plain.push(await timeToInteractive(floorUrl, slow));
    }
    const p = median(plain.map((t) => t.interactive));
    const profile = slow ? 'slow mobile (150 ms RTT, 1.6 Mbit/s, CPU ×4)' : 'fast (loopback)                            ';
    // The fallback's field is the page's own HTML (typeable before the script runs, taken
    // over on upgrade); the upgraded form's is the element's. Both shown, each against the plain form.
    const fallback = widget.map((t) => t.pageField).filter((t) => t !== undefined);
    for (const [what, values] of [
      ['first field, fallback in the page ', fallback.length === widget.length ? fallback : []],
      ['first field, upgraded form        ', widget.map((t) => t.firstField)],
      ['whole form                        ', widget.map((t) => t.interactive)],
    ] as const) {
      if (!values.length) {
        lines.push(`  ${profile}  ${what}: none (the page has no fallback fields)`);
        continue;
      }
      const w = median(values);
      lines.push(`  ${profile}  ${what}: widget ${w.toFixed(0).padStart(5)} ms   plain HTML form ${p.toFixed(0).padStart(5)} ms   widget/plain ${(w / p).toFixed(2)}  (median of ${RUNS})`);
    }
    // The plain form's time above is its inline script's, during parsing; the widget's fields
    // count from the frame that shows them. The plain form's first such frame, for comparison:
    lines.push(`  ${profile}  plain HTML form's first frame with its fields: ${median(plain.map((t) => t.firstField)).toFixed(0)} ms`);
    lines.push(`  ${profile}  cumulative layout shift of the agency page: median ${median(widget.map((t) => t.cls)).toFixed(3)}, worst ${Math.max(...widget.map((t) => t.cls)).toFixed(3)}`);
    // Main-thread tasks over 50 ms until the network is quiet, and their blocking time (each
    // one's part over 50 ms, as Lighthouse's Total Blocking Time counts it).
    for (const [page, runs] of [
      ['agency page    ', widget],
      ['plain HTML form', plain],
    ] as const) {
      const count = median(runs.map((t) => t.longTasks.length));
      const longest = median(runs.map((t) => Math.max(0, ...t.longTasks)));
      const blocking = median(runs.map((t) => t.longTasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0)));
      lines.push(`  ${profile}  long tasks, ${page}: ${count} (longest ${longest.toFixed(0)} ms), blocking time ${blocking.toFixed(0)} ms  (medians of ${RUNS})`);
    }
  }
} finally {
  await browser.close();
  await site.close();
  await sandbox.close();
  floor.close();
}

const sizes = await measureCdn();
const sentry = await measure('', "import * as Sentry from '@sentry/browser'; Sentry.init({ dsn: 'https://public@example.invalid/1', integrations: [Sentry.feedbackIntegration({ colorScheme: 'system' })] });");
lines.push(`  CDN entry ${kb(sizes.entry.gzip)} gzip (budget ${kb(CDN_BUDGETS.entry)}); loaded by the time a report is sent ${kb(sizes.atSubmit.gzip)} (budget ${kb(CDN_BUDGETS.atSubmit)})`);
lines.push(`  peer: @sentry/browser with feedbackIntegration, bundled the same way: ${kb(sentry.gzip)} gzip in one piece`);
lines.push(`  ratios: entry/peer ${(sizes.entry.gzip / sentry.gzip).toFixed(2)}, at-submit/peer ${(sizes.atSubmit.gzip / sentry.gzip).toFixed(2)}`);
console.log(`\n@lapor/widget first render\n${lines.join('\n')}`);
