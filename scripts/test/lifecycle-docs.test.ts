// The lifecycle pages show the table the sandbox runs: regenerate with `npm run docs:lifecycle`.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { LIFECYCLE_DOCS, lifecycleDiagram, withSection } from '../lifecycle-docs.ts';

for (const [language, url] of Object.entries(LIFECYCLE_DOCS) as Array<['id' | 'en', URL]>) {
  it(`docs/${language} lifecycle page is generated from the current lifecycle table (run \`npm run docs:lifecycle\`)`, async () => {
    const committed = await readFile(url, 'utf8');
    assert.equal(committed, withSection(committed, language));
  });
}

it('the diagram has an arrow for each move the sandbox makes', () => {
  const diagram = lifecycleDiagram('en');
  for (const arrow of ['[*] --> submitted: submit', 'submitted --> on_hold: hold', 'followed_up --> closed: close, close automatically', 'closed --> [*]']) {
    assert.ok(diagram.includes(arrow), arrow);
  }
  assert.ok(!diagram.includes('closed --> escalated'), 'a closed report is never escalated');
});
