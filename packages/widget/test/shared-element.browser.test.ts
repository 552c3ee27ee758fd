// What the four elements share through their base element: events a page can hear from
// anywhere, and one way of overriding strings.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define-elements.ts';
import type { LaporForm } from '../src/form/lapor-form.ts';
import type { LaporStats } from '../src/stats/lapor-stats.ts';
import { $, click, root, sandboxUrl, type, until } from './helpers.ts';

interface Heard {
  event: CustomEvent;
  /** The target as the document sees it. */
  target: EventTarget | null;
  /** Where the event started. */
  origin: EventTarget | undefined;
}

/**
 * Puts `markup` inside the shadow root of a page's own component, as a CMS theme does,
 * and collects the `lapor-error` events that reach the document.
 */
async function insidePageComponent(markup: string): Promise<{ element: HTMLElement; errors: Heard[]; done: () => void }> {
  const host = await fixture<HTMLElement>(html`<div></div>`);
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = markup;
  const errors: Heard[] = [];
  // The path is only there while the event is dispatched.
  const listener = (event: Event) => errors.push({ event: event as CustomEvent, target: event.target, origin: event.composedPath()[0] });
  document.addEventListener('lapor-error', listener);
  return { element: shadow.firstElementChild as HTMLElement, errors, done: () => document.removeEventListener('lapor-error', listener) };
}

const keys = `endpoint="${sandboxUrl}" site-key="pk_test_sandbox"`;

describe('the elements’ shared base', () => {
  const cases: Array<[string, string, (element: HTMLElement) => Promise<void>]> = [
    [
      'a bot filled the honeypot',
      `<lapor-form ${keys} lang="id" no-draft></lapor-form>`,
      async (element) => {
        await (element as LaporForm).updateComplete;
        await type(element, '#website', 'http://spam.example');
        await click(element, 'button[type=submit]');
      },
    ],
    ['an unknown tracking ID', `<lapor-status ${keys} tracking-id="9999999"></lapor-status>`, async () => {}],
    ['LAPOR! cannot be reached', `<lapor-reports endpoint="http://127.0.0.1:9" site-key="pk_test_sandbox" institution-id="pemkot-mataram"></lapor-reports>`, async () => {}],
    ['an unknown institution', `<lapor-stats ${keys} institution-id="tidak-ada"></lapor-stats>`, async () => {}],
  ];
  for (const [what, markup, act] of cases) {
    const tag = markup.slice(1, markup.indexOf(' '));
    it(`lapor-error from <${tag}> (${what}) bubbles and leaves shadow roots (composed), with a code and a message`, async () => {
      localStorage.clear();
      const { element, errors, done } = await insidePageComponent(markup);
      try {
        await act(element);
        const { event, target, origin } = await until(() => errors[0], 15000);
        expect(event.bubbles).to.equal(true);
        expect(event.composed).to.equal(true);
        // Heard on the document: retargeted to the page's component, first dispatched by the element.
        expect(target === (element.getRootNode() as ShadowRoot).host, 'target is the page component').to.equal(true);
        expect(origin === element, 'dispatched by the element').to.equal(true);
        expect(event.detail.code).to.be.a('string').and.not.equal('');
        expect(event.detail.message).to.be.a('string').and.not.equal('');
      } finally {
        done();
      }
    });
  }

  it('applies a string override on <lapor-stats> one level deep, in Indonesian and in English', async () => {
    const strings = { statsTitle: 'Kinerja Dinas PU', classifications: { complaint: 'Keluhan' } };
    const el = await fixture<LaporStats>(html`<lapor-stats endpoint=${sandboxUrl} site-key="pk_test_sandbox" institution-id="pemkot-mataram" .strings=${strings}></lapor-stats>`);
    const headings = () => [...root(el).querySelectorAll('thead th')].map((th) => th.textContent);
    // The loaded figures, not the invisible ones that hold their place while they load.
    await until(() => root(el).querySelector('section > .figures'));
    expect($(el, 'h2').textContent).to.equal('Kinerja Dinas PU');
    // The group keeps its other entries: the override replaces one, not the whole group.
    expect(headings().slice(1, 4)).to.deep.equal(['Keluhan', 'Aspirasi', 'Permintaan informasi']);

    el.lang = 'en';
    await until(() => headings()[0] === 'Month');
    expect($(el, 'h2').textContent).to.equal('Kinerja Dinas PU');
    expect(headings().slice(1, 4)).to.deep.equal(['Keluhan', 'Aspiration', 'Information request']);

    // A new override applies at once to the table already in use.
    el.strings = { classifications: { aspiration: 'Usulan' } };
    await el.updateComplete;
    expect($(el, 'h2').textContent).to.equal('How reports are handled');
    expect(headings().slice(1, 4)).to.deep.equal(['Complaint', 'Usulan', 'Information request']);
  });
});
