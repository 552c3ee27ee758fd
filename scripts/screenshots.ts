// `npm run screenshots`: pictures of the real widget for the docs, made in Chromium from
// the agency-site example against an in-memory sandbox: 360 px and 1280 px wide, light
// and dark; the form, the status view, the "Laporan warga" page (figures and public
// reports) and the similar-report hint. Writes docs/images/*.png.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { startSandbox } from '@lapor/sandbox';
import { startAgencySite } from '../examples/agency-site/server.ts';
import { sampleReport } from './lib/sample-report.ts';
import { launchChromium } from './lib/chromium.ts';

const out = new URL('../docs/images/', import.meta.url).pathname;
await mkdir(out, { recursive: true });
const sandbox = await startSandbox({ port: 0, db: ':memory:', clock: 'manual', rateLimit: 'off' });
const site = await startAgencySite({ port: 0, sandboxUrl: sandbox.url });
const browser = await launchChromium({ args: ['--font-render-hinting=none'] });

async function shoot(page: Page, name: string, selector = 'main') {
  const element = await page.waitForSelector(selector);
  await element!.screenshot({ path: `${out}${name}.png` });
  console.log(`docs/images/${name}.png`);
}

const f = (selector: string) => `lapor-form >>> ${selector}`;

try {
  // Theming: an agency's own colours through the --lapor-* custom properties only.
  const themed = await browser.newPage();
  await themed.setBypassCSP(true);
  await themed.setViewport({ width: 720, height: 900, deviceScaleFactor: 1 });
  await themed.goto(`${site.url}/`, { waitUntil: 'networkidle0' });
  await themed.addStyleTag({
    content: 'lapor-form { --lapor-color-primary: #7a1f2b; --lapor-color-focus: #e0a800; --lapor-radius: 0; --lapor-font-family: Georgia, serif; }',
  });
  await themed.click(f('#classification-aspiration'));
  await shoot(themed, 'form-themed-720-light');
  await themed.close();

  // Attachments: one uploaded, one refused, one waiting for the connection.
  const files = await mkdtemp(join(tmpdir(), 'lapor-shots-'));
  const attach = await browser.newPage();
  await attach.setViewport({ width: 360, height: 900, deviceScaleFactor: 1 });
  await attach.goto(`${site.url}/`, { waitUntil: 'networkidle0' });
  await attach.click(f('#classification-complaint'));
  const pick = async (name: string, content: string | Uint8Array, state: string) => {
    await writeFile(join(files, name), content);
    const input = (await attach.waitForSelector(f('#attachments'))) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(join(files, name));
    await attach.waitForSelector(f(`.file.${state}`));
  };
  await pick('catatan-kejadian.txt', 'Lampu jalan mati sejak Senin malam.', 'done');
  await pick('arsip-foto.zip', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 0]), 'error');
  await attach.emulateNetworkConditions({ offline: true, download: -1, upload: -1, latency: 0 });
  await pick('foto-lampu.txt', 'Foto lampu jalan.', 'waiting');
  const field = await attach.waitForSelector(f('.field:has(#attachments)'));
  await field!.screenshot({ path: `${out}attachments-360-light.png` });
  console.log('docs/images/attachments-360-light.png');
  await attach.close();
  await rm(files, { recursive: true, force: true });

  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [360, 1280]) {
      const page = await browser.newPage();
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
      await page.goto(`${site.url}/`, { waitUntil: 'networkidle0' });
      await page.click(f('#classification-complaint'));
      await shoot(page, `form-${width}-${scheme}`);
      if (width === 360 && scheme === 'light') {
        await page.click(f('button[type=submit]'));
        await page.waitForSelector(f('.error-summary'));
        await shoot(page, `form-errors-${width}-${scheme}`);
      }
      await (await page.waitForSelector(f('#title')))!.type('Jalan berlubang di depan SDN 3 Mataram');
      await (await page.waitForSelector(f('#body')))!.type('Lubang sedalam 30 cm sudah dua minggu belum diperbaiki dan membahayakan pengendara.');
      await page.$eval(f('#incidentDate'), (el) => {
        (el as HTMLInputElement).value = '2026-11-20';
        el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      });
      await (await page.waitForSelector(f('#location')))!.type('mataram');
      await page.waitForSelector(f('#location-opt-0'));
      if (width === 1280 && scheme === 'light') await shoot(page, `form-picker-${width}-${scheme}`);
      await page.keyboard.press('Enter');
      await (await page.waitForSelector(f('#name')))!.type('Siti Aminah');
      await (await page.waitForSelector(f('#email')))!.type('siti@example.id');
      await page.click(f('#consent'));
      await page.click(f('button[type=submit]'));
      const id = await page.waitForSelector(f('.tracking-id'));
      await shoot(page, `success-${width}-${scheme}`);
      const trackingId = await id!.evaluate((el) => el.textContent);
      await sandbox_forward(trackingId!);
      await page.goto(`${site.url}/status?id=${trackingId}`, { waitUntil: 'networkidle0' });
      await page.waitForSelector('lapor-status >>> .timeline');
      await shoot(page, `status-${width}-${scheme}`);
      await page.close();
    }
  }

  // Transparency: the "Laporan warga" page (figures and public reports) and the similar-report hint.
  const seeded = [
    ['Lampu penerangan jalan padam di Jalan Majapahit', 'closed'],
    ['Saluran drainase tersumbat di Cakranegara', 'followed_up'],
    ['Pohon tumbang menutup trotoar di Jalan Udayana', 'forwarded'],
    ['Sampah tidak diangkut di Pasar Kebon Roek', 'followed_up'],
  ] as const;
  for (const [title, stage] of seeded) {
    const created = await (
      await fetch(`${sandbox.url}/v1/complaints`, {
        method: 'POST',
        headers: { authorization: 'Bearer pk_test_sandbox', 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
        body: JSON.stringify({ ...sampleReport, title, body: `${title}. Sudah lebih dari seminggu dan mengganggu warga sekitar.` }),
      })
    ).json();
    await sandbox_stage(created.trackingId, stage);
  }
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [360, 1280]) {
      const page = await browser.newPage();
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
      await page.goto(`${site.url}/laporan`, { waitUntil: 'networkidle0' });
      await page.waitForSelector('lapor-stats >>> section > figure svg rect');
      await page.waitForSelector('lapor-reports >>> ul.reports li');
      await shoot(page, `stats-${width}-${scheme}`, 'lapor-stats');
      await shoot(page, `reports-${width}-${scheme}`, 'lapor-reports');
      await page.close();
    }
  }
  const hint = await browser.newPage();
  await hint.setViewport({ width: 360, height: 900, deviceScaleFactor: 1 });
  await hint.goto(`${site.url}/`, { waitUntil: 'networkidle0' });
  await hint.click(f('#classification-complaint'));
  await (await hint.waitForSelector(f('#title')))!.type('Drainase tersumbat, air meluap ke jalan');
  await (await hint.waitForSelector(f('#location')))!.type('mataram');
  await hint.waitForSelector(f('#location-opt-0'));
  await hint.keyboard.press('Enter');
  await shoot(hint, 'similar-360-light', f('.similar'));
  await hint.close();
} finally {
  await browser.close();
  await site.close();
  await sandbox.close();
}

async function sandbox_stage(trackingId: string, stage: 'forwarded' | 'followed_up' | 'closed') {
  const post = (path: string, body: unknown) =>
    fetch(`${sandbox.url}/_sandbox/complaints/${trackingId}/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  await post('forward', { institutionId: 'pemkot-mataram' });
  if (stage !== 'forwarded') await post('follow-up', { body: 'Petugas sudah meninjau lokasi; perbaikan dijadwalkan pekan ini.' });
  if (stage === 'closed') await post('close', {});
}

async function sandbox_forward(trackingId: string) {
  const post = (path: string, body: unknown) =>
    fetch(`${sandbox.url}/_sandbox/complaints/${trackingId}/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  await post('forward', { institutionId: 'pemkot-mataram' });
  await post('follow-up', { body: 'Petugas sudah meninjau lokasi; perbaikan dijadwalkan Senin, 30 November.' });
}
