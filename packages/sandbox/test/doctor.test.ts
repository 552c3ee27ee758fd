// `lapor-sandbox doctor`: each deliberate fault in an agency page is named, and a page
// without faults passes. The pages are served by a small site on a free port; the
// endpoint is a real sandbox.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { runDoctor, type FindingCode } from '@lapor/sandbox';
import { parsePolicies, sourceListAllows, trustedTypesProblem } from '../src/doctor/csp.ts';
import { unusedUrl, useSandbox } from './helpers.ts';

const exec = promisify(execFile);
const api = useSandbox();

const WIDGET = 'export const widget = "lapor";\n';
const SRI = `sha384-${createHash('sha384').update(WIDGET).digest('base64')}`;
const GOOD_CSP = (endpoint: string) =>
  `default-src 'self'; script-src 'self'; connect-src 'self' ${endpoint}; require-trusted-types-for 'script'`;

interface Fixture {
  csp?: (endpoint: string) => string;
  head?: (ctx: { endpoint: string; other: string }) => string;
  body?: (ctx: { endpoint: string; other: string }) => string;
}

const script = (src = '/cdn/lapor-widget.js', extra = `integrity="${SRI}" crossorigin`) => `<script type="module" src="${src}" ${extra}></script>`;
const form = (endpoint: string, key = 'pk_test_sandbox') => `<lapor-form endpoint="${endpoint}" site-key="${key}"><a href="https://www.lapor.go.id">lapor.go.id</a></lapor-form>`;

let otherKey = '';
/** An endpoint where nothing listens (set before the tests run). */
let down = '';
const PAGES: Record<string, Fixture> = {
  good: {},
  'script-blocked': { csp: (e) => `default-src 'self'; script-src https://cdn.example.go.id; connect-src ${e}` },
  'connect-blocked': { csp: () => "default-src 'self'" },
  'wrong-integrity': { head: () => script('/cdn/lapor-widget.js', 'integrity="sha384-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" crossorigin') },
  'cross-origin-bare': { csp: (e) => `default-src 'self'; script-src 'self' http://127.0.0.1:*; connect-src ${e}`, head: (c) => script(`${c.other}/bare/lapor-widget.js`, '') },
  'classic-script': { head: () => `<script src="/cdn/lapor-widget.js" integrity="${SRI}" crossorigin></script>` },
  'no-script': { head: () => '' },
  'secret-key': { body: (c) => `${form(c.endpoint)}<script>const key = "sk_test_sandbox";</script>` },
  'key-origin': { body: (c) => form(c.endpoint, otherKey) },
  'endpoint-down': { csp: (e) => `default-src 'self'; connect-src ${e} ${down}`, body: () => form(down) },
  'tt-policy': { csp: (e) => `${GOOD_CSP(e)}; trusted-types app-policy` },
  'tt-duplicates': { csp: (e) => `${GOOD_CSP(e)}; trusted-types lit-html` },
};

async function codes(page: string, level: 'error' | 'warning' = 'error'): Promise<FindingCode[]> {
  const report = await runDoctor(`${base}/${page}`, { timeoutMs: 5000 });
  return report.findings.filter((f) => f.level === level).map((f) => f.code);
}

let site: Server;
let base = '';
let other = '';

describe('lapor-sandbox doctor', () => {
  before(async () => {
    const key = await api.admin('/keys', { kind: 'publishable', origins: ['https://dinas-lain.example.go.id'] });
    assert.equal(key.status, 201, JSON.stringify(key.body));
    otherKey = (key.body as { key: string }).key;
    down = await unusedUrl();
    site = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://x');
      if (url.pathname.endsWith('/lapor-widget.js')) {
        // /cdn/ is served with CORS, /bare/ without (as a misconfigured CDN would).
        const cors = url.pathname.startsWith('/cdn/') ? { 'access-control-allow-origin': '*' } : {};
        response.writeHead(200, { 'content-type': 'text/javascript', ...cors }).end(WIDGET);
        return;
      }
      const fixture = PAGES[url.pathname.slice(1)];
      if (!fixture) return void response.writeHead(404).end();
      const ctx = { endpoint: api.sandbox.url, other };
      const html = `<!doctype html><html><head>${(fixture.head ?? (() => script()))(ctx)}</head><body>${(fixture.body ?? ((c) => form(c.endpoint)))(ctx)}</body></html>`;
      response.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': (fixture.csp ?? GOOD_CSP)(api.sandbox.url) }).end(html);
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    const { port } = site.address() as AddressInfo;
    base = `http://localhost:${port}`;
    other = `http://127.0.0.1:${port}`;
  });
  after(() => new Promise<void>((resolve) => site.close(() => resolve())));

  it('passes a page without faults, and says what it checked', async () => {
    const report = await runDoctor(`${base}/good`);
    assert.equal(report.ok, true, JSON.stringify(report.findings));
    assert.deepEqual(
      report.findings.map((f) => f.code),
      ['csp_script_ok', 'integrity_ok', 'csp_connect_ok', 'endpoint_ok'],
    );
  });

  const cases: Array<[string, FindingCode[], FindingCode[]?]> = [
    ['script-blocked', ['csp_script']],
    ['connect-blocked', ['csp_connect']],
    ['wrong-integrity', ['integrity_mismatch']],
    ['cross-origin-bare', ['integrity_missing', 'crossorigin_missing', 'script_cors']],
    ['classic-script', ['script_not_module']],
    ['no-script', ['no_script']],
    ['secret-key', ['secret_key_exposed']],
    ['key-origin', ['key_origin']],
    ['endpoint-down', ['endpoint_unreachable']],
    ['tt-policy', ['trusted_types_policy']],
    ['tt-duplicates', [], ['trusted_types_duplicates']],
  ];
  for (const [page, errors, warnings = []] of cases) {
    it(`names the fault in the "${page}" page`, async () => {
      assert.deepEqual(await codes(page), errors);
      assert.deepEqual(await codes(page, 'warning'), warnings);
    });
  }

  it('never prints a leaked key whole', async () => {
    const report = await runDoctor(`${base}/secret-key`);
    const text = JSON.stringify(report);
    assert.doesNotMatch(text, /sk_test_sandbox/);
    assert.match(text, /sk_test_…/);
  });

  it('speaks Bahasa Indonesia on request', async () => {
    const report = await runDoctor(`${base}/connect-blocked`, { lang: 'id' });
    assert.match(report.findings.find((f) => f.code === 'csp_connect')!.message, /memblokir permintaan ke endpoint: tambahkan http:\/\/127\.0\.0\.1:\d+ ke default-src/);
  });

  it('names mixed content on an https page, and fetches nothing a browser would block', async (t) => {
    // A real https page: a certificate made for the test, trusted by the doctor's process.
    const dir = await mkdtemp(join(tmpdir(), 'lapor-doctor-tls-'));
    t.after(() => rm(dir, { recursive: true, force: true }));
    const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
    await exec('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost', '-days', '1', '-keyout', key, '-out', cert]);
    const requested: string[] = [];
    const tls = createHttpsServer({ key: await readFile(key), cert: await readFile(cert) }, (request, response) => {
      requested.push(request.url ?? '');
      const html = `<!doctype html><html><head>${script('http://cdn.example.go.id/lapor/lapor-widget.js')}</head><body>${form('http://lapor.example.go.id')}</body></html>`;
      response.writeHead(200, { 'content-type': 'text/html' }).end(html);
    });
    await new Promise<void>((resolve) => tls.listen(0, '127.0.0.1', resolve));
    t.after(() => new Promise<void>((resolve) => tls.close(() => resolve())));
    const cli = new URL('../src/cli.ts', import.meta.url).pathname;
    const page = `https://localhost:${(tls.address() as AddressInfo).port}/lapor`;
    const run = await exec(process.execPath, ['--conditions=lapor-source', cli, 'doctor', page, '--json'], { env: { ...process.env, NODE_EXTRA_CA_CERTS: cert } }).then(
      (r) => ({ code: 0, out: r.stdout }),
      (e: { code: number; stdout: string }) => ({ code: e.code, out: e.stdout }),
    );
    assert.equal(run.code, 1, run.out);
    const report = JSON.parse(run.out) as { findings: Array<{ level: string; code: string; message: string }> };
    const mixed = report.findings.filter((f) => f.code === 'mixed_content').map((f) => f.message);
    assert.equal(mixed.length, 2, JSON.stringify(report.findings));
    assert.match(mixed[0]!, /^http:\/\/cdn\.example\.go\.id\/lapor\/lapor-widget\.js is http on an https page/);
    assert.match(mixed[1]!, /^http:\/\/lapor\.example\.go\.id\/ is http on an https page/);
    assert.deepEqual(requested, ['/lapor'], 'only the page itself was fetched');
    // Nothing blocked was fetched, so nothing else is reported about those URLs.
    assert.deepEqual(report.findings.filter((f) => f.level === 'error').map((f) => f.code), ['mixed_content', 'mixed_content']);
  });

  it('exits 0 for a clean page, 1 for a broken one, 2 for bad usage', async () => {
    const cli = new URL('../src/cli.ts', import.meta.url).pathname;
    const run = (...args: string[]) =>
      exec(process.execPath, ['--conditions=lapor-source', cli, 'doctor', ...args]).then(
        (r) => ({ code: 0, out: r.stdout, err: r.stderr }),
        (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout, err: e.stderr }),
      );
    const clean = await run(`${base}/good`);
    assert.equal(clean.code, 0, clean.out + clean.err);
    assert.match(clean.out, /0 problem\(s\), 0 warning\(s\)/);
    const broken = await run(`${base}/wrong-integrity`, '--json');
    assert.equal(broken.code, 1);
    assert.equal(JSON.parse(broken.out).ok, false);
    const usage = await run('not a url');
    assert.equal(usage.code, 2);
    assert.match(usage.err, /not a URL/);
  });
});

describe('CSP source matching', () => {
  const page = new URL('https://dinas.example.go.id/pengaduan');
  const allows = (list: string, url: string, script?: { nonce?: string; integrity?: string }) =>
    sourceListAllows(list.split(' '), new URL(url), page, script);

  it('reads hosts, wildcards, ports, paths and scheme upgrades as browsers do', () => {
    assert.equal(allows("'self'", 'https://dinas.example.go.id/cdn/lapor-widget.js'), true);
    assert.equal(allows("'self'", 'https://cdn.example.go.id/lapor-widget.js'), false);
    assert.equal(allows('*.example.go.id', 'https://cdn.example.go.id/x.js'), true);
    assert.equal(allows('*.example.go.id', 'https://example.go.id/x.js'), false);
    assert.equal(allows('https://cdn.example.go.id:8443', 'https://cdn.example.go.id/x.js'), false);
    assert.equal(allows('https://cdn.example.go.id:*', 'https://cdn.example.go.id:8443/x.js'), true);
    assert.equal(allows('https://cdn.example.go.id/lapor/', 'https://cdn.example.go.id/lapor/chunk.js'), true);
    assert.equal(allows('https://cdn.example.go.id/lapor/', 'https://cdn.example.go.id/other.js'), false);
    assert.equal(allows('http://cdn.example.go.id', 'https://cdn.example.go.id/x.js'), true);
    assert.equal(allows('https:', 'https://anything.example/x.js'), true);
    assert.equal(allows("'none'", 'https://dinas.example.go.id/x.js'), false);
  });

  it("with 'strict-dynamic' only a nonce or the integrity hash admits the entry", () => {
    assert.equal(allows("'strict-dynamic' 'nonce-abc' 'self'", 'https://dinas.example.go.id/x.js', {}), false);
    assert.equal(allows("'strict-dynamic' 'nonce-abc'", 'https://dinas.example.go.id/x.js', { nonce: 'abc' }), true);
    assert.equal(allows(`'strict-dynamic' '${SRI}'`, 'https://cdn.example/x.js', { integrity: SRI }), true);
  });

  it('reads every enforced policy and Trusted Types policy names', () => {
    const policies = parsePolicies(["script-src 'self', connect-src 'none'", "default-src 'self'; trusted-types lit-html 'allow-duplicates'"]);
    assert.equal(policies.length, 3);
    assert.equal(trustedTypesProblem(policies[2]!, 'lit-html'), undefined);
    assert.equal(trustedTypesProblem(parsePolicies(['trusted-types *'])[0]!, 'lit-html'), 'duplicate');
    assert.equal(trustedTypesProblem(parsePolicies(["trusted-types 'none'"])[0]!, 'lit-html'), 'name');
  });
});
