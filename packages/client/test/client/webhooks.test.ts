import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { createClient } from '@lapor/client';
import { MAX_SIGNATURES, WebhookVerificationError, verifyWebhook } from '@lapor/client/webhooks';
import { report, useSandbox } from './sandbox.ts';

const sandbox = useSandbox();

// Secrets as the sandbox hands them out: whsec_ and 24 random bytes in base64.
const secretA = 'whsec_' + Buffer.from('secret A for the tests..').toString('base64');
const secretB = 'whsec_' + Buffer.from('secret B for the tests..').toString('base64');

/** Headers signed by the official Standard Webhooks library, not by our code. */
function sign(secret: string, body: string, options: { id?: string; t?: number } = {}) {
  const id = options.id ?? 'evt_1';
  const t = options.t ?? Math.floor(Date.now() / 1000);
  return { 'webhook-id': id, 'webhook-timestamp': String(t), 'webhook-signature': new Webhook(secret).sign(id, new Date(t * 1000), body) };
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

/** Counts HMAC computations (sign and verify) made through Web Crypto while `run` runs. */
async function countHmacs(run: () => Promise<unknown>): Promise<number> {
  const subtle = crypto.subtle;
  const sign = subtle.sign;
  const verify = subtle.verify;
  let count = 0;
  subtle.sign = function (...args: Parameters<SubtleCrypto['sign']>) {
    count++;
    return sign.apply(subtle, args);
  } as SubtleCrypto['sign'];
  subtle.verify = function (...args: Parameters<SubtleCrypto['verify']>) {
    count++;
    return verify.apply(subtle, args);
  } as SubtleCrypto['verify'];
  try {
    await run().catch(() => undefined);
  } finally {
    subtle.sign = sign;
    subtle.verify = verify;
  }
  return count;
}

describe('verifyWebhook (Standard Webhooks)', () => {
  it('accepts what the official library signs and returns the event', async () => {
    const event = await verifyWebhook({ payload: body, headers: sign(secretA, body), secret: secretA });
    assert.equal(event.type, 'complaint.forwarded');
    assert.equal(event.data.trackingId, '1916449');
    const fromBytes = await verifyWebhook({ payload: Buffer.from(body), headers: new Headers(sign(secretA, body)), secret: secretA });
    assert.equal(fromBytes.id, 'evt_1');
    // Header names in any case, as some frameworks hand them over.
    const upper = Object.fromEntries(Object.entries(sign(secretA, body)).map(([k, v]) => [k.toUpperCase(), v]));
    assert.equal((await verifyWebhook({ payload: body, headers: upper, secret: secretA })).id, 'evt_1');
    // A secret without the whsec_ prefix is the bare base64 key, as in the official libraries.
    assert.equal((await verifyWebhook({ payload: body, headers: sign(secretA, body), secret: secretA.slice(6) })).id, 'evt_1');
  });

  it('refuses a tampered body, id or timestamp, and a wrong secret', async () => {
    const headers = sign(secretA, body);
    await assert.rejects(verifyWebhook({ payload: body.replace('forwarded', 'closed'), headers, secret: secretA }), reason('no_matching_signature'));
    await assert.rejects(verifyWebhook({ payload: body, headers: { ...headers, 'webhook-id': 'evt_2' }, secret: secretA }), reason('no_matching_signature'));
    const t = Number(headers['webhook-timestamp']) - 1;
    await assert.rejects(verifyWebhook({ payload: body, headers: { ...headers, 'webhook-timestamp': String(t) }, secret: secretA }), reason('no_matching_signature'));
    await assert.rejects(verifyWebhook({ payload: body, headers: sign(secretB, body), secret: secretA }), reason('no_matching_signature'));
  });

  it('refuses a stale or future timestamp outside the tolerance', async () => {
    const old = Math.floor(Date.now() / 1000) - 301;
    await assert.rejects(verifyWebhook({ payload: body, headers: sign(secretA, body, { t: old }), secret: secretA }), reason('stale_timestamp'));
    const future = Math.floor(Date.now() / 1000) + 301;
    await assert.rejects(verifyWebhook({ payload: body, headers: sign(secretA, body, { t: future }), secret: secretA }), reason('stale_timestamp'));
    const ok = await verifyWebhook({ payload: body, headers: sign(secretA, body, { t: old }), secret: secretA, tolerance: 600 });
    assert.equal(ok.id, 'evt_1');
  });

  it('accepts any of several secrets, and any of several signatures, while rotating', async () => {
    const event = await verifyWebhook({ payload: body, headers: sign(secretB, body), secret: [secretA, secretB] });
    assert.equal(event.id, 'evt_1');
    // The sender signs with the new and the old secret during a rotation: space separated.
    const a = sign(secretA, body);
    const both = { ...a, 'webhook-signature': `${sign(secretB, body, { t: Number(a['webhook-timestamp']) })['webhook-signature']} ${a['webhook-signature']}` };
    assert.equal((await verifyWebhook({ payload: body, headers: both, secret: secretA })).id, 'evt_1');
    // Unknown versions (e.g. asymmetric v1a) are skipped, not an error.
    const withV1a = { ...a, 'webhook-signature': `v1a,c29tZXRoaW5n ${a['webhook-signature']}` };
    assert.equal((await verifyWebhook({ payload: body, headers: withV1a, secret: secretA })).id, 'evt_1');
  });

  it('says what is wrong with the input', async () => {
    const headers = sign(secretA, body);
    await assert.rejects(verifyWebhook({ payload: JSON.parse(body), headers, secret: secretA }), reason('raw_body_required'));
    for (const name of ['webhook-id', 'webhook-timestamp', 'webhook-signature'] as const) {
      const { [name]: _, ...rest } = headers;
      await assert.rejects(verifyWebhook({ payload: body, headers: rest, secret: secretA }), (e: unknown) => reason('missing_signature')(e) && (e as Error).message.includes(name));
    }
    await assert.rejects(verifyWebhook({ payload: body, headers: {}, secret: secretA }), reason('missing_signature'));
    // The old scheme of our own, hex, a timestamp that is not Unix seconds.
    const t = headers['webhook-timestamp'];
    const hex = `t=${t},v1=${createHmac('sha256', secretA).update(`${t}.${body}`).digest('hex')}`;
    await assert.rejects(verifyWebhook({ payload: body, headers: { ...headers, 'webhook-signature': hex }, secret: secretA }), reason('malformed_signature'));
    await assert.rejects(verifyWebhook({ payload: body, headers: { ...headers, 'webhook-signature': 'v1,not base64!' }, secret: secretA }), reason('malformed_signature'));
    await assert.rejects(verifyWebhook({ payload: body, headers: { ...headers, 'webhook-timestamp': `${t}.5` }, secret: secretA }), reason('malformed_signature'));
    await assert.rejects(verifyWebhook({ payload: body, headers: { ...headers, 'webhook-timestamp': new Date().toISOString() }, secret: secretA }), reason('malformed_signature'));
    const notJson = 'hello';
    await assert.rejects(verifyWebhook({ payload: notJson, headers: sign(secretA, notJson), secret: secretA }), reason('invalid_payload'));
    const notAnEvent = '{"hello":"world"}';
    await assert.rejects(verifyWebhook({ payload: notAnEvent, headers: sign(secretA, notAnEvent), secret: secretA }), reason('invalid_payload'));
  });
});

// Hardening: each case below was accepted, or failed in a confusing way, before.
describe('verifyWebhook refuses unsafe options and hostile headers', () => {
  it('takes only a finite tolerance of 0 or more: NaN or Infinity would accept a year-old signature', async () => {
    const yearAgo = Math.floor(Date.now() / 1000) - 365 * 86_400;
    for (const tolerance of [Number.NaN, Number.POSITIVE_INFINITY, -1, '300' as unknown as number]) {
      await assert.rejects(
        verifyWebhook({ payload: body, headers: sign(secretA, body, { t: yearAgo }), secret: secretA, tolerance }),
        (e: unknown) => e instanceof RangeError && /tolerance must be a finite number of seconds/.test(e.message),
        String(tolerance),
      );
    }
    // 0 is allowed: only a signature of this very second passes.
    const now = Date.now();
    const headers = sign(secretA, body, { t: Math.floor(now / 1000) });
    assert.equal((await verifyWebhook({ payload: body, headers, secret: secretA, tolerance: 0, now: Math.floor(now / 1000) * 1000 })).id, 'evt_1');
  });

  it('refuses empty, missing or malformed secrets with a WebhookVerificationError that says so', async () => {
    const headers = sign(secretA, body);
    const cases: Array<[unknown, RegExp]> = [
      ['', /empty or missing/],
      [[secretA, ''], /empty or missing \(secret 2 of 2\)/],
      [[undefined, secretA], /empty or missing \(secret 1 of 2\)/], // an unset environment variable
      [[], /No webhook secret/],
      ['whsec_', /not "whsec_<base64>"/],
      ['whsec_not base64!', /not "whsec_<base64>"/],
    ];
    for (const [secret, message] of cases) {
      await assert.rejects(
        verifyWebhook({ payload: body, headers, secret: secret as string }),
        (e: unknown) => reason('invalid_secret')(e) && message.test((e as Error).message),
        JSON.stringify(secret),
      );
    }
  });

  it(`reads at most ${MAX_SIGNATURES} signatures of a header`, async () => {
    const good = sign(secretA, body);
    const junk = (n: number) => Array.from({ length: n }, () => `v1,${Buffer.alloc(32, 7).toString('base64')}`).join(' ');
    const late = { ...good, 'webhook-signature': `${junk(MAX_SIGNATURES)} ${good['webhook-signature']}` };
    await assert.rejects(verifyWebhook({ payload: body, headers: late, secret: secretA }), reason('no_matching_signature'));
    const early = { ...good, 'webhook-signature': `${junk(MAX_SIGNATURES - 1)} ${good['webhook-signature']}` };
    assert.equal((await verifyWebhook({ payload: body, headers: early, secret: secretA })).id, 'evt_1');
    // 250 entries cost what a handful do: one HMAC, no more comparisons than the cap.
    const hostile = { ...good, 'webhook-signature': junk(250) };
    assert.equal(await countHmacs(() => verifyWebhook({ payload: body, headers: hostile, secret: secretA })), 1);
  });

  it("computes each secret's HMAC once, whatever the number of signatures", async () => {
    const a = sign(secretA, body);
    const t = Number(a['webhook-timestamp']);
    const five = Array.from({ length: MAX_SIGNATURES }, (_, i) => sign(secretB, body, { t, id: `evt_${i + 9}` })['webhook-signature']).join(' ');
    const headers = { ...a, 'webhook-signature': five };
    assert.equal(await countHmacs(() => verifyWebhook({ payload: body, headers, secret: [secretA, secretB] })), 2);
  });
});

describe('verifying real deliveries from the sandbox', () => {
  let receiver: Server;
  const received: Array<{ headers: IncomingHttpHeaders; body: Buffer }> = [];
  let secret = '';

  before(async () => {
    receiver = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (c: Buffer) => chunks.push(c));
      request.on('end', () => {
        received.push({ headers: request.headers, body: Buffer.concat(chunks) });
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  });
  after(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

  it('signs every delivery so that the official Standard Webhooks library and ours verify it', async () => {
    const server = createClient({ endpoint: sandbox.current().url, secretKey: 'sk_test_sandbox' });
    const endpoint = await server.agency.webhooks.create({ url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/`, events: ['*'] });
    secret = endpoint.secret!;
    assert.match(secret, /^whsec_[A-Za-z0-9+/]{32}$/);
    const lapor = createClient({ endpoint: sandbox.current().url, siteKey: 'pk_test_sandbox' });
    const created = await lapor.complaints.create(report());
    await sandbox.admin(`/complaints/${created.trackingId}/forward`, { institutionId: 'pemkot-mataram' });
    const until = Date.now() + 10_000;
    while (received.length < 1 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    // Deliveries go out in order: the forwarded one arriving means no submitted one is coming.
    assert.equal(received.length, 1);

    const official = new Webhook(secret);
    const types: string[] = [];
    for (const delivery of received) {
      assert.equal(delivery.headers['lapor-signature'], undefined, 'the old header is gone');
      const fromOfficial = official.verify(delivery.body, delivery.headers as Record<string, string>) as { id: string; type: string };
      const ours = await verifyWebhook({ payload: delivery.body, headers: delivery.headers, secret });
      assert.deepEqual(ours, fromOfficial);
      assert.equal(delivery.headers['webhook-id'], ours.id, 'webhook-id is the event id');
      types.push(ours.type);

      // The same delivery, changed, replayed late, malformed or unsigned, is refused by both.
      const tampered = Buffer.from(delivery.body.toString().replace(created.trackingId, '1000000'));
      assert.throws(() => official.verify(tampered, delivery.headers as Record<string, string>), /No matching signature/);
      await assert.rejects(verifyWebhook({ payload: tampered, headers: delivery.headers, secret }), reason('no_matching_signature'));
      const later = Date.now() + 10 * 60_000;
      await assert.rejects(verifyWebhook({ payload: delivery.body, headers: delivery.headers, secret, now: later }), reason('stale_timestamp'));
      const hex = { ...delivery.headers, 'webhook-signature': `v1=${createHmac('sha256', secret).update(delivery.body).digest('hex')}` };
      assert.throws(() => official.verify(delivery.body, hex as unknown as Record<string, string>), /No matching signature/);
      await assert.rejects(verifyWebhook({ payload: delivery.body, headers: hex, secret }), reason('malformed_signature'));
      const { 'webhook-signature': _, ...unsigned } = delivery.headers;
      assert.throws(() => official.verify(delivery.body, unsigned as Record<string, string>), /Missing required headers/);
      await assert.rejects(verifyWebhook({ payload: delivery.body, headers: unsigned, secret }), reason('missing_signature'));
    }
    // Only from the disposition on: the site that hosted the form is told nothing before (visibility table).
    assert.deepEqual(types, ['complaint.forwarded']);
  });
});
