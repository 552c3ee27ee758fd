// The cracks found by probing the sandbox as an attacker: each case below was answered
// wrongly once (a 500, a leak, or an open door) and must stay closed.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { startSandbox, type Sandbox } from '@lapor/sandbox';
import { call, complaint, useSandbox } from './helpers.ts';

const api = useSandbox();

/** A raw HTTP request, so that tests can send the Host and Origin a hostile page would. */
function raw(url: string, method: string, path: string, headers: Record<string, string>, body?: string) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: any }>((resolve, reject) => {
    const request = httpRequest(new URL(path, url), { method, headers }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => {
        let parsed: unknown = text;
        try {
          parsed = text ? JSON.parse(text) : undefined;
        } catch {
          // not JSON
        }
        resolve({ status: response.statusCode!, headers: response.headers, body: parsed });
      });
    });
    request.on('error', reject);
    request.end(body);
  });
}

const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('/_sandbox refuses what a hostile web page can send', () => {
  it('has no CORS: no Access-Control-Allow-Origin, and a preflight is refused', async () => {
    const read = await api.request('GET', '/_sandbox/clock', { key: null });
    assert.equal(read.status, 200);
    assert.equal(read.headers.get('access-control-allow-origin'), null);
    const preflight = await fetch(`${api.sandbox.url}/_sandbox/keys`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    assert.equal(preflight.status, 403);
    assert.equal(preflight.headers.get('access-control-allow-origin'), null);
    assert.equal(preflight.headers.get('access-control-allow-methods'), null);
  });

  it('refuses a cross-origin request, and a POST that is not JSON (what a page sends without preflight)', async () => {
    const minted = await api.request('POST', '/_sandbox/keys', {
      key: null,
      idempotencyKey: null,
      body: { kind: 'secret', institutionId: 'pemkot-mataram' },
      headers: { origin: 'https://evil.example' },
    });
    assert.equal(minted.status, 403);
    assert.equal(minted.body.code, 'forbidden');
    const { body: created } = await api.submit();
    const noCors = await fetch(`${api.sandbox.url}/_sandbox/complaints/${created.trackingId}/hold`, { method: 'POST' });
    assert.equal(noCors.status, 415);
    const crossSite = await api.request('POST', `/_sandbox/complaints/${created.trackingId}/hold`, {
      key: null,
      idempotencyKey: null,
      body: {},
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    assert.equal(crossSite.status, 403);
    const view = await api.request('GET', `/v1/complaints/${created.trackingId}`, { headers: { 'reporter-token': created.reporterToken } });
    assert.equal(view.body.status, 'submitted', 'nothing was held');
  });

  it('checks the Host header against an allow-list (DNS rebinding)', async () => {
    const rebound = await raw(api.sandbox.url, 'GET', '/_sandbox/clock', { host: `attacker.example:${api.sandbox.port}` });
    assert.equal(rebound.status, 403);
    assert.equal(rebound.body.code, 'forbidden');
    for (const host of ['localhost', '127.0.0.1', '[::1]']) {
      assert.equal((await raw(api.sandbox.url, 'GET', '/_sandbox/clock', { host: `${host}:${api.sandbox.port}` })).status, 200, host);
    }
    const sameOrigin = await raw(api.sandbox.url, 'GET', '/_sandbox/clock', {
      host: `127.0.0.1:${api.sandbox.port}`,
      origin: `http://127.0.0.1:${api.sandbox.port}`,
    });
    assert.equal(sameOrigin.status, 200);
  });
});

describe('/_sandbox with an admin token and extra hosts', () => {
  let sandbox: Sandbox;
  const token = 'admin-token-0123456789';
  before(async () => {
    sandbox = await startSandbox({ port: 0, db: ':memory:', rateLimit: 3, adminToken: token, allowedHosts: ['sandbox.lan'] });
  });
  after(() => sandbox.close());

  it('needs the token, and takes the hosts it is given', async () => {
    const none = await call(sandbox.url, 'GET', '/_sandbox/clock', { key: null });
    assert.equal(none.status, 401);
    assert.match(none.headers.get('www-authenticate')!, /^Bearer/);
    const wrong = await call(sandbox.url, 'GET', '/_sandbox/clock', { key: 'not-the-admin-token' });
    assert.equal(wrong.status, 401);
    const lan = await raw(sandbox.url, 'GET', '/_sandbox/clock', { host: 'sandbox.lan:4010', authorization: `Bearer ${token}` });
    assert.equal(lan.status, 200);
  });

  it('rate-limits the admin routes', async () => {
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push((await call(sandbox.url, 'GET', '/_sandbox/stats', { key: token })).status);
    // The bucket already holds the requests of the test above (same address).
    assert.equal(answers.at(-1), 429);
  });

  it('refuses a short admin token', async () => {
    await assert.rejects(startSandbox({ port: 0, db: ':memory:', adminToken: 'short' }), RangeError);
  });
});

describe('rate limits apply before authentication', () => {
  let sandbox: Sandbox;
  before(async () => {
    sandbox = await startSandbox({ port: 0, db: ':memory:', rateLimit: 3 });
  });
  after(() => sandbox.close());

  it('guessing keys runs into 429 like using one', async () => {
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await call(sandbox.url, 'GET', '/v1/categories', { key: `pk_live_guess${i}` })).status);
    assert.deepEqual(statuses, [401, 401, 401, 429, 429]);
  });
});

describe('reporter tokens', () => {
  it('a token that does not fit answers 404, whether or not the tracking ID exists', async () => {
    const { body: unpublished } = await api.submit();
    const wrong = await api.request('GET', `/v1/complaints/${unpublished.trackingId}`, { headers: { 'reporter-token': 'tebakan' } });
    const missing = await api.request('GET', '/v1/complaints/99999999', { headers: { 'reporter-token': 'tebakan' } });
    assert.equal(wrong.status, 404);
    assert.equal(missing.status, 404);
    assert.deepEqual([wrong.body.code, wrong.body.detail], [missing.body.code, missing.body.detail]);
    const events = await api.request('GET', `/v1/complaints/${unpublished.trackingId}/events`, { headers: { 'reporter-token': 'tebakan' } });
    assert.equal(events.status, 404);
    const reply = await api.request('POST', `/v1/complaints/${unpublished.trackingId}/replies`, {
      body: { body: 'Tanggapan palsu.' },
      headers: { 'reporter-token': 'tebakan' },
    });
    assert.equal(reply.status, 404);
    const replyToNothing = await api.request('POST', '/v1/complaints/99999999/replies', {
      body: { body: 'Tanggapan palsu.' },
      headers: { 'reporter-token': 'tebakan' },
    });
    assert.deepEqual([reply.body.code, reply.body.detail], [replyToNothing.body.code, replyToNothing.body.detail]);
  });
});

describe('cursors', () => {
  it('a crafted cursor is a 400, never a 500', async () => {
    const crafted = [cursor({ o: 1e308 }), cursor({ o: -1 }), cursor({ o: 2 ** 60 }), cursor({ o: 1.5 }), cursor(null), 'bm90IGpzb24'];
    for (const c of crafted) {
      for (const path of ['/v1/regions', '/v1/institutions']) {
        const answer = await api.request('GET', `${path}?cursor=${c}`);
        assert.equal(answer.status, 400, `${path} ${c}`);
        assert.equal(answer.body.errors[0].path, 'cursor');
      }
    }
    const { body: created } = await api.submit();
    for (const c of [cursor(1e308), cursor(-5), cursor('1')]) {
      const events = await api.request('GET', `/v1/complaints/${created.trackingId}/events?cursor=${c}`, {
        headers: { 'reporter-token': created.reporterToken },
      });
      assert.equal(events.status, 400, c);
    }
    for (const c of [cursor([1e308, '1234567']), cursor([0, "' OR 1=1"]), cursor([0])]) {
      const agency = await api.request('GET', `/v1/agency/complaints?cursor=${c}`, { key: 'sk_test_sandbox' });
      assert.equal(agency.status, 400, c);
    }
  });
});

describe('access log', () => {
  let sandbox: Sandbox;
  const lines: string[] = [];
  before(async () => {
    sandbox = await startSandbox({ port: 0, db: ':memory:', rateLimit: 'off', log: (line) => lines.push(line) });
  });
  after(() => sandbox.close());

  it('keeps a fixed-length prefix of a key, never most of an unknown bearer value', async () => {
    const secret = 'hunter2-my-real-password_and-more';
    await call(sandbox.url, 'GET', '/v1/categories', { key: secret });
    await call(sandbox.url, 'GET', '/v1/categories', { key: 'pk_test_sandbox' });
    await call(sandbox.url, 'POST', '/v1/complaints', { key: 'pk_test_sandbox', body: complaint() });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const keys = lines.map((line) => JSON.parse(line).key as string);
    assert.deepEqual(keys, ['hun…', 'pk_test_…', 'pk_test_…']);
    assert.ok(!lines.join('\n').includes('password'));
  });
});

describe('control characters', () => {
  it('NUL and RLO in a title, a body or a name are refused with a field issue', async () => {
    const answer = await api.submit({
      title: 'Jalan\u0000 berlubang',
      body: 'Lampiran foto\u202Egnp.exe menunjukkan lubang sedalam 30 cm.',
      reporter: { name: 'Siti\u202E Aminah', phone: '081234567890' },
    });
    assert.equal(answer.status, 422);
    assert.deepEqual(
      answer.body.errors.map((e: any) => [e.path, e.code]),
      [['title', 'invalid_characters'], ['body', 'invalid_characters'], ['reporter.name', 'invalid_characters']],
    );
  });
});

describe('webhook endpoints', () => {
  it('refuses private, link-local and metadata addresses at registration; loopback is allowed in the sandbox', async () => {
    const register = (url: string) => api.request('POST', '/v1/agency/webhooks', { key: 'sk_test_sandbox', body: { url, events: ['*'] } });
    for (const url of ['http://169.254.169.254/latest/meta-data/', 'http://2852039166/', 'http://10.0.0.5/hook', 'http://[fd00:ec2::254]/', 'http://metadata.google.internal/']) {
      const refused = await register(url);
      assert.equal(refused.status, 422, url);
      assert.deepEqual(refused.body.errors.map((e: any) => [e.path, e.code]), [['url', 'url_not_public']]);
    }
    assert.equal((await register('http://127.0.0.1:9/lapor')).status, 201);
    assert.equal((await register('https://dinas.example.go.id/lapor')).status, 201);
  });
});
