// The example agency site is what the docs tell agencies to copy: `lapor-sandbox doctor`
// must find nothing wrong with any of its pages that carry the widget.
import { it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { runDoctor, startSandbox, type Sandbox } from '@lapor/sandbox';
import { startAgencySite } from '../server.ts';

let sandbox: Sandbox;
let site: Awaited<ReturnType<typeof startAgencySite>>;

before(async () => {
  sandbox = await startSandbox({ port: 0, db: ':memory:', clock: 'manual', rateLimit: 'off' });
  site = await startAgencySite({ port: 0, sandboxUrl: sandbox.url });
});
after(async () => {
  await site?.close();
  await sandbox?.close();
});

for (const path of ['/', '/status']) {
  it(`doctor finds no problem and no warning on ${path}`, async () => {
    const report = await runDoctor(site.url + path);
    assert.deepEqual(
      report.findings.filter((f) => f.level !== 'ok'),
      [],
    );
    assert.ok(report.findings.some((f) => f.code === 'endpoint_ok'));
    assert.ok(report.findings.some((f) => f.code === 'integrity_ok'));
  });
}

it('preloads the rest of the form: the file the CDN entry imports, with its integrity', async () => {
  const page = await (await fetch(`${site.url}/`)).text();
  const link = /<link rel="modulepreload" href="([^"]+)" integrity="([^"]+)" crossorigin \/>/.exec(page);
  assert.ok(link, 'a modulepreload link');
  const [, href, integrity] = link;
  const chunk = await fetch(new URL(href!, site.url));
  assert.equal(chunk.status, 200);
  assert.equal(integrity, `sha384-${createHash('sha384').update(Buffer.from(await chunk.arrayBuffer())).digest('base64')}`);
  // The entry asks for the same file, so the browser uses the preloaded one rather than fetching it again.
  const entry = await (await fetch(`${site.url}/cdn/lapor-widget.js`)).text();
  assert.ok(entry.includes(`import("./${href!.split('/').pop()}")`), 'the entry imports the preloaded chunk');
});

it('marks the entry and the rest of the form, and only them, for eager compilation', async () => {
  const integrity = (await (await fetch(`${site.url}/cdn/integrity.json`)).json()) as Record<string, unknown>;
  for (const name of Object.keys(integrity)) {
    const code = await (await fetch(`${site.url}/cdn/${name}`)).text();
    const atLoad = name === 'lapor-widget.js' || name === 'lapor-form-more.js';
    assert.equal(code.startsWith('//# allFunctionsCalledOnLoad\n'), atLoad, name);
  }
});
