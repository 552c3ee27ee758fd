// One config for every browser test: Chromium from the system (CHROME_PATH, default
// /usr/bin/chromium); nothing downloads a browser.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Counts results for `npm test`'s closing line. */
function countingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      const walk = (suite) => {
        for (const test of suite.tests ?? []) test.skipped || (test.passed ? passed++ : failed++);
        for (const child of suite.suites ?? []) walk(child);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) failed++;
      }
      if (process.env.LAPOR_WTR_SUMMARY) writeFileSync(process.env.LAPOR_WTR_SUMMARY, JSON.stringify({ passed, failed }));
    },
  };
}

/**
 * A real sandbox for the browser tests, on a free port; pages import its URL from
 * `/__lapor__/sandbox.js`. Its database is a file in a temporary folder so that tests can
 * read what it stored: `/__lapor__/attachments/{id}` answers an attachment's bytes, as
 * base64 (no public route serves them).
 */
function sandboxPlugin() {
  let sandbox;
  let dir;
  let stored;
  return {
    name: 'lapor-sandbox',
    async serverStart() {
      const { startSandbox } = await import('@lapor/sandbox');
      dir = mkdtempSync(join(tmpdir(), 'lapor-wtr-'));
      sandbox = await startSandbox({ port: 0, db: join(dir, 'sandbox.db'), clock: 'manual', rateLimit: 'off' });
      stored = new DatabaseSync(join(dir, 'sandbox.db'), { readOnly: true });
    },
    async serverStop() {
      stored?.close();
      await sandbox?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
    serve(context) {
      if (context.path === '/__lapor__/sandbox.js') {
        return { body: `export const sandboxUrl = ${JSON.stringify(sandbox.url)};`, type: 'js' };
      }
      const attachment = /^\/__lapor__\/attachments\/([\w-]+)$/.exec(context.path);
      if (attachment) {
        const row = stored.prepare('SELECT b.data FROM attachments a JOIN blobs b ON b.sha256 = a.sha256 WHERE a.id = ?').get(attachment[1]);
        return { body: row ? Buffer.from(row.data).toString('base64') : '', type: 'txt' };
      }
      return undefined;
    },
  };
}

/** Pages under a `csp/` folder are served with the strict policy an agency site may have. */
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
  "connect-src 'self' http://localhost:* http://127.0.0.1:*; require-trusted-types-for 'script'";

export default {
  files: ['packages/*/test/**/*.browser.test.ts'],
  nodeResolve: { exportConditions: ['lapor-source', 'browser', 'import', 'default'] },
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 5 * 60_000,
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
  middleware: [
    (ctx, next) => {
      if (ctx.path.includes('/csp/')) ctx.set('Content-Security-Policy', STRICT_CSP);
      return next();
    },
  ],
  plugins: [sandboxPlugin(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' })],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countingReporter()],
};
