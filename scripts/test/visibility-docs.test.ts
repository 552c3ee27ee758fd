// The visibility pages of the docs are the contract's table as it is now.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { VISIBILITY_TABLE } from '@lapor/client/contract';
import { VISIBILITY_PAGES, visibilityPage } from '../lib/visibility-page.ts';

for (const lang of ['id', 'en'] as const) {
  it(`${VISIBILITY_PAGES[lang]} is generated from the current visibility table (run \`npm run visibility\`)`, async () => {
    const committed = await readFile(new URL(`../../${VISIBILITY_PAGES[lang]}`, import.meta.url), 'utf8');
    const fresh = visibilityPage(lang);
    assert.equal(committed, fresh);
    // One row per cell of the table.
    assert.equal(fresh.split('\n').filter((line) => /^\| (belum|sudah|not yet|disposed)/.test(line)).length, VISIBILITY_TABLE.length);
  });
}
