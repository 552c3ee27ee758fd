// Bundle-size budgets: deterministic, so they may fail the run.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BUDGETS, CDN_BUDGETS, kb, measure, measureCdn } from '../lib/sizes.ts';

describe('size budgets (gzip)', () => {
  // Measured once for both budgets (a build in memory), each budget its own test.
  const cdn = measureCdn();

  it(`@lapor/widget CDN entry ≤ ${kb(CDN_BUDGETS.entry)}`, async (t) => {
    const sizes = await cdn;
    for (const [name, size] of Object.entries(sizes.files)) t.diagnostic(`cdn/${name}: ${kb(size.gzip)} gzip`);
    assert.ok(sizes.entry.gzip <= CDN_BUDGETS.entry, `entry ${kb(sizes.entry.gzip)} (${sizes.entry.gzip} B) is over ${kb(CDN_BUDGETS.entry)}`);
  });

  it(`@lapor/widget: everything loaded before a report is sent ≤ ${kb(CDN_BUDGETS.atSubmit)}`, async (t) => {
    const sizes = await cdn;
    t.diagnostic(`entry ${kb(sizes.entry.gzip)}, loaded by the time a report is sent ${kb(sizes.atSubmit.gzip)}`);
    assert.ok(sizes.atSubmit.gzip <= CDN_BUDGETS.atSubmit, `${kb(sizes.atSubmit.gzip)} (${sizes.atSubmit.gzip} B) is over ${kb(CDN_BUDGETS.atSubmit)}`);
  });

  for (const budget of BUDGETS) {
    it(`${budget.name} ≤ ${kb(budget.gzip)}`, async (t) => {
      const size = await measure(budget.entry);
      t.diagnostic(`${budget.name}: ${kb(size.gzip)} gzip (${kb(size.raw)} minified)`);
      assert.ok(size.gzip <= budget.gzip, `${kb(size.gzip)} is over the budget of ${kb(budget.gzip)}`);
    });
  }
});
