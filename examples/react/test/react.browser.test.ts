// The React example, bundled as an agency would bundle it (the test runner serves it as
// /__lapor__/react-app.js), in every engine against the sandbox: typed props reach the
// element, and the lapor-submitted event reaches the React handler.
import { expect } from '@esm-bundle/chai';
import { $, choose, click, root, sandboxUrl, type, until } from '../../../packages/widget/test/helpers.ts';
import type { LaporForm } from '../../../packages/widget/src/form/lapor-form.ts';

const appModule = '/__lapor__/react-app.js';

describe('React example', () => {
  it('renders the form with its props and hears lapor-submitted', async () => {
    const errors: string[] = [];
    addEventListener('error', (e) => errors.push(String(e.message)));
    document.documentElement.lang = 'id';
    document.body.dataset.endpoint = sandboxUrl;
    document.body.innerHTML = '<div id="root"></div>';
    await import(appModule);
    const form = await until(() => document.querySelector<LaporForm>('lapor-form')?.shadowRoot?.querySelector('h2') && document.querySelector<LaporForm>('lapor-form')!);
    await form.updateComplete;
    expect($(form, 'h2').textContent).to.equal('Laporkan kerusakan jalan dan saluran');
    await click(form, '#classification-aspiration');
    await type(form, '#title', 'Usul trotoar ramah difabel');
    await type(form, '#body', 'Mohon trotoar di Jl. Langko dibuat landai untuk kursi roda dan pejalan kaki.');
    await choose(form, 'origin', 'mataram');
    await type(form, '#name', 'Ni Made Ayu');
    await type(form, '#email', 'ayu@example.id');
    await click(form, '#consent');
    await click(form, 'button[type=submit]');
    const sent = await until(() => document.querySelector('[data-testid=sent]'), 15000);
    expect(sent.textContent).to.match(/^Terkirim: #\d{7}$/);
    const status = document.querySelector('lapor-status')!;
    await until(() => root(status as HTMLElement).querySelector('#tracking-error, .report'), 15000);
    expect(errors).to.deep.equal([]);
  });
});
