// Nothing secret in readable form on disk: the database files are read byte by byte after
// the sandbox has answered, replayed and closed.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Session } from 'node:inspector';
import { DatabaseSync } from 'node:sqlite';
import { startSandbox } from '@lapor/sandbox';
import { signatureHeaders } from '../src/domain/webhooks.ts';
import { openAnswer, sealAnswer } from '../src/http/idempotency.ts';
import { call, complaint } from './helpers.ts';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lapor-secrets-'));
});
after(() => rm(dir, { recursive: true, force: true }));

/** Every file SQLite wrote for the database (main file, WAL, shared memory), as text. */
async function filesOf(db: string): Promise<string> {
  const names = (await readdir(dir)).filter((name) => join(dir, name).startsWith(db));
  const contents = await Promise.all(names.map((name) => readFile(join(dir, name))));
  return contents.map((bytes) => bytes.toString('latin1')).join('\n');
}

describe('secrets at rest', () => {
  it('stores no reporter token and no Idempotency-Key readably; a replay still returns a working token', async () => {
    const db = join(dir, 'tokens.db');
    const sandbox = await startSandbox({ port: 0, db, clock: 'manual', rateLimit: 'off' });
    const citizenKey = randomUUID();
    const agencyKey = randomUUID();
    const first = await call(sandbox.url, 'POST', '/v1/complaints', { body: { ...complaint(), confidential: true }, idempotencyKey: citizenKey });
    const agencyBody = { ...complaint(), sourceRef: 'SIPP-AT-REST-1' };
    const agency = await call(sandbox.url, 'POST', '/v1/agency/complaints', { key: 'sk_test_sandbox', body: agencyBody, idempotencyKey: agencyKey });
    assert.equal(first.status, 201);
    assert.equal(agency.status, 201);

    // The first answer was lost: the client retries with the same key and body.
    const replay = await call(sandbox.url, 'POST', '/v1/complaints', { body: { ...complaint(), confidential: true }, idempotencyKey: citizenKey });
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(replay.body, first.body);
    assert.deepEqual(Object.keys(replay.body), Object.keys(first.body), 'the same answer, field for field');
    const own = await call(sandbox.url, 'GET', `/v1/complaints/${first.body.trackingId}`, { headers: { 'reporter-token': replay.body.reporterToken } });
    assert.equal(own.status, 200);
    assert.equal(own.body.view, 'reporter');
    const agencyReplay = await call(sandbox.url, 'POST', '/v1/agency/complaints', { key: 'sk_test_sandbox', body: agencyBody, idempotencyKey: agencyKey });
    assert.equal(agencyReplay.body.reporterToken, agency.body.reporterToken);

    // A webhook secret is returned once, and replayed: sealed in the stored answer too.
    const hookKey = randomUUID();
    const hook = { url: 'http://127.0.0.1:9/lapor', events: ['*'] };
    const endpoint = await call(sandbox.url, 'POST', '/v1/agency/webhooks', { key: 'sk_test_sandbox', body: hook, idempotencyKey: hookKey });
    const endpointReplay = await call(sandbox.url, 'POST', '/v1/agency/webhooks', { key: 'sk_test_sandbox', body: hook, idempotencyKey: hookKey });
    assert.equal(endpointReplay.body.secret, endpoint.body.secret);
    await sandbox.close();

    const text = await filesOf(db);
    for (const secret of [first.body.reporterToken, agency.body.reporterToken, citizenKey, agencyKey, hookKey]) {
      assert.ok(!text.includes(secret), `readable in the database files: ${secret}`);
    }
    // Signing needs the webhook secret itself (documented): it is in its endpoint row, and nowhere else.
    const sqlite = new DatabaseSync(db);
    const stored = sqlite.prepare('SELECT body, sealed FROM idempotency').all().map((row) => JSON.stringify(row)).join('\n');
    sqlite.close();
    assert.ok(!stored.includes(endpoint.body.secret), 'the webhook secret is not in a stored answer');
  });

  it('drops stored answers of an older schema, which held reporter tokens in plain text', async () => {
    const db = join(dir, 'upgrade.db');
    let sandbox = await startSandbox({ port: 0, db, rateLimit: 'off' });
    await sandbox.close();
    const plain = `token-${randomUUID()}`;
    const sqlite = new DatabaseSync(db);
    sqlite.exec(`ALTER TABLE idempotency DROP COLUMN sealed;
      ALTER TABLE complaints DROP COLUMN rating; ALTER TABLE complaints DROP COLUMN rating_comment; ALTER TABLE complaints DROP COLUMN rated_at;
      DROP TABLE access_codes; PRAGMA user_version = 2;`);
    sqlite
      .prepare('INSERT INTO idempotency (api_key, key, fingerprint, status, body, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run('pk_test_sandbox', 'old-key', 'f', 201, JSON.stringify({ trackingId: '1234567', reporterToken: plain }), Date.now());
    sqlite.close();
    assert.ok((await filesOf(db)).includes(plain), 'the old record is on disk before the upgrade');

    sandbox = await startSandbox({ port: 0, db, rateLimit: 'off' });
    await sandbox.close();
    assert.ok(!(await filesOf(db)).includes(plain), 'overwritten, not left in a free page');
  });

  // Sealing runs inside every submission's transaction. Given raw key bytes, Node's cipher
  // first asks whether they are a KeyObject or a CryptoKey by throwing and catching two
  // TypeErrors, which cost more than the encryption: under load that cut the sandbox's
  // submissions per second by a third. The debugger counts every exception thrown, caught
  // or not, so this holds however fast the machine is.
  it('seals and opens a stored answer, and signs a webhook, without an exception thrown inside (the cost that once cut throughput by a third)', () => {
    const session = new Session();
    session.connect();
    let thrown = 0;
    session.on('Debugger.paused', () => {
      thrown++;
      session.post('Debugger.resume');
    });
    session.post('Debugger.enable');
    session.post('Debugger.setPauseOnExceptions', { state: 'all' });
    let opened: unknown;
    try {
      const key = randomUUID();
      const stored = sealAnswer({ trackingId: '1234567', reporterToken: 'rt_secret' }, ['reporterToken'], key, 'pk_test_sandbox');
      opened = openAnswer(stored, key, 'pk_test_sandbox');
      signatureHeaders('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'msg_1', '{}', 1_700_000_000);
    } finally {
      session.post('Debugger.setPauseOnExceptions', { state: 'none' });
      session.disconnect();
    }
    assert.deepEqual(opened, { trackingId: '1234567', reporterToken: 'rt_secret' });
    assert.equal(thrown, 0);
  });
});
