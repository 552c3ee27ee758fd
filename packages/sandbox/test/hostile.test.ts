// Thousands of malformed and hostile requests: none may crash the sandbox, answer 5xx,
// answer anything but a problem document for an error, or damage the database.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { ATTACHMENT_TYPES } from '@lapor/client/contract';
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

  it(`${Math.ceil(RUNS / 5)} random attachment bodies, types and names: no 5xx, stored names clean and typed`, async () => {
    const magic = fc.constantFrom(
      [0xff, 0xd8, 0xff],
      [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
      [...Buffer.from('GIF89a')],
      [...Buffer.from('RIFF')],
      [...Buffer.from('%PDF-')],
      [...Buffer.from('OggS')],
      [...Buffer.from('ID3')],
      [0x1a, 0x45, 0xdf, 0xa3],
      [0, 0, 0, 0x18, ...Buffer.from('ftypheic')],
      [0, 0, 0, 0x18, ...Buffer.from('ftyp')],
      [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
      [0x50, 0x4b, 0x03, 0x04],
      [0x50, 0x4b, 0x05, 0x06],
      [...Buffer.from('MZ')],
    );
    const zip = fc
      .record({
        entries: fc.dictionary(fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('[Content_Types].xml', 'word/document.xml', 'xl/workbook.xml', '../evil')), fc.string({ maxLength: 200 }), { maxKeys: 6 }),
        cut: fc.nat({ max: 400 }),
      })
      .map(({ entries, cut }) => {
        const bytes = zipSync(Object.fromEntries(Object.entries(entries).map(([name, content]) => [name, strToU8(content)])));
        return bytes.subarray(0, Math.max(0, bytes.length - cut));
      });
    const fileBody = fc.oneof(
      fc.uint8Array({ minLength: 1, maxLength: 64 }),
      fc.tuple(magic, fc.uint8Array({ maxLength: 256 })).map(([head, tail]) => Uint8Array.from([...head, ...tail])),
      magic.map((head) => Uint8Array.from(head)),
      zip,
      fc.string({ minLength: 1, maxLength: 300 }).map((text) => strToU8(text)),
    );
    const fileName = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.constantFrom('.', '..', '...', ' . ', 'foto\u202Egnp.exe', 'a\u0000b.png', '\u2066x\u2069.pdf', 'laporan.html', 'CON', 'x'.repeat(300) + '.png'),
    );
    const extensions = new Map<string, string[]>();
    for (const [extension, type] of Object.entries(ATTACHMENT_TYPES)) extensions.set(type, [...(extensions.get(type) ?? []), extension]);
    await fc.assert(
      fc.asyncProperty(fileBody, fileName, fc.option(fc.string({ maxLength: 60 })), async (bytes, name, type) => {
        const headers: Record<string, string> = {
          authorization: 'Bearer pk_test_sandbox',
          'idempotency-key': crypto.randomUUID(),
          'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
        };
        if (type !== null && /^[\x20-\x7e]*$/.test(type)) headers['content-type'] = type;
        const response = await fetch(`${sandbox.url}/v1/attachments`, { method: 'POST', headers, body: bytes });
        const answer = (await response.json()) as { name?: string; mimeType?: string; code?: string };
        assert.ok(response.status < 500, `${response.status} ${JSON.stringify(answer)}`);
        if (response.status === 201) {
          const stored = answer.name!;
          assert.doesNotMatch(stored, /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/, 'no control or bidi characters');
          assert.ok(stored !== '.' && stored !== '..' && stored.length <= 255, stored);
          const extension = stored.slice(stored.lastIndexOf('.') + 1).toLowerCase();
          assert.ok(extensions.get(answer.mimeType!)?.includes(extension), `${stored} is ${answer.mimeType}`);
        } else {
          assert.ok(['unsupported_media_type', 'validation_failed'].includes(answer.code!), answer.code);
        }
      }),
      { numRuns: Math.ceil(RUNS / 5), seed: Number(process.env.LAPOR_HOSTILE_SEED ?? 20261127) },
    );
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
