// Writes the visibility pages of the docs from the contract's table: `npm run visibility`.
import { writeFile } from 'node:fs/promises';
import { VISIBILITY_PAGES, visibilityPage } from './lib/visibility-page.ts';

for (const lang of ['id', 'en'] as const) {
  await writeFile(new URL(`../${VISIBILITY_PAGES[lang]}`, import.meta.url), visibilityPage(lang));
  console.log(`wrote ${VISIBILITY_PAGES[lang]}`);
}
