// The sandbox answers in the request's language: every problem code, provoked over HTTP,
// in Bahasa Indonesia (the default, and `Accept-Language: id`) and in English
// (`Accept-Language: en`): its title, its detail and its field messages. The walk covers
// every code of the contract, so a new code without a way to provoke it here fails.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { PROBLEM_CODES, type ProblemCode } from '@lapor/client/contract';
import { startSandbox, type Sandbox } from '@lapor/sandbox';
import { ProblemError, problemBody } from '../src/http/problem.ts';
import { call, complaint, useSandbox, type Reply } from './helpers.ts';

const api = useSandbox();
let limited: Sandbox;
let realClock: Sandbox;
before(async () => {
  limited = await startSandbox({ port: 0, db: ':memory:', clock: 'manual', rateLimit: 1 });
  realClock = await startSandbox({ port: 0, db: ':memory:', clock: 'real', rateLimit: 'off' });
});
after(async () => {
  await limited?.close();
  await realClock?.close();
});

const sk = 'sk_test_sandbox';
type Headers = Record<string, string>;
const request = (method: string, path: string, headers: Headers, options: Parameters<typeof api.request>[2] = {}) =>
  api.request(method, path, { ...options, headers: { ...headers, ...options.headers } });

async function closedReport(headers: Headers) {
  const { body } = await api.submit();
  await api.admin(`/complaints/${body.trackingId}/forward`, { institutionId: 'pemkot-mataram' });
  await api.admin(`/complaints/${body.trackingId}/follow-up`, { body: 'Perbaikan sudah selesai dikerjakan.' });
  await api.admin(`/complaints/${body.trackingId}/close`);
  const token = { ...headers, 'reporter-token': body.reporterToken };
  return { trackingId: body.trackingId as string, token };
}

/** A request the upload route holds open (its body never ends), then the same key again. */
async function inFlight(headers: Headers): Promise<Reply> {
  const key = randomUUID();
  const upload = { 'content-type': 'image/png', 'content-disposition': 'attachment; filename="a.png"', authorization: 'Bearer pk_test_sandbox', 'idempotency-key': key };
  const abort = new AbortController();
  const never = new ReadableStream({ start: (controller) => controller.enqueue(new Uint8Array([0x89])) });
  const first = fetch(`${api.sandbox.url}/v1/attachments`, { method: 'POST', headers: upload, body: never, duplex: 'half', signal: abort.signal } as RequestInit);
  first.catch(() => undefined);
  await new Promise((resolve) => setTimeout(resolve, 300));
  try {
    return await request('POST', '/v1/attachments', headers, { raw: new Uint8Array([0x89]), headers: upload, idempotencyKey: key });
  } finally {
    abort.abort();
  }
}

/** How to meet each problem code over HTTP, with the language headers given. */
const PROVOKE: Record<Exclude<ProblemCode, 'internal_error' | 'not_acceptable'>, (headers: Headers) => Promise<Reply>> = {
  validation_failed: (h) => request('POST', '/v1/complaints', h, { body: { ...complaint(), title: 'Ab', institutionId: 'tidak-ada' } }),
  invalid_json: (h) => request('POST', '/v1/complaints', h, { raw: '{"title": ', headers: { 'content-type': 'application/json' } }),
  invalid_query: (h) => request('GET', '/v1/institutions?limit=0', h),
  idempotency_key_required: (h) => request('POST', '/v1/complaints', h, { body: complaint(), idempotencyKey: null }),
  unauthorized: (h) => request('GET', '/v1/categories', h, { key: null }),
  invalid_reporter_token: async (h) => request('POST', `/v1/complaints/${(await api.submit()).body.trackingId}/replies`, h, { body: { body: 'Masih rusak.' } }),
  invalid_access_code: (h) => request('POST', '/v1/complaints/1234567/access-tokens', h, { body: { code: '000000' } }),
  forbidden: (h) => request('GET', '/v1/agency/complaints', h, { key: sk, headers: { origin: 'http://localhost:8080' } }),
  origin_not_allowed: (h) => request('GET', '/v1/categories', h, { headers: { origin: 'https://situs-lain.example' } }),
  secret_key_required: (h) => request('GET', '/v1/agency/complaints', h),
  publishable_key_required: (h) => request('POST', '/v1/complaints', h, { key: sk, body: complaint() }),
  not_found: (h) => request('GET', '/v1/complaints/99999999', h),
  method_not_allowed: (h) => request('DELETE', '/v1/categories', h),
  idempotency_in_flight: inFlight,
  invalid_transition: async (h) => {
    const { body } = await api.submit();
    await api.admin(`/complaints/${body.trackingId}/forward`, { institutionId: 'pemkot-mataram' });
    await api.admin(`/complaints/${body.trackingId}/close`).catch(() => undefined);
    return request('POST', `/v1/complaints/${body.trackingId}/rating`, h, { body: { rating: 5 }, headers: { 'reporter-token': body.reporterToken } });
  },
  already_rated: async (h) => {
    const { trackingId, token } = await closedReport(h);
    await request('POST', `/v1/complaints/${trackingId}/rating`, token, { body: { rating: 5 } });
    return request('POST', `/v1/complaints/${trackingId}/rating`, token, { body: { rating: 4 } });
  },
  payload_too_large: (h) => request('POST', '/v1/complaints', h, { body: { ...complaint(), body: 'x'.repeat(300 * 1024) } }),
  unsupported_media_type: (h) => request('POST', '/v1/complaints', h, { raw: 'judul=Jalan', headers: { 'content-type': 'application/x-www-form-urlencoded' } }),
  idempotency_key_reused: async (h) => {
    const key = randomUUID();
    await request('POST', '/v1/complaints', h, { body: complaint(), idempotencyKey: key });
    return request('POST', '/v1/complaints', h, { body: { ...complaint(), title: 'Judul yang lain sama sekali' }, idempotencyKey: key });
  },
  attachment_not_found: (h) => request('POST', '/v1/complaints', h, { body: { ...complaint(), attachmentIds: ['att_tidakada'] } }),
  rate_limited: async (h) => {
    await call(limited.url, 'GET', '/v1/categories', { headers: h });
    return call(limited.url, 'GET', '/v1/categories', { headers: h });
  },
  service_unavailable: async (h) => {
    await api.admin('/faults', { spec: 'fail-before-commit=1' });
    try {
      return await request('GET', '/v1/categories', h);
    } finally {
      await api.admin('/faults', { spec: '' });
    }
  },
};

/** Routes of `/_sandbox` whose refusals are the sandbox's own words. */
const ADMIN: Record<string, (headers: Headers) => Promise<Reply>> = {
  'an unknown admin route': (h) => request('GET', '/_sandbox/nothing-here', h, { key: null }),
  'a refused flag change': async (h) => {
    const { body } = await api.submit({ confidential: true });
    return request('POST', `/_sandbox/complaints/${body.trackingId}/flags`, h, { key: null, idempotencyKey: null, body: { confidential: false } });
  },
  'flags after verification': async (h) => {
    const { body } = await api.submit();
    await api.admin(`/complaints/${body.trackingId}/forward`, { institutionId: 'pemkot-mataram' });
    return request('POST', `/_sandbox/complaints/${body.trackingId}/flags`, h, { key: null, idempotencyKey: null, body: { anonymous: true } });
  },
  'a fault spec that does not parse': (h) => request('POST', '/_sandbox/faults', h, { key: null, idempotencyKey: null, body: { spec: 'meteor=1' } }),
  'moving a real clock': (h) => call(realClock.url, 'POST', '/_sandbox/clock', { key: null, idempotencyKey: null, headers: h, body: { advanceDays: 1 } }),
  'a cross-site request': (h) => request('GET', '/_sandbox/clock', h, { key: null, headers: { 'sec-fetch-site': 'cross-site' } }),
};

// Words that give each language away: an English answer holds none of the first, an
// Indonesian one none of the second (names of headers, routes and codes aside).
const INDONESIAN = /\b(tidak|laporan|sertakan|dengan|yang|kunci|harus|sudah|belum|untuk|sebagai|kirim)\b/i;
const ENGLISH = /\b(the|is|not|with|must|was|this|send|only|found)\b/i;

/** Every text of a problem a person reads: title, detail, field messages. */
function texts(body: { title: string; detail?: string; errors?: Array<{ message: string }> }): string[] {
  return [body.title, ...(body.detail ? [body.detail] : []), ...(body.errors ?? []).map((e) => e.message)];
}

function checkLanguages(label: string, id: Reply, en: Reply, byDefault: Reply): void {
  for (const [reply, language] of [[id, 'id'], [en, 'en'], [byDefault, 'default']] as const) {
    assert.match(reply.headers.get('content-type') ?? '', /application\/problem\+json/, `${label} (${language}): ${JSON.stringify(reply.body)}`);
  }
  assert.equal(en.body.code, id.body.code, label);
  for (const text of texts(id.body)) assert.doesNotMatch(text, ENGLISH, `${label}, Indonesian: ${text}`);
  for (const text of texts(en.body)) assert.doesNotMatch(text, INDONESIAN, `${label}, English: ${text}`);
  assert.notEqual(en.body.title, id.body.title, `${label}: a title in each language`);
  if (id.body.detail || en.body.detail) assert.notEqual(en.body.detail, id.body.detail, `${label}: a detail in each language`);
  assert.deepEqual(texts(byDefault.body).length, texts(id.body).length, `${label}: Indonesian by default`);
  assert.equal(byDefault.body.title, id.body.title, `${label}: Indonesian by default`);
}

describe('problems in the request language', () => {
  it('provokes every problem code of the contract (but a server fault and content negotiation, below)', () => {
    assert.deepEqual(Object.keys(PROVOKE).sort(), Object.keys(PROBLEM_CODES).filter((c) => c !== 'internal_error' && c !== 'not_acceptable').sort());
  });

  for (const [code, provoke] of Object.entries(PROVOKE)) {
    it(`${code}: title, detail and field messages in Bahasa Indonesia and in English`, async () => {
      const id = await provoke({ 'accept-language': 'id-ID,id;q=0.9' });
      const en = await provoke({ 'accept-language': 'en-GB,en;q=0.8' });
      const byDefault = await provoke({});
      assert.equal(id.body.code, code, JSON.stringify(id.body));
      assert.equal(id.status, PROBLEM_CODES[code as ProblemCode]);
      checkLanguages(code, id, en, byDefault);
    });
  }

  it('the lifecycle refusals name the state in words, in both languages', async () => {
    const id = await PROVOKE.invalid_transition({ 'accept-language': 'id' });
    const en = await PROVOKE.invalid_transition({ 'accept-language': 'en' });
    assert.match(id.body.detail, /^Laporan #\d+ sudah diteruskan ke instansi; penilaian baru dapat diberikan setelah laporan selesai\.$/);
    assert.match(en.body.detail, /^Report #\d+ has been forwarded to an institution; it can be rated only once it is closed\.$/);
  });

  for (const [label, provoke] of Object.entries(ADMIN)) {
    it(`the admin routes: ${label}`, async () => {
      const id = await provoke({ 'accept-language': 'id' });
      const en = await provoke({ 'accept-language': 'en' });
      const byDefault = await provoke({});
      assert.ok(id.status >= 400, JSON.stringify(id.body));
      checkLanguages(label, id, en, byDefault);
    });
  }

  it('a server fault and content negotiation, which no request provokes, are worded in both languages too', () => {
    for (const code of ['internal_error', 'not_acceptable'] as const) {
      const error = new ProblemError(code, { detail: { id: 'Sebutkan Request-Id req_1 saat melaporkan masalah ini.', en: 'Quote Request-Id req_1 when you report this problem.' } });
      const id = problemBody(error, 'req_1', 'id', '/v1');
      const en = problemBody(error, 'req_1', 'en', '/v1');
      assert.notEqual(id.title, en.title, code);
      assert.doesNotMatch(en.title + en.detail, INDONESIAN);
      assert.doesNotMatch(id.title + id.detail, ENGLISH);
    }
  });
});
