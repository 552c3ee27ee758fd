// Bundle-size budgets: deterministic, so they may fail the run.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BUDGETS, kb, measure } from '../lib/sizes.ts';

describe('size budgets (gzip)', () => {
  for (const budget of BUDGETS) {
    it(`${budget.name} ≤ ${kb(budget.gzip)}`, async (t) => {
      const size = await measure(budget.entry);
      t.diagnostic(`${budget.name}: ${kb(size.gzip)} gzip (${kb(size.raw)} minified)`);
      assert.ok(size.gzip <= budget.gzip, `${kb(size.gzip)} is over the budget of ${kb(budget.gzip)}`);
    });
  }
});
