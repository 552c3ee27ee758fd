import { expect } from '@esm-bundle/chai';

interface Outcome {
  violations: string[];
  trustedTypesEnforced: boolean;
  errors: string[];
  trackingId?: string;
  statusUpgraded: boolean;
  transparencyUpgraded: boolean;
  fallbackHidden: boolean;
}

describe('the CDN build on an agency page with a strict CSP and Trusted Types', () => {
  it('files a complaint with no policy violation, even with two copies of the script', async () => {
    const frame = document.createElement('iframe');
    const outcome = new Promise<Outcome>((resolve) => addEventListener('message', (e) => resolve(e.data), { once: true }));
    frame.src = new URL('./csp/strict.html', import.meta.url).href;
    document.body.append(frame);
    const result = await outcome;
    frame.remove();
    expect(result.violations).to.deep.equal([]);
    expect(result.errors).to.deep.equal([]);
    expect(result.trackingId).to.match(/^\d{7}$/);
    expect(result.statusUpgraded, '<lapor-status> loads as a chunk').to.equal(true);
    expect(result.transparencyUpgraded, '<lapor-reports> and <lapor-stats> load as chunks').to.equal(true);
    expect(result.fallbackHidden, 'fallback link hidden once upgraded').to.equal(true);
    // Where the engine has Trusted Types (all three here) the page enforces them, so the empty
    // violation list above means something; an engine without them runs the same code.
    expect(result.trustedTypesEnforced, 'Trusted Types enforced').to.equal('trustedTypes' in window);
  });
});
