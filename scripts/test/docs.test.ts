// Generated documents stay in step with their sources, and the examples people copy run.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startSandbox } from '@lapor/sandbox';
import { widgetReference } from '../widget-reference.ts';

it('docs/widget-reference.md is generated from the current manifest (run `npm run docs`)', async () => {
  const committed = await readFile(new URL('../../docs/widget-reference.md', import.meta.url), 'utf8');
  const fresh = await widgetReference();
  assert.equal(committed, fresh);
  for (const name of ['`endpoint`', '`site-key`', 'lapor-submitted', '--lapor-color-primary', 'tracking-id']) assert.ok(fresh.includes(name), name);
});

it("the client README's first examples (submit and follow, directory lookups) run against the sandbox as written", async () => {
  const readme = await readFile(new URL('../../packages/client/README.md', import.meta.url), 'utf8');
  const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!);
  const submit = blocks.find((block) => block.includes('lapor.complaints.create({'));
  const directory = blocks.find((block) => block.includes('lapor.institutions.search('));
  assert.ok(submit && directory);
  const sandbox = await startSandbox({ port: 0, db: ':memory:' });
  const dir = await mkdtemp(join(tmpdir(), 'lapor-readme-'));
  try {
    // Only the endpoint and where the package resolves from differ from the README's text.
    const client = new URL('../../packages/client/src/index.ts', import.meta.url).href;
    const program = `${submit}\n${directory}\nconsole.log('done', topics.length, areas.length, page.data.length);\n`
      .replace("'http://localhost:4010'", JSON.stringify(sandbox.url))
      .replace("from '@lapor/client'", `from ${JSON.stringify(client)}`);
    assert.ok(program.includes(sandbox.url) && program.includes(client));
    await writeFile(join(dir, 'example.ts'), program);
    const { stdout } = await promisify(execFile)(process.execPath, [join(dir, 'example.ts')]);
    assert.match(stdout, /^\d+ \d{4}-\d{2}-\d{2}\nsubmitted\n/);
    assert.match(stdout, /submitted\n[\s\S]*done \d+ \d+ \d+\n$/);
  } finally {
    await rm(dir, { recursive: true, force: true });
    await sandbox.close();
  }
});
