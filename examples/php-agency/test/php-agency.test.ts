// The php-agency example end to end: the sandbox and `php -S` on free ports, a citizen
// files a complaint on the PHP page in Chromium, LAPOR! forwards it, and the PHP side
// receives, verifies and stores each webhook exactly once, refuses forged ones, and
// posts a follow-up from its staff page.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { promisify } from 'node:util';
import type { Browser } from 'puppeteer-core';
import { Webhook } from 'standardwebhooks';
import { useSandbox } from '../../../packages/sandbox/test/helpers.ts';
import { launchChromium } from '../../../scripts/lib/chromium.ts';

const here = new URL('..', import.meta.url).pathname;
const widgetDir = new URL('../../../packages/widget/dist/cdn', import.meta.url).pathname;
const PHP = process.env.PHP ?? 'php';
const api = useSandbox();

interface StoredEvent {
  id: string;
  type: string;
  tracking_id: string;
  payload: string;
  deliveries: number;
}

let dir: string;
let php: ChildProcess;
let site: string;
let env: NodeJS.ProcessEnv;
let secret: string;
let endpointId: string;
let browser: Browser | undefined;
const phpLog: string[] = [];

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function waitFor<T>(what: string, check: () => T | undefined | Promise<T | undefined>, ms = 15_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}\n${phpLog.slice(-20).join('')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The PHP side's table, read as the agency would. */
function storedEvents(): StoredEvent[] {
  let db: DatabaseSync | undefined;
  try {
    db = new DatabaseSync(env.AGENCY_DB!, { readOnly: true });
    return db.prepare('SELECT id, type, tracking_id, payload, deliveries FROM webhook_events ORDER BY id').all() as unknown as StoredEvent[];
  } catch {
    return []; // not created yet: no delivery arrived
  } finally {
    db?.close();
  }
}

const post = (path: string, body: string, headers: Record<string, string>) => fetch(`${site}${path}`, { method: 'POST', headers, body, redirect: 'manual' });

describe('php-agency example', () => {
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lapor-php-agency-'));
    const port = await freePort();
    site = `http://127.0.0.1:${port}`;
    env = {
      ...process.env,
      LAPOR_ENDPOINT: api.sandbox.url,
      LAPOR_SECRET_KEY: 'sk_test_sandbox',
      AGENCY_DB: join(dir, 'agency.sqlite'),
      LAPOR_WIDGET_DIR: widgetDir,
    };
    // The agency registers its receiver once, with the PHP script, and keeps the secret.
    const { stdout } = await promisify(execFile)(PHP, ['bin/register-webhook.php', `${site}/webhook.php`], { cwd: here, env });
    secret = /^LAPOR_WEBHOOK_SECRET=(whsec_\S+)$/m.exec(stdout)?.[1] ?? '';
    assert.ok(secret, stdout);
    env.LAPOR_WEBHOOK_SECRET = secret;
    const endpoints = await api.request('GET', '/v1/agency/webhooks', { key: 'sk_test_sandbox' });
    endpointId = endpoints.body.data[0].id;
    php = spawn(PHP, ['-S', `127.0.0.1:${port}`, '-t', 'public', 'router.php'], { cwd: here, env });
    php.stderr!.on('data', (chunk: Buffer) => phpLog.push(chunk.toString()));
    php.stdout!.on('data', (chunk: Buffer) => phpLog.push(chunk.toString()));
    await waitFor('php -S', () => fetch(`${site}/site.css`).then((r) => (r.ok ? true : undefined), () => undefined));
  });
  after(async () => {
    await browser?.close();
    if (php && php.exitCode === null) {
      const exited = new Promise((resolve) => php.once('exit', resolve));
      php.kill();
      await exited;
    }
    await rm(dir, { recursive: true, force: true });
  });

  let trackingId = '';

  it('serves the widget pinned by its SRI hash under a strict CSP', async () => {
    const page = await fetch(`${site}/`);
    assert.equal(page.status, 200);
    const csp = page.headers.get('content-security-policy') ?? '';
    for (const directive of ["script-src 'self'", "style-src 'self'", "require-trusted-types-for 'script'", `connect-src 'self' ${api.sandbox.url}`]) {
      assert.ok(csp.includes(directive), `${directive} in ${csp}`);
    }
    const html = await page.text();
    const integrity = /<script type="module" src="\/cdn\/lapor-widget\.js" integrity="(sha384-[^"]+)" crossorigin><\/script>/.exec(html)?.[1];
    const served = Buffer.from(await (await fetch(`${site}/cdn/lapor-widget.js`)).arrayBuffer());
    assert.equal(integrity, `sha384-${createHash('sha384').update(served).digest('base64')}`);
    const built = JSON.parse(await readFile(join(widgetDir, 'integrity.json'), 'utf8'))['lapor-widget.js'].integrity;
    assert.equal(integrity, built);
    // Only the widget's folder is served under /cdn/; malformed addresses are a 400.
    assert.equal((await fetch(`${site}/cdn/integrity.json`)).status, 200);
    assert.equal((await fetch(`${site}/cdn/..%2f..%2fpackage.json`)).status, 404, 'the widget package.json, outside the folder');
    assert.equal((await fetch(`${site}/cdn/..%2f..%2f..%2f..%2fexamples/php-agency/config.php`)).status, 404);
    assert.equal((await fetch(`${site}/%E0%A4%A`)).status, 400);
  });

  it('a citizen files a complaint on the page, in Chromium, with no CSP violation', async () => {
    browser = await launchChromium();
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.evaluateOnNewDocument(() => {
      (window as unknown as { __violations: string[] }).__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __violations: string[] }).__violations.push(e.violatedDirective));
    });
    await page.goto(`${site}/`, { waitUntil: 'networkidle0' });
    const inForm = (selector: string) => `lapor-form >>> ${selector}`;
    const type = async (selector: string, text: string) => (await page.waitForSelector(inForm(selector)))!.type(text);
    await page.waitForSelector(inForm('#classification-complaint'));
    await page.click(inForm('#classification-complaint'));
    await type('#title', 'Sampah menumpuk di Pasar Kebon Roek');
    await type('#body', 'Sampah tidak diangkut selama seminggu dan baunya sampai ke permukiman warga.');
    await page.$eval(inForm('#incidentDate'), (el) => {
      (el as HTMLInputElement).value = '2026-11-20';
      el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    });
    await type('#location', 'mataram');
    await page.waitForSelector(inForm('#location-opt-0'));
    await page.keyboard.press('Enter');
    await type('#name', 'Baiq Nurul');
    await type('#phone', '081234567891');
    await page.click(inForm('#consent'));
    await page.click(inForm('button[type=submit]'));
    const id = await page.waitForSelector(inForm('.tracking-id'), { timeout: 15_000 });
    trackingId = (await id!.evaluate((el) => el.textContent)) ?? '';
    assert.match(trackingId, /^\d{7}$/);
    assert.deepEqual(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations), []);
    assert.deepEqual(errors, []);
    await browser.close();
    browser = undefined;
  });

  it('receives, verifies and stores each webhook exactly once', async () => {
    await api.admin(`/complaints/${trackingId}/forward`, { institutionId: 'pemkot-mataram' });
    const mine = () => storedEvents().filter((e) => e.tracking_id === trackingId);
    await waitFor('the forwarded event in PHP', () => (mine().some((e) => e.type === 'complaint.forwarded') ? true : undefined));
    const log = await api.request('GET', `/_sandbox/webhooks/deliveries?endpointId=${endpointId}`, { key: null });
    const sent = (log.body.data as Array<{ eventId: string; status: string; attempts: number; lastStatus: number }>).filter((d) => d.status !== 'pending');
    assert.deepEqual(
      sent.map((d) => [d.status, d.attempts, d.lastStatus]),
      sent.map(() => ['delivered', 1, 204]),
      'every delivery was accepted at the first attempt',
    );
    const stored = storedEvents();
    assert.deepEqual(stored.map((e) => e.id), sent.map((d) => d.eventId).sort(), 'one row per event, keyed by webhook-id');
    assert.deepEqual(stored.map((e) => e.deliveries), stored.map(() => 1));
    // The site that hosted the form hears of the report once LAPOR! disposes it to its
    // institution, not before (the visibility table).
    assert.deepEqual(mine().map((e) => e.type).sort(), ['complaint.forwarded']);
  });

  it('counts a replayed delivery without storing it again, and refuses forged, stale and unsigned ones', async () => {
    const before = storedEvents();
    const forwarded = before.find((e) => e.tracking_id === trackingId && e.type === 'complaint.forwarded')!;
    const wh = new Webhook(secret);
    const signed = (id: string, body: string, at = new Date()) => ({
      'content-type': 'application/json',
      'webhook-id': id,
      'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
      'webhook-signature': wh.sign(id, at, body),
    });
    // LAPOR! retries when it saw no answer: the same webhook-id, signed again.
    for (let i = 0; i < 2; i++) assert.equal((await post('/webhook.php', forwarded.payload, signed(forwarded.id, forwarded.payload))).status, 204);

    const forged = forwarded.payload.replace(trackingId, '1000001');
    assert.equal((await post('/webhook.php', forged, signed(forwarded.id, forwarded.payload))).status, 400, 'changed body');
    const other = { ...signed('evt_forged', forwarded.payload), 'webhook-signature': `v1,${Buffer.alloc(32, 7).toString('base64')}` };
    assert.equal((await post('/webhook.php', forwarded.payload, other)).status, 400, 'changed signature');
    assert.equal((await post('/webhook.php', forwarded.payload, signed('evt_stale', forwarded.payload, new Date(Date.now() - 10 * 60_000)))).status, 400, 'stale');
    assert.equal((await post('/webhook.php', forwarded.payload, { 'content-type': 'application/json' })).status, 400, 'unsigned');
    const wrongSecret = new Webhook(`whsec_${Buffer.alloc(24, 1).toString('base64')}`);
    const at = new Date();
    assert.equal(
      (await post('/webhook.php', forwarded.payload, { 'webhook-id': 'evt_other', 'webhook-timestamp': String(Math.floor(at.getTime() / 1000)), 'webhook-signature': wrongSecret.sign('evt_other', at, forwarded.payload) })).status,
      400,
      'another secret',
    );

    const after = storedEvents();
    assert.deepEqual(after.map((e) => [e.id, e.payload]), before.map((e) => [e.id, e.payload]), 'nothing new stored');
    assert.equal(after.find((e) => e.id === forwarded.id)!.deliveries, 3);
  });

  it('lists the institution\'s complaints server-side and posts one follow-up per form', async () => {
    const list = await fetch(`${site}/pengaduan.php`);
    assert.equal(list.status, 200);
    assert.match(list.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    const cookie = (list.headers.get('set-cookie') ?? '').split(';')[0]!;
    const html = await list.text();
    assert.match(html, new RegExp(`<td>#${trackingId}</td>\\s*<td>Sampah menumpuk di Pasar Kebon Roek</td>\\s*<td data-status="forwarded">Diteruskan</td>`));
    const form = new RegExp(`<form[^>]*>\\s*<input type="hidden" name="csrf" value="([0-9a-f]+)">\\s*<input type="hidden" name="trackingId" value="${trackingId}">\\s*<input type="hidden" name="idempotencyKey" value="([0-9a-f-]+)">`).exec(html);
    assert.ok(form, 'a follow-up form for the forwarded complaint');
    const [, csrf, idempotencyKey] = form;
    const fields = (overrides: Record<string, string> = {}) =>
      new URLSearchParams({ csrf: csrf!, trackingId, idempotencyKey: idempotencyKey!, body: 'Petugas kebersihan sudah mengangkut sampah pagi ini.', ...overrides }).toString();
    const formHeaders = { 'content-type': 'application/x-www-form-urlencoded', cookie };

    assert.equal((await post('/pengaduan.php', fields({ csrf: '0'.repeat(32) }), formHeaders)).status, 403, 'a form from elsewhere');
    const tooShort = await post('/pengaduan.php', fields({ body: 'Sudah.' }), formHeaders);
    assert.equal(tooShort.status, 200);
    assert.match(await tooShort.text(), /<p class="error" role="alert">[^<]+<\/p>/, 'the problem is shown next to the form');
    // The form sent twice (a double click, a reload): one follow-up.
    for (let i = 0; i < 2; i++) {
      const sent = await post('/pengaduan.php', fields(), formHeaders);
      assert.equal(sent.status, 303);
      assert.equal(sent.headers.get('location'), `/pengaduan.php?terkirim=${trackingId}`);
    }
    const events = await api.request('GET', `/v1/complaints/${trackingId}/events`);
    assert.equal(events.body.data.filter((e: { type: string }) => e.type === 'followed_up').length, 1);
    const shown = await (await fetch(`${site}/pengaduan.php?terkirim=${trackingId}`, { headers: { cookie } })).text();
    assert.match(shown, new RegExp(`Tindak lanjut untuk #${trackingId} terkirim`));
    assert.match(shown, new RegExp(`<td data-status="followed_up">Ditindaklanjuti</td>`));

    // And its webhook arrives like the others: once.
    await waitFor('the followed_up event in PHP', () => (storedEvents().some((e) => e.tracking_id === trackingId && e.type === 'complaint.followed_up') ? true : undefined));
    assert.equal(storedEvents().filter((e) => e.tracking_id === trackingId && e.type === 'complaint.followed_up').length, 1);
  });
});
