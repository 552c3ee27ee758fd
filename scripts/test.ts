// `npm test`: type check, build, Node tests (unit, integration, package checks, size
// budgets), then the browser tests in Chromium, Firefox and WebKit, one engine after the
// other (LAPOR_BROWSERS picks engines). Ends with one `N passed, N failed` line that counts
// every engine; a failure in any engine fails the run.
import { spawnSync } from 'node:child_process';
import { glob, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';

const root = new URL('..', import.meta.url).pathname;
let passed = 0;
let failed = 0;

function step(title: string, command: string, args: string[]): boolean {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  const ok = result.status === 0;
  if (ok) passed++;
  else {
    failed++;
    console.log(`✖ ${title} failed`);
  }
  return ok;
}

async function nodeTests(): Promise<void> {
  console.log('\n▶ Node tests');
  const files: string[] = [];
  for await (const file of glob(['packages/*/test/**/*.test.ts', 'scripts/test/**/*.test.ts', 'examples/*/test/**/*.test.ts'], { cwd: root })) {
    if (!file.endsWith('.browser.test.ts')) files.push(join(root, file));
  }
  // Test files import the packages' sources through the `lapor-source` export condition.
  process.env.NODE_OPTIONS = [process.env.NODE_OPTIONS, '--conditions=lapor-source'].filter(Boolean).join(' ');
  const stream = run({ files: files.sort(), concurrency: 2, timeout: 5 * 60_000 });
  stream.on('test:pass', (event) => {
    if (event.details.type !== 'suite') passed++;
  });
  stream.on('test:fail', (event) => {
    if (event.details.type !== 'suite') failed++;
  });
  await new Promise<void>((resolve, reject) => {
    stream.compose(spec).on('data', (chunk) => process.stdout.write(chunk)).on('end', resolve).on('error', reject);
  });
}

const ENGINES = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' } as const;

/** One engine's run of every browser test file (web-test-runner.config.js), timed. */
async function browserTests(engine: keyof typeof ENGINES): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'lapor-wtr-'));
  const summary = join(dir, 'summary.json');
  const started = Date.now();
  console.log(`\n▶ Browser tests (${ENGINES[engine]})`);
  const result = spawnSync('npx', ['web-test-runner', '--config', 'web-test-runner.config.js'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, LAPOR_BROWSERS: engine, LAPOR_WTR_SUMMARY: summary },
  });
  let counts = { passed: 0, failed: 0 };
  try {
    counts = JSON.parse(await readFile(summary, 'utf8')) as { passed: number; failed: number };
    if (result.status !== 0 && counts.failed === 0) counts.failed++;
  } catch {
    counts.failed++;
    console.log(`✖ the browser test run in ${ENGINES[engine]} did not finish`);
  }
  passed += counts.passed;
  failed += counts.failed;
  await rm(dir, { recursive: true, force: true });
  return `${ENGINES[engine]}: ${counts.passed} passed, ${counts.failed} failed in ${Math.round((Date.now() - started) / 1000)} s`;
}

const started = Date.now();
step('Type check', 'npx', ['tsc', '-p', 'tsconfig.json']);
const engines: string[] = [];
if (step('Build', 'npm', ['run', '--silent', 'build'])) {
  await nodeTests();
  const chosen = (process.env.LAPOR_BROWSERS || Object.keys(ENGINES).join(',')).split(',').map((name) => name.trim().toLowerCase());
  for (const engine of chosen) {
    if (engine in ENGINES) engines.push(await browserTests(engine as keyof typeof ENGINES));
    else {
      failed++;
      console.log(`✖ LAPOR_BROWSERS: unknown engine "${engine}" (known: ${Object.keys(ENGINES).join(', ')})`);
    }
  }
}
console.log(`\nfinished in ${Math.round((Date.now() - started) / 1000)} s`);
for (const line of engines) console.log(`  browser tests, ${line}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
