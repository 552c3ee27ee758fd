// Builds the React example and runs it in Chromium against the sandbox: typed props reach
// the element, and the lapor-submitted event reaches the React handler.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { startSandbox, type Sandbox } from '@lapor/sandbox';
import { buildReactExample } from '../build.ts';

let sandbox: Sandbox;
let server: Server;
let browser: Browser;
let dir: string;
let url = '';

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lapor-react-'));
  const bundle = await readFile(await buildReactExample(join(dir, 'app.js')));
  sandbox = await startSandbox({ port: 0, db: ':memory:', rateLimit: 'off' });
  server = createServer((request, response) => {
    if (request.url === '/app.js') response.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
    else
      response
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(`<!doctype html><html lang="id"><body data-endpoint="${sandbox.url}"><div id="root"></div><script type="module" src="/app.js"></script></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://localhost:${(server.address() as AddressInfo).port}/`;
  browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
  });
});

after(async () => {
  await browser?.close();
  server?.close();
  await sandbox?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('React example', () => {
  it('renders the form with its props and hears lapor-submitted', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(url, { waitUntil: 'networkidle0' });
    const title = await page.waitForSelector('lapor-form >>> h2');
    assert.equal(await title!.evaluate((el) => el.textContent), 'Laporkan kerusakan jalan dan saluran');
    await page.click('lapor-form >>> #classification-aspiration');
    await (await page.waitForSelector('lapor-form >>> #title'))!.type('Usul trotoar ramah difabel');
    await (await page.waitForSelector('lapor-form >>> #body'))!.type('Mohon trotoar di Jl. Langko dibuat landai untuk kursi roda dan pejalan kaki.');
    await (await page.waitForSelector('lapor-form >>> #origin'))!.type('mataram');
    await page.waitForSelector('lapor-form >>> #origin-opt-0');
    await page.keyboard.press('Enter');
    await (await page.waitForSelector('lapor-form >>> #name'))!.type('Ni Made Ayu');
    await (await page.waitForSelector('lapor-form >>> #email'))!.type('ayu@example.id');
    await page.click('lapor-form >>> #consent');
    await page.click('lapor-form >>> button[type=submit]');
    const sent = await page.waitForSelector('[data-testid=sent]', { timeout: 15000 });
    assert.match((await sent!.evaluate((el) => el.textContent)) ?? '', /^Terkirim: #\d{7}$/);
    await page.waitForSelector('lapor-status >>> #tracking-error, lapor-status >>> .report', { timeout: 15000 });
    assert.deepEqual(errors, []);
  });
});
