import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useSandbox } from './helpers.ts';

const api = useSandbox({ rateLimit: 5 });
const fromBrowser = (origin: string) => ({ headers: { origin } });

describe('keys', () => {
  it('a missing or unknown key is 401 with WWW-Authenticate', async () => {
    const none = await api.request('GET', '/v1/categories', { key: null });
    assert.equal(none.status, 401);
    assert.equal(none.body.code, 'unauthorized');
    assert.equal(none.headers.get('www-authenticate'), 'Bearer');
    assert.equal((await api.request('GET', '/v1/categories', { key: 'pk_live_forged' })).status, 401);
  });

  it('publishable keys cannot use agency routes, secret keys cannot submit as a citizen', async () => {
    const agency = await api.request('GET', '/v1/agency/complaints', { key: 'pk_test_sandbox' });
    assert.equal(agency.status, 403);
    assert.equal(agency.body.code, 'secret_key_required');
    const citizen = await api.request('POST', '/v1/complaints', { key: 'sk_test_sandbox', body: {} });
    assert.equal(citizen.status, 403);
    assert.equal(citizen.body.code, 'publishable_key_required');
  });
});

describe('origins and CORS', () => {
  it('allows a listed origin and says so in CORS headers', async () => {
    const ok = await api.request('GET', '/v1/categories', { key: 'pk_test_sandbox', ...fromBrowser('http://localhost:8080') });
    assert.equal(ok.status, 200);
    assert.equal(ok.headers.get('access-control-allow-origin'), 'http://localhost:8080');
    assert.match(ok.headers.get('access-control-expose-headers')!, /Request-Id/);
  });

  it('refuses an origin the key does not list', async () => {
    const evil = await api.request('GET', '/v1/categories', { ...fromBrowser('https://evil.example') });
    assert.equal(evil.status, 403);
    assert.equal(evil.body.code, 'origin_not_allowed');
    assert.equal(evil.headers.get('access-control-allow-origin'), null);
    const lookalike = await api.request('GET', '/v1/categories', { ...fromBrowser('http://localhost.evil.example:8080') });
    assert.equal(lookalike.status, 403);
  });

  it('refuses a secret key from a browser', async () => {
    const leaked = await api.request('GET', '/v1/agency/complaints', { key: 'sk_test_sandbox', ...fromBrowser('http://localhost:8080') });
    assert.equal(leaked.status, 403);
    assert.equal(leaked.body.code, 'forbidden');
  });

  it('does not check origins of servers (no Origin header)', async () => {
    assert.equal((await api.request('GET', '/v1/agency/complaints', { key: 'sk_test_sandbox' })).status, 200);
  });

  it('answers preflight for allowed origins only', async () => {
    const preflight = await fetch(`${api.sandbox.url}/v1/complaints`, {
      method: 'OPTIONS',
      headers: { origin: 'http://127.0.0.1:5173', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, idempotency-key, content-type' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), 'http://127.0.0.1:5173');
    assert.match(preflight.headers.get('access-control-allow-headers')!, /Idempotency-Key/);
    assert.match(preflight.headers.get('access-control-allow-methods')!, /POST/);
    const denied = await fetch(`${api.sandbox.url}/v1/complaints`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    assert.equal(denied.status, 403);
    assert.equal(denied.headers.get('access-control-allow-origin'), null);
  });

  it('keys made at run time bind their own origins', async () => {
    const { body: key } = await api.request('POST', '/_sandbox/keys', {
      key: null,
      idempotencyKey: null,
      body: { kind: 'publishable', origins: ['https://dinas.example.go.id'] },
    });
    assert.match(key.key, /^pk_test_/);
    assert.equal((await api.request('GET', '/v1/categories', { key: key.key, ...fromBrowser('https://dinas.example.go.id') })).status, 200);
    assert.equal((await api.request('GET', '/v1/categories', { key: key.key, ...fromBrowser('http://localhost:8080') })).status, 403);
  });
});

describe('rate limits', () => {
  it('answers 429 with Retry-After and RateLimit headers past the limit', async () => {
    const { body: key } = await api.request('POST', '/_sandbox/keys', { key: null, idempotencyKey: null, body: { kind: 'publishable' } });
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await api.request('GET', '/v1/categories', { key: key.key }));
    assert.deepEqual(answers.map((a) => a.status), [200, 200, 200, 200, 200, 429]);
    assert.equal(answers[0]!.headers.get('ratelimit-policy'), '"default";q=5;w=60');
    assert.match(answers[4]!.headers.get('ratelimit')!, /^"default";r=0;t=\d+$/);
    const limited = answers[5]!;
    assert.equal(limited.body.code, 'rate_limited');
    assert.ok(Number(limited.headers.get('retry-after')) >= 1);
  });
});

describe('unknown routes and methods', () => {
  it('answer 404 and 405 as problems', async () => {
    // A fresh key: this file's limit is 5 a minute, and every request counts, unknown routes too.
    const { body: key } = await api.request('POST', '/_sandbox/keys', { key: null, idempotencyKey: null, body: { kind: 'publishable' } });
    const missing = await api.request('GET', '/v1/nothing', { key: key.key });
    assert.equal(missing.status, 404);
    const method = await api.request('PUT', '/v1/complaints', { key: key.key, body: {} });
    assert.equal(method.status, 405);
    assert.equal(method.headers.get('allow'), 'POST, GET', 'posting a report and the public list');
    const root = await api.request('GET', '/nowhere', { key: null });
    assert.equal(root.status, 404);
    assert.equal(root.body.code, 'not_found');
  });
});
