// Generated documents stay in step with their sources, and the examples people copy run.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { access, glob, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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

it('the guides come in both languages, are linked from docs/README.md, and every relative link leads to a file of the repository', async () => {
  const root = new URL('../../', import.meta.url).pathname;
  const index = await readFile(join(root, 'docs/README.md'), 'utf8');
  const guides = { id: await readdir(join(root, 'docs/id')), en: await readdir(join(root, 'docs/en')) };
  assert.equal(guides.id.length, guides.en.length, 'each guide has a twin in the other language');
  for (const [language, files] of Object.entries(guides)) {
    for (const file of files) assert.ok(index.includes(`](${language}/${file})`), `docs/README.md links ${language}/${file}`);
  }
  const pages = ['README.md', 'docs/README.md'];
  for await (const page of glob(['docs/*/*.md', 'packages/*/README.md', 'examples/*/README.md'], { cwd: root })) pages.push(page);
  for (const page of pages) {
    const text = await readFile(join(root, page), 'utf8');
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^(https?:|mailto:|#)/.test(target!)) continue;
      const path = join(root, dirname(page), target!.split('#')[0]!);
      assert.ok(path.startsWith(root), `${page}: ${target} points outside the repository`);
      await access(path).catch(() => assert.fail(`${page}: ${target} does not exist`));
    }
  }
});

it("the widget guides' fallback fields are the example agency page's, which the browser tests type in", async () => {
  const root = new URL('../../', import.meta.url).pathname;
  const page = await readFile(join(root, 'examples/agency-site/public/index.html'), 'utf8');
  const fallback = /^( *)<div class="lapor-fallback">[\s\S]*?^\1<\/div>$/m.exec(page);
  assert.ok(fallback, 'the example page has fallback fields');
  // As the guides show it: directly inside <lapor-form>, two spaces in.
  const indent = fallback[1]!.length - 2;
  const expected = fallback[0].replace(new RegExp(`^ {${indent}}`, 'gm'), '');
  for (const guide of ['docs/en/widget.md', 'docs/id/widget.md']) {
    assert.ok((await readFile(join(root, guide), 'utf8')).includes(expected), `${guide} shows the example page's fallback fields`);
  }
});
