import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse, setViewport } from '@web/test-runner-commands';
import '../src/define-elements.ts';
import type { LaporForm } from '../src/form/lapor-form.ts';
import { $, click, choose, fillComplaint, reporterView, root, sandboxStats, sandboxUrl, savedDraft, sentReports, type, until } from './helpers.ts';

async function form(extra = {}): Promise<LaporForm> {
  localStorage.clear();
  const el = await fixture<LaporForm>(html`<lapor-form endpoint=${sandboxUrl} site-key="pk_test_sandbox" lang="id" ...=${extra}></lapor-form>`);
  return el;
}

describe('<lapor-form>', () => {
  it('renders the form in Indonesian and is accessible when empty', async () => {
    const el = await form();
    expect($(el, 'h2').textContent).to.equal('Sampaikan laporan Anda');
    expect($(el, 'label[for=title]').textContent).to.contain('Judul laporan');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('renders the rest of the form (a chunk after the first section) by the time updateComplete resolves', async () => {
    const el = await form();
    // The first section comes from the entry; the pickers, the reporter and the submit button from the chunk.
    expect(root(el).querySelector('.more-pending')).to.equal(null);
    expect($(el, '#location').getAttribute('role')).to.equal('combobox');
    expect($(el, 'label[for=name]').textContent).to.contain('Nama lengkap');
    expect($(el, 'button[type=submit]').textContent).to.contain('Kirim laporan');
    // Its styles came with it: the bot trap stays out of sight.
    expect($(el, '.honeypot').getBoundingClientRect().left).to.be.below(-1000);
  });

  it('upgrades in short tasks: renders after the task that upgraded it, then the rest of the form one group per update', async () => {
    localStorage.clear();
    const el = document.createElement('lapor-form');
    el.setAttribute('endpoint', sandboxUrl);
    el.setAttribute('site-key', 'pk_test_sandbox');
    // How many groups of the rest of the form each render showed (a placeholder holds the others' place).
    const shown: number[] = [];
    el.addController({ hostUpdated: () => shown.push(root(el).querySelectorAll('.later:not(.pending)').length) });
    document.body.append(el);
    try {
      await Promise.resolve();
      // Not rendered in the task that upgraded it (on a page: the entry's evaluation).
      expect(el.shadowRoot).to.equal(null);
      await el.updateComplete;
      const rendered = shown.filter((count, i) => count !== shown[i - 1]);
      expect(rendered.slice(-3)).to.deep.equal([1, 2, 3]);
      expect(root(el).querySelector('.pending')).to.equal(null);
      // Below the fold, laid out only near the viewport (where the engine knows how).
      if (CSS.supports('content-visibility', 'auto')) {
        for (const group of root(el).querySelectorAll('.later')) expect(getComputedStyle(group).contentVisibility).to.equal('auto');
      }
      await expect(el).shadowDom.to.be.accessible();
    } finally {
      el.remove();
    }
  });

  it('is accessible on a phone while the groups below the fold are not laid out yet, above a dark footer', async function () {
    localStorage.clear();
    // A phone's viewport where the test runner's driver can set one.
    const phone = await setViewport({ width: 360, height: 640 }).then(
      () => true,
      () => false,
    );
    if (!phone) this.skip();
    try {
      const page = await fixture<HTMLElement>(
        html`<div style="background: #fff; color: #1b1f24">
          <lapor-form endpoint=${sandboxUrl} site-key="pk_test_sandbox" lang="id"></lapor-form>
          <footer style="background: #1b1f24; color: #fff; height: 200rem">Kaki halaman</footer>
        </div>`,
      );
      const el = page.querySelector('lapor-form')!;
      await el.updateComplete;
      // axe places a control of a group not laid out yet as if the group had its intrinsic height: were it taller, the footer would be "behind" the form's last controls.
      await expect(page).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('shows fields by classification', async () => {
    const el = await form();
    await click(el, '#classification-complaint');
    expect(root(el).querySelector('#incidentDate')).to.exist;
    expect(root(el).querySelector('#location')).to.exist;
    expect(root(el).querySelector('#origin')).to.not.exist;
    await click(el, '#classification-aspiration');
    expect(root(el).querySelector('#incidentDate')).to.not.exist;
    expect(root(el).querySelector('#origin')).to.exist;
  });

  it('lists every problem in an error summary that takes focus and links to the fields', async () => {
    const el = await form();
    await click(el, '#classification-complaint');
    await type(el, '#title', 'Abc');
    await click(el, 'button[type=submit]');
    const summary = await until(() => root(el).querySelector<HTMLElement>('.error-summary'));
    expect(root(el).activeElement).to.equal(summary);
    const messages = [...summary.querySelectorAll('a')].map((a) => a.textContent);
    expect(messages).to.include('Judul laporan minimal 5 karakter.');
    expect(messages).to.include('Tanggal kejadian wajib diisi.');
    expect(messages).to.include('Centang pernyataan persetujuan untuk mengirim laporan.');
    expect($(el, '#title').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#title').getAttribute('aria-describedby')).to.contain('title-error');
    summary.querySelector<HTMLAnchorElement>('a[href="#title"]')!.click();
    expect(root(el).activeElement?.id).to.equal('title');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('submits a complaint and shows the tracking ID, with the lapor-submitted event', async () => {
    const el = await form();
    const before = (await sandboxStats()).complaints;
    await fillComplaint(el);
    let detail: { trackingId: string } | undefined;
    el.addEventListener('lapor-submitted', (e) => (detail = e.detail));
    await click(el, 'button[type=submit]');
    const id = await until(() => root(el).querySelector('.tracking-id')?.textContent);
    expect(id).to.match(/^\d{7}$/);
    expect(detail?.trackingId).to.equal(id);
    expect(root(el).activeElement?.id).to.equal('success-title');
    expect((await sandboxStats()).complaints).to.equal(before + 1);
    await expect(el).shadowDom.to.be.accessible();
    // "Salin": to the clipboard where the browser allows it, else the number is selected to copy.
    await click(el, '.success button');
    await until(() => root(el).querySelector('.success [role=status]')?.textContent?.includes('disalin') || getSelection()?.toString() === id);
  });

  it('restores a draft after a reload and clears it after sending', async () => {
    localStorage.clear();
    const first = await fixture<LaporForm>(html`<lapor-form endpoint=${sandboxUrl} site-key="pk_test_sandbox"></lapor-form>`);
    await click(first, '#classification-aspiration');
    await type(first, '#title', 'Usul taman baca di kelurahan');
    await until(() => savedDraft()?.title === 'Usul taman baca di kelurahan');
    first.remove();
    const second = await fixture<LaporForm>(html`<lapor-form endpoint=${sandboxUrl} site-key="pk_test_sandbox"></lapor-form>`);
    expect(($(second, '#title') as HTMLInputElement).value).to.equal('Usul taman baca di kelurahan');
    expect(($(second, '#classification-aspiration') as HTMLInputElement).checked).to.equal(true);
    expect($(second, '.notice').textContent).to.contain('dipulihkan');
  });

  it('shows a restored draft in its first render (one render before the first frame, not two)', async () => {
    localStorage.clear();
    localStorage.setItem(`lapor:draft:${sandboxUrl}|pk_test_sandbox`, JSON.stringify({ title: 'Usul taman baca', body: '', attachments: [], savedAt: new Date().toISOString() }));
    const el = document.createElement('lapor-form');
    let firstRender = '';
    const firstUpdated = (el as unknown as { firstUpdated(): void }).firstUpdated;
    Object.assign(el, {
      firstUpdated(this: LaporForm) {
        firstRender = ($(this, '#title') as HTMLInputElement).value;
        firstUpdated.call(this);
      },
    });
    el.setAttribute('endpoint', sandboxUrl);
    el.setAttribute('site-key', 'pk_test_sandbox');
    document.body.append(el);
    await el.updateComplete;
    expect(firstRender).to.equal('Usul taman baca');
    expect($(el, '.notice').textContent).to.contain('dipulihkan');
    el.remove();
  });

  it('keeps no draft with no-draft', async () => {
    localStorage.clear();
    const el = await fixture<LaporForm>(html`<lapor-form endpoint=${sandboxUrl} site-key="pk_test_sandbox" no-draft></lapor-form>`);
    // A form beside it, with drafts, under another key: once its draft is written, the
    // no-draft form's would have been too.
    const control = await fixture<LaporForm>(html`<lapor-form endpoint=${sandboxUrl} site-key="pk_test_control"></lapor-form>`);
    await type(el, '#title', 'Tidak disimpan');
    await type(control, '#title', 'Disimpan');
    await until(() => savedDraft('pk_test_control')?.title === 'Disimpan');
    expect(Object.keys(localStorage).filter((k) => k.startsWith('lapor:draft'))).to.deep.equal([`lapor:draft:${sandboxUrl}|pk_test_control`]);
  });

  it('preselects the host institution', async () => {
    const el = await fixture<LaporForm>(html`<lapor-form endpoint=${sandboxUrl} site-key="pk_test_sandbox" institution="pemkot-mataram"></lapor-form>`);
    await until(() => ($(el, '#institution') as HTMLInputElement).value);
    expect(($(el, '#institution') as HTMLInputElement).value).to.equal('Pemerintah Kota Mataram');
  });

  it('speaks English with lang="en"', async () => {
    const el = await fixture<LaporForm>(html`<lapor-form endpoint=${sandboxUrl} site-key="pk_test_sandbox" lang="en"></lapor-form>`);
    await until(() => $(el, 'h2').textContent === 'Submit your report');
    await type(el, '#title', 'Abc');
    await click(el, 'button[type=submit]');
    const summary = await until(() => root(el).querySelector<HTMLElement>('.error-summary'));
    expect(summary.textContent).to.contain('Title must be at least 5 characters.');
  });

  it('lets the agency override strings', async () => {
    const el = await fixture<LaporForm>(html`<lapor-form endpoint=${sandboxUrl} site-key="pk_test_sandbox" .strings=${{ formTitle: 'Layanan Pengaduan Dinas PU' }}></lapor-form>`);
    expect($(el, 'h2').textContent).to.equal('Layanan Pengaduan Dinas PU');
  });

  it('picks a region with the keyboard', async () => {
    const el = await form();
    await click(el, '#classification-complaint');
    await type(el, '#location', 'bandung');
    await until(() => root(el).querySelector('#location-opt-1'));
    const input = $(el, '#location');
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal('location-opt-1');
    await expect(el).shadowDom.to.be.accessible();
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await el.updateComplete;
    expect((input as HTMLInputElement).value).to.contain('Bandung');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
  });

  it('picks a region with a click, as a finger or mouse does', async () => {
    const el = await form();
    await click(el, '#classification-complaint');
    await type(el, '#location', 'bandung');
    const option = await until(() => root(el).querySelector<HTMLElement>('#location-opt-1'));
    option.scrollIntoView({ block: 'center' });
    const box = option.getBoundingClientRect();
    // A real pointer: the field must not lose the list to the focus change a click makes.
    await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    await el.updateComplete;
    const input = $(el, '#location') as HTMLInputElement;
    expect(input.value).to.contain('Bandung');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
  });

  it('sends nothing when the honeypot is filled', async () => {
    const el = await form();
    await fillComplaint(el);
    await type(el, '#website', 'http://spam.example');
    const before = (await sandboxStats()).complaints;
    let code = '';
    el.addEventListener('lapor-error', (e) => (code = e.detail.code));
    await click(el, 'button[type=submit]');
    expect(code).to.equal('spam_suspected');
    expect((await sandboxStats()).complaints).to.equal(before);
  });

  it('sends the captcha token', async () => {
    const el = await form();
    let asked = false;
    el.captcha = async () => {
      asked = true;
      return 'token-123';
    };
    // Watches what leaves the page (the request still goes to the sandbox as it is).
    const sent = await sentReports(async () => {
      await fillComplaint(el);
      await click(el, 'button[type=submit]');
      await until(() => root(el).querySelector('.tracking-id'));
    });
    expect(asked).to.equal(true);
    expect(sent).to.have.length(1);
    expect(sent[0]).to.include({ captchaToken: 'token-123' });
  });

  it('uses a picker with choose()', async () => {
    const el = await form();
    await click(el, '#classification-complaint');
    await choose(el, 'category', 'jalan');
    expect(($(el, '#category') as HTMLInputElement).value).to.equal('Jalan dan Jembatan');
  });
});

describe('<lapor-form> geolocation', () => {
  let asked = 0;
  /** The device's answer to a position request (there is no GPS here): a place, or a refusal. */
  function device(answer: { latitude: number; longitude: number } | 'denied'): void {
    asked = 0;
    const geolocation = {
      getCurrentPosition: (ok: PositionCallback, fail: PositionErrorCallback) => {
        asked++;
        if (answer === 'denied') fail({ code: 1, message: 'User denied Geolocation' } as GeolocationPositionError);
        else ok({ coords: answer } as GeolocationPosition);
      },
    };
    Object.defineProperty(navigator, 'geolocation', { configurable: true, value: geolocation });
  }
  afterEach(() => delete (navigator as { geolocation?: unknown }).geolocation);

  it('asks for the position only on the button, and sends it with the report', async () => {
    device({ latitude: -8.5833312, longitude: 116.1166694 });
    const el = await form();
    await fillComplaint(el);
    expect(asked).to.equal(0);
    await click(el, '.geo button');
    await until(() => $(el, '.geo [role=status]').textContent?.includes('Titik lokasi tersimpan'));
    expect(asked).to.equal(1);
    await click(el, '#remember');
    await click(el, 'button[type=submit]');
    const trackingId = await until(() => root(el).querySelector('.tracking-id')?.textContent);
    const view = await reporterView(trackingId);
    expect([view.location.lat, view.location.lng]).to.deep.equal([-8.58333, 116.11667]);
  });

  it('says so when the position cannot be had, and the report goes without it', async () => {
    device('denied');
    const el = await form();
    await fillComplaint(el);
    await click(el, '.geo button');
    await until(() => $(el, '.geo [role=status]').textContent?.includes('Lokasi tidak dapat ditentukan'));
    await expect(el).shadowDom.to.be.accessible();
    await click(el, '#remember');
    await click(el, 'button[type=submit]');
    const trackingId = await until(() => root(el).querySelector('.tracking-id')?.textContent);
    const view = await reporterView(trackingId);
    expect(view.location.regionCode).to.equal('52.71');
    expect([view.location.lat ?? null, view.location.lng ?? null]).to.deep.equal([null, null]);
  });
});
