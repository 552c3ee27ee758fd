// What npm users install is what this tests. The three packages are packed once (`npm pack`,
// as `npm publish` would), checked as tarballs (publint, are-the-types-wrong), installed into
// a new consumer project, and exercised there WITHOUT the `lapor-source` condition, so only
// the built dist/ files are used: the sandbox through its installed bin, the client from ESM
// and CommonJS, English messages, webhook verification, the proxy handler, the widget and
// its React wrapper, and every entry point against the exports of its source.
// The consumer's programs are in ./installed/; each prints what it observed as JSON. First,
// the sources are checked for imports made only for a side effect, which a build may drop.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, glob, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { sampleReport } from '../lib/sample-report.ts';

const exec = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;
const programs = new URL('./installed/', import.meta.url).pathname;

/** Packages and the are-the-types-wrong profile that fits how they ship. */
const PACKAGES = [
  { name: '@lapor/client', dir: 'packages/client', profile: 'strict', exclude: [] },
  { name: '@lapor/sandbox', dir: 'packages/sandbox', profile: 'esm-only', exclude: [] },
  // The CDN file is for script tags, not imports: it has no types to check.
  { name: '@lapor/widget', dir: 'packages/widget', profile: 'esm-only', exclude: ['./cdn/lapor-widget.js', './cdn/integrity.json', './custom-elements.json'] },
] as const;

/**
 * The environment of the consumer's processes: `npm test` runs this file with
 * `--conditions=lapor-source` in NODE_OPTIONS, which would resolve the installed packages
 * to their TypeScript sources instead of dist/.
 */
const consumerEnv = {
  ...process.env,
  NODE_OPTIONS: (process.env.NODE_OPTIONS ?? '').replace(/--conditions[= ]lapor-source/g, '').trim(),
};

let work: string;
let consumer: string;
const tarballs = new Map<string, string>();

before(async () => {
  work = await mkdtemp(join(tmpdir(), 'lapor-installed-'));
  consumer = join(work, 'consumer');
  await mkdir(consumer);
  for (const { name, dir } of PACKAGES) {
    const { stdout } = await exec('npm', ['pack', '--json', '--pack-destination', work], { cwd: join(root, dir) });
    const [info] = JSON.parse(stdout) as Array<{ filename: string }>;
    tarballs.set(name, join(work, info!.filename));
  }
  await writeFile(join(consumer, 'package.json'), `${JSON.stringify({ name: 'lapor-consumer', private: true, type: 'module' }, null, 2)}\n`);
  // The packages' dependencies are in npm's cache after `npm ci`; React is the widget's
  // optional peer, for its wrapper. Install scripts would not run for a user either.
  const react = JSON.parse(await readFile(join(root, 'node_modules/react/package.json'), 'utf8')) as { version: string };
  await exec(
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', ...tarballs.values(), `react@${react.version}`, `react-dom@${react.version}`],
    { cwd: consumer, env: consumerEnv },
  );
  for (const file of await readdir(programs)) await copyFile(join(programs, file), join(consumer, file));
});

after(() => rm(work, { recursive: true, force: true }));

/** Runs one of the consumer's programs with `node` and parses the JSON it prints. */
async function observe<T = any>(program: string, env: Record<string, string> = {}): Promise<T> {
  const { stdout } = await exec(process.execPath, [program], { cwd: consumer, env: { ...consumerEnv, ...env }, timeout: 60_000 }).catch(
    (error: { stderr?: string; message: string }) => {
      throw new Error(`${program} failed: ${error.stderr || error.message}`);
    },
  );
  return JSON.parse(stdout) as T;
}

describe('the sources', () => {
  it('import no module only for its side effect (a bundler may drop it, as our build once dropped English)', async () => {
    const found: string[] = [];
    for await (const file of glob('packages/*/src/**/*.ts', { cwd: root })) {
      const text = await readFile(join(root, file), 'utf8');
      for (const [statement] of text.matchAll(/^\s*import\s*['"][^'"]+['"]/gm)) found.push(`${file}: ${statement.trim()}`);
    }
    assert.deepEqual(found, [], 'register by a call instead, e.g. registerLocale(\'en\', enMessages)');
  });
});

describe('the packed tarballs', () => {
  for (const { name, profile, exclude } of PACKAGES) {
    it(`${name}: publint reports nothing`, async () => {
      const data = await readFile(tarballs.get(name)!);
      const { messages, pkg } = await publint({
        pkgDir: 'package',
        level: 'suggestion',
        pack: { tarball: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) },
      });
      assert.deepEqual(messages.map((m) => `${m.type}: ${formatMessage(m, pkg)}`), []);
    });

    it(`${name}: are-the-types-wrong reports nothing`, async () => {
      // The exit status honours the profile (ESM-only packages skip CommonJS resolution).
      const args = ['attw', tarballs.get(name)!, '--profile', profile, '--no-emoji', '--no-color'];
      if (exclude.length) args.push('--exclude-entrypoints', ...exclude);
      const result = await exec('npx', args, { cwd: root }).then(
        () => ({ ok: true, stdout: '' }),
        (error: { stdout: string }) => ({ ok: false, stdout: error.stdout }),
      );
      assert.ok(result.ok, result.stdout);
    });
  }
});

describe('installed in a consumer project', () => {
  let sandbox: ChildProcess | undefined;
  let endpoint = '';

  before(async () => {
    // Through the bin npm linked, as `npx lapor-sandbox` would run it.
    sandbox = spawn(join(consumer, 'node_modules/.bin/lapor-sandbox'), ['--port', '0', '--db', ':memory:', '--rate-limit', 'off', '--quiet'], {
      cwd: consumer,
      env: consumerEnv,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let output = '';
    endpoint = await new Promise<string>((resolve, reject) => {
      sandbox!.stderr!.on('data', (chunk) => {
        output += chunk;
        const match = /listening on (http:\/\/\S+)/.exec(output);
        if (match) resolve(match[1]!);
      });
      sandbox!.once('exit', (code) => reject(new Error(`the installed lapor-sandbox exited ${code}: ${output}`)));
    });
  });

  after(async () => {
    if (!sandbox || sandbox.exitCode !== null) return;
    const exited = new Promise((resolve) => sandbox!.once('exit', resolve));
    sandbox.kill('SIGTERM');
    await exited;
  });

  const env = () => ({ LAPOR_ENDPOINT: endpoint, LAPOR_REPORT: JSON.stringify(sampleReport) });

  it('the installed lapor-sandbox bin prints its help', async () => {
    const { stdout } = await exec(join(consumer, 'node_modules/.bin/lapor-sandbox'), ['--help'], { env: consumerEnv });
    assert.match(stdout, /^lapor-sandbox: a local SP4N-LAPOR!/);
  });

  it('the client from ESM creates, reads and pages, in Indonesian and English, verifies a real webhook delivery and proxies', async () => {
    const seen = await observe('client.mjs', env());
    for (const file of seen.resolved) assert.match(file, /\/node_modules\/@lapor\/client\/dist\/[\w.]+\.js$/, 'the built files, not the sources');
    assert.match(seen.created.trackingId, /^\d{5,12}$/);
    assert.deepEqual(seen.created, { trackingId: seen.created.trackingId, status: 'submitted', read: seen.created.trackingId, view: 'reporter' });
    assert.equal(seen.pages.length, 2);
    assert.equal(new Set(seen.pages.flat()).size, 4, 'two pages of two different institutions');
    assert.deepEqual(seen.validation, {
      client: { id: 'Judul laporan minimal 5 karakter.', en: 'Title must be at least 5 characters.' },
      sandbox: {
        id: { status: 422, message: 'Judul laporan minimal 5 karakter.' },
        en: { status: 422, message: 'Title must be at least 5 characters.' },
      },
    });
    assert.deepEqual(seen.proxy, { categories: 200, categoryCount: seen.proxy.categoryCount, agencyRoute: 404 });
    assert.ok(seen.proxy.categoryCount > 10);
    assert.deepEqual(seen.webhook, { type: 'complaint.forwarded', trackingId: seen.created.trackingId, tampered: 'no_matching_signature' });
  });

  it('the client from CommonJS creates, reads and pages, in Indonesian and English', async () => {
    const seen = await observe('client.cjs', env());
    assert.match(seen.resolved, /\/node_modules\/@lapor\/client\/dist\/index\.cjs$/);
    assert.deepEqual(seen.created, { trackingId: seen.created.trackingId, read: seen.created.trackingId, view: 'reporter', validId: true });
    assert.equal(seen.paged, 3);
    assert.deepEqual(seen.validation, { id: 'Judul laporan minimal 5 karakter.', en: 'Title must be at least 5 characters.' });
  });

  it('the widget: define registers both elements, the React wrapper renders its tag, VERSION is the package version', async () => {
    const seen = await observe('widget.mjs');
    for (const file of seen.resolved) assert.match(file, /\/node_modules\/@lapor\/widget\/dist\/\w+\.js$/);
    assert.deepEqual(seen.defined, { form: true, status: true });
    const { version } = JSON.parse(await readFile(join(consumer, 'node_modules/@lapor/widget/package.json'), 'utf8')) as { version: string };
    assert.deepEqual(seen.version, { exported: version, element: version });
    assert.match(seen.react, /^<lapor-form[\s>]/);
  });

  it('the widget CDN files are all there and match their published integrity hashes', async () => {
    const cdn = join(consumer, 'node_modules/@lapor/widget/dist/cdn');
    const integrity = JSON.parse(await readFile(join(cdn, 'integrity.json'), 'utf8')) as Record<string, { integrity: string }>;
    const files = (await readdir(cdn)).filter((file) => file.endsWith('.js')).sort();
    assert.deepEqual(Object.keys(integrity).sort(), files);
    assert.ok(files.includes('lapor-widget.js'));
    for (const file of files) {
      const hash = `sha384-${createHash('sha384').update(await readFile(join(cdn, file))).digest('base64')}`;
      assert.equal(hash, integrity[file]!.integrity, file);
      // Every chunk a file imports is published beside it.
      for (const [, imported] of (await readFile(join(cdn, file), 'utf8')).matchAll(/["']\.\/([\w.-]+\.js)["']/g)) {
        assert.ok(files.includes(imported!), `${file} imports ${imported}, which is not published`);
      }
    }
  });

  it('every entry point exports from dist/ what its source exports, from import and from require', async () => {
    const entries: Array<{ specifier: string; cjs: boolean; source: string }> = [];
    for (const { name } of PACKAGES) {
      const dir = join(consumer, 'node_modules', name);
      const pkg = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
      for (const [subpath, target] of Object.entries(pkg.exports)) {
        if (typeof target !== 'object' || target === null || !('lapor-source' in target)) continue;
        const source = (target as Record<string, unknown>)['lapor-source'];
        const file = typeof source === 'string' ? source : (source as { default: string }).default;
        entries.push({ specifier: `${name}${subpath.slice(1)}`, cjs: 'require' in target, source: join(root, name.replace('@lapor/', 'packages/'), file) });
      }
    }
    assert.equal(entries.length, 10, 'client: 6 entries, sandbox: 1, widget: 3');
    const seen = await observe<Record<string, { import: string[] | { error: string }; require?: string[] | { error: string } }>>('entries.mjs', {
      LAPOR_ENTRIES: JSON.stringify(entries),
    });
    for (const { specifier, cjs, source } of entries) {
      // This process runs with the `lapor-source` condition: the source is the reference.
      const expected = Object.keys(await import(source)).sort();
      assert.deepEqual(seen[specifier]!.import, expected, `import('${specifier}')`);
      if (cjs) assert.deepEqual(seen[specifier]!.require, expected, `require('${specifier}')`);
    }
  });
});
