import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { createClient, LaporHttpError } from '@lapor/client';
import { LIMITS } from '@lapor/client/contract';
import { createProxyHandler } from '@lapor/client/server';
import { report, useSandbox } from './sandbox.ts';

const sandbox = useSandbox();
let agencySite: Server;
let siteUrl = '';
const seenByUpstream: string[] = [];

describe('createProxyHandler', () => {
  /** The agency's own server: mounts the proxy under /api/lapor, as a Node adapter would. */
  before(async () => {
    const handler = createProxyHandler({
      endpoint: sandbox.current().url,
      key: 'pk_test_sandbox',
      prefix: '/api/lapor',
      check: (request) =>
        request.headers.get('x-block') === 'yes'
          ? new Response(JSON.stringify({ code: 'forbidden' }), { status: 403, headers: { 'content-type': 'application/problem+json' } })
          : undefined,
      fetch: (input, init) => {
        seenByUpstream.push(new Headers(init?.headers).get('authorization') ?? '');
        return fetch(input, init);
      },
    });
    agencySite = createServer(async (req, res) => {
      const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : (Readable.toWeb(req) as ReadableStream);
      const request = new Request(`http://${req.headers.host}${req.url}`, {
        method: req.method,
        headers: req.headers as Record<string, string>,
        body,
        duplex: 'half',
      } as RequestInit);
      const response = await handler(request);
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    });
    await new Promise<void>((resolve) => agencySite.listen(0, '127.0.0.1', resolve));
    siteUrl = `http://127.0.0.1:${(agencySite.address() as AddressInfo).port}/api/lapor`;
  });
  after(() => new Promise<void>((resolve) => agencySite.close(() => resolve())));

  it('lets a keyless client submit and read through the agency server', async () => {
    const lapor = createClient({ endpoint: siteUrl });
    const created = await lapor.complaints.create(report());
    assert.match(created.trackingId, /^\d+$/);
    const view = await lapor.complaints.get(created.trackingId, { reporterToken: created.reporterToken });
    assert.equal(view.view, 'reporter');
    assert.ok((await lapor.categories.list()).length > 10);
    assert.equal(seenByUpstream.length, 3, "create, get and list went upstream");
    assert.ok(seenByUpstream.every((h) => h === 'Bearer pk_test_sandbox'));
  });

  it('forwards only allowed routes', async () => {
    const response = await fetch(`${siteUrl}/v1/agency/complaints`);
    assert.equal(response.status, 404);
    const outside = await fetch(`${siteUrl.replace('/api/lapor', '')}/v1/categories`);
    assert.equal(outside.status, 404);
  });

  it('runs its own checks first', async () => {
    const lapor = createClient({ endpoint: siteUrl, headers: { 'x-block': 'yes' } });
    await assert.rejects(lapor.categories.list(), (e: unknown) => e instanceof LaporHttpError && e.status === 403);
  });

  it('drops the browser credentials and never lets a caller choose the key', async () => {
    seenByUpstream.length = 0;
    await fetch(`${siteUrl}/v1/categories`, { headers: { authorization: 'Bearer sk_stolen', cookie: 'session=1' } });
    assert.deepEqual(seenByUpstream, ['Bearer pk_test_sandbox']);
  });
});

/** A request body the test hands out chunk by chunk. */
function controlledBody() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const stream = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
  return { stream, push: (bytes: Uint8Array) => controller.enqueue(bytes), close: () => controller.close() };
}

const upload = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request('http://dinas.example.go.id/api/lapor/v1/attachments', {
    method: 'POST',
    headers: { 'content-type': 'application/pdf', 'content-disposition': 'attachment; filename="surat.pdf"', 'idempotency-key': 'k1', ...headers },
    body,
    duplex: 'half',
  } as RequestInit);

describe('createProxyHandler against hostile requests', () => {
  it('refuses a body whose Content-Length is over the limit before reading or forwarding it', async () => {
    let forwarded = 0;
    const handler = createProxyHandler({ endpoint: sandbox.current().url, key: 'pk_test_sandbox', prefix: '/api/lapor', fetch: (input, init) => (forwarded++, fetch(input, init)) });
    const body = controlledBody();
    const answer = await handler(upload(body.stream, { 'content-length': String(150 * 1024 * 1024) }));
    assert.equal(answer.status, 413);
    assert.equal((await answer.json()).code, 'payload_too_large');
    assert.equal(forwarded, 0);
  });

  it('stops a body without Content-Length once it passes the limit, having passed on at most the limit', async () => {
    let received = 0;
    const handler = createProxyHandler({
      endpoint: 'http://lapor.invalid',
      key: 'pk_test_sandbox',
      prefix: '/api/lapor',
      fetch: async (_input, init) => {
        const reader = (init!.body as ReadableStream<Uint8Array>).getReader();
        for (let part = await reader.read(); !part.done; part = await reader.read()) received += part.value.byteLength;
        return new Response('{}', { status: 201 });
      },
    });
    const chunk = new Uint8Array(64 * 1024);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(chunk); // endless: 150 MB or more if nobody stops it
      },
    });
    const answer = await handler(upload(body));
    assert.equal(answer.status, 413);
    assert.ok(received <= LIMITS.attachmentBytesMax, `${received} bytes passed on`);
  });

  it('streams the body to LAPOR! instead of buffering it first', async () => {
    let firstChunkSeen!: () => void;
    const seen = new Promise<void>((resolve) => (firstChunkSeen = resolve));
    const handler = createProxyHandler({
      endpoint: 'http://lapor.invalid',
      key: 'pk_test_sandbox',
      prefix: '/api/lapor',
      fetch: async (_input, init) => {
        const reader = (init!.body as ReadableStream<Uint8Array>).getReader();
        await reader.read();
        firstChunkSeen();
        while (!(await reader.read()).done);
        return new Response('{}', { status: 201, headers: { 'content-type': 'application/json' } });
      },
    });
    const body = controlledBody();
    const answered = handler(upload(body.stream));
    body.push(new TextEncoder().encode('%PDF-1.4\n'));
    // The upstream reads the first chunk while the client has not finished sending.
    await Promise.race([seen, new Promise((_, reject) => setTimeout(() => reject(new Error('the proxy waited for the whole body')), 2000))]);
    body.push(new TextEncoder().encode('%%EOF\n'));
    body.close();
    assert.equal((await answered).status, 201);
  });

  it('refuses an encoded slash or backslash inside a path segment', async () => {
    let forwarded = 0;
    const handler = createProxyHandler({ endpoint: sandbox.current().url, key: 'pk_test_sandbox', prefix: '/api/lapor', fetch: (input, init) => (forwarded++, fetch(input, init)) });
    for (const path of ['/v1/complaints/..%2Fagency%2Fcomplaints', '/v1/complaints/..%2fx/events', '/v1/regions/52%5C..%5Cx', '/v1/institutions/%2F']) {
      const answer = await handler(new Request(`http://dinas.example.go.id/api/lapor${path}`));
      assert.equal(answer.status, 400, path);
    }
    assert.equal(forwarded, 0);
  });

  it('refuses a secret key on citizen routes unless the agency opts in by name', () => {
    const endpoint = sandbox.current().url;
    assert.throws(() => createProxyHandler({ endpoint, key: 'sk_test_sandbox' }), (e: unknown) => e instanceof TypeError && /getComplaint/.test(e.message) && !e.message.includes('sk_test_sandbox'));
    assert.throws(() => createProxyHandler({ endpoint, key: 'sk_test_sandbox', allow: ['listAgencyComplaints', 'listComplaintEvents'] }), TypeError);
    assert.doesNotThrow(() => createProxyHandler({ endpoint, key: 'sk_test_sandbox', allow: ['listAgencyComplaints', 'getAgencyComplaint'] }));
    assert.doesNotThrow(() => createProxyHandler({ endpoint, key: 'sk_test_sandbox', dangerouslyAllowSecretKeyOnCitizenRoutes: true }));
  });

  it('lets a check read request.clone() and still forwards the body; reading the original is a clear error', async () => {
    const seen: unknown[] = [];
    const cloning = createProxyHandler({
      endpoint: sandbox.current().url,
      key: 'pk_test_sandbox',
      prefix: '/api/lapor',
      check: async (request) => void seen.push(await request.clone().json()),
    });
    const json = (body: unknown) =>
      new Request('http://dinas.example.go.id/api/lapor/v1/complaints', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
        body: JSON.stringify(body),
      });
    const created = await cloning(json(report()));
    assert.equal(created.status, 201);
    assert.equal((seen[0] as { title: string }).title, report().title);
    const consuming = createProxyHandler({ endpoint: sandbox.current().url, key: 'pk_test_sandbox', prefix: '/api/lapor', check: async (request) => void (await request.json()) });
    const misused = await consuming(json(report()));
    assert.match((await misused.json()).detail, /request\.clone\(\)/);
  });
});
