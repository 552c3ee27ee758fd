// The panels <lapor-status> loads as chunks: rating a closed report, and opening a report
// sent from another device with a one-time code. A real sandbox, real Chromium, axe in
// each state.
import { expect, fixture, html } from '@open-wc/testing';
import { LIMITS } from '@lapor/client/contract';
import '../src/define-elements.ts';
import type { LaporStatus } from '../src/status/lapor-status.ts';
import { $, click, root, sandboxAdmin, sandboxUrl, type, until } from './helpers.ts';

const EMAIL = 'baiq.nurul@example.id';

async function submit(extra: Record<string, unknown> = {}) {
  const response = await fetch(`${sandboxUrl}/v1/complaints`, {
    method: 'POST',
    headers: { authorization: 'Bearer pk_test_sandbox', 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
    body: JSON.stringify({
      classification: 'complaint',
      title: 'Lampu jalan padam di Jalan Langko',
      body: 'Tiga lampu penerangan jalan padam sejak seminggu dan jalan gelap pada malam hari.',
      incidentDate: '2026-11-18',
      location: { regionCode: '52.71' },
      reporter: { name: 'Baiq Nurul', email: EMAIL },
      ...extra,
    }),
  });
  return response.json() as Promise<{ trackingId: string; reporterToken: string }>;
}

async function admin(path: string, body?: unknown) {
  const response = await fetch(`${sandboxAdmin}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return response.json();
}

async function closed(extra: Record<string, unknown> = {}) {
  const created = await submit(extra);
  await admin(`/complaints/${created.trackingId}/forward`, { institutionId: 'pemkot-mataram' });
  await admin(`/complaints/${created.trackingId}/follow-up`, { body: 'Lampu sudah diganti petugas Dinas Perhubungan.' });
  await admin(`/complaints/${created.trackingId}/close`, {});
  return created;
}

function remember(created: { trackingId: string; reporterToken: string }) {
  localStorage.setItem(
    `lapor:reports:${sandboxUrl}`,
    JSON.stringify([{ trackingId: created.trackingId, reporterToken: created.reporterToken, title: 'x', createdAt: '', keepUntil: Date.now() + 86_400_000 }]),
  );
}

const active = (el: HTMLElement) => el.shadowRoot!.activeElement;

describe('<lapor-status> rating a closed report', () => {
  beforeEach(() => localStorage.clear());

  it('asks the reporter for a rating once, says what is missing, and shows the rating given', async () => {
    const created = await closed();
    remember(created);
    const el = await fixture<LaporStatus>(html`<lapor-status endpoint=${sandboxUrl} site-key="pk_test_sandbox" tracking-id=${created.trackingId}></lapor-status>`);
    await until(() => root(el).querySelector('form.rating'));
    expect($(el, 'form.rating legend').textContent).to.equal('Seberapa puas Anda dengan penanganan laporan ini?');
    expect(root(el).querySelectorAll('form.rating input[type=radio]')).to.have.length(LIMITS.ratingMax);
    expect(($(el, '#rating-comment') as HTMLTextAreaElement).maxLength).to.equal(LIMITS.ratingCommentMax);
    await expect(el).shadowDom.to.be.accessible();

    await click(el, 'form.rating button[type=submit]');
    await until(() => root(el).querySelector('#rating-error'));
    expect($(el, '#rating-error').textContent).to.equal('Pilih nilai dari 1 sampai 5.');
    expect(active(el)?.id).to.equal('rating-1');
    await expect(el).shadowDom.to.be.accessible();

    $(el, '#rating-4').click();
    await type(el, '#rating-comment', 'Cepat diganti, terima kasih.');
    await click(el, 'form.rating button[type=submit]');
    await until(() => root(el).querySelector('section.rating'));
    expect($(el, 'section.rating h3').textContent).to.equal('Penilaian Anda: 4 dari 5');
    expect($(el, 'section.rating').textContent).to.contain('Cepat diganti, terima kasih.');
    expect($(el, 'section.rating [role=status]').textContent).to.equal('Terima kasih, penilaian Anda sudah terkirim.');
    expect($(el, '.timeline').textContent).to.contain('Penilaian pelapor: 4 dari 5');
    expect(root(el).querySelector('form.rating')).to.not.exist;
    await expect(el).shadowDom.to.be.accessible();
  });

  it('offers no rating to the public, nor before the report is closed', async () => {
    const created = await closed();
    const publicView = await fixture<LaporStatus>(html`<lapor-status endpoint=${sandboxUrl} site-key="pk_test_sandbox" tracking-id=${created.trackingId}></lapor-status>`);
    await until(() => root(publicView).querySelector('.report'));
    expect(root(publicView).querySelector('.rating')).to.not.exist;

    const open = await submit();
    remember(open);
    const reporter = await fixture<LaporStatus>(html`<lapor-status endpoint=${sandboxUrl} site-key="pk_test_sandbox" tracking-id=${open.trackingId}></lapor-status>`);
    await until(() => root(reporter).querySelector('.report'));
    expect(root(reporter).querySelector('.rating')).to.not.exist;
  });

  it('speaks English', async () => {
    const created = await closed();
    remember(created);
    const el = await fixture<LaporStatus>(html`<lapor-status lang="en" endpoint=${sandboxUrl} site-key="pk_test_sandbox" tracking-id=${created.trackingId}></lapor-status>`);
    await until(() => root(el).querySelector('form.rating legend')?.textContent === 'How satisfied are you with how this report was handled?');
    expect($(el, 'label[for=rating-5]').textContent).to.equal('5, very satisfied');
    await expect(el).shadowDom.to.be.accessible();
  });
});

describe('<lapor-status> opening a report from another device', () => {
  beforeEach(() => localStorage.clear());

  it('sends a code to the contact of the report and opens it with the code, on this page only unless remembered', async () => {
    const created = await submit({ confidential: true });
    const el = await fixture<LaporStatus>(html`<lapor-status endpoint=${sandboxUrl} site-key="pk_test_sandbox"></lapor-status>`);
    const opener = [...root(el).querySelectorAll('button.link')].find((b) => b.textContent?.trim() === 'Buka di perangkat lain') as HTMLButtonElement;
    expect(opener.getAttribute('aria-expanded')).to.equal('false');
    opener.click();
    await until(() => root(el).querySelector('section.recovery'));
    expect(opener.getAttribute('aria-expanded')).to.equal('true');
    expect(active(el)?.id).to.equal('recovery-title');
    await expect(el).shadowDom.to.be.accessible();

    await type(el, '#recovery-tracking', `#${created.trackingId}`);
    await click(el, 'section.recovery button[type=submit]');
    await until(() => root(el).querySelector('#recovery-contact-error'));
    expect($(el, '#recovery-contact-error').textContent).to.equal('Isi e-mail atau nomor HP yang Anda cantumkan di laporan.');
    expect(active(el)?.id).to.equal('recovery-contact');
    await expect(el).shadowDom.to.be.accessible();

    await type(el, '#recovery-contact', EMAIL);
    await click(el, 'section.recovery button[type=submit]');
    await until(() => root(el).querySelector('#recovery-code'));
    expect($(el, 'section.recovery [role=status]').textContent).to.equal(
      `Bila kontak itu tercantum di laporan #${created.trackingId}, kode 6 angka sudah dikirim ke sana. Kode berlaku 15 menit.`,
    );
    expect(active(el)?.id).to.equal('recovery-code');
    expect($(el, '#recovery-code').getAttribute('autocomplete')).to.equal('one-time-code');
    await expect(el).shadowDom.to.be.accessible();

    const mailbox = await admin(`/notifications?trackingId=${created.trackingId}`);
    const code = /: (\d{6})\b/.exec(mailbox.data[0].text)![1]!;
    await type(el, '#recovery-code', code === '000000' ? '000001' : '000000');
    await click(el, 'section.recovery button[type=submit]');
    await until(() => root(el).querySelector('#recovery-code-error'));
    expect($(el, '#recovery-code-error').textContent).to.contain('Kode akses salah, kedaluwarsa, atau sudah dipakai');
    await expect(el).shadowDom.to.be.accessible();

    await type(el, '#recovery-code', code);
    await click(el, 'section.recovery button[type=submit]');
    await until(() => root(el).querySelector('.report'));
    // A confidential report opens only with its token: the code gave one.
    expect($(el, '.report .notice').textContent).to.contain('Laporan rahasia');
    expect(root(el).querySelector('section.recovery')).to.not.exist;
    expect(localStorage.getItem(`lapor:reports:${sandboxUrl}`)).to.equal(null, 'not remembered on the device unless ticked');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('remembers the report on the device when the citizen ticks the box, in English too', async () => {
    const created = await submit();
    const el = await fixture<LaporStatus>(html`<lapor-status lang="en" endpoint=${sandboxUrl} site-key="pk_test_sandbox"></lapor-status>`);
    await until(() => [...root(el).querySelectorAll('button.link')].some((b) => b.textContent?.trim() === 'Open on another device'));
    const opener = [...root(el).querySelectorAll('button.link')].find((b) => b.textContent?.trim() === 'Open on another device') as HTMLButtonElement;
    opener.click();
    await until(() => root(el).querySelector('#recovery-contact'));
    await type(el, '#recovery-tracking', created.trackingId);
    await type(el, '#recovery-contact', EMAIL.toUpperCase());
    await click(el, 'section.recovery button[type=submit]');
    await until(() => root(el).querySelector('#recovery-code'));
    expect($(el, 'label[for=recovery-remember]').textContent).to.equal('Remember this report on this device for 30 days');
    await type(el, '#recovery-code', '12ab');
    await click(el, 'section.recovery button[type=submit]');
    await until(() => root(el).querySelector('#recovery-code-error'));
    expect($(el, '#recovery-code-error').textContent).to.equal('The code is 6 digits.');
    const mailbox = await admin(`/notifications?trackingId=${created.trackingId}`);
    await type(el, '#recovery-code', /: (\d{6})\b/.exec(mailbox.data[0].text)![1]!);
    $(el, '#recovery-remember').click();
    await click(el, 'section.recovery button[type=submit]');
    await until(() => root(el).querySelector('.report'));
    const kept = JSON.parse(localStorage.getItem(`lapor:reports:${sandboxUrl}`)!) as Array<{ trackingId: string }>;
    expect(kept.map((r) => r.trackingId)).to.deep.equal([created.trackingId]);
    expect(root(el).querySelector('#reply')).to.not.exist; // waiting for verification: nothing to reply to yet
    expect($(el, '.badge').textContent).to.equal('Waiting for verification');
  });
});
