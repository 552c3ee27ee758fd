// `npm start`: build what is needed, start the sandbox (data kept in .lapor-sandbox/) and
// the agency-site example wired to it; print the URLs and the test keys.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';

const root = new URL('..', import.meta.url).pathname;
const sandboxPort = Number(process.env.LAPOR_SANDBOX_PORT ?? 4010);
const sitePort = Number(process.env.PORT ?? 8080);

console.log('Building the packages…');
const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const { startSandbox, TEST_KEYS } = await import('@lapor/sandbox');
// The admin routes need this token; only the demo panel's server (below) holds it.
const adminToken = process.env.LAPOR_SANDBOX_ADMIN_TOKEN || randomBytes(18).toString('base64url');
let sandbox: Awaited<ReturnType<typeof startSandbox>>;
try {
  sandbox = await startSandbox({ port: sandboxPort, db: `${root}.lapor-sandbox/sandbox.db`, clock: 'manual', adminToken });
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(`Port ${sandboxPort} is taken. Choose another: LAPOR_SANDBOX_PORT=4011 npm start`);
    process.exit(1);
  }
  throw error;
}

const { startAgencySite } = await import('../examples/agency-site/server.ts');
let site: Awaited<ReturnType<typeof startAgencySite>>;
try {
  site = await startAgencySite({ port: sitePort, sandboxUrl: sandbox.url, sandboxAdminToken: adminToken });
} catch (error) {
  await sandbox.close();
  if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(`Port ${sitePort} is taken. Choose another: PORT=8081 npm start`);
    process.exit(1);
  }
  throw error;
}

console.log(`
Agency site      ${site.url}          the widget on a page of Pemerintah Kota Mataram
  status page      ${site.url}/status
  laporan warga    ${site.url}/laporan  (public reports and handling figures)
  demo panel       ${site.url}/admin    (play LAPOR! admins: forward, follow up, move the clock)

LAPOR! sandbox   ${sandbox.url}   (data in .lapor-sandbox/sandbox.db, kept between runs)
  publishable key  ${TEST_KEYS.publishable}   (browser origins ${TEST_KEYS.origins.join(', ')})
  secret key       ${TEST_KEYS.secret}   (institution ${TEST_KEYS.institutionId}; server only)
  OpenAPI          ${sandbox.url}/openapi.json
  admin routes     ${sandbox.url}/_sandbox   (Authorization: Bearer ${adminToken})
`);
console.log('Stop with Ctrl-C.');

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1);
    stopping = true;
    console.log('\nStopping…');
    void Promise.all([site.close(), sandbox.close()]).then(() => process.exit(0));
  });
}
