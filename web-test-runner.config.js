// One config for every browser test, in the three engines citizens use: Chromium, Firefox
// and WebKit (every browser on an iPhone is WebKit). All three come from the system;
// nothing downloads a browser:
//   Chromium  CHROME_PATH (default /usr/bin/chromium), through puppeteer-core (CDP)
//   Firefox   FIREFOX_PATH (default /usr/bin/firefox-esr), through puppeteer-core (WebDriver BiDi)
//   WebKit    WEBKIT_WEBDRIVER_PATH (default WebKitWebDriver on the PATH), WebKitGTK's W3C
//             WebDriver server, through webdriverio; it needs an X display: DISPLAY, or a
//             private Xvfb started here
// LAPOR_BROWSERS picks engines (comma-separated: chromium,firefox,webkit; default all).
import { spawn } from 'node:child_process';
import { writeFileSync, mkdtempSync, rmSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';

const ENGINES = ['chromium', 'firefox', 'webkit'];
const engines = (process.env.LAPOR_BROWSERS || ENGINES.join(','))
  .split(',')
  .map((name) => name.trim().toLowerCase())
  .filter(Boolean);
for (const name of engines) if (!ENGINES.includes(name)) throw new Error(`LAPOR_BROWSERS: unknown engine "${name}" (known: ${ENGINES.join(', ')})`);

/** Which engine a request comes from, by its user agent (Chromium's names Chrome, WebKit's neither). */
function engineOf(userAgent = '') {
  if (/Firefox\//.test(userAgent)) return 'firefox';
  if (/Chrome\//.test(userAgent)) return 'chromium';
  return 'webkit';
}

/** Counts results for `npm test`'s closing line, every engine's sessions together. */
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
        // A page that crashed or never reported counts as a failure, in whichever engine.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) failed++;
      }
      if (process.env.LAPOR_WTR_SUMMARY) writeFileSync(process.env.LAPOR_WTR_SUMMARY, JSON.stringify({ passed, failed }));
    },
  };
}

/**
 * A real sandbox for the browser tests, on a free port, one per engine so that engines
 * running at the same time do not see each other's reports; pages import its URL from
 * `/__lapor__/sandbox.js`. Each database is a file in a temporary folder so that tests can
 * read what it stored: `/__lapor__/attachments/{id}` answers an attachment's bytes, as
 * base64 (no public route serves them).
 */
const sandboxes = new Map();
const sandboxDir = mkdtempSync(join(tmpdir(), 'lapor-wtr-'));
function sandboxFor(engine) {
  if (!sandboxes.has(engine)) {
    const db = join(sandboxDir, `${engine}.db`);
    sandboxes.set(
      engine,
      import('@lapor/sandbox').then(async ({ startSandbox }) => {
        const sandbox = await startSandbox({ port: 0, db, clock: 'manual', rateLimit: 'off' });
        return { sandbox, stored: new DatabaseSync(db, { readOnly: true }) };
      }),
    );
  }
  return sandboxes.get(engine);
}

function sandboxPlugin() {
  return {
    name: 'lapor-sandbox',
    async serverStop() {
      for (const entry of sandboxes.values()) {
        const { sandbox, stored } = await entry;
        stored.close();
        await sandbox.close();
      }
      rmSync(sandboxDir, { recursive: true, force: true });
    },
    async serve(context) {
      if (context.path === '/__lapor__/sandbox.js') {
        const { sandbox } = await sandboxFor(engineOf(context.get('user-agent')));
        return {
          body: `export const sandboxUrl = ${JSON.stringify(sandbox.url)};\nexport const sandboxAdmin = '/__lapor__/admin';`,
          type: 'js',
        };
      }
      const attachment = /^\/__lapor__\/attachments\/([\w-]+)$/.exec(context.path);
      if (attachment) {
        const { stored } = await sandboxFor(engineOf(context.get('user-agent')));
        const row = stored.prepare('SELECT b.data FROM attachments a JOIN blobs b ON b.sha256 = a.sha256 WHERE a.id = ?').get(attachment[1]);
        return { body: row ? Buffer.from(row.data).toString('base64') : '', type: 'txt' };
      }
      return undefined;
    },
  };
}

/**
 * The React example, bundled as an agency would bundle it, for its browser test:
 * `/__lapor__/react-app.js`.
 */
function reactExamplePlugin() {
  let bundle;
  return {
    name: 'lapor-react-example',
    async serve(context) {
      if (context.path !== '/__lapor__/react-app.js') return undefined;
      bundle ??= (async () => {
        const { buildReactExample } = await import('./examples/react/build.ts');
        const dir = mkdtempSync(join(tmpdir(), 'lapor-react-'));
        try {
          return readFileSync(await buildReactExample(join(dir, 'app.js')), 'utf8');
        } finally {
          rmSync(sandboxDir, { recursive: true, force: true });
        }
      })();
      return { body: await bundle, type: 'js' };
    },
  };
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Starts a private Xvfb and resolves its display (`:N`); Xvfb picks a free number itself. */
function startXvfb() {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    let errors = '';
    xvfb.stderr.on('data', (chunk) => (errors += chunk));
    xvfb.stdio[3].on('data', (chunk) => {
      output += chunk;
      if (output.includes('\n')) resolve({ process: xvfb, display: `:${output.trim()}` });
    });
    xvfb.once('error', (error) => reject(new Error(`WebKit needs an X display: set DISPLAY or install Xvfb (Debian: apt-get install xvfb). ${error.message}`)));
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited ${code}: ${errors}`)));
  });
}

async function waitForWebDriver(url, driver) {
  const end = Date.now() + 30_000;
  for (;;) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited ${driver.exitCode}`);
    try {
      const status = await (await fetch(`${url}/status`)).json();
      if (status.value?.ready) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > end) throw new Error('WebKitWebDriver did not start within 30 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * WebKitGTK (MiniBrowser) through its W3C WebDriver server. Starts the server, and an Xvfb
 * when there is no display, with the test run, and stops both with it.
 */
class WebKitLauncher extends WebdriverLauncher {
  #children = [];

  constructor() {
    super({
      logLevel: 'error',
      hostname: '127.0.0.1',
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { args: ['--automation'] },
        // Classic WebDriver: WebKitGTK's BiDi is not complete, and webdriverio would wait for it.
        'wdio:enforceWebDriverClassic': true,
      },
    });
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
    let display = process.env.DISPLAY;
    if (!display) {
      const xvfb = await startXvfb();
      this.#children.push(xvfb.process);
      display = xvfb.display;
    }
    const port = await freePort();
    const driver = spawn(process.env.WEBKIT_WEBDRIVER_PATH || 'WebKitWebDriver', [`--port=${port}`], {
      stdio: 'ignore',
      env: { ...process.env, DISPLAY: display },
    });
    this.#children.push(driver);
    await new Promise((resolve, reject) => {
      driver.once('spawn', resolve);
      driver.once('error', (error) => reject(new Error(`WebKit: cannot start WebKitWebDriver (Debian: apt-get install webkit2gtk-driver): ${error.message}`)));
    });
    await waitForWebDriver(`http://127.0.0.1:${port}`, driver);
    this.options.port = port;
  }

  async stop() {
    await super.stop();
    for (const child of this.#children.reverse()) child.kill();
    this.#children = [];
  }
}

const launchers = {
  chromium: () =>
    Object.assign(chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
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
    }), { name: 'Chromium' }),
  firefox: () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr', headless: true },
    }),
  webkit: () => new WebKitLauncher(),
};

/** Pages under a `csp/` folder are served with the strict policy an agency site may have. */
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
  "connect-src 'self' http://localhost:* http://127.0.0.1:*; require-trusted-types-for 'script'";

export default {
  files: ['packages/*/test/**/*.browser.test.ts', 'examples/*/test/**/*.browser.test.ts'],
  nodeResolve: { exportConditions: ['lapor-source', 'browser', 'import', 'default'] },
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 5 * 60_000,
  browserStartTimeout: 90_000,
  browsers: engines.map((name) => launchers[name]()),
  middleware: [
    // The sandbox's admin routes answer no web page (no CORS); test pages reach them
    // through this same-origin pass-through, as an agency site's own server would.
    async (ctx, next) => {
      if (!ctx.path.startsWith('/__lapor__/admin')) return next();
      const chunks = [];
      for await (const chunk of ctx.req) chunks.push(chunk);
      const { sandbox } = await sandboxFor(engineOf(ctx.get('user-agent')));
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
  plugins: [
    sandboxPlugin(),
    reactExamplePlugin(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' }),
  ],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countingReporter()],
};
