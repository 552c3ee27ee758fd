// The example site's own server, as a visitor (or a hostile page) reaches it: malformed
// addresses, paths that try to leave the served folders, and the demo panel's
// pass-through to the sandbox's admin routes.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { startSandbox, type Sandbox } from '@lapor/sandbox';
import { containedFile, startAgencySite } from '../server.ts';

let dir: string;
let sandbox: Sandbox;
let site: Awaited<ReturnType<typeof startAgencySite>>;
const adminToken = 'site-test-admin-token-0123456789';

before(async () => {
  // A widget folder with a sibling whose name starts the same way: `cdn` and `cdn-private`.
  dir = await mkdtemp(join(tmpdir(), 'lapor-site-'));
  await mkdir(join(dir, 'cdn'));
  await mkdir(join(dir, 'cdn-private'));
  await writeFile(join(dir, 'cdn', 'integrity.json'), '{}');
  await writeFile(join(dir, 'cdn', 'lapor-widget.js'), `export const words = ${JSON.stringify('laporan '.repeat(200))};`);
  await writeFile(join(dir, 'cdn-private', 'secret.js'), 'rahasia');
  sandbox = await startSandbox({ port: 0, db: ':memory:', rateLimit: 'off', adminToken });
  site = await startAgencySite({ port: 0, sandboxUrl: sandbox.url, widgetDir: join(dir, 'cdn'), sandboxAdminToken: adminToken });
});
after(async () => {
  await site?.close();
  await sandbox?.close();
  await rm(dir, { recursive: true, force: true });
});

/** A raw request: the path is sent exactly as written, and any Host header can be given. */
function raw(path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const { port } = new URL(site.url);
    const request = httpRequest({ host: '127.0.0.1', port, path, method: init.method ?? 'GET', headers: init.headers }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode!, body: text }));
    });
    request.on('error', reject);
    request.end(init.body);
  });
}

describe('agency-site server', () => {
  it('sends the widget and the pages gzipped to browsers that accept it, as they are otherwise', async () => {
    for (const path of ['/cdn/lapor-widget.js', '/']) {
      const plain = await fetch(site.url + path, { headers: { 'accept-encoding': 'identity' } });
      assert.equal(plain.headers.get('content-encoding'), null);
      const text = await plain.text();
      const { port } = new URL(site.url);
      const zipped = await new Promise<{ encoding?: string; vary?: string; body: Buffer }>((resolve, reject) => {
        const request = httpRequest({ host: '127.0.0.1', port, path, headers: { 'accept-encoding': 'gzip, deflate, br' } }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ encoding: response.headers['content-encoding'], vary: response.headers.vary, body: Buffer.concat(chunks) }));
        });
        request.on('error', reject);
        request.end();
      });
      assert.equal(zipped.encoding, 'gzip', path);
      assert.equal(zipped.vary, 'accept-encoding');
      assert.ok(zipped.body.length < Buffer.byteLength(text), `${path}: ${zipped.body.length} bytes sent for ${Buffer.byteLength(text)}`);
      assert.equal(gunzipSync(zipped.body).toString('utf8'), text);
    }
  });

  it('answers a malformed address with 400 and keeps serving', async () => {
    assert.equal((await raw('/%E0%A4%A')).status, 400);
    assert.equal((await raw('/')).status, 200);
  });

  it('keeps static paths inside their folder, not inside a string prefix', async () => {
    assert.equal((await raw('/cdn/lapor-widget.js')).status, 200);
    const sibling = await raw('/cdn/..%2fcdn-private%2fsecret.js');
    assert.equal(sibling.status, 404);
    assert.doesNotMatch(sibling.body, /rahasia/);
    assert.equal((await raw('/..%2f..%2fpackage.json')).status, 404);
    assert.equal(containedFile('/srv/public', '/../public-old/x.html'), undefined);
    assert.equal(containedFile('/srv/public', '/a/../b.html'), '/srv/public/b.html');
  });

  it('passes the demo panel calls to the sandbox with the admin token', async () => {
    const clock = await raw('/_sandbox/clock', { headers: { host: 'localhost' } });
    assert.equal(clock.status, 200);
    assert.equal(JSON.parse(clock.body).mode, 'real');
    const direct = await fetch(`${sandbox.url}/_sandbox/clock`);
    assert.equal(direct.status, 401, 'the sandbox itself wants the token');
  });

  it('refuses the pass-through to other hosts, other sites and non-JSON posts', async () => {
    assert.equal((await raw('/_sandbox/clock', { headers: { host: 'rebound.example' } })).status, 403);
    const json = { 'content-type': 'application/json' };
    const keys = (headers: Record<string, string>) => raw('/_sandbox/keys', { method: 'POST', headers: { host: 'localhost', ...headers }, body: '{"kind":"publishable"}' });
    assert.equal((await keys({ ...json, origin: 'https://evil.example' })).status, 403);
    assert.equal((await keys({ ...json, 'sec-fetch-site': 'cross-site' })).status, 403);
    assert.equal((await keys({ 'content-type': 'text/plain' })).status, 403);
    assert.equal((await keys(json)).status, 201);
  });
});
