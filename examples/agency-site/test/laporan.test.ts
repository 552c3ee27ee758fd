// The "Laporan warga" page of the agency-site example, in Chromium on a 320 px phone, under
// the site's strict Content-Security-Policy: the figures and the public list load as chunks
// of the one script tag, link to the status page, and never show a confidential report.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { startSandbox, type Sandbox } from '@lapor/sandbox';
import { sampleReport } from '../../../scripts/lib/sample-report.ts';
import { startAgencySite } from '../server.ts';
import { launchChromium } from '../../../scripts/lib/chromium.ts';

/**
 * Waits for `selector` inside the shadow root of `host`. Polled: a wait that watches the page
 * for mutations never sees those made inside a shadow root.
 */
async function inShadow(host: string, selector: string) {
  return page.waitForFunction((h, s) => document.querySelector(h)?.shadowRoot?.querySelector(s), { polling: 100, timeout: 20_000 }, host, selector);
}

let sandbox: Sandbox;
let site: Awaited<ReturnType<typeof startAgencySite>>;
let browser: Browser;
let page: Page;
const problems: string[] = [];
const adminToken = 'laporan-admin-token-0123456789';

async function file(title: string, confidential = false): Promise<string> {
  const response = await fetch(`${sandbox.url}/v1/complaints`, {
    method: 'POST',
    headers: { authorization: 'Bearer pk_test_sandbox', 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
    body: JSON.stringify({ ...sampleReport, title, confidential }),
  });
  const { trackingId } = (await response.json()) as { trackingId: string };
  const admin = (path: string, body: unknown) =>
    fetch(`${sandbox.url}/_sandbox/complaints/${trackingId}/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
      body: JSON.stringify(body),
    });
  assert.equal((await admin('forward', { institutionId: 'pemkot-mataram' })).status, 201);
  assert.equal((await admin('follow-up', { body: 'Perbaikan dijadwalkan pekan depan.' })).status, 201);
  return trackingId;
}

before(async () => {
  sandbox = await startSandbox({ port: 0, db: ':memory:', clock: 'manual', rateLimit: 'off', adminToken });
  site = await startAgencySite({ port: 0, sandboxUrl: sandbox.url, sandboxAdminToken: adminToken });
  browser = await launchChromium();
  page = await browser.newPage();
  await page.setViewport({ width: 320, height: 640 });
  await page.evaluateOnNewDocument(() => {
    (window as unknown as { __violations: string[] }).__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __violations: string[] }).__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${String(error)}`));
});

after(async () => {
  await browser?.close();
  await site?.close();
  await sandbox?.close();
});

describe('agency-site example: Laporan warga', () => {
  it('shows the figures and the public reports on a 320 px phone, under the strict CSP, with no violation', async () => {
    const open = await file('Lampu jalan padam di Jalan Majapahit');
    await file('Dugaan pungutan liar di loket pelayanan', true);
    await page.goto(`${site.url}/laporan`, { waitUntil: 'networkidle0' });
    assert.equal(await page.title(), 'Laporan warga – Pemerintah Kota Mataram');
    await inShadow('lapor-stats', 'section > figure svg rect.received');
    const report = (await inShadow('lapor-reports', 'ul.reports h3 a')).asElement() as ElementHandle<HTMLAnchorElement>;
    const titles = await page.$$eval('lapor-reports >>> ul.reports h3', (list) => list.map((h) => h.textContent!.trim()));
    assert.deepEqual(titles, ['Lampu jalan padam di Jalan Majapahit']);
    assert.equal(await report.evaluate((a) => a.getAttribute('href')), `/status?id=${open}`);
    assert.equal(await page.$eval('lapor-stats >>> .figure dd', (dd) => dd.textContent!.trim()), '2');
    // A 320 px screen: nothing scrolls sideways.
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 320);
    assert.deepEqual(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations), []);
    assert.deepEqual(problems, []);
    // The link opens the report on the status page.
    await Promise.all([page.waitForNavigation(), report.click()]);
    await inShadow('lapor-status', '.report');
    assert.match(await page.$eval('lapor-status >>> .report h2', (h) => h.textContent!), /Lampu jalan padam/);
  });

  it('does not jump while the figures and the list load, on the phone Lighthouse emulates, and its menu links are big enough to tap', async () => {
    await file('Saluran air tersumbat di Jalan Langko');
    const phone = await browser.newPage();
    try {
      await phone.setViewport({ width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
      // A slow mobile connection (Lighthouse's): the page paints before the scripts and the
      // figures arrive, as on a citizen's phone, so a jump cannot hide inside the first frame.
      const cdp = await phone.createCDPSession();
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
      await phone.evaluateOnNewDocument(() => {
        const w = window as unknown as { __cls: number };
        w.__cls = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) if (!entry.hadRecentInput) w.__cls += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await phone.goto(`${site.url}/laporan`, { waitUntil: 'networkidle0' });
      await phone.waitForFunction(
        () => document.querySelector('lapor-stats')?.shadowRoot?.querySelector('section > figure svg rect.received') && document.querySelector('lapor-reports')?.shadowRoot?.querySelector('ul.reports'),
        { polling: 100, timeout: 20_000 },
      );
      // Layout shifts are reported after the frame that made them.
      await phone.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const cls = await phone.evaluate(() => (window as unknown as { __cls: number }).__cls);
      assert.ok(cls <= 0.05, `cumulative layout shift ${cls.toFixed(3)} (at most 0.05)`);
      // WCAG 2.2 target size (minimum): 24 px, also when the menu wraps on a phone.
      const heights = await phone.$$eval('nav a', (links) => links.map((a) => a.getBoundingClientRect().height));
      assert.ok(heights.length > 0 && heights.every((h) => h >= 24), `menu link heights ${heights.join(', ')}`);
    } finally {
      await phone.close();
    }
  });
});
