import { expect } from '@esm-bundle/chai';
import { createClient, LaporError, LaporHttpError, LaporValidationError, type UploadProgress } from '@lapor/client';
import { verifyWebhook } from '@lapor/client/webhooks';

// The test runner's sandbox plugin serves the URL of a real sandbox (web-test-runner.config.js).
const sandboxModule = '/__lapor__/sandbox.js';
const { sandboxUrl, sandboxAdmin } = (await import(sandboxModule)) as { sandboxUrl: string; sandboxAdmin: string };

const report = () => ({
  classification: 'complaint' as const,
  title: 'Lampu jalan padam di Jl. Udayana',
  body: 'Sudah seminggu lampu penerangan jalan padam sehingga jalan gelap dan rawan.',
  incidentDate: '2026-11-21',
  location: { regionCode: '52.71' },
  reporter: { name: 'Made Wirawan', phone: '081234567890' },
});

const lapor = () => createClient({ endpoint: sandboxUrl, siteKey: 'pk_test_sandbox' });

async function admin(path: string, body: unknown) {
  await fetch(`${sandboxAdmin}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

describe('@lapor/client in the browser, against the sandbox', () => {
  it('submits, reads, follows the timeline and replies', async () => {
    const created = await lapor().complaints.create(report());
    expect(created.trackingId).to.match(/^\d{7}$/);
    const own = await lapor().complaints.get(created.trackingId, { reporterToken: created.reporterToken });
    expect(own.view).to.equal('reporter');
    await admin(`/complaints/${created.trackingId}/forward`, { institutionId: 'pemkot-mataram' });
    const events = await lapor().complaints.events(created.trackingId).toArray({ limit: 10 });
    expect(events.map((e) => e.type)).to.deep.equal(['submitted', 'forwarded']);
    const publicView = await lapor().complaints.get(created.trackingId);
    expect(publicView.view).to.equal('public');
    expect(JSON.stringify(publicView)).not.to.contain('Made Wirawan');
  });

  it('replies as the reporter after a follow-up', async () => {
    const created = await lapor().complaints.create(report());
    await admin(`/complaints/${created.trackingId}/forward`, { institutionId: 'pemkot-mataram' });
    await admin(`/complaints/${created.trackingId}/follow-up`, { body: 'Lampu sudah diganti petugas hari ini.' });
    const reply = await lapor().complaints.reply(created.trackingId, { body: 'Terima kasih, sudah menyala.' }, { reporterToken: created.reporterToken });
    expect(reply.type).to.equal('reporter_replied');
    const pages = [];
    for await (const page of lapor().complaints.events(created.trackingId, { reporterToken: created.reporterToken }).pages()) pages.push(page);
    expect(pages.flatMap((p) => p.data).map((e) => e.type)).to.deep.equal(['submitted', 'forwarded', 'followed_up', 'reporter_replied']);
  });

  it('reads the directory: topics as a tree, one institution, one region', async () => {
    const tree = await lapor().categories.tree();
    expect(tree.find((c) => c.id === 'infrastruktur')!.children.map((c) => c.id)).to.include('infrastruktur-jalan');
    expect((await lapor().categories.list()).length).to.be.greaterThan(40);
    expect((await lapor().institutions.get('bpjs-kesehatan')).type).to.equal('agency');
    expect((await lapor().regions.get('52.71.01')).parentCode).to.equal('52.71');
    const first = await lapor().institutions.search({ q: 'universitas' }).firstPage();
    expect(first.data.length).to.be.greaterThan(3);
    expect(first.data.every((i) => i.type === 'university')).to.equal(true);
  });

  it('validates in Indonesian before sending', async () => {
    const error = await lapor().complaints.create({ ...report(), body: 'Pendek.' }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(LaporValidationError);
    expect((error as LaporValidationError).issues[0]!.message).to.equal('Isi laporan minimal 20 karakter.');
  });

  it('uploads a photo with progress events from XMLHttpRequest', async () => {
    const bytes = new Uint8Array(1_500_000);
    bytes.set([0xff, 0xd8, 0xff, 0xe0]);
    const events: UploadProgress[] = [];
    const uploaded = await lapor().attachments.upload(new File([bytes], 'foto.jpg', { type: 'image/jpeg' }), { onProgress: (p) => events.push(p) });
    expect(uploaded.mimeType).to.equal('image/jpeg');
    expect(events[0]!.loaded).to.equal(0);
    expect(events.at(-1)!.percent).to.equal(1);
    expect(events.length).to.be.greaterThan(2, 'progress between start and end');
  });

  it('pages through search results', async () => {
    const regions = await lapor().regions.search({ q: 'lombok', limit: 2 }).toArray({ limit: 6 });
    expect(regions.length).to.be.greaterThan(3);
    expect(new Set(regions.map((r) => r.code)).size).to.equal(regions.length);
  });

  it('tells errors apart', async () => {
    const error = await lapor().complaints.get('99999999').catch((e: unknown) => e);
    expect(error).to.be.instanceOf(LaporHttpError);
    expect((error as LaporHttpError).status).to.equal(404);
    expect((error as LaporHttpError).requestId).to.match(/^req_/);
  });

  it('refuses a secret key, and the agency routes, in a browser', () => {
    expect(() => createClient({ endpoint: sandboxUrl, secretKey: 'sk_test_sandbox' })).to.throw(LaporError, /never reach a browser/);
    expect(() => lapor().agency.complaints).to.throw(LaporError);
  });

  it('aborts at once', async () => {
    const controller = new AbortController();
    const pending = lapor().categories.list({ signal: controller.signal });
    controller.abort();
    const error = await pending.catch((e: unknown) => e);
    expect((error as Error).name).to.equal('AbortError');
  });

  it('verifies a Standard Webhooks signature with Web Crypto', async () => {
    const body = JSON.stringify({
      id: 'evt_b', type: 'complaint.closed', createdAt: '2026-11-28T10:00:00+07:00', institutionId: 'x',
      data: { trackingId: '1916449', status: 'closed', event: { id: 'evt_b', trackingId: '1916449', type: 'closed', at: '2026-11-28T10:00:00+07:00', status: 'closed', mode: 'auto' } },
    });
    const t = String(Math.floor(Date.now() / 1000));
    const secret = 'whsec_' + btoa('a browser-side test secret');
    const key = await crypto.subtle.importKey('raw', new TextEncoder().encode('a browser-side test secret'), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`evt_b.${t}.${body}`)));
    const headers = new Headers({ 'webhook-id': 'evt_b', 'webhook-timestamp': t, 'webhook-signature': `v1,${btoa(String.fromCharCode(...mac))}` });
    const event = await verifyWebhook({ payload: body, headers, secret });
    expect(event.type).to.equal('complaint.closed');
  });
});
