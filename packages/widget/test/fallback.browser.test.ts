// The page's fallback fields: the citizen types in plain HTML inside <lapor-form> while the
// script is still on its way; the element is defined late here (as a module script that
// arrives after the citizen started) and must take over the text, the choice and the caret.
// The markup and the CSS are the example agency page's own, as agencies copy them.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LaporForm } from '../src/form/lapor-form.ts';
import { define } from '../src/shared/define.ts';
import { $, root, sandboxUrl, savedDraft, until } from './helpers.ts';

const examplePage = new DOMParser().parseFromString(await (await fetch('/examples/agency-site/public/index.html')).text(), 'text/html');
const fallbackMarkup = examplePage.querySelector('.lapor-fallback')!.outerHTML;
const stylesheet = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/examples/agency-site/public/site.css' });
await new Promise((loaded) => document.head.append(Object.assign(stylesheet, { onload: loaded })));

const draftKey = `lapor:draft:${sandboxUrl}|pk_test_sandbox`;

/** A form on the page, not defined yet (the script has not run), with the example page's fallback unless `inside` says otherwise. */
function page(tag: string, inside = fallbackMarkup): LaporForm {
  document.body.replaceChildren();
  document.body.insertAdjacentHTML('beforeend', `<${tag} endpoint="${sandboxUrl}" site-key="pk_test_sandbox" lang="id">${inside}</${tag}>`);
  return document.body.firstElementChild as LaporForm;
}

/** Whether the form asked for another render right after its first one (before its first frame). */
let renderedAgain: boolean | undefined;

/** The script arrives: the element is defined, and upgrades. A tag can be defined once per page, so each test has its own, except the one that checks the page's layout. */
async function upgrade(el: LaporForm): Promise<void> {
  const Form =
    el.localName === 'lapor-form'
      ? LaporForm
      : class extends LaporForm {
          protected override firstUpdated(): void {
            super.firstUpdated();
            renderedAgain = this.isUpdatePending;
          }
        };
  define(el.localName, Form);
  await el.updateComplete;
}

/** Types as a citizen does, key by key: WebKitGTK's driver drops spaces and repeated letters from a typed string. */
async function typeKeys(text: string): Promise<void> {
  for (const key of text) await sendKeys({ press: key === '\n' ? 'Enter' : key });
}

const fallback = (el: HTMLElement, selector: string) => el.querySelector<HTMLInputElement>(selector)!;
const field = (el: LaporForm, selector: string) => $(el, selector) as HTMLInputElement;

describe('<lapor-form> with fallback fields in the page', () => {
  beforeEach(() => localStorage.clear());

  it('takes over the typed title, the choice and the caret, where the fallback showed them; accessible before and after', async () => {
    const el = page('lapor-form');
    await expect(el).to.be.accessible();
    fallback(el, '#lapor-aspiration').click();
    fallback(el, '#lapor-title').focus();
    await typeKeys('Jalan rusak di depan pasar');
    for (let i = 0; i < 6; i++) await sendKeys({ press: 'ArrowLeft' });
    const before = fallback(el, '#lapor-title').getBoundingClientRect();

    await upgrade(el);
    const title = field(el, '#title');
    expect(title.value).to.equal('Jalan rusak di depan pasar');
    expect(field(el, '#classification-aspiration').checked).to.equal(true);
    expect(root(el).activeElement, 'focus moved to the same field').to.equal(title);
    expect([title.selectionStart, title.selectionEnd]).to.deep.equal([20, 20]);
    // The field the citizen typed in stays where it was (the page's CSS lays the fallback out as the form).
    const after = title.getBoundingClientRect();
    expect(Math.abs(after.top - before.top), `title moved from ${before.top} to ${after.top}`).to.be.below(4);
    expect(Math.abs(after.height - before.height)).to.be.below(2);
    // Typing goes on where the caret was.
    await typeKeys(' baru');
    expect(title.value).to.equal('Jalan rusak di depan baru pasar');
    await until(() => savedDraft()?.title === 'Jalan rusak di depan baru pasar');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('takes over what the citizen typed after the element upgraded and before its first render (a task later)', async () => {
    const el = page('lapor-form-typed-late');
    define(el.localName, class extends LaporForm {});
    // Upgraded (the entry's evaluation ends here); the fallback is still there and takes keys.
    const typed = fallback(el, '#lapor-title');
    typed.focus();
    typed.value = 'Jalan rusak';
    await el.updateComplete;
    expect(field(el, '#title').value).to.equal('Jalan rusak');
    expect(root(el).activeElement).to.equal(field(el, '#title'));
  });

  it('keeps a stored draft for the fields left empty; a typed value wins over it', async () => {
    localStorage.setItem(draftKey, JSON.stringify({ classification: 'complaint', title: 'Dari draf yang tersimpan', body: 'Isi lama dari draf', attachments: [], savedAt: new Date().toISOString() }));
    const el = page('lapor-form-draft');
    fallback(el, '#lapor-body').focus();
    await typeKeys('Lampu jalan padam sejak seminggu.\nMohon');

    await upgrade(el);
    const body = field(el, '#body');
    expect(body.value).to.equal('Lampu jalan padam sejak seminggu.\nMohon');
    expect(field(el, '#title').value).to.equal('Dari draf yang tersimpan');
    expect(field(el, '#classification-complaint').checked).to.equal(true);
    expect(root(el).activeElement).to.equal(body);
    expect(body.selectionStart).to.equal(body.value.length);
    expect(renderedAgain, 'what was typed is in the first render: no second one before the first frame').to.equal(false);
    // The draft now holds what was typed.
    await until(() => JSON.parse(localStorage.getItem(draftKey)!).body === 'Lampu jalan padam sejak seminggu.\nMohon');
  });

  it('moves focus from a chosen classification to the same choice in the form', async () => {
    const el = page('lapor-form-choice');
    const radio = fallback(el, '#lapor-information');
    radio.focus();
    radio.click();

    await upgrade(el);
    const choice = field(el, '#classification-information');
    expect(choice.checked).to.equal(true);
    expect(root(el).activeElement).to.equal(choice);
    // The rest of the first section follows the choice, as when chosen in the form.
    expect(root(el).querySelector('#incidentDate')).to.equal(null);
  });

  it('leaves a page without fallback fields as before: the draft restored, focus where it was', async () => {
    localStorage.setItem(draftKey, JSON.stringify({ classification: 'aspiration', title: 'Usul taman baca', body: '', attachments: [], savedAt: new Date().toISOString() }));
    const el = page('lapor-form-plain', '<a href="https://www.lapor.go.id">Sampaikan laporan Anda di lapor.go.id</a>');
    await upgrade(el);
    expect(field(el, '#title').value).to.equal('Usul taman baca');
    expect(field(el, '#classification-aspiration').checked).to.equal(true);
    expect($(el, '.notice').textContent).to.contain('dipulihkan');
    expect(document.activeElement).to.equal(document.body);
    // An empty fallback takes nothing over either.
    const empty = page('lapor-form-empty');
    await upgrade(empty);
    expect(field(empty, '#title').value).to.equal('Usul taman baca');
    expect(document.activeElement).to.equal(document.body);
  });
});
