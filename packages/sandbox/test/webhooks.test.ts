import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { webhookEvent } from '@lapor/client/contract';
import { useSandbox } from './helpers.ts';

const api = useSandbox();
const sk = 'sk_test_sandbox';

interface Received {
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let receiver: Server;
let receiverUrl: string;
const received: Received[] = [];
let failuresLeft = 0;

before(async () => {
  receiver = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      if (failuresLeft > 0 && JSON.parse(body).type === 'complaint.forwarded') {
        failuresLeft--;
        response.writeHead(500).end();
        return;
      }
      received.push({ headers: request.headers, body });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/lapor`;
});
after(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

async function waitFor<T>(check: () => T | undefined, ms = 15_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('webhooks', () => {
  let secret: string;
  let endpointId: string;

  it('registers an endpoint and returns its secret once', async () => {
    const created = await api.request('POST', '/v1/agency/webhooks', { key: sk, body: { url: receiverUrl, events: ['*'] } });
    assert.equal(created.status, 201);
    assert.match(created.body.secret, /^whsec_[A-Za-z0-9+/]{32}$/, 'standard base64, which strict decoders (PHP, Python) accept');
    secret = created.body.secret;
    endpointId = created.body.id;
    const list = await api.request('GET', '/v1/agency/webhooks', { key: sk });
    assert.equal(list.body.data.length, 1);
    assert.equal(list.body.data[0].secret, undefined);
  });

  it('delivers every event of the institution, signed', async () => {
    const { body: created } = await api.submit();
    await api.admin(`/complaints/${created.trackingId}/forward`, { institutionId: 'pemkot-mataram' });
    const delivery = await waitFor(() =>
      received.find((r) => JSON.parse(r.body).type === 'complaint.forwarded' && JSON.parse(r.body).data.trackingId === created.trackingId),
    );
    const payload = webhookEvent.parse(JSON.parse(delivery.body));
    assert.equal(payload.institutionId, 'pemkot-mataram');
    // Standard Webhooks: the key is the base64 part of the secret; id.timestamp.body is signed.
    const t = String(delivery.headers['webhook-timestamp']);
    assert.match(t, /^\d+$/);
    assert.ok(Math.abs(Number(t) - Date.now() / 1000) < 60);
    assert.equal(delivery.headers['webhook-id'], payload.id);
    const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
    assert.equal(key.length, 24);
    const mac = createHmac('sha256', key).update(`${payload.id}.${t}.${delivery.body}`).digest('base64');
    assert.equal(delivery.headers['webhook-signature'], `v1,${mac}`);
    assert.equal(delivery.headers['lapor-signature'], undefined);
  });

  it('retries a failing endpoint until it answers 2xx, and logs each delivery', async () => {
    failuresLeft = 2;
    const { body: created } = await api.submit();
    await api.admin(`/complaints/${created.trackingId}/forward`, { institutionId: 'pemkot-mataram' });
    const delivery = await waitFor(() =>
      received.find((r) => JSON.parse(r.body).type === 'complaint.forwarded' && JSON.parse(r.body).data.trackingId === created.trackingId),
    );
    const eventId = JSON.parse(delivery.body).id;
    const log = await api.request('GET', `/_sandbox/webhooks/deliveries?eventId=${eventId}`, { key: null });
    assert.equal(log.body.data.length, 1);
    assert.equal(log.body.data[0].status, 'delivered');
    assert.equal(log.body.data[0].attempts, 3);
    assert.equal(log.body.data[0].endpointId, endpointId);
    const stats = await api.request('GET', '/_sandbox/stats', { key: null });
    assert.ok(stats.body.webhookDeliveries >= 2);
  });

  it('stops delivering to a deleted endpoint', async () => {
    const deleted = await api.request('DELETE', `/v1/agency/webhooks/${endpointId}`, { key: sk });
    assert.equal(deleted.status, 204);
    assert.equal((await api.request('DELETE', `/v1/agency/webhooks/${endpointId}`, { key: sk })).status, 404);
    // A second endpoint on the same receiver tells when the event has gone out: by then the
    // deleted one would have been sent it too.
    const control = await api.request('POST', '/v1/agency/webhooks', { key: sk, body: { url: receiverUrl, events: ['complaint.forwarded'] } });
    assert.equal(control.status, 201);
    const { body: created } = await api.submit();
    await api.admin(`/complaints/${created.trackingId}/forward`, { institutionId: 'pemkot-mataram' });
    const forwarded = (r: Received) => JSON.parse(r.body).type === 'complaint.forwarded' && JSON.parse(r.body).data.trackingId === created.trackingId;
    const delivery = await waitFor(() => received.find(forwarded));
    assert.equal(received.filter(forwarded).length, 1, 'only the remaining endpoint got the event');
    const log = await api.request('GET', `/_sandbox/webhooks/deliveries?eventId=${JSON.parse(delivery.body).id}`, { key: null });
    assert.deepEqual(log.body.data.map((d: { endpointId: string }) => d.endpointId), [control.body.id]);
  });

  it('validates the endpoint', async () => {
    const bad = await api.request('POST', '/v1/agency/webhooks', { key: sk, body: { url: 'not a url', events: [] } });
    assert.equal(bad.status, 422);
    assert.deepEqual(bad.body.errors.map((e: any) => [e.path, e.code]).sort(), [['events', 'required'], ['url', 'invalid_url']]);
  });
});
