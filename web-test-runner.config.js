// One config for every browser test: Chromium from the system (CHROME_PATH, default
// /usr/bin/chromium); nothing downloads a browser.
import { writeFileSync } from 'node:fs';
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
 * `/__lapor__/sandbox.js`.
 */
let sandbox;

function sandboxPlugin() {
  return {
    name: 'lapor-sandbox',
    async serverStart() {
      const { startSandbox } = await import('@lapor/sandbox');
      sandbox = await startSandbox({ port: 0, db: ':memory:', clock: 'manual', rateLimit: 'off' });
    },
    async serverStop() {
      await sandbox?.close();
    },
    serve(context) {
      if (context.path === '/__lapor__/sandbox.js') {
        return {
          body: `export const sandboxUrl = ${JSON.stringify(sandbox.url)};\nexport const sandboxAdmin = '/__lapor__/admin';`,
          type: 'js',
        };
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
    // The sandbox's admin routes answer no web page (no CORS); test pages reach them
    // through this same-origin pass-through, as an agency site's own server would.
    async (ctx, next) => {
      if (!ctx.path.startsWith('/__lapor__/admin')) return next();
      const chunks = [];
      for await (const chunk of ctx.req) chunks.push(chunk);
      const response = await fetch(`${sandbox.url}/_sandbox${ctx.path.slice('/__lapor__/admin'.length)}${ctx.search}`, {
        method: ctx.method,
        headers: ctx.get('content-type') ? { 'content-type': ctx.get('content-type') } : {},
        body: chunks.length ? Buffer.concat(chunks) : undefined,
      });
      ctx.status = response.status;
      ctx.type = response.headers.get('content-type') ?? 'application/json';
      ctx.body = Buffer.from(await response.arrayBuffer());
    },
    (ctx, next) => {
      if (ctx.path.includes('/csp/')) ctx.set('Content-Security-Policy', STRICT_CSP);
      return next();
    },
  ],
  plugins: [sandboxPlugin(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' })],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countingReporter()],
};
