import { expect, fixture, html } from '@open-wc/testing';
import '../src/define-elements.ts';
import type { LaporStats } from '../src/stats/lapor-stats.ts';
import { $, faults, root, sandboxUrl, until } from './helpers.ts';
import { at320, attributes, published } from './transparency.ts';

async function stats(institutionId: string, extra: Record<string, unknown> = {}): Promise<LaporStats> {
  const el = await fixture<LaporStats>(`<lapor-stats ${attributes({ endpoint: sandboxUrl, 'site-key': 'pk_test_sandbox', 'institution-id': institutionId, ...extra })}></lapor-stats>`);
  // The loaded figures, not the invisible ones that hold their place while they load.
  await until(() => root(el).querySelector('section > .figures, .error'));
  return el;
}

const figure = (el: HTMLElement, label: string) =>
  [...(([...root(el).querySelectorAll('.figure')].find((f) => f.querySelector('dt')!.textContent === label)?.querySelector('dd')?.children) ?? [])]
    .map((part) => part.textContent!.trim())
    .join(' ');

// Nothing else files reports to Pemerintah Kota Semarang: its figures are this file's reports.
let ready: Promise<void> | undefined;
function semarang(): Promise<void> {
  ready ??= (async () => {
    await published('Pelayanan KTP elektronik di kecamatan lambat', 'pemkot-semarang', { stage: 'followed_up' });
    await published('Banjir rob di Tambak Lorok tidak ditangani', 'pemkot-semarang', { classification: 'aspiration', incidentDate: undefined, location: undefined, reporterOrigin: { regionCode: '33.74' } });
    await published('Jalan rusak di Jalan Kaligawe', 'pemkot-semarang');
  })();
  return ready;
}

describe('<lapor-stats>', () => {
  it('shows the figures, a bar chart of the months and the data table behind it', async () => {
    await semarang();
    const el = await stats('pemkot-semarang');
    expect($(el, 'h2').textContent).to.equal('Kinerja penanganan laporan');
    expect($(el, '.period').textContent).to.contain('Pemerintah Kota Semarang');
    // Three forwarded this month; one followed up the same day (0 working days, on time);
    // the other two are not yet due, so they do not count for the share.
    expect(figure(el, 'Laporan diterima')).to.equal('3');
    expect(figure(el, 'Ditindaklanjuti dalam 5 hari kerja')).to.equal('100% 1 dari 1 laporan');
    expect(figure(el, 'Median waktu sampai tindak lanjut pertama')).to.equal('0 hari kerja');
    expect(figure(el, 'Selesai')).to.equal('0% 0 dari 3 laporan');
    expect(figure(el, 'Dilimpahkan ke Ombudsman RI')).to.equal('0% 0 dari 3 laporan');
    expect(figure(el, 'Rata-rata penilaian pelapor')).to.equal('Belum ada');

    // Twelve months, the last one this month: bars only where there are reports.
    const received = [...root(el).querySelectorAll<SVGRectElement>('svg rect.received')];
    const onTime = [...root(el).querySelectorAll<SVGRectElement>('svg rect.on-time')];
    expect(received).to.have.length(12);
    expect(received.slice(0, 11).every((bar) => Number(bar.getAttribute('height')) === 0)).to.equal(true);
    expect(Number(received[11]!.getAttribute('height'))).to.be.greaterThan(Number(onTime[11]!.getAttribute('height')));
    expect(Number(onTime[11]!.getAttribute('height'))).to.be.greaterThan(0);
    expect($(el, '.chart').getAttribute('aria-hidden')).to.equal('true');

    // The table: the chart's figures as text, the text alternative for screen readers.
    expect($(el, 'table caption').textContent).to.contain('Laporan diterima per bulan');
    const rows = [...root(el).querySelectorAll('tbody tr')];
    expect(rows).to.have.length(12);
    const last = [...rows[11]!.children].map((cell) => cell.textContent!.trim());
    const month = new Date().toLocaleDateString('id-ID', { month: 'long', year: 'numeric' });
    expect(last).to.deep.equal([month, '2', '1', '0', '3', '1']);
    expect([...root(el).querySelectorAll('thead th')].map((th) => th.textContent)).to.deep.equal([
      'Bulan',
      'Pengaduan',
      'Aspirasi',
      'Permintaan informasi',
      'Diterima',
      'Ditindaklanjuti tepat waktu',
    ]);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('reads well in the dark theme and in the light one, with the agency colours', async () => {
    await semarang();
    const el = await stats('pemkot-semarang', { theme: 'dark' });
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(21, 25, 30)');
    expect(getComputedStyle($(el, 'svg rect.on-time')).fill).to.equal('rgb(140, 196, 255)');
    await expect(el).shadowDom.to.be.accessible();
    el.theme = 'light';
    el.style.setProperty('--lapor-color-primary', 'rgb(122, 31, 43)');
    await el.updateComplete;
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle($(el, 'svg rect.on-time')).fill).to.equal('rgb(122, 31, 43)');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('shows an error state with "Coba lagi" for an unknown institution, and tells the page', async () => {
    let detail: { code: string } | undefined;
    const el = await fixture<LaporStats>(
      html`<lapor-stats endpoint=${sandboxUrl} site-key="pk_test_sandbox" institution-id="tidak-ada" @lapor-error=${(e: CustomEvent) => (detail = e.detail)}></lapor-stats>`,
    );
    await until(() => root(el).querySelector('.error'));
    expect($(el, '.error').textContent).to.contain('Angka kinerja tidak dapat dimuat');
    expect($(el, '.error button').textContent).to.equal('Coba lagi');
    expect(detail?.code).to.equal('not_found');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('is accessible while loading, says so, and already takes the room of the figures so that the page below does not jump', async () => {
    await semarang();
    await faults('delay=1:1500');
    try {
      const el = await fixture<LaporStats>(`<lapor-stats ${attributes({ endpoint: sandboxUrl, 'site-key': 'pk_test_sandbox', 'institution-id': 'pemkot-semarang' })}></lapor-stats>`);
      await until(() => $(el, 'section').getAttribute('aria-busy') === 'true');
      expect($(el, 'p[role=status]').textContent).to.equal('Memuat angka…');
      await expect(el).shadowDom.to.be.accessible();
      // The room is held by the figures' own layout, invisible: nothing to see or to read yet.
      expect(getComputedStyle($(el, '.placeholder')).visibility).to.equal('hidden');
      const loading = el.getBoundingClientRect().height;
      await until(() => root(el).querySelector('section > .figures'), 10000);
      const loaded = el.getBoundingClientRect().height;
      expect(root(el).querySelector('.placeholder')).to.equal(null);
      // At most a line apart: the rating has no "from n reporters" line while nobody has rated.
      expect(Math.abs(loaded - loading), `${loading} px while loading, ${loaded} px loaded`).to.be.at.most(25);
    } finally {
      await faults('');
    }
  });

  it('speaks English with lang="en"', async () => {
    await semarang();
    const el = await stats('pemkot-semarang', { lang: 'en' });
    await until(() => $(el, 'h2').textContent === 'How reports are handled');
    expect(figure(el, 'Followed up within 5 working days')).to.equal('100% 1 of 1 reports');
    expect(figure(el, "Reporters' average rating")).to.equal('None yet');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('fits a 320 px wide screen without sideways scrolling', async () => {
    await semarang();
    await at320<LaporStats>(`<lapor-stats endpoint="${sandboxUrl}" site-key="pk_test_sandbox" institution-id="pemkot-semarang"></lapor-stats>`, 'lapor-stats', 'section > .figures', async (el) => {
      // Narrow: one-letter month labels, each within its bar's slot.
      const labels = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.months .narrow')];
      expect(labels).to.have.length(12);
      expect(labels.every((label) => label.getBoundingClientRect().width > 0)).to.equal(true);
      expect(el.shadowRoot!.querySelector('svg')!.getBoundingClientRect().right).to.be.at.most(320);
    });
  });
});
