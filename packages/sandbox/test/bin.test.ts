// The `lapor-sandbox` bin: a file of the source tree (so npm links it at install time, in
// a checkout too) that runs the built command line, or says what to run when it is missing.
// That it works as installed from a tarball is in scripts/test/installed.test.ts.
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);
const packageDir = new URL('../', import.meta.url).pathname;
const bin = join(packageDir, 'bin/lapor-sandbox.js');

describe('the lapor-sandbox bin', () => {
  let dir: string | undefined;
  after(() => (dir ? rm(dir, { recursive: true, force: true }) : undefined));

  it('is what package.json names, executable, with a Node shebang', async () => {
    const pkg = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8')) as { bin: Record<string, string>; files: string[] };
    assert.deepEqual(pkg.bin, { 'lapor-sandbox': 'bin/lapor-sandbox.js' });
    assert.ok(pkg.files.includes('bin'), 'bin/ is published');
    assert.ok(((await stat(bin)).mode & 0o111) !== 0, 'the run bit is set');
    assert.match(await readFile(bin, 'utf8'), /^#!\/usr\/bin\/env node\n/);
  });

  it('says to run the build when dist/ is missing, without a stack trace', async () => {
    // The bin alone in a package folder that has no dist/, as in a checkout before `npm run build`.
    dir = await mkdtemp(join(tmpdir(), 'lapor-bin-'));
    await mkdir(join(dir, 'bin'));
    await copyFile(bin, join(dir, 'bin/lapor-sandbox.js'));
    const result = await exec(process.execPath, [join(dir, 'bin/lapor-sandbox.js'), '--help']).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    assert.equal(result.code, 1);
    assert.match(result.stderr, /^lapor-sandbox: the sandbox is not built yet/);
    assert.match(result.stderr, /npm run build/);
    assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
  });

  it('runs the built command line', async () => {
    const { stdout } = await exec(bin, ['--help']);
    assert.match(stdout, /^lapor-sandbox: a local SP4N-LAPOR!/);
  });

  it('is what `npx --no-install lapor-sandbox` runs in a checkout (the README\'s first command)', async () => {
    const root = join(packageDir, '../..');
    const result = await exec('npx', ['--no-install', 'lapor-sandbox', '--help'], { cwd: root }).catch((error: { stderr: string }) => {
      throw new Error(`npx --no-install lapor-sandbox failed (after adding the bin, run \`npm ci\` so that npm links it): ${error.stderr}`);
    });
    assert.match(result.stdout, /^lapor-sandbox: a local SP4N-LAPOR!/);
  });
});
