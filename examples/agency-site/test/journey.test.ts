// A citizen's journey on the agency site, in Chromium: file a complaint with the widget,
// then, through the demo panel, watch it forwarded, followed up and closed. Chromium only:
// it tests the example site and its demo panel; the citizen's part (the CDN form on a page
// with a strict CSP) runs in Chromium, Firefox and WebKit in packages/widget/test/csp.browser.test.ts.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'puppeteer-core';
import { startSandbox, type Sandbox } from '@lapor/sandbox';
import { startAgencySite } from '../server.ts';
import { launchChromium } from '../../../scripts/lib/chromium.ts';

let sandbox: Sandbox;
let site: Awaited<ReturnType<typeof startAgencySite>>;
const adminToken = 'journey-admin-token-0123456789';
let browser: Browser;
let page: Page;
const violations: string[] = [];

before(async () => {
  // As `npm start` runs it: the sandbox's admin routes need a token only the site's server holds.
  sandbox = await startSandbox({ port: 0, db: ':memory:', clock: 'manual', rateLimit: 'off', adminToken });
  site = await startAgencySite({ port: 0, sandboxUrl: sandbox.url, sandboxAdminToken: adminToken });
  browser = await launchChromium();
  page = await browser.newPage();
  await page.setViewport({ width: 390, height: 844 });
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __violations: string[] }).__violations.push(e.violatedDirective));
    (window as unknown as { __violations: string[] }).__violations = [];
  });
  page.on('pageerror', (error) => violations.push(`pageerror: ${String(error)}`));
});

after(async () => {
  await browser?.close();
  await site?.close();
  await sandbox?.close();
});

const inForm = (selector: string) => `lapor-form >>> ${selector}`;

async function typeInto(selector: string, text: string) {
  const handle = await page.waitForSelector(selector);
  await handle!.type(text);
}

describe('agency-site example', () => {
  let trackingId = '';

  it('a citizen files a complaint by keyboard and gets a tracking ID', async () => {
    await page.goto(`${site.url}/`, { waitUntil: 'networkidle0' });
    assert.equal(await page.title(), 'Layanan Pengaduan – Pemerintah Kota Mataram');
    await page.waitForSelector(inForm('#classification-complaint'));
    await page.click(inForm('#classification-complaint'));
    await typeInto(inForm('#title'), 'Jalan berlubang di depan SDN 3 Mataram');
    await typeInto(inForm('#body'), 'Lubang sedalam 30 cm sudah dua minggu belum diperbaiki dan membahayakan pengendara.');
    await page.$eval(inForm('#incidentDate'), (el) => {
      (el as HTMLInputElement).value = '2026-11-20';
      el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    });
    await typeInto(inForm('#location'), 'mataram');
    await page.waitForSelector(inForm('#location-opt-0'));
    await page.keyboard.press('Enter');
    await typeInto(inForm('#name'), 'Siti Aminah');
    await typeInto(inForm('#phone'), '081234567890');
    await page.click(inForm('#consent'));
    assert.equal(await page.$eval(inForm('#institution'), (el) => (el as HTMLInputElement).value), 'Pemerintah Kota Mataram');
    await page.click(inForm('button[type=submit]'));
    const id = await page.waitForSelector(inForm('.tracking-id'), { timeout: 15000 });
    trackingId = (await id!.evaluate((el) => el.textContent)) ?? '';
    assert.match(trackingId, /^\d{7}$/);
    assert.deepEqual(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations), []);
  });

  it('the demo panel forwards it, follows it up, and moves the clock until it closes', async () => {
    await page.goto(`${site.url}/admin`, { waitUntil: 'networkidle0' });
    const clickAction = async (label: string, note: string) => {
      const button = await page.waitForSelector(`xpath/.//tr[td/a[text()="#${trackingId}"]]//button[text()="${label}"]`);
      assert.ok(button, label);
      await button.click();
      await page.waitForFunction((text) => document.getElementById('log')!.textContent!.includes(text), {}, note);
    };
    await page.waitForSelector('#complaints tr');
    // The admin marks it anonymous while verifying: the institution will not see who sent it.
    const anonymous = await page.waitForSelector(`xpath/.//tr[td/a[text()="#${trackingId}"]]//label[contains(., "Anonim")]/input`);
    await anonymous!.click();
    await clickAction('Verifikasi & teruskan', `#${trackingId} diteruskan ke instansi sebagai laporan anonim`);
    const admin = await (await fetch(`${sandbox.url}/_sandbox/complaints/${trackingId}`, { headers: { authorization: `Bearer ${adminToken}` } })).json();
    assert.deepEqual([admin.anonymous, admin.confidential], [true, false]);
    const agency = await (await fetch(`${sandbox.url}/v1/agency/complaints/${trackingId}`, { headers: { authorization: 'Bearer sk_test_sandbox' } })).json();
    assert.equal(agency.reporter, null, 'the institution does not learn who sent it');
    await clickAction('Tindak lanjut', `#${trackingId} ditindaklanjuti`);
    // Ten working days, whatever holidays fall in them: a month, short of the 60-day escalation.
    await page.$eval('#days', (el) => ((el as HTMLInputElement).value = '30'));
    await page.click('#advance');
    await page.waitForFunction(() => document.getElementById('log')!.textContent!.includes('Jam dimajukan'));
    // The table refreshes after the note: wait for the row to show the new status.
    await page.waitForFunction(
      (id) => [...document.querySelectorAll('#complaints tr')].some((row) => row.textContent!.includes(`#${id}`) && row.children[2]?.textContent === 'Selesai'),
      { timeout: 10_000 },
      trackingId,
    );
    // The reporter's mailbox: the SMS LAPOR! would have sent at each step, to the number in E.164.
    await page.waitForFunction(
      (id) => [...document.querySelectorAll('#mailbox tr')].some((row) => row.textContent!.includes(`LAPOR! #${id} selesai`)),
      { timeout: 10_000 },
      trackingId,
    );
    const mailbox = await page.$$eval('#mailbox tr', (rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent ?? '')));
    const ours = mailbox.filter((cells) => cells[1] === `#${trackingId}`);
    assert.deepEqual(
      ours.map((cells) => cells[3]),
      [
        `LAPOR! #${trackingId} selesai. Terima kasih.`,
        `LAPOR! #${trackingId} ditindaklanjuti Pemerintah Kota Mataram. Cek dan tanggapi di halaman laporan Anda.`,
        `LAPOR! #${trackingId} diverifikasi dan diteruskan ke Pemerintah Kota Mataram.`,
      ],
    );
    for (const cells of ours) assert.equal(cells[2], 'SMS +6281234567890');
  });

  it('the status page shows the closed report with its timeline', async () => {
    await page.goto(`${site.url}/status?id=${trackingId}`, { waitUntil: 'networkidle0' });
    const badge = await page.waitForSelector('lapor-status >>> .badge', { timeout: 15000 });
    assert.equal(await badge!.evaluate((el) => el.textContent), 'Selesai');
    const timeline = await page.$eval('lapor-status >>> .timeline', (el) => el.textContent ?? '');
    assert.match(timeline, /Laporan dikirim/);
    assert.match(timeline, /Tindak lanjut dari Pemerintah Kota Mataram/);
    assert.match(timeline, /Laporan selesai/);
    assert.deepEqual(violations, []);
  });
});
