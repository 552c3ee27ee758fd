import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define-elements.ts';
import type { LaporForm } from '../src/form/lapor-form.ts';
import { $, faults, root, sandboxStats, sandboxUrl, until } from './helpers.ts';

/** Presses Tab until the control with `id` has focus; fails if it cannot be reached. */
async function tabTo(el: LaporForm, id: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if (root(el).activeElement?.id === id) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`#${id} is not reachable with Tab`);
}

describe('<lapor-form> by keyboard only', () => {
  beforeEach(() => localStorage.clear());

  it('files an aspiration in English without a mouse', async () => {
    const el = await fixture<LaporForm>(html`<lapor-form endpoint=${sandboxUrl} site-key="pk_test_sandbox" lang="en" no-draft></lapor-form>`);
    await until(() => $(el, 'h2').textContent === 'Submit your report');
    const before = (await sandboxStats()).complaints;
    await tabTo(el, 'classification-complaint');
    await sendKeys({ press: 'ArrowDown' }); // to "Aspiration"
    await until(() => root(el).querySelector('#origin'));
    await tabTo(el, 'title');
    await sendKeys({ type: 'Playground for the kampung' });
    await tabTo(el, 'body');
    await sendKeys({ type: 'Please build a small playground next to the community hall in Ampenan.' });
    await tabTo(el, 'origin');
    await sendKeys({ type: 'mataram' });
    await until(() => root(el).querySelector('#origin-opt-0'));
    await sendKeys({ press: 'Enter' });
    await tabTo(el, 'name');
    await sendKeys({ type: 'Ni Luh Putu' });
    await tabTo(el, 'email');
    await sendKeys({ type: 'putu@example.id' });
    await tabTo(el, 'consent');
    await sendKeys({ press: ' ' }); // the space bar ("Space" is a name Firefox's driver does not know)
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.getAttribute('type')).to.equal('submit');
    await sendKeys({ press: 'Enter' });
    await until(() => root(el).querySelector('.tracking-id'));
    expect($(el, '#success-title').textContent).to.equal('Report sent');
    expect(root(el).activeElement?.id, 'focus moves to the result').to.equal('success-title');
    expect((await sandboxStats()).complaints).to.equal(before + 1);
  });

  it('is accessible while sending', async () => {
    const el = await fixture<LaporForm>(html`<lapor-form endpoint=${sandboxUrl} site-key="pk_test_sandbox" no-draft></lapor-form>`);
    await faults('delay=1:1500');
    try {
      const { fillComplaint, click } = await import('./helpers.ts');
      await fillComplaint(el);
      await click(el, 'button[type=submit]');
      await until(() => $(el, 'button[type=submit]').hasAttribute('disabled'));
      expect($(el, 'form').getAttribute('aria-busy')).to.equal('true');
      expect($(el, 'button[type=submit]').textContent).to.contain('Mengirim');
      await expect(el).shadowDom.to.be.accessible();
      await until(() => root(el).querySelector('.tracking-id'), 10000);
    } finally {
      await faults('');
    }
  });

  it('fits a 320 px wide screen (and 200% zoom of 640 px) without sideways scrolling', async () => {
    // A 320 × 640 frame is a 320 px viewport in every engine (WebKitGTK's window cannot be
    // made that narrow, its toolbar keeps it wider).
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 320px; height: 640px; border: 0';
    const define = new URL('../src/define-elements.ts', import.meta.url).href;
    frame.srcdoc = `<!doctype html><html lang="id"><meta name="viewport" content="width=device-width"><script type="module" src="${define}"></script><lapor-form endpoint="${sandboxUrl}" site-key="pk_test_sandbox" no-draft></lapor-form></html>`;
    document.body.append(frame);
    try {
      const el = await until(() => frame.contentDocument?.querySelector<LaporForm>('lapor-form')?.shadowRoot && frame.contentDocument.querySelector<LaporForm>('lapor-form')!, 15000);
      await el.updateComplete;
      $(el, '#classification-complaint').click();
      await el.updateComplete;
      expect(frame.contentWindow!.innerWidth).to.equal(320);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
      expect(frame.contentDocument!.documentElement.scrollWidth).to.be.at.most(320);
      const submit = $(el, 'button[type=submit]').getBoundingClientRect();
      expect(submit.height).to.be.at.least(44);
    } finally {
      frame.remove();
    }
  });
});
