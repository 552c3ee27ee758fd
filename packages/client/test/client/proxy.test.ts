import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { createClient, LaporHttpError } from '@lapor/client';
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
