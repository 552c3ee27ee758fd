// Following a report from another device, over HTTP: the tracking ID and the contact given
// in the report bring a one-time code to the local mailbox; the code gives a new reporter
// token. Each protection has its test: generic answers, expiry, single use, a new code
// replacing the old, wrong codes voiding it, limits per tracking ID and per client, and no
// code readable on disk.
import { describe, it, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { createHash } from 'node:crypto';
import { startSandbox } from '@lapor/sandbox';
import { ACCESS_CODE } from '@lapor/client/contract';
import { RecentHits } from '../src/domain/recovery.ts';
import { call, complaint, useSandbox, type Api, type Reply } from './helpers.ts';

const EMAIL = 'siti.aminah@example.id';
const PHONE_WRITTEN = '0812-3456-7890';

function helpers(api: Api) {
  return {
    /** A new report by a reporter with an e-mail address and a phone number. */
    async report(): Promise<{ trackingId: string; reporterToken: string }> {
      const created = await api.submit({ reporter: { name: 'Siti Aminah', email: EMAIL, phone: '+62 812 3456 7890' } });
      assert.equal(created.status, 201);
      return created.body;
    },
    ask: (trackingId: string, contact: string, language?: string) =>
      api.request('POST', `/v1/complaints/${trackingId}/access-requests`, {
        body: { contact },
        ...(language ? { headers: { 'accept-language': language } } : {}),
      }),
    redeem: (trackingId: string, code: string) => api.request('POST', `/v1/complaints/${trackingId}/access-tokens`, { body: { code } }),
    /** The codes the local mailbox holds for a report, newest first. */
    async codes(trackingId: string): Promise<Array<{ code: string; channel: string; to: string; text: string }>> {
      const { body } = await api.request('GET', `/_sandbox/notifications?trackingId=${trackingId}`, { key: null });
      return body.data
        .filter((n: { eventId: string | null }) => n.eventId === null)
        .map((n: { text: string; channel: string; to: string }) => ({ ...n, code: /: (\d{6})\b/.exec(n.text)![1]! }));
    },
    view: (trackingId: string, token: string) => api.request('GET', `/v1/complaints/${trackingId}`, { headers: { 'reporter-token': token } }),
    /** Past every window of the limits (the manual clock). */
    nextHour: () => api.admin('/clock', { advanceHours: 1.1 }),
  };
}

const without = (headers: Headers) =>
  [...headers].filter(([name]) => !['request-id', 'date', 'ratelimit', 'content-length'].includes(name)).sort(([a], [b]) => a.localeCompare(b));

describe('following a report from another device', () => {
  const api = useSandbox();
  const h = helpers(api);
  beforeEach(() => h.nextHour());

  it('sends a code to the e-mail given in the report; the code gives a new token, and the old one stops working', async () => {
    const { trackingId, reporterToken } = await h.report();
    const asked = await h.ask(trackingId, ` ${EMAIL.toUpperCase()} `);
    assert.equal(asked.status, 202);
    assert.deepEqual(asked.body, { expiresInMinutes: ACCESS_CODE.ttlMinutes });
    const [mail] = await h.codes(trackingId);
    assert.ok(mail, 'a message with a code in the mailbox');
    assert.equal(mail.channel, 'email');
    assert.equal(mail.to, EMAIL);
    assert.match(mail.text, /berlaku 15 menit dan hanya dapat dipakai sekali/);
    assert.match(mail.text, /Jangan berikan kode ini kepada siapa pun/);

    const granted = await h.redeem(trackingId, mail.code);
    assert.equal(granted.status, 201, JSON.stringify(granted.body));
    assert.equal(granted.body.trackingId, trackingId);
    assert.notEqual(granted.body.reporterToken, reporterToken);
    const view = await h.view(trackingId, granted.body.reporterToken);
    assert.equal(view.status, 200);
    assert.equal(view.body.view, 'reporter');
    assert.equal((await h.view(trackingId, reporterToken)).status, 404, 'the lost device opens the report no more');
  });

  it('sends it by SMS to the phone given in the report, however the number is written', async () => {
    const { trackingId } = await h.report();
    assert.equal((await h.ask(trackingId, PHONE_WRITTEN)).status, 202);
    const [sms] = await h.codes(trackingId);
    assert.deepEqual([sms?.channel, sms?.to], ['sms', '+6281234567890']);
    assert.equal((await h.redeem(trackingId, sms!.code)).status, 201);
  });

  it('answers alike whether the contact matched, did not, or the report does not exist, and sends nothing then', async () => {
    const { trackingId } = await h.report();
    const answers: Array<[string, Reply]> = [];
    for (const [label, id, contact] of [
      ['matching', trackingId, EMAIL],
      ['another e-mail', trackingId, 'orang.lain@example.id'],
      ['another phone', trackingId, '081399990000'],
      ['not a contact at all', trackingId, 'tebak-tebakan'],
      ['no such report', '99999998', EMAIL],
    ] as const) {
      await h.nextHour();
      answers.push([label, await h.ask(id, contact)]);
    }
    const [, first] = answers[0]!;
    for (const [label, answer] of answers) {
      assert.equal(answer.status, first.status, label);
      assert.deepEqual(answer.body, first.body, label);
      assert.deepEqual(without(answer.headers), without(first.headers), label);
    }
    assert.equal((await h.codes(trackingId)).length, 1, 'only the matching contact got a code');
    assert.equal((await h.codes('99999998')).length, 0);
  });

  it('takes about as long whether the contact matched or not', async () => {
    const { trackingId } = await h.report();
    const time = async (contact: string) => {
      await h.nextHour();
      const started = performance.now();
      const answer = await h.ask(trackingId, contact);
      assert.equal(answer.status, 202);
      return performance.now() - started;
    };
    // Pairs taken back to back, in alternating order, so that a busy machine slows both
    // members of a pair alike; the median of the differences ignores the odd slow pair.
    const differences: number[] = [];
    for (let i = 0; i < 21; i++) {
      const other = `orang${i}@example.id`;
      if (i % 2) {
        const slower = await time(other);
        differences.push((await time(EMAIL)) - slower);
      } else {
        const matched = await time(EMAIL);
        differences.push(matched - (await time(other)));
      }
    }
    const median = differences.sort((a, b) => a - b)[differences.length >> 1]!;
    // Both paths hash a code and write one row; only the in-memory mailbox differs.
    assert.ok(Math.abs(median) < 5, `a match takes ${median.toFixed(2)} ms longer (median of ${differences.length} pairs)`);
  });

  it('codes expire after 15 minutes', async () => {
    const { trackingId } = await h.report();
    await h.ask(trackingId, EMAIL);
    const { code } = (await h.codes(trackingId))[0]!;
    await api.admin('/clock', { advanceHours: (ACCESS_CODE.ttlMinutes + 1) / 60 });
    const late = await h.redeem(trackingId, code);
    assert.equal(late.status, 401);
    assert.equal(late.body.code, 'invalid_access_code');
  });

  it('a code opens the report once, and only its own report', async () => {
    const { trackingId } = await h.report();
    const other = await h.report();
    await h.ask(trackingId, EMAIL);
    const { code } = (await h.codes(trackingId))[0]!;
    assert.equal((await h.redeem(other.trackingId, code)).body.code, 'invalid_access_code', 'not for another report');
    assert.equal((await h.redeem(trackingId, code)).status, 201);
    const again = await h.redeem(trackingId, code);
    assert.equal(again.status, 401);
    assert.equal(again.body.code, 'invalid_access_code');
  });

  it('a new code replaces the previous one', async () => {
    const { trackingId } = await h.report();
    await h.ask(trackingId, EMAIL);
    await h.ask(trackingId, PHONE_WRITTEN);
    const [latest, previous] = (await h.codes(trackingId)) as Array<{ code: string }>;
    assert.ok(latest && previous);
    if (previous.code !== latest.code) assert.equal((await h.redeem(trackingId, previous.code)).status, 401);
    assert.equal((await h.redeem(trackingId, latest.code)).status, 201);
  });

  it('five wrong codes void the current one; a wrong code says the same as an expired one, in id and en', async () => {
    const { trackingId } = await h.report();
    await h.ask(trackingId, EMAIL);
    const { code } = (await h.codes(trackingId))[0]!;
    const wrong = String((Number(code) + 1) % 10 ** ACCESS_CODE.digits).padStart(ACCESS_CODE.digits, '0');
    for (let i = 0; i < 5; i++) {
      const answer = await h.redeem(trackingId, wrong);
      assert.equal(answer.status, 401);
      assert.equal(answer.body.detail, 'Kode akses salah, kedaluwarsa, atau sudah dipakai. Periksa kode terakhir yang Anda terima, atau minta kode baru.');
    }
    assert.equal((await h.redeem(trackingId, code)).status, 401, 'the right code comes too late');
    const en = await api.request('POST', `/v1/complaints/${trackingId}/access-tokens`, { body: { code }, headers: { 'accept-language': 'en' } });
    assert.equal(en.body.title, 'The access code is not valid');
    assert.match(en.body.detail, /wrong, expired or already used/);
    // A new code starts afresh.
    await h.nextHour();
    await h.ask(trackingId, EMAIL);
    const fresh = (await h.codes(trackingId))[0]!;
    assert.equal((await h.redeem(trackingId, fresh.code)).status, 201);
  });

  it('limits requests per tracking ID, whoever asks and whatever contact, with Retry-After', async () => {
    const { trackingId } = await h.report();
    for (let i = 0; i < 3; i++) assert.equal((await h.ask(trackingId, i === 0 ? EMAIL : `tebakan${i}@example.id`)).status, 202);
    const limited = await h.ask(trackingId, EMAIL);
    assert.equal(limited.status, 429);
    assert.equal(limited.body.code, 'rate_limited');
    assert.ok(Number(limited.headers.get('retry-after')) > 3000, 'about an hour');
    assert.match(limited.body.detail, /Coba lagi dalam \d+ menit/);
    assert.match((await h.ask(trackingId, EMAIL, 'en')).body.detail, /Try again in \d+ minutes/);
    assert.equal((await h.codes(trackingId)).length, 1, 'nothing sent past the limit');
    await h.nextHour();
    assert.equal((await h.ask(trackingId, EMAIL)).status, 202);
  });

  it('limits requests per client across reports', async () => {
    for (let i = 0; i < 10; i++) assert.equal((await h.ask(String(5_000_000 + i), EMAIL)).status, 202, `request ${i + 1}`);
    assert.equal((await h.ask('5000099', EMAIL)).status, 429);
  });

  it('limits wrong codes per client across reports', async () => {
    for (let i = 0; i < 20; i++) assert.equal((await h.redeem(String(6_000_000 + i), '000000')).status, 401, `attempt ${i + 1}`);
    const limited = await h.redeem('6000099', '000000');
    assert.equal(limited.status, 429);
    assert.ok(Number(limited.headers.get('retry-after')) > 0);
  });

  it('refuses malformed input with field issues', async () => {
    const bad = await h.redeem('1234567', '12ab');
    assert.equal(bad.status, 422);
    assert.deepEqual(bad.body.errors.map((e: { path: string; code: string }) => [e.path, e.code]), [['code', 'invalid_format']]);
    const none = await api.request('POST', '/v1/complaints/1234567/access-requests', { body: {} });
    assert.deepEqual(none.body.errors.map((e: { path: string; code: string }) => [e.path, e.code]), [['contact', 'required']]);
  });
});

describe('access codes at rest', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lapor-codes-'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('stores only a salted hash of each code, never the code', async () => {
    const db = join(dir, 'codes.db');
    const sandbox = await startSandbox({ port: 0, db, clock: 'manual', rateLimit: 'off' });
    const created = await call(sandbox.url, 'POST', '/v1/complaints', { body: { ...complaint(), reporter: { name: 'Siti Aminah', email: EMAIL } } });
    await call(sandbox.url, 'POST', `/v1/complaints/${created.body.trackingId}/access-requests`, { body: { contact: EMAIL } });
    const mailbox = await call(sandbox.url, 'GET', `/_sandbox/notifications?trackingId=${created.body.trackingId}`, { key: null });
    const code = /: (\d{6})\b/.exec(mailbox.body.data[0].text)![1]!;
    await sandbox.close();

    const sqlite = new DatabaseSync(db);
    const rows = sqlite.prepare('SELECT * FROM access_codes').all() as Array<Record<string, unknown>>;
    sqlite.close();
    assert.equal(rows.length, 1);
    const row = rows[0]!;
    assert.ok(!Object.values(row).some((value) => String(value).includes(code)), 'no column holds the code');
    assert.equal(row.code_hash, createHash('sha256').update(`${row.salt}:${code}`).digest('hex'));
    const files = await readdir(dir);
    const bytes = (await Promise.all(files.map((name) => readFile(join(dir, name))))).map((b) => b.toString('latin1')).join('\n');
    assert.ok(!bytes.includes(`: ${code}`) && !bytes.includes(`Kode untuk membuka laporan`), 'the message with the code is not on disk');
  });
});

describe('the counters behind the limits', () => {
  it('forget subjects whose hits all left the window, so made-up tracking IDs cannot grow them without end', () => {
    const hits = new RecentHits(60_000);
    for (let i = 0; i < 500; i++) hits.add(`request:id:${10000 + i}`, i);
    hits.add('request:client:203.0.113.7', 59_000);
    assert.equal(hits.size, 501);
    // A window later, the next count sweeps: only the subject with a hit inside the window stays.
    hits.add('request:client:198.51.100.9', 60_500);
    assert.equal(hits.size, 2);
    assert.deepEqual(hits.recent('request:client:203.0.113.7', 60_500), [59_000]);
    assert.deepEqual(hits.recent('request:id:10000', 60_500), []);
  });

  it('count within a sliding window, and forget a subject on request', () => {
    const hits = new RecentHits(60_000);
    hits.add('failure:client:a', 0);
    hits.add('failure:client:a', 30_000);
    assert.equal(hits.recent('failure:client:a', 59_999).length, 2);
    assert.equal(hits.recent('failure:client:a', 60_000).length, 1);
    hits.forget('failure:client:a');
    assert.equal(hits.size, 0);
  });
});
