import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient } from '@lapor/client';
import { WebhookVerificationError, verifyWebhook } from '@lapor/client/webhooks';
import { report, useSandbox } from './sandbox.ts';

const sandbox = useSandbox();

function sign(secret: string, body: string, t = Math.floor(Date.now() / 1000)) {
  return `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`;
}

const body = JSON.stringify({
  id: 'evt_1',
  type: 'complaint.forwarded',
  createdAt: '2026-11-28T10:00:00+07:00',
  institutionId: 'pemkot-mataram',
  data: {
    trackingId: '1916449',
    status: 'forwarded',
    event: { id: 'evt_1', trackingId: '1916449', type: 'forwarded', at: '2026-11-28T10:00:00+07:00', status: 'forwarded', institution: { id: 'pemkot-mataram', name: 'Pemerintah Kota Mataram' } },
  },
});

const reason = (r: string) => (e: unknown) => e instanceof WebhookVerificationError && e.reason === r;

describe('verifyWebhook', () => {
  it('accepts a good signature and returns the event', async () => {
    const event = await verifyWebhook({ payload: body, signature: sign('whsec_a', body), secret: 'whsec_a' });
    assert.equal(event.type, 'complaint.forwarded');
    assert.equal(event.data.trackingId, '1916449');
    const fromBytes = await verifyWebhook({ payload: Buffer.from(body), signature: sign('whsec_a', body), secret: 'whsec_a' });
    assert.equal(fromBytes.id, 'evt_1');
  });

  it('refuses a tampered body, a wrong secret, and a signature without a match', async () => {
    await assert.rejects(verifyWebhook({ payload: body.replace('forwarded', 'closed'), signature: sign('whsec_a', body), secret: 'whsec_a' }), reason('no_matching_signature'));
    await assert.rejects(verifyWebhook({ payload: body, signature: sign('whsec_b', body), secret: 'whsec_a' }), reason('no_matching_signature'));
  });

  it('refuses a stale or future timestamp outside the tolerance', async () => {
    const old = Math.floor(Date.now() / 1000) - 301;
    await assert.rejects(verifyWebhook({ payload: body, signature: sign('whsec_a', body, old), secret: 'whsec_a' }), reason('stale_timestamp'));
    const future = Math.floor(Date.now() / 1000) + 301;
    await assert.rejects(verifyWebhook({ payload: body, signature: sign('whsec_a', body, future), secret: 'whsec_a' }), reason('stale_timestamp'));
    const ok = await verifyWebhook({ payload: body, signature: sign('whsec_a', body, old), secret: 'whsec_a', tolerance: 600 });
    assert.equal(ok.id, 'evt_1');
  });

  it('accepts any of several secrets while rotating', async () => {
    const event = await verifyWebhook({ payload: body, signature: sign('whsec_old', body), secret: ['whsec_new', 'whsec_old'] });
    assert.equal(event.id, 'evt_1');
  });

  it('says what is wrong with the input', async () => {
    await assert.rejects(verifyWebhook({ payload: JSON.parse(body), signature: sign('whsec_a', body), secret: 'whsec_a' }), reason('raw_body_required'));
    await assert.rejects(verifyWebhook({ payload: body, signature: undefined, secret: 'whsec_a' }), reason('missing_signature'));
    await assert.rejects(verifyWebhook({ payload: body, signature: 'sha256=abc', secret: 'whsec_a' }), reason('malformed_signature'));
    const notJson = 'hello';
    await assert.rejects(verifyWebhook({ payload: notJson, signature: sign('whsec_a', notJson), secret: 'whsec_a' }), reason('invalid_payload'));
  });
});

describe('verifying real deliveries from the sandbox', () => {
  let receiver: Server;
  const verified: string[] = [];
  const failures: string[] = [];
  let secret = '';

  before(async () => {
    receiver = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (c: Buffer) => chunks.push(c));
      request.on('end', async () => {
        try {
          const event = await verifyWebhook({ payload: Buffer.concat(chunks), signature: request.headers['lapor-signature'] as string, secret });
          verified.push(event.type);
          response.writeHead(204).end();
        } catch (error) {
          failures.push(String(error));
          response.writeHead(400).end();
        }
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  });
  after(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

  it('verifies what the sandbox sends', async () => {
    const server = createClient({ endpoint: sandbox.current().url, secretKey: 'sk_test_sandbox' });
    const endpoint = await server.agency.webhooks.create({ url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/`, events: ['*'] });
    secret = endpoint.secret!;
    const lapor = createClient({ endpoint: sandbox.current().url, siteKey: 'pk_test_sandbox' });
    const created = await lapor.complaints.create(report());
    await sandbox.admin(`/complaints/${created.trackingId}/forward`, { institutionId: 'pemkot-mataram' });
    const until = Date.now() + 10_000;
    while (verified.length < 1 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    assert.deepEqual(failures, []);
    // Only from the disposition on: the site that hosted the form is told nothing before (visibility table).
    assert.deepEqual(verified, ['complaint.forwarded']);
  });
});
