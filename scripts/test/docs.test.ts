// Generated documents stay in step with their sources.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { widgetReference } from '../widget-reference.ts';

it('docs/widget-reference.md is generated from the current manifest (run `npm run docs`)', async () => {
  const committed = await readFile(new URL('../../docs/widget-reference.md', import.meta.url), 'utf8');
  const fresh = await widgetReference();
  assert.equal(committed, fresh);
  for (const name of ['`endpoint`', '`site-key`', 'lapor-submitted', '--lapor-color-primary', 'tracking-id']) assert.ok(fresh.includes(name), name);
});
