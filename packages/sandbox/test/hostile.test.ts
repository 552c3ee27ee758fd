// Thousands of malformed and hostile requests: none may crash the sandbox, answer 5xx,
// answer anything but a problem document for an error, or damage the database.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import fc from 'fast-check';
import { startSandbox, type Sandbox } from '@lapor/sandbox';
import { complaint } from './helpers.ts';

const RUNS = Number(process.env.LAPOR_HOSTILE_RUNS ?? 5000);

let dir: string;
let sandbox: Sandbox;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lapor-hostile-'));
  sandbox = await startSandbox({ port: 0, db: join(dir, 'hostile.db'), rateLimit: 'off', attachmentBytesMax: 256 * 1024 });
});
after(async () => {
  await sandbox.close();
  await rm(dir, { recursive: true, force: true });
});

const payloads = fc.constantFrom(
  '<script>alert(1)</script>',
  "'; DROP TABLE complaints; --",
  '" OR 1=1 --',
  '../../../../etc/passwd',
  '%2e%2e%2f%2e%2e%2f',
  '\u0000\u0001\u0002',
  '𝕃𝔸ℙ𝕆ℝ 🙏🏽',
  'a'.repeat(10_000),
  '{{7*7}}${7*7}',
  '\u202e\u2066',
  '1916449',
  '52.71',
  'pk_test_sandbox',
);

const text = fc.oneof(fc.string({ maxLength: 40 }), payloads);

/** Nested arrays or objects `depth` levels deep. */
const deep = fc.integer({ min: 50, max: 5000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth));

const jsonValue = fc.oneof(
  fc.json({ maxDepth: 4 }).map((j) => JSON.parse(j) as unknown),
  fc.record({ ...Object.fromEntries(Object.keys(complaint()).map((k) => [k, fc.oneof(fc.anything({ maxDepth: 2 }), text)])) }, { requiredKeys: [] }),
  fc.constant(complaint()).chain((valid) =>
    fc.record({ key: fc.constantFrom(...Object.keys(valid)), value: fc.anything({ maxDepth: 3 }) }).map(({ key, value }) => ({ ...valid, [key]: value })),
  ),
);

const body = fc.oneof(
  jsonValue.map((v) => JSON.stringify(v) ?? 'null'),
  text,
  deep,
  fc.uint8Array({ maxLength: 512 }).map((bytes) => Buffer.from(bytes)),
  fc.constant(Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1])), // invalid UTF-8
  fc.constant('{"title": "tanpa penutup'),
  fc.integer({ min: 300_000, max: 600_000 }).map((n) => `{"body":"${'x'.repeat(n)}"}`),
);

const paths = fc.oneof(
  fc.constantFrom(
    '/v1/complaints',
    '/v1/attachments',
    '/v1/categories',
    '/v1/institutions',
    '/v1/regions',
    '/v1/agency/complaints',
    '/v1/agency/webhooks',
    '/_sandbox/clock',
    '/_sandbox/faults',
    '/_sandbox/keys',
    '/_sandbox/complaints/1916449/forward',
    '/openapi.json',
  ),
  fc.tuple(
    fc.constantFrom('/v1/complaints/', '/v1/regions/', '/v1/institutions/', '/v1/agency/complaints/', '/_sandbox/complaints/'),
    text,
    fc.constantFrom('', '/events', '/replies', '/follow-ups', '/archive'),
  ).map(([a, b, c]) => a + encodeURIComponent(b) + c),
  fc.tuple(fc.constantFrom('/v1/regions?q=', '/v1/institutions?q=', '/v1/agency/complaints?updatedSince=', '/v1/regions?limit=', '/v1/regions?cursor='), text).map(
    ([a, b]) => a + encodeURIComponent(b),
  ),
);

const request = fc.record({
  method: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'),
  path: paths,
  key: fc.constantFrom(undefined, 'pk_test_sandbox', 'sk_test_sandbox', 'pk_live_forged', 'Bearer', "sk_' OR 1=1"),
  contentType: fc.constantFrom(undefined, 'application/json', 'text/plain', 'application/json; charset=latin1', 'multipart/form-data', 'image/png'),
  origin: fc.constantFrom(undefined, 'http://localhost:8080', 'https://evil.example', 'null'),
  idempotencyKey: fc.option(fc.string({ minLength: 1, maxLength: 300 }).map((s) => s.replace(/[^\x21-\x7e]/g, 'x'))),
  disposition: fc.option(fc.constantFrom('attachment; filename="../../x.png"', "attachment; filename*=UTF-8''%E2%82%AC.pdf", 'inline', 'attachment; filename="\\"')),
  language: fc.constantFrom(undefined, 'en', 'id', '*', 'xx-YY'),
  body: fc.option(body),
});

describe('hostile input', () => {
  it(`${RUNS} malformed or hostile requests: no 5xx, every error a problem document`, async () => {
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const headers: Record<string, string> = {};
        if (r.key) headers.authorization = `Bearer ${r.key}`;
        if (r.contentType) headers['content-type'] = r.contentType;
        if (r.origin) headers.origin = r.origin;
        if (r.idempotencyKey) headers['idempotency-key'] = r.idempotencyKey;
        if (r.disposition) headers['content-disposition'] = r.disposition;
        if (r.language) headers['accept-language'] = r.language;
        const hasBody = r.body !== null && r.method !== 'GET' && r.method !== 'HEAD';
        const response = await fetch(sandbox.url + r.path, {
          method: r.method,
          headers,
          body: hasBody ? (typeof r.body === 'string' ? r.body : new Uint8Array(r.body as Buffer)) : undefined,
        });
        const textBody = await response.text();
        sent++;
        assert.ok(response.status < 500, `${r.method} ${r.path} → ${response.status} ${textBody.slice(0, 300)}`);
        assert.ok(response.headers.get('request-id'), 'Request-Id on every answer');
        if (response.status >= 400 && r.method !== 'HEAD') {
          assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
          const problem = JSON.parse(textBody) as { code?: string; requestId?: string; status?: number };
          assert.equal(typeof problem.code, 'string');
          assert.equal(problem.status, response.status);
          assert.doesNotMatch(textBody, /at \S+ \(|node:internal|\.ts:\d+/, 'no stack trace');
        }
      }),
      { numRuns: RUNS, seed: Number(process.env.LAPOR_HOSTILE_SEED ?? 20261127) },
    );
    assert.equal(sent, RUNS);
  });

  it('still serves, and the database is intact', async () => {
    const response = await fetch(`${sandbox.url}/v1/categories`, { headers: { authorization: 'Bearer pk_test_sandbox' } });
    assert.equal(response.status, 200);
    const db = new DatabaseSync(join(dir, 'hostile.db'), { readOnly: true });
    const row = db.prepare('PRAGMA integrity_check').get() as { integrity_check: string };
    db.close();
    assert.equal(row.integrity_check, 'ok');
  });
});
