import { expect, fixture, html } from '@open-wc/testing';
import '../src/define-elements.ts';
import type { LaporStatus } from '../src/status/lapor-status.ts';
import { $, click, root, sandboxAdmin, sandboxUrl, type, until } from './helpers.ts';

async function submit(extra: Record<string, unknown> = {}) {
  const response = await fetch(`${sandboxUrl}/v1/complaints`, {
    method: 'POST',
    headers: { authorization: 'Bearer pk_test_sandbox', 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
    body: JSON.stringify({
      classification: 'complaint',
      title: 'Sampah menumpuk di Pasar Kebon Roek',
      body: 'Sampah tidak diangkut selama seminggu dan menimbulkan bau menyengat di sekitar pasar.',
      incidentDate: '2026-11-18',
      location: { regionCode: '52.71' },
      reporter: { name: 'Lalu Ahmad', email: 'lalu@example.id' },
      ...extra,
    }),
  });
  return response.json() as Promise<{ trackingId: string; reporterToken: string }>;
}

async function admin(path: string, body: unknown) {
  await fetch(`${sandboxAdmin}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

describe('<lapor-status>', () => {
  beforeEach(() => localStorage.clear());

  it('validates the tracking ID before any request', async () => {
    const el = await fixture<LaporStatus>(html`<lapor-status endpoint=${sandboxUrl} site-key="pk_test_sandbox"></lapor-status>`);
    await type(el, '#tracking', '12ab');
    await click(el, 'button[type=submit]');
    await until(() => root(el).querySelector('#tracking-error'));
    expect($(el, '#tracking-error').textContent).to.contain('5 sampai 12 angka');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('shows a public report: status in words, institution, due dates and the timeline', async () => {
    const created = await submit();
    await admin(`/complaints/${created.trackingId}/forward`, { institutionId: 'pemkot-mataram' });
    const el = await fixture<LaporStatus>(html`<lapor-status endpoint=${sandboxUrl} site-key="pk_test_sandbox" tracking-id=${created.trackingId}></lapor-status>`);
    await until(() => root(el).querySelector('.report'));
    expect($(el, '.badge').textContent).to.equal('Diteruskan ke instansi');
    expect($(el, '.group').textContent).to.equal('Tahap: Diproses');
    expect($(el, '.report').textContent).to.contain('Pemerintah Kota Mataram');
    expect($(el, '.report').textContent).to.contain('Batas tindak lanjut instansi');
    expect(root(el).querySelectorAll('.timeline li')).to.have.length(2);
    expect(root(el).querySelector('#reply')).to.not.exist;
    await expect(el).shadowDom.to.be.accessible();
  });

  it('says not found for an unknown or confidential report', async () => {
    const unknown = await fixture<LaporStatus>(html`<lapor-status endpoint=${sandboxUrl} site-key="pk_test_sandbox" tracking-id="9999999"></lapor-status>`);
    await until(() => root(unknown).querySelector('#tracking-error'));
    expect($(unknown, '#tracking-error').textContent).to.contain('tidak ditemukan');
    const created = await submit({ confidential: true });
    const el = await fixture<LaporStatus>(html`<lapor-status endpoint=${sandboxUrl} site-key="pk_test_sandbox" tracking-id=${created.trackingId}></lapor-status>`);
    await until(() => root(el).querySelector('#tracking-error'));
    expect($(el, '#tracking-error').textContent).to.contain('tidak ditemukan');
  });

  it("lets the reporter, with the token on the device, see a confidential report and reply", async () => {
    const created = await submit({ confidential: true });
    await admin(`/complaints/${created.trackingId}/forward`, { institutionId: 'pemkot-mataram' });
    // A browser never holds a secret key: the sandbox's admin route follows up as the institution.
    await admin(`/complaints/${created.trackingId}/follow-up`, { body: 'Petugas kebersihan sudah dijadwalkan hari Senin.' });
    localStorage.setItem(`lapor:reports:${sandboxUrl}`, JSON.stringify([{ trackingId: created.trackingId, reporterToken: created.reporterToken, title: 'x', createdAt: '', keepUntil: Date.now() + 86_400_000 }]));
    const el = await fixture<LaporStatus>(html`<lapor-status endpoint=${sandboxUrl} site-key="pk_test_sandbox"></lapor-status>`);
    await click(el, '.mine button');
    await until(() => root(el).querySelector('#reply'));
    expect($(el, '.report').textContent).to.contain('Laporan rahasia');
    expect($(el, '.report').textContent).to.contain('Petugas kebersihan sudah dijadwalkan');
    await type(el, '#reply', 'Terima kasih, akan saya pantau.');
    await click(el, 'form:not(.lookup) button[type=submit]');
    await until(() => root(el).querySelectorAll('.timeline li').length === 4);
    expect($(el, '.timeline').textContent).to.contain('Tanggapan pelapor');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('words deadlines, holds and confidentiality as LAPOR! does', async () => {
    const created = await submit({ confidential: true });
    await admin(`/complaints/${created.trackingId}/hold`, { reason: 'incomplete_data', note: 'Menunggu foto tambahan' });
    localStorage.setItem(`lapor:reports:${sandboxUrl}`, JSON.stringify([{ trackingId: created.trackingId, reporterToken: created.reporterToken, title: 'x', createdAt: '', keepUntil: Date.now() + 86_400_000 }]));
    const el = await fixture<LaporStatus>(html`<lapor-status endpoint=${sandboxUrl} site-key="pk_test_sandbox"></lapor-status>`);
    await click(el, '.mine button');
    await until(() => root(el).querySelector('.report'));
    const labels = [...root(el).querySelectorAll('.report dt')].map((dt) => dt.textContent);
    expect(labels).to.include('Tanggal dikirim');
    expect(labels).to.include('Batas verifikasi admin');
    expect(labels).to.include('Batas pelimpahan ke Ombudsman RI');
    expect($(el, '.timeline').textContent).to.contain('Ditunda: Data laporan belum lengkap — Menunggu foto tambahan');
    expect($(el, '.report .notice').textContent).to.equal('Laporan rahasia. Tidak ditampilkan untuk publik; hanya Anda, admin LAPOR!, dan instansi penerima yang dapat membacanya.');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('accepts the tracking ID as LAPOR! prints it, with a leading #', async () => {
    const created = await submit();
    await admin(`/complaints/${created.trackingId}/forward`, { institutionId: 'pemkot-mataram' });
    const el = await fixture<LaporStatus>(html`<lapor-status endpoint=${sandboxUrl} site-key="pk_test_sandbox"></lapor-status>`);
    await type(el, '#tracking', ` #${created.trackingId} `);
    await click(el, 'button[type=submit]');
    await until(() => root(el).querySelector('.report'));
    expect($(el, '.report').textContent).to.contain(`#${created.trackingId}`);
  });

  it('shows the reporter why a report is on hold, and lets them add the missing information', async () => {
    const created = await submit();
    await admin(`/complaints/${created.trackingId}/hold`, { reason: 'incomplete_data', note: 'Mohon sebutkan nama pasar dan lorongnya.' });
    localStorage.setItem(`lapor:reports:${sandboxUrl}`, JSON.stringify([{ trackingId: created.trackingId, reporterToken: created.reporterToken, title: 'x', createdAt: '', keepUntil: Date.now() + 86_400_000 }]));
    const el = await fixture<LaporStatus>(html`<lapor-status endpoint=${sandboxUrl} site-key="pk_test_sandbox" tracking-id=${created.trackingId}></lapor-status>`);
    await until(() => root(el).querySelector('#reply'));
    expect($(el, '.timeline').textContent).to.contain('Data laporan belum lengkap');
    expect($(el, '.timeline').textContent).to.contain('Mohon sebutkan nama pasar dan lorongnya.');
    await type(el, '#reply', 'Pasar Kebon Roek, lorong sayur sebelah timur.');
    await click(el, 'form:not(.lookup) button[type=submit]');
    await until(() => root(el).querySelectorAll('.timeline li').length === 3);
    expect($(el, '.timeline').textContent).to.contain('Pasar Kebon Roek, lorong sayur');
  });

  it("shows the status's group as lapor.go.id's tabs do: Menunggu, Diproses, Selesai (English too)", async () => {
    const created = await submit();
    localStorage.setItem(`lapor:reports:${sandboxUrl}`, JSON.stringify([{ trackingId: created.trackingId, reporterToken: created.reporterToken, title: 'x', createdAt: '', keepUntil: Date.now() + 86_400_000 }]));
    const waiting = await fixture<LaporStatus>(html`<lapor-status endpoint=${sandboxUrl} site-key="pk_test_sandbox" tracking-id=${created.trackingId}></lapor-status>`);
    await until(() => root(waiting).querySelector('.report'));
    expect($(waiting, '.badge').textContent).to.equal('Menunggu verifikasi');
    expect($(waiting, '.group').textContent).to.equal('Tahap: Menunggu');
    await admin(`/complaints/${created.trackingId}/forward`, { institutionId: 'pemkot-mataram' });
    await admin(`/complaints/${created.trackingId}/follow-up`, { body: 'Sampah sudah diangkut petugas kebersihan pagi ini.' });
    await admin(`/complaints/${created.trackingId}/close`, {});
    const done = await fixture<LaporStatus>(html`<lapor-status lang="en" endpoint=${sandboxUrl} site-key="pk_test_sandbox" tracking-id=${created.trackingId}></lapor-status>`);
    await until(() => root(done).querySelector('.group')?.textContent === 'Stage: Done');
    expect($(done, '.badge').textContent).to.equal('Done');
    await expect(done).shadowDom.to.be.accessible();
  });
});
