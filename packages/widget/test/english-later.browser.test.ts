// English arrives as chunks (the strings and the validation messages) and is registered with
// the contract of the transport chunk, whichever of the two loads first. Its own file: each
// test file runs in a fresh page, and once English is registered it stays for the page.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define-elements.ts';
import type { LaporForm } from '../src/form/lapor-form.ts';
import { $, click, root, sandboxUrl, type, until } from './helpers.ts';

describe('<lapor-form> switched to English after sending was tried', () => {
  it('checks the report with English messages once the transport chunk is already there', async () => {
    localStorage.clear();
    const el = await fixture<LaporForm>(html`<lapor-form endpoint=${sandboxUrl} site-key="pk_test_sandbox" lang="id" no-draft></lapor-form>`);
    await type(el, '#title', 'Abc');
    await click(el, 'button[type=submit]');
    // The summary needs the transport chunk: loaded, in Indonesian.
    const summary = await until(() => root(el).querySelector<HTMLElement>('.error-summary'));
    expect(summary.textContent).to.contain('Judul laporan minimal 5 karakter.');
    el.lang = 'en';
    await until(() => $(el, 'h2').textContent === 'Submit your report');
    await click(el, 'button[type=submit]');
    await until(() => root(el).querySelector('.error-summary')?.textContent?.includes('Title must be at least 5 characters.'));
  });
});
