import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  LaporError,
  LaporHttpError,
  LaporIdempotencyError,
  LaporNetworkError,
  LaporRateLimitError,
  LaporTimeoutError,
  LaporValidationError,
  createClient,
} from '@lapor/client';
import { losingFirstAnswer, report, useSandbox } from './sandbox.ts';

const sandbox = useSandbox();
const lapor = () => createClient({ endpoint: sandbox.current().url, siteKey: 'pk_test_sandbox' });
const server = () => createClient({ endpoint: sandbox.current().url, secretKey: 'sk_test_sandbox' });

describe('complaints', () => {
  it('creates a complaint and reads it back with the reporter token', async () => {
    const created = await lapor().complaints.create(report());
    assert.match(created.trackingId, /^\d{7}$/);
    assert.equal(created.status, 'submitted');
    const view = await lapor().complaints.get(created.trackingId, { reporterToken: created.reporterToken });
    assert.equal(view.view, 'reporter');
    assert.equal(view.title, report().title);
  });

  it('validates before sending, in Indonesian by default and English on request', async () => {
    let requests = 0;
    const counting: typeof fetch = (input, init) => {
      requests++;
      return fetch(input, init);
    };
    const client = createClient({ endpoint: sandbox.current().url, siteKey: 'pk_test_sandbox', fetch: counting });
    const error = await client.complaints.create({ ...report(), title: 'Ab' }).catch((e: unknown) => e);
    assert.ok(error instanceof LaporValidationError);
    assert.equal(error.status, undefined, 'found by the client');
    assert.deepEqual(error.issues.map((i) => [i.path, i.code, i.message]), [['title', 'too_short', 'Judul laporan minimal 5 karakter.']]);
    assert.equal(requests, 0, 'no request was made');
    const english = createClient({ endpoint: sandbox.current().url, siteKey: 'pk_test_sandbox', locale: 'en' });
    const en = (await english.complaints.create({ ...report(), title: 'Ab' }).catch((e: unknown) => e)) as LaporValidationError;
    assert.equal(en.issues[0]!.message, 'Title must be at least 5 characters.');
    await assert.rejects(client.complaints.get('12ab'), (e: unknown) => e instanceof LaporValidationError && e.issues[0]!.code === 'invalid_tracking_id');
  });

  it("turns the server's 422 into a validation error with its field issues", async () => {
    const error = await lapor().complaints.create({ ...report(), institutionId: 'tidak-ada' }).catch((e: unknown) => e);
    assert.ok(error instanceof LaporValidationError);
    assert.equal(error.status, 422);
    assert.match(error.requestId!, /^req_/);
    assert.deepEqual(error.issues.map((i) => [i.path, i.code]), [['institutionId', 'invalid_id']]);
  });

  it('follows a complaint: public view after forwarding, timeline, reply', async () => {
    const created = await lapor().complaints.create(report());
    await assert.rejects(lapor().complaints.get(created.trackingId), (e: unknown) => e instanceof LaporHttpError && e.status === 404 && e.code === 'not_found');
    await sandbox.admin(`/complaints/${created.trackingId}/forward`, { institutionId: 'pemkot-mataram' });
    const view = await lapor().complaints.get(created.trackingId);
    assert.equal(view.view, 'public');
    assert.equal(view.status, 'forwarded');
    await server().agency.complaints.followUp(created.trackingId, { body: 'Perbaikan dijadwalkan Senin depan.' });
    const replied = await lapor().complaints.reply(created.trackingId, { body: 'Terima kasih atas tindak lanjutnya.' }, { reporterToken: created.reporterToken });
    assert.equal(replied.type, 'reporter_replied');
    const types = [];
    for await (const event of lapor().complaints.events(created.trackingId)) types.push(event.type);
    assert.deepEqual(types, ['submitted', 'forwarded', 'followed_up', 'reporter_replied']);
  });

  it('follows a report from another device: a code to the contact of the report, then a new token', async () => {
    const created = await lapor().complaints.create(report());
    const asked = await lapor().complaints.requestAccess(created.trackingId, { contact: report().reporter.email! });
    assert.equal(asked.expiresInMinutes, 15);
    const mailbox = await sandbox.admin(`/notifications?trackingId=${created.trackingId}`);
    const code = /: (\d{6})\b/.exec(mailbox.data[0].text)![1]!;
    await assert.rejects(
      lapor().complaints.redeemAccessCode(created.trackingId, { code: code === '000000' ? '000001' : '000000' }),
      (e: unknown) => e instanceof LaporHttpError && e.status === 401 && e.code === 'invalid_access_code',
    );
    await assert.rejects(lapor().complaints.redeemAccessCode(created.trackingId, { code: '12ab' }), (e: unknown) => e instanceof LaporValidationError);
    const { reporterToken } = await lapor().complaints.redeemAccessCode(created.trackingId, { code });
    const view = await lapor().complaints.get(created.trackingId, { reporterToken });
    assert.equal(view.view, 'reporter');
  });

  it('rates a closed report once; the agency view shows the rating; the second one is a typed 409', async () => {
    const created = await lapor().complaints.create(report());
    const token = { reporterToken: created.reporterToken };
    await assert.rejects(lapor().complaints.rate(created.trackingId, { rating: 9 }, token), (e: unknown) => e instanceof LaporValidationError && e.issues[0]!.code === 'too_big');
    await sandbox.admin(`/complaints/${created.trackingId}/forward`, { institutionId: 'pemkot-mataram' });
    await server().agency.complaints.followUp(created.trackingId, { body: 'Perbaikan dijadwalkan Senin depan.' });
    await sandbox.admin(`/complaints/${created.trackingId}/close`, {});
    const rated = await lapor().complaints.rate(created.trackingId, { rating: 4, comment: 'Cepat ditangani.' }, token);
    assert.equal(rated.type, 'rated');
    assert.equal((rated as { rating?: number }).rating, 4);
    const agencyView = await server().agency.complaints.get(created.trackingId);
    assert.deepEqual([agencyView.rating?.rating, agencyView.rating?.comment], [4, 'Cepat ditangani.']);
    await assert.rejects(
      lapor().complaints.rate(created.trackingId, { rating: 5 }, token),
      (e: unknown) => e instanceof LaporHttpError && e.status === 409 && e.code === 'already_rated',
    );
  });
});

describe('directory and pagination', () => {
  it('iterates across many pages without repeats', async () => {
    const names: string[] = [];
    for await (const region of lapor().regions.search({ parentCode: '32', limit: 5 })) names.push(region.name);
    assert.ok(names.length >= 27, `${names.length} regencies of Jawa Barat`);
    assert.equal(new Set(names).size, names.length);
  });

  it('gives page-at-a-time access and a capped toArray', async () => {
    const pages = [];
    for await (const page of lapor().institutions.search({ limit: 10 }).pages()) pages.push(page);
    assert.ok(pages.length >= 6);
    assert.equal(pages.at(-1)!.nextCursor, null);
    const capped = await lapor().institutions.search({ limit: 10 }).toArray({ limit: 15 });
    assert.equal(capped.length, 15);
    await assert.rejects(lapor().institutions.search().toArray({ limit: -1 }), RangeError);
    const first = await lapor().institutions.search({ q: 'OJK' }).firstPage();
    assert.equal(first.data[0]!.id, 'ojk');
  });

  it('lists categories flat and as a tree, and reads one institution and region', async () => {
    const tree = await lapor().categories.tree();
    const health = tree.find((c) => c.id === 'kesehatan');
    assert.ok(health && health.children.length >= 3);
    assert.equal((await lapor().institutions.get('polri')).shortName, 'Polri');
    assert.equal((await lapor().regions.get('52.71')).name, 'Kota Mataram');
  });
});

describe('agency', () => {
  it('submits with a sourceRef, syncs incrementally and registers webhooks', async () => {
    const since = new Date(Date.now() - 1000);
    const created = await server().agency.complaints.create({ ...report(), sourceRef: `SIPP-${Date.now()}` });
    const mine = await server().agency.complaints.list({ updatedSince: since, status: ['submitted'] }).toArray({ limit: 500 });
    assert.ok(mine.some((c) => c.trackingId === created.trackingId));
    const one = await server().agency.complaints.get(created.trackingId);
    assert.equal(one.view, 'agency');
    const endpoint = await server().agency.webhooks.create({ url: 'http://127.0.0.1:9/hook', events: ['complaint.closed'] });
    assert.match(endpoint.secret!, /^whsec_/);
    assert.equal((await server().agency.webhooks.list()).length, 1);
    await server().agency.webhooks.delete(endpoint.id);
    assert.equal((await server().agency.webhooks.list()).length, 0);
  });

  it('a publishable key on agency routes gets a clear 403', async () => {
    await assert.rejects(lapor().agency.complaints.list().firstPage(), (e: unknown) => e instanceof LaporHttpError && e.code === 'secret_key_required');
  });
});

describe('options and errors', () => {
  it('refuses wrong keys before any request', () => {
    assert.throws(() => createClient({ endpoint: 'http://x', siteKey: 'sk_test_sandbox' }), /publishable key/);
    assert.throws(() => createClient({ endpoint: 'http://x', secretKey: 'pk_test_sandbox' }), /secret key/);
    assert.throws(() => createClient({ endpoint: 'not a url', siteKey: 'pk_x' }), (e: unknown) => e instanceof LaporError && e.code === 'invalid_options');
  });

  it('refuses a secret key in a browser-like global scope', () => {
    const globals = globalThis as Record<string, unknown>;
    globals.window = {};
    globals.document = {};
    try {
      assert.throws(
        () => createClient({ endpoint: 'http://x', secretKey: 'sk_test_sandbox' }),
        (e: unknown) => e instanceof LaporError && e.code === 'secret_key_in_browser' && !e.message.includes('sk_test_sandbox'),
      );
    } finally {
      delete globals.window;
      delete globals.document;
    }
  });

  it('never shows credentials in messages, toString or toJSON', async () => {
    const client = createClient({ endpoint: sandbox.current().url, siteKey: 'pk_test_secretive_forged' });
    const error = await client.categories.list().catch((e: unknown) => e);
    assert.ok(error instanceof LaporHttpError);
    assert.equal(error.status, 401);
    for (const text of [error.message, String(error), JSON.stringify(error), (await import('node:util')).inspect(error, { depth: 10 })]) {
      assert.ok(!text.includes('pk_test_secretive_forged'), text);
    }
  });

  it('reports a network error after retrying', async () => {
    const client = createClient({ endpoint: 'http://127.0.0.1:9', siteKey: 'pk_test_sandbox', retry: { limit: 1, baseDelay: 10 } });
    await assert.rejects(client.categories.list(), (e: unknown) => e instanceof LaporNetworkError && e.code === 'network_error');
  });

  it('stops at once on abort, even while waiting to retry', async () => {
    const unreachable = createClient({ endpoint: 'http://127.0.0.1:9', siteKey: 'pk_test_sandbox' });
    const controller = new AbortController();
    const started = Date.now();
    const pending = unreachable.categories.list({ signal: controller.signal, retry: { limit: 10, baseDelay: 5000, maxDelay: 5000 } });
    setTimeout(() => controller.abort(new Error('user left the page')), 100);
    await assert.rejects(pending, /user left the page/);
    assert.ok(Date.now() - started < 2000);
  });

  it('ends a wait between retries when the total timeout passes', async () => {
    const unreachable = createClient({ endpoint: 'http://127.0.0.1:9', siteKey: 'pk_test_sandbox' });
    const started = Date.now();
    await assert.rejects(
      unreachable.categories.list({ totalTimeout: 300, retry: { limit: 10, baseDelay: 5000, maxDelay: 5000 } }),
      LaporTimeoutError,
    );
    assert.ok(Date.now() - started < 2000);
  });

  it('reports a timeout when the last attempt fails just after the deadline, before the timer runs', async () => {
    const started = Date.now();
    const late = createClient({
      endpoint: 'http://127.0.0.1:9',
      siteKey: 'pk_test_sandbox',
      // Fails in the task that passes the deadline, so the failure lands before the call's timer.
      fetch: () =>
        new Promise((_, reject) =>
          setTimeout(() => {
            while (Date.now() < started + 320);
            reject(new TypeError('fetch failed'));
          }, 250),
        ),
    });
    await assert.rejects(late.categories.list({ totalTimeout: 300, retry: false }), LaporTimeoutError);
  });

  it('stops a request in flight on abort', async () => {
    await sandbox.admin('/faults', { spec: 'delay=1:2000', seed: 1 });
    try {
      const controller = new AbortController();
      const pending = lapor().categories.list({ signal: controller.signal });
      setTimeout(() => controller.abort(), 50);
      await assert.rejects(pending, (e: unknown) => e instanceof Error && e.name === 'AbortError');
    } finally {
      await sandbox.admin('/faults', { spec: '' });
    }
  });

  it('times out an attempt, retries it, and reports a timeout at the end', async () => {
    await sandbox.admin('/faults', { spec: 'delay=1:1500', seed: 1 });
    try {
      let attempts = 0;
      const client = createClient({
        endpoint: sandbox.current().url,
        siteKey: 'pk_test_sandbox',
        fetch: (input, init) => {
          attempts++;
          return fetch(input, init);
        },
      });
      await assert.rejects(client.categories.list({ timeout: 200, retry: { limit: 2, baseDelay: 10 } }), LaporTimeoutError);
      assert.equal(attempts, 3);
      await assert.rejects(client.categories.list({ timeout: 1000, totalTimeout: 300 }), LaporTimeoutError);
    } finally {
      await sandbox.admin('/faults', { spec: '' });
    }
  });

  it('honours Retry-After on 503 and gets through', async () => {
    await sandbox.admin('/faults', { spec: 'fail-before-commit=0.5', seed: 7 });
    try {
      const lists = await Promise.all(Array.from({ length: 10 }, () => lapor().categories.list({ retry: { limit: 10, baseDelay: 1 } })));
      assert.ok(lists.every((l) => l.length > 10));
    } finally {
      await sandbox.admin('/faults', { spec: '' });
    }
  });

  it('reuses one idempotency key across retries, and a caller key wins', async () => {
    const { fetch: losing, keys } = losingFirstAnswer();
    const client = createClient({ endpoint: sandbox.current().url, siteKey: 'pk_test_sandbox', fetch: losing });
    const before = (await sandbox.admin('/stats')).complaints;
    const created = await client.complaints.create(report(), { retry: { limit: 3, baseDelay: 1 } });
    assert.equal(keys.length, 2);
    assert.equal(keys[0], keys[1]);
    assert.equal((await sandbox.admin('/stats')).complaints, before + 1);
    const own = await client.complaints.create(report(), { idempotencyKey: 'my-own-key-1' });
    assert.equal(keys.at(-1), 'my-own-key-1');
    const again = await client.complaints.create(report(), { idempotencyKey: 'my-own-key-1' });
    assert.equal(again.trackingId, own.trackingId);
    assert.notEqual(created.trackingId, own.trackingId);
    await assert.rejects(
      client.complaints.create({ ...report(), title: 'Judul yang berbeda sekali' }, { idempotencyKey: 'my-own-key-1' }),
      (e: unknown) => e instanceof LaporIdempotencyError && e.code === 'idempotency_key_reused',
    );
  });

  it('reports a rate limit with retryAfter when retries run out', async () => {
    const limited = (await import('@lapor/sandbox')).startSandbox({ port: 0, db: ':memory:', rateLimit: 2 });
    const other = await limited;
    try {
      const client = createClient({ endpoint: other.url, siteKey: 'pk_test_sandbox', retry: { limit: 1, baseDelay: 1, maxRetryAfter: 10 } });
      await client.categories.list();
      await client.categories.list();
      const error = await client.categories.list().catch((e: unknown) => e);
      assert.ok(error instanceof LaporRateLimitError, String(error));
      assert.ok(error.retryAfter! >= 1);
    } finally {
      await other.close();
    }
  });

  it('does not wait for a Retry-After that ends past the total timeout: it reports the rate limit at once', async () => {
    const other = await (await import('@lapor/sandbox')).startSandbox({ port: 0, db: ':memory:', rateLimit: 1 });
    try {
      const client = createClient({ endpoint: other.url, siteKey: 'pk_test_sandbox', totalTimeout: 5000 });
      await client.categories.list();
      const started = Date.now();
      const error = await client.categories.list().catch((e: unknown) => e);
      assert.ok(error instanceof LaporRateLimitError, String(error));
      assert.ok(error.retryAfter! > 5, `retryAfter ${error.retryAfter}`);
      assert.ok(Date.now() - started < 2000);
    } finally {
      await other.close();
    }
  });
});
