import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { startSandbox } from '@lapor/sandbox';
import { MIGRATIONS } from '../src/db/migrations.ts';
import { call, complaint } from './helpers.ts';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lapor-sandbox-'));
});
after(() => rm(dir, { recursive: true, force: true }));

const cli = new URL('../src/cli.ts', import.meta.url).pathname;

/** Starts the CLI in a child process and resolves with its URL once it listens. */
function startChild(db: string, extra: string[] = []) {
  const child = spawn(process.execPath, ['--conditions=lapor-source', cli, '--port', '0', '--db', db, '--quiet', ...extra], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = new Promise<string>((resolve, reject) => {
    child.stderr.on('data', (chunk) => {
      output += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${output}`)));
  });
  return { child, url, output: () => output };
}

describe('persistence', () => {
  it('keeps complaints, idempotency records and the manual clock across a restart', async () => {
    const db = join(dir, 'restart.db');
    let sandbox = await startSandbox({ port: 0, db, clock: 'manual', rateLimit: 'off' });
    const created = await call(sandbox.url, 'POST', '/v1/complaints', { body: complaint(), idempotencyKey: 'restart-1' });
    await call(sandbox.url, 'POST', '/_sandbox/clock', { key: null, idempotencyKey: null, body: { advanceDays: 3 } });
    const { body: clockBefore } = await call(sandbox.url, 'GET', '/_sandbox/clock', { key: null });
    await sandbox.close();

    sandbox = await startSandbox({ port: 0, db, clock: 'manual', rateLimit: 'off' });
    const read = await call(sandbox.url, 'GET', `/v1/complaints/${created.body.trackingId}`, { headers: { 'reporter-token': created.body.reporterToken } });
    assert.equal(read.status, 200);
    const replay = await call(sandbox.url, 'POST', '/v1/complaints', { body: complaint(), idempotencyKey: 'restart-1' });
    assert.equal(replay.body.trackingId, created.body.trackingId);
    const { body: clockAfter } = await call(sandbox.url, 'GET', '/_sandbox/clock', { key: null });
    assert.ok(clockAfter.offsetMs >= clockBefore.offsetMs);
    await sandbox.close();
  });

  it('upgrades a database of an earlier schema in place, keeping its complaints', async () => {
    const db = join(dir, 'upgrade.db');
    let sandbox = await startSandbox({ port: 0, db, rateLimit: 'off' });
    const pushed = await call(sandbox.url, 'POST', '/v1/agency/complaints', { key: 'sk_test_sandbox', body: { ...complaint(), sourceRef: 'SIPP-UPGRADE-1' } });
    assert.equal(pushed.status, 201, JSON.stringify(pushed.body));
    await sandbox.close();
    // Put the database back to schema 1 as a sandbox of the first release left it.
    const sqlite = new DatabaseSync(db);
    sqlite.exec(`DROP INDEX complaints_institution; DROP INDEX complaints_source;
      CREATE INDEX complaints_institution ON complaints(institution_id, updated_at, tracking_id);
      CREATE INDEX complaints_source ON complaints(source_institution_id, updated_at, tracking_id);
      ALTER TABLE idempotency DROP COLUMN sealed;
      ALTER TABLE complaints DROP COLUMN rating; ALTER TABLE complaints DROP COLUMN rating_comment; ALTER TABLE complaints DROP COLUMN rated_at;
      DROP TABLE access_codes;
      PRAGMA user_version = 1;`);
    sqlite.close();

    sandbox = await startSandbox({ port: 0, db, rateLimit: 'off' });
    const listed = await call(sandbox.url, 'GET', '/v1/agency/complaints', { key: 'sk_test_sandbox' });
    assert.deepEqual(listed.body.data.map((c: { trackingId: string }) => c.trackingId), [pushed.body.trackingId]);
    assert.equal(listed.body.data[0].rating, null, 'the rating columns were added');
    await sandbox.close();
    const upgraded = new DatabaseSync(db);
    assert.equal((upgraded.prepare('PRAGMA user_version').get() as { user_version: number }).user_version, MIGRATIONS.length);
    const index = upgraded.prepare("SELECT sql FROM sqlite_master WHERE name = 'complaints_source'").get() as { sql: string };
    assert.match(index.sql, /WHERE source_institution_id IS NOT NULL/);
    upgraded.close();
  });

  it('loses nothing answered with 201 when the process is killed with SIGKILL', async () => {
    const db = join(dir, 'kill.db');
    const { child, url } = startChild(db, ['--rate-limit', 'off']);
    const base = await url;
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) {
      const { status, body } = await call(base, 'POST', '/v1/complaints', { body: complaint() });
      assert.equal(status, 201);
      ids.push(body.trackingId);
    }
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    const sqlite = new DatabaseSync(db);
    const stored = sqlite.prepare('SELECT tracking_id FROM complaints').all().map((r) => String(r.tracking_id));
    assert.equal((sqlite.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check, 'ok');
    sqlite.close();
    for (const id of ids) assert.ok(stored.includes(id), id);
  });
});

describe('the command line', () => {
  it('prints the URL and the test keys, and stops cleanly on SIGTERM', async () => {
    const { child, url, output } = startChild(':memory:');
    const base = await url;
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.match(output(), /pk_test_sandbox/);
    assert.match(output(), /sk_test_sandbox/);
    assert.equal((await call(base, 'GET', '/v1/categories')).status, 200);
    child.kill('SIGTERM');
    const code = await new Promise((resolve) => child.once('exit', resolve));
    assert.equal(code, 0);
  });

  it('refuses bad flags with a message and exit code 2', async () => {
    for (const args of [['--faults', 'boom=1'], ['--clock', 'sometimes'], ['--rate-limit', 'fast'], ['--nope'], ['--admin-token', 'short'], ['--allowed-hosts', 'http://x:1']]) {
      const child = spawn(process.execPath, ['--conditions=lapor-source', cli, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      const code = await new Promise((resolve) => child.once('exit', resolve));
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, /^lapor-sandbox: /);
      assert.doesNotMatch(stderr, /at .*\.ts:\d+/, 'no stack trace');
    }
  });

  it('takes --admin-token and --allowed-hosts for the admin routes', async () => {
    const token = 'cli-admin-token-0123456789';
    const { child, url, output } = startChild(':memory:', ['--admin-token', token, '--allowed-hosts', 'sandbox.lan']);
    const base = await url;
    assert.match(output(), /admin token required/);
    assert.ok(!output().includes(token), 'the token is not printed');
    assert.equal((await call(base, 'GET', '/_sandbox/clock', { key: null })).status, 401);
    assert.equal((await call(base, 'GET', '/_sandbox/clock', { key: token })).status, 200);
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  });

  it('says which port is taken and how to choose another', async () => {
    const first = startChild(':memory:');
    const port = new URL(await first.url).port;
    const second = spawn(process.execPath, ['--conditions=lapor-source', cli, '--port', port, '--db', ':memory:'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    second.stderr.on('data', (chunk) => (stderr += chunk));
    const code = await new Promise((resolve) => second.once('exit', resolve));
    first.child.kill('SIGTERM');
    assert.equal(code, 2);
    assert.match(stderr, new RegExp(`port ${port} is in use.*--port`));
  });
});
