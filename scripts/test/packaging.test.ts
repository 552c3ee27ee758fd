// Every public package, as npm would publish it: publint and are-the-types-wrong on the
// packed tarball report nothing, and the CommonJS entry works for older integrators.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createRequire } from 'node:module';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const exec = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;

/** Packages and the are-the-types-wrong profile that fits how they ship. */
const PACKAGES = [
  { dir: 'packages/client', profile: 'strict', exclude: [] },
  { dir: 'packages/sandbox', profile: 'esm-only', exclude: [] },
  // The CDN file is for script tags, not imports: it has no types to check.
  { dir: 'packages/widget', profile: 'esm-only', exclude: ['./cdn/lapor-widget.js', './cdn/integrity.json', './custom-elements.json'] },
] as const;

let packDir: string;
before(async () => {
  packDir = await mkdtemp(join(tmpdir(), 'lapor-pack-'));
});
after(async () => {
  await rm(packDir, { recursive: true, force: true });
});

async function pack(dir: string): Promise<string> {
  const { stdout } = await exec('npm', ['pack', '--json', '--pack-destination', packDir], { cwd: join(root, dir) });
  const [info] = JSON.parse(stdout) as Array<{ filename: string }>;
  return join(packDir, info!.filename);
}

for (const { dir, profile, exclude } of PACKAGES) {
  describe(dir, () => {
    let tarball: string;
    before(async () => {
      tarball = await pack(dir);
    });

    it('publint reports nothing', async () => {

      const data = await readFile(tarball);
      const { messages, pkg } = await publint({
        pkgDir: 'package',
        level: 'suggestion',
        pack: { tarball: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) },
      });
      assert.deepEqual(messages.map((m) => `${m.type}: ${formatMessage(m, pkg)}`), []);
    });

    it('are-the-types-wrong reports nothing', async () => {
      // The exit status honours the profile (ESM-only packages skip CommonJS resolution).
      const args = ['attw', tarball, '--profile', profile, '--no-emoji', '--no-color'];
      if (exclude.length) args.push('--exclude-entrypoints', ...exclude);
      const result = await exec('npx', args, { cwd: root }).then(
        () => ({ ok: true, stdout: '' }),
        (error: { stdout: string }) => ({ ok: false, stdout: error.stdout }),
      );
      assert.ok(result.ok, result.stdout);
    });
  });
}

describe('CommonJS entry of @lapor/client', () => {
  it('loads with require() on this Node', () => {
    const require = createRequire(join(root, 'packages/client/package.json'));
    const client = require(join(root, 'packages/client/dist/index.cjs')) as Record<string, unknown>;
    const contract = require(join(root, 'packages/client/dist/contract.cjs')) as { trackingId: { safeParse(v: unknown): { success: boolean } } };
    assert.equal(typeof client.createClient, 'function');
    assert.equal(contract.trackingId.safeParse('1916449').success, true);
  });
});
