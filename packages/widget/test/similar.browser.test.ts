import { expect, fixture, html } from '@open-wc/testing';
import '../src/define-elements.ts';
import type { LaporForm } from '../src/form/lapor-form.ts';
import { SIMILAR_DEBOUNCE_MS } from '../src/form/similar.ts';
import { $, choose, click, fillComplaint, root, sandboxUrl, type, until } from './helpers.ts';
import { attributes, marker, published } from './transparency.ts';

async function form(extra: Record<string, boolean> = {}): Promise<LaporForm> {
  localStorage.clear();
  return fixture<LaporForm>(`<lapor-form ${attributes({ endpoint: sandboxUrl, 'site-key': 'pk_test_sandbox', 'status-url': '/status?id={trackingId}', lang: 'id', ...extra })}></lapor-form>`);
}

/** The searches of the public list the page makes while `run` runs (they still reach the sandbox). */
async function listSearches(run: () => Promise<void>): Promise<URL[]> {
  const seen: URL[] = [];
  const realFetch = window.fetch;
  window.fetch = (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (request.method === 'GET' && url.pathname === '/v1/complaints') seen.push(url);
    return realFetch(request);
  };
  try {
    await run();
  } finally {
    window.fetch = realFetch;
  }
  return seen;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('similar reports while the citizen writes', () => {
  it('shows up to three similar public reports once a title and an area are there, and hides them again', async () => {
    const word = marker();
    // Filed for a district of the city: the hint looks city-wide.
    const similar = await published(`Lampu penerangan ${word} padam di Pagesangan`, 'pemkot-mataram', { location: { regionCode: '52.71.02' } });
    const el = await form();
    await click(el, '#classification-complaint');
    await type(el, '#title', `Penerangan ${word} mati`);
    await pause(SIMILAR_DEBOUNCE_MS + 200);
    // A title alone is not enough: the area narrows the search.
    expect(root(el).querySelector('.similar')).to.not.exist;
    await choose(el, 'location', 'mataram');
    const hint = await until(() => root(el).querySelector('.similar'));
    expect(hint.querySelector('h3')!.textContent).to.equal('Mungkin sudah ada laporan serupa');
    const link = hint.querySelector<HTMLAnchorElement>('a')!;
    expect(link.textContent).to.contain(similar.title);
    expect(link.getAttribute('href')).to.equal(`/status?id=${similar.trackingId}`);
    expect(link.target).to.equal('_blank');
    expect(hint.textContent).to.contain(`#${similar.trackingId} · Diproses`);
    expect(hint.querySelectorAll('li').length).to.be.at.most(3);
    expect($(el, '.similar-status').textContent).to.equal('Mungkin sudah ada laporan serupa');
    await expect(el).shadowDom.to.be.accessible();

    // Another problem: the hint goes.
    await type(el, '#title', 'Pungutan liar di kantor kecamatan');
    await until(() => !root(el).querySelector('.similar'));
  });

  it('keeps its styles when the form adds styles of its own later (the file list\'s)', async () => {
    const word = marker();
    await published(`Trotoar ${word} rusak di Cakranegara`, 'pemkot-mataram', { location: { regionCode: '52.71' } });
    const el = await form();
    await click(el, '#classification-complaint');
    await type(el, '#title', `Trotoar ${word} rusak`);
    await choose(el, 'location', 'mataram');
    const link = await until(() => root(el).querySelector<HTMLAnchorElement>('.similar a'));
    expect(getComputedStyle(link).fontWeight).to.equal('600');
    const transfer = new DataTransfer();
    transfer.items.add(new File(['isi'], 'catatan.txt', { type: 'text/plain' }));
    $(el, '.dropzone').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, composed: true }));
    await until(() => root(el).querySelector('.files li'));
    expect(getComputedStyle(root(el).querySelector('.similar a')!).fontWeight).to.equal('600');
  });

  it('never blocks sending: the report goes with the hint on screen', async () => {
    const word = marker();
    await published(`Jalan berlubang ${word} di Mataram`, 'pemkot-mataram', { location: { regionCode: '52.71' } });
    const el = await form();
    await fillComplaint(el);
    await type(el, '#title', `Jalan berlubang ${word} lagi`);
    await until(() => root(el).querySelector('.similar'));
    await click(el, 'button[type=submit]');
    expect(await until(() => root(el).querySelector('.tracking-id')?.textContent, 10000)).to.match(/^\d{7}$/);
  });

  it('searches once per pause in typing, and not at all once the form is gone', async () => {
    const word = marker();
    await published(`Pipa PDAM bocor ${word} di Cakranegara`, 'pemkot-mataram', { location: { regionCode: '52.71' } });
    const el = await form();
    await click(el, '#classification-complaint');
    await choose(el, 'location', 'mataram');
    const typed = await listSearches(async () => {
      // Typing with pauses shorter than the debounce: one search, for the last title.
      for (const title of ['Pipa', 'Pipa PDAM', 'Pipa PDAM bocor', `Pipa PDAM bocor ${word}`]) {
        await type(el, '#title', title);
        await pause(SIMILAR_DEBOUNCE_MS / 4);
      }
      await until(() => root(el).querySelector('.similar'));
    });
    expect(typed).to.have.length(1);
    expect(typed[0]!.searchParams.get('q')).to.equal(`bocor ${word.slice(0, 6)}`);
    expect(typed[0]!.searchParams.get('regionCode')).to.equal('52.71');
    expect(typed[0]!.searchParams.get('limit')).to.equal('3');

    // Removed before the pause ends (a single-page app changing view): the search is called off.
    const gone = await listSearches(async () => {
      await type(el, '#title', 'Pipa PDAM bocor di Ampenan');
      el.remove();
      await pause(SIMILAR_DEBOUNCE_MS + 300);
    });
    expect(gone).to.have.length(0);
  });

  it('stays silent when the search fails: no hint, no error, no event', async () => {
    // A draft brings back a chosen area without a request; the endpoint then answers nothing.
    localStorage.clear();
    const draft = { classification: 'complaint', title: '', body: '', incidentDate: '', location: { value: '52.71', label: 'Kota Mataram' }, address: '', anonymous: false, confidential: false, name: '', email: '', phone: '', savedAt: new Date().toISOString() };
    localStorage.setItem('lapor:draft:http://127.0.0.1:9|pk_test_sandbox', JSON.stringify(draft));
    let errors = 0;
    const el = await fixture<LaporForm>(html`<lapor-form endpoint="http://127.0.0.1:9" site-key="pk_test_sandbox" lang="id" @lapor-error=${() => errors++}></lapor-form>`);
    await until(() => ($(el, '#location') as HTMLInputElement).value === 'Kota Mataram');
    const notice = $(el, '.notice').textContent;
    const searched = await listSearches(async () => {
      await type(el, '#title', 'Jembatan penyeberangan roboh');
      await pause(SIMILAR_DEBOUNCE_MS + 1500);
    });
    expect(searched).to.have.length(1);
    expect(root(el).querySelector('.similar')).to.not.exist;
    expect($(el, '.notice').textContent).to.equal(notice);
    expect(root(el).querySelector('.error-message, .error-summary')).to.not.exist;
    expect(errors).to.equal(0);
  });

  it('is off with no-similar: no search, no hint', async () => {
    const word = marker();
    await published(`Drainase meluap ${word} di Selaparang`, 'pemkot-mataram', { location: { regionCode: '52.71' } });
    const el = await form({ 'no-similar': true });
    expect(el.noSimilar).to.equal(true);
    await click(el, '#classification-complaint');
    await choose(el, 'location', 'mataram');
    const searched = await listSearches(async () => {
      await type(el, '#title', `Drainase meluap ${word}`);
      await pause(SIMILAR_DEBOUNCE_MS + 300);
    });
    expect(searched).to.have.length(0);
    expect(root(el).querySelector('.similar')).to.not.exist;
  });
});
