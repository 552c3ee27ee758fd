// The cases of "confidential means confidential", each as the attacker or the curious
// agency would try it over HTTP.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PUBLIC_COORDINATE_DECIMALS } from '@lapor/client/contract';
import { complaint, useSandbox } from './helpers.ts';

const api = useSandbox();
// pk_test_sandbox and sk_test_sandbox both belong to Pemerintah Kota Mataram: its site hosts the form.
const hostSk = 'sk_test_sandbox';
const reporter = { name: 'Siti Aminah', email: 'siti@example.id', phone: '081234567890' };

async function secretKey(institutionId: string): Promise<string> {
  const { body } = await api.request('POST', '/_sandbox/keys', { key: null, idempotencyKey: null, body: { kind: 'secret', institutionId } });
  return body.key;
}

describe('the host agency of the widget', () => {
  it('cannot read a confidential report sent from its site before LAPOR! verifies it', async () => {
    const { body: created } = await api.submit({ confidential: true, reporter });
    const agency = await api.request('GET', `/v1/agency/complaints/${created.trackingId}`, { key: hostSk });
    assert.equal(agency.status, 404);
    const list = await api.request('GET', '/v1/agency/complaints?limit=100', { key: hostSk });
    assert.ok(!JSON.stringify(list.body).includes(created.trackingId), 'not in its list');
    assert.ok(!JSON.stringify(list.body).includes(reporter.email), 'no reporter contact in its list');
  });

  it('cannot read it after LAPOR! disposed it to another body (a report about its own officials)', async () => {
    const { body: created } = await api.submit({ confidential: true, reporter, title: 'Pungli oleh pegawai Dinas Kota' });
    await api.admin(`/complaints/${created.trackingId}/forward`, { institutionId: 'kemenkes' });
    assert.equal((await api.request('GET', `/v1/agency/complaints/${created.trackingId}`, { key: hostSk })).status, 404);
    assert.equal((await api.request('GET', `/v1/complaints/${created.trackingId}/events`, { key: hostSk })).status, 404);
    assert.equal((await api.request('GET', `/v1/complaints/${created.trackingId}`, { key: hostSk })).status, 404);
  });

  it('sees a public report sent from its site as the public does, without the reporter', async () => {
    const { body: created } = await api.submit({ reporter });
    await api.admin(`/complaints/${created.trackingId}/forward`, { institutionId: 'kemenkes' });
    const view = await api.request('GET', `/v1/complaints/${created.trackingId}`, { key: hostSk });
    assert.equal(view.body.view, 'public');
    for (const secret of Object.values(reporter)) assert.ok(!JSON.stringify(view.body).includes(secret), secret);
  });
});

describe('public routes never become owner views', () => {
  it('a secret key behind a proxy gets no timeline of a confidential report, not even its own', async () => {
    const { body: created } = await api.submit({ confidential: true });
    await api.admin(`/complaints/${created.trackingId}/forward`, { institutionId: 'pemkot-mataram' });
    await api.request('POST', `/v1/agency/complaints/${created.trackingId}/follow-ups`, { key: hostSk, body: { body: 'Sedang kami periksa bersama inspektorat.' } });
    await api.request('POST', `/v1/complaints/${created.trackingId}/replies`, {
      body: { body: 'Saya takut dikenali, mohon dirahasiakan.' },
      headers: { 'reporter-token': created.reporterToken },
    });
    // What anyone on the internet gets through an agency's proxy holding its secret key:
    const events = await api.request('GET', `/v1/complaints/${created.trackingId}/events`, { key: hostSk });
    assert.equal(events.status, 404);
    assert.equal((await api.request('GET', `/v1/complaints/${created.trackingId}`, { key: hostSk })).status, 404);
    // The institution reads its timeline where only its secret key reaches:
    const own = await api.request('GET', `/v1/agency/complaints/${created.trackingId}/events`, { key: hostSk });
    assert.deepEqual(own.body.data.map((e: { type: string }) => e.type), ['submitted', 'forwarded', 'followed_up', 'reporter_replied']);
  });
});

describe('coordinates', () => {
  it(`are rounded to ${PUBLIC_COORDINATE_DECIMALS} decimals (about 100 m) in the public view, exact for the reporter and the institution`, async () => {
    const { body: created } = await api.submit({ location: { regionCode: '52.71', address: 'Jl. Pejanggik', lat: -8.583456, lng: 116.116789 } });
    await api.admin(`/complaints/${created.trackingId}/forward`, { institutionId: 'pemkot-mataram' });
    const publicView = await api.request('GET', `/v1/complaints/${created.trackingId}`);
    assert.deepEqual([publicView.body.location.lat, publicView.body.location.lng], [-8.583, 116.117]);
    const own = await api.request('GET', `/v1/complaints/${created.trackingId}`, { headers: { 'reporter-token': created.reporterToken } });
    assert.deepEqual([own.body.location.lat, own.body.location.lng], [-8.583456, 116.116789]);
    const agency = await api.request('GET', `/v1/agency/complaints/${created.trackingId}`, { key: hostSk });
    assert.deepEqual([agency.body.location.lat, agency.body.location.lng], [-8.583456, 116.116789]);
  });
});

describe('LAPOR! admins set anonymous and confidential during verification', () => {
  it('with the disposition: the report never shows publicly, the institution never learns the name', async () => {
    const { body: created } = await api.submit({ reporter });
    const forwarded = await api.admin(`/complaints/${created.trackingId}/forward`, { institutionId: 'pemkot-mataram', anonymous: true, confidential: true });
    assert.equal(forwarded.status, 201);
    assert.equal((await api.request('GET', `/v1/complaints/${created.trackingId}`)).status, 404);
    const agency = await api.request('GET', `/v1/agency/complaints/${created.trackingId}`, { key: hostSk });
    assert.equal(agency.body.reporter, null);
    assert.equal(agency.body.confidential, true);
    const own = await api.request('GET', `/v1/complaints/${created.trackingId}`, { headers: { 'reporter-token': created.reporterToken } });
    assert.deepEqual([own.body.anonymous, own.body.confidential], [true, true], 'the reporter sees the flags');
  });

  it('on their own route while verifying; they add protection, never take away what the reporter chose', async () => {
    const { body: created } = await api.submit({ anonymous: true });
    const flags = await api.admin(`/complaints/${created.trackingId}/flags`, { confidential: true });
    assert.equal(flags.status, 200);
    assert.deepEqual(flags.body, { trackingId: created.trackingId, anonymous: true, confidential: true });
    const cleared = await api.admin(`/complaints/${created.trackingId}/flags`, { anonymous: false });
    assert.equal(cleared.status, 422);
    assert.deepEqual(cleared.body.errors.map((e: { path: string }) => e.path), ['anonymous']);
    await api.admin(`/complaints/${created.trackingId}/forward`, { institutionId: 'pemkot-mataram' });
    const late = await api.admin(`/complaints/${created.trackingId}/flags`, { confidential: true });
    assert.equal(late.status, 409, 'not once the institution may have read it');
    const bad = await api.admin(`/complaints/${created.trackingId}/flags`, { confidential: 'ya' });
    assert.equal(bad.status, 422);
  });
});

describe('webhooks follow the table', () => {
  let receiver: Server;
  let url: string;
  const received: Array<{ institutionId: string; type: string; trackingId: string; body: string }> = [];

  before(async () => {
    receiver = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        const parsed = JSON.parse(body);
        received.push({ institutionId: parsed.institutionId, type: parsed.type, trackingId: parsed.data.trackingId, body });
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
  });
  after(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

  async function settled(trackingId: string) {
    // Deliveries are sent in the background; wait until none is pending.
    for (let i = 0; i < 200; i++) {
      const log = await api.request('GET', '/_sandbox/webhooks/deliveries?status=pending', { key: null });
      if (!log.body.data.some((d: { payload: { data: { trackingId: string } } }) => d.payload.data.trackingId === trackingId)) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('deliveries still pending');
  }

  it('an institution losing a report by redirection is told it left, and hears nothing after', async () => {
    const bpomSk = await secretKey('bpom');
    const kemenkesSk = await secretKey('kemenkes');
    for (const key of [bpomSk, kemenkesSk, hostSk]) {
      assert.equal((await api.request('POST', '/v1/agency/webhooks', { key, body: { url, events: ['*'] } })).status, 201);
    }
    const { body: created } = await api.submit({ confidential: true, reporter });
    const id = created.trackingId;
    await api.admin(`/complaints/${id}/forward`, { institutionId: 'bpom' });
    await api.admin(`/complaints/${id}/redirect`, { institutionId: 'kemenkes' });
    await api.request('POST', `/v1/agency/complaints/${id}/follow-ups`, { key: kemenkesSk, body: { body: 'Kami tindak lanjuti dengan pemeriksaan apotek.' } });
    await settled(id);
    const of = (institutionId: string) => received.filter((r) => r.trackingId === id && r.institutionId === institutionId).map((r) => r.type);
    assert.deepEqual(of('bpom'), ['complaint.forwarded', 'complaint.redirected']);
    assert.deepEqual(of('kemenkes'), ['complaint.redirected', 'complaint.followed_up']);
    assert.deepEqual(of('pemkot-mataram'), [], 'the site that hosted the form hears nothing of a report it may not read');
    const left = JSON.parse(received.find((r) => r.trackingId === id && r.institutionId === 'bpom' && r.type === 'complaint.redirected')!.body);
    assert.equal(left.data.event.from.id, 'bpom');
    assert.equal((await api.request('GET', `/v1/agency/complaints/${id}`, { key: bpomSk })).status, 404, 'and it lost the content');
  });

  it('an agency that submitted through the agency route follows its report', async () => {
    const ntbSk = await secretKey('pemprov-ntb');
    await api.request('POST', '/v1/agency/webhooks', { key: ntbSk, body: { url, events: ['*'] } });
    const { body: created } = await api.request('POST', '/v1/agency/complaints', { key: ntbSk, body: { ...complaint(), sourceRef: 'NTB-HOOK-1' } });
    await api.admin(`/complaints/${created.trackingId}/forward`, { institutionId: 'pemkot-mataram' });
    await settled(created.trackingId);
    const types = received.filter((r) => r.trackingId === created.trackingId && r.institutionId === 'pemprov-ntb').map((r) => r.type);
    assert.deepEqual(types, ['complaint.submitted', 'complaint.forwarded']);
  });
});
