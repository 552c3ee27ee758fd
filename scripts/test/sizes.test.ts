// Bundle-size budgets: deterministic, so they may fail the run.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BUDGETS, CDN_BUDGETS, kb, measure, measureCdn } from '../lib/sizes.ts';

describe('size budgets (gzip)', () => {
  // Measured once for all the CDN checks (a build in memory), each budget its own test.
  let cdn: ReturnType<typeof measureCdn> | undefined;
  const built = () => (cdn ??= measureCdn());

  it(`@lapor/widget CDN entry ≤ ${kb(CDN_BUDGETS.entry)}`, async (t) => {
    const sizes = await built();
    for (const [name, size] of Object.entries(sizes.files)) t.diagnostic(`cdn/${name}: ${kb(size.gzip)} gzip`);
    assert.ok(sizes.entry.gzip <= CDN_BUDGETS.entry, `entry ${kb(sizes.entry.gzip)} (${sizes.entry.gzip} B) is over ${kb(CDN_BUDGETS.entry)}`);
  });

  it(`@lapor/widget: everything loaded before a report is sent ≤ ${kb(CDN_BUDGETS.atSubmit)}`, async (t) => {
    const sizes = await built();
    t.diagnostic(`entry ${kb(sizes.entry.gzip)}, loaded by the time a report is sent ${kb(sizes.atSubmit.gzip)}`);
    assert.ok(sizes.atSubmit.gzip <= CDN_BUDGETS.atSubmit, `${kb(sizes.atSubmit.gzip)} (${sizes.atSubmit.gzip} B) is over ${kb(CDN_BUDGETS.atSubmit)}`);
  });

  it('what a report needs to be sent comes in three files: the entry, the rest of the form, and validation with transport', async (t) => {
    const sizes = await built();
    t.diagnostic(`loaded by the time a report is sent: ${sizes.atSubmitFiles.join(', ')}`);
    // Apart, the contract's validation paid gzip's start-up and repeated the strings it shares with the transport (about 0.3 KB).
    assert.equal(sizes.atSubmitFiles.length, 3, sizes.atSubmitFiles.join(', '));
  });

  it("the form's CDN entry does not carry the other elements, the similar-report hint or the personal-data note: each is a chunk loaded when used", async (t) => {
    const sizes = await built();
    const lazy = [
      'packages/widget/src/status/lapor-status.ts',
      'packages/widget/src/reports/lapor-reports.ts',
      'packages/widget/src/stats/lapor-stats.ts',
      'packages/widget/src/form/similar.ts',
      // Shown only when a title or body seems to hold personal data: not in what every report loads.
      'packages/widget/src/form/exposure-note.ts',
    ];
    for (const file of lazy) {
      assert.ok(sizes.lazyChunks[file], `${file} is not a chunk of its own`);
      t.diagnostic(`cdn/${sizes.lazyChunks[file]}: ${kb(sizes.files[sizes.lazyChunks[file]!]!.gzip)} gzip`);
    }
    // Nothing of theirs in the entry: their modules, strings, styles and chart.
    const theirs = /\/(status|reports|stats)\/|form\/similar\.ts|shared\/public-element\.ts|i18n\/(id|en)-(status|reports|stats|similar)\.ts/;
    assert.deepEqual(sizes.entryModules.filter((file) => theirs.test(file)), []);
  });

  it('before a report is sent the form loads only the client calls it makes: the other elements bring theirs in their own chunks', async (t) => {
    const sizes = await built();
    const calls = sizes.atSubmitModules.filter((file) => file.startsWith('packages/client/src/calls/')).map((file) => file.slice('packages/client/src/calls/'.length));
    t.diagnostic(`client calls loaded before a report is sent: ${calls.join(', ')}`);
    // Send the report, upload its files, and fill the pickers (areas, institutions, topics).
    const form = ['create-complaint.ts', 'get-institution.ts', 'list-categories.ts', 'search-institutions.ts', 'search-regions.ts', 'upload-attachment.ts'];
    assert.deepEqual(calls.sort(), form);
    // Nor the resource classes of `createClient`, whose methods are every call.
    assert.deepEqual(sizes.atSubmitModules.filter((file) => /client\/src\/resources\/(complaints|directory|attachments)\.ts$/.test(file)), []);
  });

  for (const budget of BUDGETS) {
    it(`${budget.name} ≤ ${kb(budget.gzip)}`, async (t) => {
      const size = await measure(budget.entry, budget.code);
      t.diagnostic(`${budget.name}: ${kb(size.gzip)} gzip (${kb(size.raw)} minified) at once; ${kb(size.later.gzip)} gzip loaded when needed`);
      assert.ok(size.gzip <= budget.gzip, `${kb(size.gzip)} is over the budget of ${kb(budget.gzip)}`);
    });
  }
});
