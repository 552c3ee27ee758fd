import { expect, fixture, html } from '@open-wc/testing';
import '../src/define-elements.ts';
import type { LaporReports } from '../src/reports/lapor-reports.ts';
import { $, click, faults, root, sandboxUrl, type, until } from './helpers.ts';
import { at320, attributes, file, marker, published } from './transparency.ts';

const titles = (el: HTMLElement) => [...root(el).querySelectorAll('ul.reports h3')].map((h) => h.textContent!.trim());
/** Waits until the list has answered what was last asked (a new tab or search starts loading on the next update). */
async function loaded(el: LaporReports): Promise<void> {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  await until(() => root(el).querySelector('[role=tabpanel]')?.getAttribute('aria-busy') === 'false');
  await el.updateComplete;
}

async function list(institutionId: string, extra: Record<string, unknown> = {}): Promise<LaporReports> {
  const markup = attributes({ endpoint: sandboxUrl, 'site-key': 'pk_test_sandbox', 'institution-id': institutionId, 'status-url': '/status?id={trackingId}', ...extra });
  const el = await fixture<LaporReports>(`<lapor-reports ${markup}></lapor-reports>`);
  await loaded(el);
  return el;
}

describe('<lapor-reports>', () => {
  it('lists the public reports of the institution, never a confidential or unverified one, never the reporter', async () => {
    const word = marker();
    const open = await published(`Lampu jalan padam di Oebobo ${word}`, 'pemkot-kupang');
    const secret = await published(`Pungutan liar di kantor kelurahan ${word}`, 'pemkot-kupang', { confidential: true });
    const unverified = await file(`Saluran air tersumbat di Kelapa Lima ${word}`);
    const el = await list('pemkot-kupang');
    await type(el, '#q', word);
    await click(el, 'button[type=submit]');
    await loaded(el);
    expect(titles(el)).to.deep.equal([open.title]);
    const text = el.shadowRoot!.textContent!;
    expect(text).to.not.contain(secret.title);
    expect(text).to.not.contain(unverified.title);
    // The reporter of the listed report is not on the page, by name, e-mail or phone.
    expect(text).to.not.contain('Maria Nalle');
    expect(text).to.not.contain('maria@example.id');
    expect(text).to.not.contain('81339123456');
    const link = $(el, 'ul.reports h3 a') as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.equal(`/status?id=${open.trackingId}`);
    expect($(el, 'ul.reports').textContent).to.contain('Pemerintah Kota Kupang');
    expect($(el, '.badge').textContent).to.equal('Diteruskan ke instansi');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('shows the three status tabs as an accessible tab list, by mouse and by keyboard', async () => {
    const word = marker();
    const forwarded = await published(`Jembatan gantung rusak ${word}`, 'pemkot-balikpapan');
    const followed = await published(`Trotoar dipakai parkir ${word}`, 'pemkot-balikpapan', { stage: 'followed_up' });
    const closed = await published(`Sampah pasar tidak diangkut ${word}`, 'pemkot-balikpapan', { stage: 'closed' });
    const el = await list('pemkot-balikpapan');
    await type(el, '#q', word);
    await click(el, 'button[type=submit]');
    await loaded(el);
    const tabs = [...root(el).querySelectorAll<HTMLElement>('[role=tab]')];
    expect(tabs.map((tab) => tab.textContent!.trim())).to.deep.equal(['Menunggu', 'Diproses', 'Selesai']);
    expect($(el, '[role=tablist]').getAttribute('aria-label')).to.equal('Status laporan');
    // Diproses first: LAPOR! publishes a report once it forwards it.
    expect(tabs.map((tab) => tab.getAttribute('aria-selected'))).to.deep.equal(['false', 'true', 'false']);
    expect(tabs.map((tab) => tab.tabIndex)).to.deep.equal([-1, 0, -1]);
    expect($(el, '[role=tabpanel]').getAttribute('aria-labelledby')).to.equal('tab-in_process');
    expect(titles(el)).to.deep.equal([followed.title, forwarded.title]);
    await expect(el).shadowDom.to.be.accessible();

    // Arrow right: the next tab takes focus and shows its reports.
    tabs[1]!.focus();
    tabs[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    await loaded(el);
    expect(el.group).to.equal('done');
    expect(root(el).activeElement?.id).to.equal('tab-done');
    expect(titles(el)).to.deep.equal([closed.title]);
    expect($(el, '.badge').textContent).to.equal('Selesai');
    await expect(el).shadowDom.to.be.accessible();

    // Home: the first tab, Menunggu, which says why it is empty.
    $(el, '#tab-done').dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true, composed: true }));
    await loaded(el);
    expect(root(el).activeElement?.id).to.equal('tab-waiting');
    expect(titles(el)).to.deep.equal([]);
    expect($(el, '.empty').textContent).to.contain('Tidak ada laporan yang cocok');
    await expect(el).shadowDom.to.be.accessible();

    // By mouse.
    await click(el, '#tab-in_process');
    await loaded(el);
    expect($(el, '#tab-in_process').getAttribute('aria-selected')).to.equal('true');
    expect(titles(el)).to.have.length(2);
  });

  it('says why the Menunggu tab is empty, and what an empty search found', async () => {
    const el = await list('pemkot-banda-aceh', { group: 'waiting' });
    expect($(el, '.empty').textContent).to.contain('menunggu verifikasi admin LAPOR! belum ditampilkan untuk umum');
    await expect(el).shadowDom.to.be.accessible();
    await click(el, '#tab-in_process');
    await type(el, '#q', 'tidakadalaporanseperti ini');
    await click(el, 'button[type=submit]');
    await loaded(el);
    expect($(el, '.empty').textContent).to.equal('Tidak ada laporan yang cocok dengan "tidakadalaporanseperti ini". Coba kata lain.');
    expect($(el, 'p[role=status]').textContent).to.contain('Tidak ada laporan yang cocok');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('searches title and body', async () => {
    const word = marker();
    const inTitle = await published(`Antrean panjang di Dukcapil ${word}`, 'pemkot-makassar');
    const inBody = await published('Pelayanan KTP elektronik lambat', 'pemkot-makassar', { body: `Blangko KTP habis sejak bulan lalu, kata petugas ${word}.` });
    await published('Pelayanan akta kelahiran lambat', 'pemkot-makassar');
    const el = await list('pemkot-makassar');
    await type(el, '#q', word);
    await click(el, 'button[type=submit]');
    await loaded(el);
    expect(titles(el)).to.deep.equal([inBody.title, inTitle.title]);
    expect($(el, 'p[role=status]').textContent).to.equal('2 laporan ditampilkan.');
  });

  it('pages with "Muat lagi", and focus moves to the first report it loaded', async () => {
    const word = marker();
    const filed = [];
    for (let n = 1; n <= 5; n++) filed.push(await published(`Lubang jalan nomor ${n} ${word}`, 'pemkot-denpasar'));
    const el = await list('pemkot-denpasar', { 'page-size': 2 });
    await type(el, '#q', word);
    await click(el, 'button[type=submit]');
    await loaded(el);
    const newest = filed.map((f) => f.title).reverse();
    expect(titles(el)).to.deep.equal(newest.slice(0, 2));
    await click(el, 'button.more');
    await loaded(el);
    expect(titles(el)).to.deep.equal(newest.slice(0, 4));
    expect(root(el).activeElement?.id).to.equal('report-2');
    await expect(el).shadowDom.to.be.accessible();
    await click(el, 'button.more');
    await loaded(el);
    expect(titles(el)).to.deep.equal(newest);
    expect(root(el).querySelector('button.more')).to.not.exist;
  });

  it('shows an error state with "Coba lagi" when LAPOR! cannot be reached, and tells the page', async () => {
    let detail: { code: string } | undefined;
    const el = await fixture<LaporReports>(html`<lapor-reports endpoint="http://127.0.0.1:9" site-key="pk_test_sandbox" institution-id="pemkot-mataram" @lapor-error=${(e: CustomEvent) => (detail = e.detail)}></lapor-reports>`);
    await until(() => root(el).querySelector('.error'), 15000);
    expect($(el, '.error').textContent).to.contain('Daftar laporan tidak dapat dimuat');
    expect($(el, '.error button').textContent).to.equal('Coba lagi');
    expect(detail?.code).to.be.a('string');
    await expect(el).shadowDom.to.be.accessible();
    // Pointed at LAPOR! again, the list loads.
    el.endpoint = sandboxUrl;
    await loaded(el);
    expect(root(el).querySelector('.error')).to.not.exist;
  });

  it('loads the list again with "Coba lagi" once LAPOR! answers again', async () => {
    await faults('fail-before-commit=1');
    let el: LaporReports;
    try {
      el = await fixture<LaporReports>(html`<lapor-reports endpoint=${sandboxUrl} site-key="pk_test_sandbox" institution-id="pemkot-mataram"></lapor-reports>`);
      await until(() => root(el).querySelector('.error'), 15000);
    } finally {
      await faults('');
    }
    await click(el, '.error button');
    await loaded(el);
    expect(root(el).querySelector('.error')).to.not.exist;
    expect(root(el).querySelector('ul.reports, .empty')).to.exist;
  });

  it('is accessible while loading, and says so', async () => {
    // The sandbox answers slowly (its fault injection), so the loading state can be checked.
    await faults('delay=1:1500');
    try {
      const el = await fixture<LaporReports>(`<lapor-reports ${attributes({ endpoint: sandboxUrl, 'site-key': 'pk_test_sandbox', 'institution-id': 'pemkot-mataram' })}></lapor-reports>`);
      await until(() => $(el, '[role=tabpanel]').getAttribute('aria-busy') === 'true');
      expect($(el, 'p[role=status]').textContent).to.equal('Memuat laporan…');
      await expect(el).shadowDom.to.be.accessible();
      await loaded(el);
    } finally {
      await faults('');
    }
  });

  it('speaks English with lang="en"', async () => {
    const el = await list('pemkot-mataram', { lang: 'en' });
    await until(() => $(el, 'h2').textContent === 'Public reports');
    expect([...root(el).querySelectorAll('[role=tab]')].map((tab) => tab.textContent!.trim())).to.deep.equal(['Waiting', 'In process', 'Done']);
    expect($(el, 'label[for=q]').textContent).to.equal('Search reports');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('takes the theme from the same custom properties and parts as the form, light and dark', async () => {
    const el = await list('pemkot-mataram', { theme: 'dark' });
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(21, 25, 30)');
    await expect(el).shadowDom.to.be.accessible();
    el.theme = 'light';
    el.style.setProperty('--lapor-color-primary', 'rgb(122, 31, 43)');
    await el.updateComplete;
    expect(getComputedStyle($(el, '[role=tab][aria-selected=true]')).color).to.equal('rgb(122, 31, 43)');
    for (const part of ['form', 'input', 'button', 'tablist', 'tab', 'panel']) expect(root(el).querySelector(`[part~=${part}]`), part).to.exist;
  });

  it('fits a 320 px wide screen without sideways scrolling', async () => {
    const word = marker();
    await published(`Penerangan jalan umum mati sepanjang Jalan El Tari sampai bundaran ${word}`, 'pemkot-kupang', { stage: 'followed_up' });
    await at320<LaporReports>(
      `<lapor-reports endpoint="${sandboxUrl}" site-key="pk_test_sandbox" institution-id="pemkot-kupang" status-url="/status?id={trackingId}"></lapor-reports>`,
      'lapor-reports',
      'ul.reports li',
      async (el) => {
        for (const tab of el.shadowRoot!.querySelectorAll('[role=tab]')) expect(tab.getBoundingClientRect().height).to.be.at.least(44);
        expect(el.shadowRoot!.querySelector('button[type=submit]')!.getBoundingClientRect().right).to.be.at.most(320);
      },
    );
  });
});
