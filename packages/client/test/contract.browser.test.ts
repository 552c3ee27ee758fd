import { expect } from '@esm-bundle/chai';
import { complaintInput, validate } from '@lapor/client/contract';

describe('contract in the browser', () => {
  it('validates with Indonesian messages', () => {
    const result = validate(complaintInput, { classification: 'aspiration', title: 'Usul' });
    expect(result.success).to.equal(false);
    if (result.success) return;
    expect(result.issues.find((issue) => issue.path === 'title')?.message).to.equal('Judul laporan minimal 5 karakter.');
  });

  it('runs under a strict CSP with Trusted Types and no violation', async () => {
    const frame = document.createElement('iframe');
    const message = new Promise<{ issues: string[]; parsed: boolean; violations: string[] }>((resolve) => {
      addEventListener('message', (event) => resolve(event.data), { once: true });
    });
    frame.src = new URL('./browser/csp/contract.html', import.meta.url).href;
    document.body.append(frame);
    const data = await message;
    frame.remove();
    expect(data.violations).to.deep.equal([]);
    expect(data.parsed).to.equal(true);
    expect(data.issues).to.include.members(['too_short', 'required']);
  });
});
