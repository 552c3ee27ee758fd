// Drives real sandboxes through every route of the contract, every problem code they can
// answer and every webhook they deliver, and keeps what was sent and received as the
// OpenAPI document's examples. `npm run openapi` stores them; a sandbox test captures
// them afresh and compares, so that examples cannot drift from the sandbox.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { startSandbox, type Sandbox } from '@lapor/sandbox';
import type { ProblemCode } from '@lapor/client/contract';
import type { CapturedExamples } from '@lapor/client/openapi';
import { sampleReport } from './sample-report.ts';

const pk = 'pk_test_sandbox';
const sk = 'sk_test_sandbox';
// The first bytes of a PNG: the sandbox decides the type from them.
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
/** Lists in examples keep their first items: a long real answer is no clearer. */
const LIST_ITEMS = 3;

interface Reply {
  status: number;
  body: any;
}

interface Call {
  key?: string | null;
  body?: unknown;
  raw?: BodyInit;
  headers?: Record<string, string>;
  idempotencyKey?: string | null;
}

function client(base: string) {
  return async function call(method: string, path: string, expected: number, options: Call = {}): Promise<Reply> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.key !== null) headers.authorization = `Bearer ${options.key ?? pk}`;
    if (method === 'POST' && options.idempotencyKey !== null) headers['idempotency-key'] ??= options.idempotencyKey ?? randomUUID();
    let body = options.raw;
    if (options.body !== undefined) {
      headers['content-type'] ??= 'application/json';
      body = JSON.stringify(options.body);
    }
    const response = await fetch(base + path, { method, headers, body, ...(body instanceof ReadableStream ? { duplex: 'half' } : {}) });
    const text = await response.text();
    const reply = { status: response.status, body: text ? JSON.parse(text) : undefined };
    if (reply.status !== expected) throw new Error(`${method} ${path}: expected ${expected}, got ${reply.status} ${text.slice(0, 300)}`);
    return reply;
  };
}

/** A webhook endpoint that keeps the first delivery of each event type. */
async function receiver(): Promise<{ url: string; deliveries: Map<string, unknown>; server: Server }> {
  const deliveries = new Map<string, unknown>();
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const payload = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { type: string };
      if (!deliveries.has(payload.type)) deliveries.set(payload.type, payload);
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/lapor/webhook`, deliveries, server };
}

function firstItems<T extends { data: unknown[] }>(page: T): T {
  return { ...page, data: page.data.slice(0, LIST_ITEMS) };
}

/**
 * Captures the examples from sandboxes of its own (in memory, on free ports): every
 * operation's request and success answer, one problem document per code the sandbox
 * answers with, and one delivery per webhook event type it sends.
 */
export async function captureExamples(): Promise<CapturedExamples> {
  const sandbox = await startSandbox({ port: 0, db: ':memory:', clock: 'manual', rateLimit: 'off' });
  const limited = await startSandbox({ port: 0, db: ':memory:', rateLimit: 1 });
  const hooks = await receiver();
  try {
    return await capture(sandbox, limited, hooks);
  } finally {
    await Promise.all([sandbox.close(), limited.close(), new Promise((resolve) => hooks.server.close(resolve))]);
  }
}

async function capture(sandbox: Sandbox, limited: Sandbox, hooks: Awaited<ReturnType<typeof receiver>>): Promise<CapturedExamples> {
  const call = client(sandbox.url);
  const admin = (path: string, body: unknown = {}) => call('POST', `/_sandbox${path}`, path.startsWith('/complaints/') ? 201 : 200, { key: null, idempotencyKey: null, body });
  const operations: CapturedExamples['operations'] = {};
  const problems: CapturedExamples['problems'] = {};
  const operation = (operationId: string, responses: Record<string, unknown>, request?: unknown) => {
    operations[operationId] = { ...(request === undefined ? {} : { request }), responses };
  };
  const problem = async (code: ProblemCode, operationId: string, reply: Promise<Reply>) => {
    const { body } = await reply;
    if (body?.code !== code) throw new Error(`${operationId}: expected the problem ${code}, got ${JSON.stringify(body)}`);
    problems[code] = { operationId, body };
  };

  // An endpoint for every event, so that each kind of delivery is seen once.
  const endpointInput = { url: hooks.url, events: ['*'], description: 'Sistem pengaduan Pemerintah Kota Mataram' };
  operation('createWebhookEndpoint', { default: (await call('POST', '/v1/agency/webhooks', 201, { key: sk, body: endpointInput })).body }, endpointInput);

  operation('listCategories', { default: firstItems((await call('GET', '/v1/categories', 200)).body) });
  operation('searchInstitutions', { default: (await call('GET', '/v1/institutions?q=mataram&limit=2', 200)).body });
  operation('getInstitution', { default: (await call('GET', '/v1/institutions/pemkot-mataram', 200)).body });
  operation('searchRegions', { default: (await call('GET', `/v1/regions?parentCode=52&limit=${LIST_ITEMS}`, 200)).body });
  operation('getRegion', { default: (await call('GET', '/v1/regions/52.71', 200)).body });

  const upload = await call('POST', '/v1/attachments', 201, {
    raw: new Uint8Array(PNG),
    headers: { 'content-type': 'image/png', 'content-disposition': 'attachment; filename="lubang-jalan.png"' },
  });
  operation('uploadAttachment', { default: upload.body });

  const categoryId = (await call('GET', '/v1/categories', 200)).body.data.find((c: { parentId: string | null }) => c.parentId !== null).id;
  const reportInput = { ...sampleReport, institutionId: 'pemkot-mataram', categoryId, attachmentIds: [upload.body.id] };
  const created = await call('POST', '/v1/complaints', 201, { body: reportInput });
  operation('createComplaint', { default: created.body }, reportInput);
  const trackingId: string = created.body.trackingId;
  const token = { 'reporter-token': created.body.reporterToken as string };

  await admin(`/complaints/${trackingId}/forward`, { institutionId: 'pemkot-mataram' });
  const followUpInput = { body: 'Terima kasih atas laporannya. Dinas PUPR menjadwalkan penambalan jalan tersebut pada 2 Desember 2026.' };
  operation('followUpComplaint', { default: (await call('POST', `/v1/agency/complaints/${trackingId}/follow-ups`, 201, { key: sk, body: followUpInput })).body }, followUpInput);
  const replyInput = { body: 'Terima kasih, akan saya pantau sampai selesai.' };
  operation('replyToComplaint', { default: (await call('POST', `/v1/complaints/${trackingId}/replies`, 201, { body: replyInput, headers: token })).body }, replyInput);
  operation('getComplaint', {
    public: (await call('GET', `/v1/complaints/${trackingId}`, 200)).body,
    reporter: (await call('GET', `/v1/complaints/${trackingId}`, 200, { headers: token })).body,
  });
  operation('listComplaintEvents', { default: (await call('GET', `/v1/complaints/${trackingId}/events`, 200)).body });
  operation('getAgencyComplaint', { default: (await call('GET', `/v1/agency/complaints/${trackingId}`, 200, { key: sk })).body });
  operation('listAgencyComplaintEvents', { default: (await call('GET', `/v1/agency/complaints/${trackingId}/events`, 200, { key: sk })).body });
  // The reporter on a new phone: a code to the e-mail given in the report, then a new token.
  const accessInput = { contact: 'siti@example.id' };
  operation('requestComplaintAccess', { default: (await call('POST', `/v1/complaints/${trackingId}/access-requests`, 202, { body: accessInput })).body }, accessInput);
  const mailbox = await call('GET', `/_sandbox/notifications?trackingId=${trackingId}&limit=1`, 200, { key: null });
  await problem('invalid_access_code', 'redeemComplaintAccess', call('POST', `/v1/complaints/${trackingId}/access-tokens`, 401, { body: { code: '000000' } }));
  const codeInput = { code: /: (\d{6})\b/.exec(mailbox.body.data[0].text)![1]! };
  operation('redeemComplaintAccess', { default: (await call('POST', `/v1/complaints/${trackingId}/access-tokens`, 201, { body: codeInput })).body }, codeInput);

  // A report that came through the agency's own counter: held, forwarded, then redirected.
  const agencyInput = {
    ...sampleReport,
    title: 'Lampu penerangan jalan mati di Jl. Majapahit',
    body: 'Sudah seminggu tiga lampu penerangan jalan di depan pasar mati, jalan gelap dan rawan kecelakaan.',
    sourceRef: 'LOKET-2026-0142',
  };
  const agencyCreated = await call('POST', '/v1/agency/complaints', 201, { key: sk, body: agencyInput });
  operation('createAgencyComplaint', { default: agencyCreated.body }, agencyInput);
  const second: string = agencyCreated.body.trackingId;
  await problem(
    'invalid_transition',
    'followUpComplaint',
    call('POST', `/v1/agency/complaints/${second}/follow-ups`, 409, { key: sk, body: followUpInput }),
  );
  await admin(`/complaints/${second}/hold`, { reason: 'incomplete_data', note: 'Mohon sebutkan titik lampu yang mati.' });
  await admin(`/complaints/${second}/forward`, { institutionId: 'pemkot-mataram' });
  await admin(`/complaints/${second}/redirect`, { institutionId: 'kemenkes' });
  const third = (await call('POST', '/v1/agency/complaints', 201, { key: sk, body: { ...agencyInput, sourceRef: 'LOKET-2026-0143' } })).body.trackingId;
  await admin(`/complaints/${third}/archive`, { reason: 'Laporan ganda dari LOKET-2026-0142' });
  const fourthCreated = (await call('POST', '/v1/agency/complaints', 201, { key: sk, body: { ...agencyInput, sourceRef: 'LOKET-2026-0144' } })).body;
  const fourth: string = fourthCreated.trackingId;
  const fourthToken = { 'reporter-token': fourthCreated.reporterToken as string };
  const ratingInput = { rating: 4, comment: 'Lampu sudah menyala lagi dua hari setelah laporan diteruskan.' };
  await admin(`/complaints/${fourth}/forward`, { institutionId: 'pemkot-mataram' });
  await call('POST', `/v1/agency/complaints/${fourth}/follow-ups`, 201, { key: sk, body: followUpInput });
  await call('POST', `/v1/complaints/${fourth}/rating`, 409, { body: ratingInput, headers: fourthToken });
  await admin(`/complaints/${fourth}/close`);
  operation('rateComplaint', { default: (await call('POST', `/v1/complaints/${fourth}/rating`, 201, { body: ratingInput, headers: fourthToken })).body }, ratingInput);
  await problem('already_rated', 'rateComplaint', call('POST', `/v1/complaints/${fourth}/rating`, 409, { body: ratingInput, headers: fourthToken }));
  operation('listAgencyComplaints', { default: (await call('GET', '/v1/agency/complaints?limit=2', 200, { key: sk })).body });
  // What anyone reads of the institution's record: its public reports and its figures.
  operation('listComplaints', { default: (await call('GET', '/v1/complaints?institutionId=pemkot-mataram&limit=2', 200)).body });
  operation('getInstitutionStats', { default: (await call('GET', '/v1/institutions/pemkot-mataram/stats', 200)).body });

  operation('listWebhookEndpoints', { default: (await call('GET', '/v1/agency/webhooks', 200, { key: sk })).body });
  const spare = await call('POST', '/v1/agency/webhooks', 201, { key: sk, body: { url: `${hooks.url}/lama`, events: ['complaint.closed'] } });
  await call('DELETE', `/v1/agency/webhooks/${spare.body.id}`, 204, { key: sk });
  operation('deleteWebhookEndpoint', {});

  // Problems, each from the route a client would meet it on.
  await problem('validation_failed', 'createComplaint', call('POST', '/v1/complaints', 422, { body: { ...sampleReport, title: 'Rusak', incidentDate: '2099-01-01' } }));
  await problem('invalid_json', 'createComplaint', call('POST', '/v1/complaints', 400, { raw: '{"title": ', headers: { 'content-type': 'application/json' } }));
  await problem('unsupported_media_type', 'createComplaint', call('POST', '/v1/complaints', 415, { raw: 'judul=Jalan', headers: { 'content-type': 'application/x-www-form-urlencoded' } }));
  await problem('idempotency_key_required', 'createComplaint', call('POST', '/v1/complaints', 400, { body: sampleReport, idempotencyKey: null }));
  await problem('publishable_key_required', 'createComplaint', call('POST', '/v1/complaints', 403, { key: sk, body: sampleReport }));
  await problem('attachment_not_found', 'createComplaint', call('POST', '/v1/complaints', 422, { body: { ...sampleReport, attachmentIds: ['att_tidakada'] } }));
  const reused = randomUUID();
  await call('POST', '/v1/complaints', 201, { body: sampleReport, idempotencyKey: reused });
  await problem('idempotency_key_reused', 'createComplaint', call('POST', '/v1/complaints', 422, { body: { ...sampleReport, title: 'Judul yang lain' }, idempotencyKey: reused }));
  await problem('payload_too_large', 'createComplaint', call('POST', '/v1/complaints', 413, { body: { ...sampleReport, body: 'x'.repeat(300 * 1024) } }));
  await problem('invalid_query', 'searchInstitutions', call('GET', '/v1/institutions?limit=0', 400));
  await problem('unauthorized', 'listCategories', call('GET', '/v1/categories', 401, { key: null }));
  await problem('origin_not_allowed', 'listCategories', call('GET', '/v1/categories', 403, { headers: { origin: 'https://situs-lain.example' } }));
  await problem('forbidden', 'listAgencyComplaints', call('GET', '/v1/agency/complaints', 403, { key: sk, headers: { origin: 'http://localhost:8080' } }));
  await problem('secret_key_required', 'listAgencyComplaints', call('GET', '/v1/agency/complaints', 403));
  await problem('invalid_reporter_token', 'replyToComplaint', call('POST', `/v1/complaints/${trackingId}/replies`, 401, { body: replyInput }));
  await problem('not_found', 'getComplaint', call('GET', '/v1/complaints/99999999', 404));
  await problem('idempotency_in_flight', 'uploadAttachment', inFlight(sandbox.url, call));
  await admin('/faults', { spec: 'fail-before-commit=1' });
  await problem('service_unavailable', 'listCategories', call('GET', '/v1/categories', 503));
  await admin('/faults', { spec: '' });
  const limitedCall = client(limited.url);
  await limitedCall('GET', '/v1/categories', 200);
  await problem('rate_limited', 'listCategories', limitedCall('GET', '/v1/categories', 429));

  // Escalation to the Ombudsman: 60 days without settling.
  await admin('/clock', { advanceDays: 61 });
  const types = ['submitted', 'forwarded', 'held', 'redirected', 'archived', 'followed_up', 'reporter_replied', 'closed', 'escalated', 'rated'];
  const deadline = Date.now() + 15_000;
  while (types.some((type) => !hooks.deliveries.has(`complaint.${type}`)) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const missing = types.filter((type) => !hooks.deliveries.has(`complaint.${type}`));
  if (missing.length) throw new Error(`no webhook delivery of ${missing.join(', ')}`);
  const webhooks = Object.fromEntries([...hooks.deliveries].sort(([a], [b]) => a.localeCompare(b)));
  return { operations, problems, webhooks };
}

/** A body that sends its first bytes and then waits, until `finish()`. */
function slowBody(): { body: ReadableStream<Uint8Array>; finish(): void } {
  let finish!: () => void;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new Uint8Array(PNG));
      finish = () => controller.close();
    },
  });
  return { body, finish };
}

/** A second upload with the key of one whose body is still arriving answers 409. */
async function inFlight(base: string, call: ReturnType<typeof client>): Promise<Reply> {
  const headers = { 'content-type': 'image/png', 'content-disposition': 'attachment; filename="lubang-jalan.png"' };
  const key = randomUUID();
  const first = slowBody();
  const stored = call('POST', '/v1/attachments', 201, { raw: first.body, headers, idempotencyKey: key });
  try {
    // The second request keeps its body open too, so that it cannot complete and take the
    // key should it reach the sandbox before the first: then it is abandoned and sent again.
    for (let attempt = 1; ; attempt++) {
      const abort = new AbortController();
      const second = slowBody();
      const response = fetch(`${base}/v1/attachments`, {
        method: 'POST',
        headers: { ...headers, authorization: `Bearer ${pk}`, 'idempotency-key': key },
        body: second.body,
        duplex: 'half',
        signal: abort.signal,
      } as RequestInit);
      const answered = await Promise.race([response, new Promise<undefined>((resolve) => setTimeout(resolve, 250))]);
      if (answered) {
        const reply = { status: answered.status, body: await answered.json() };
        if (reply.status !== 409) throw new Error(`a second upload in flight: expected 409, got ${reply.status}`);
        return reply;
      }
      abort.abort();
      response.catch(() => undefined);
      if (attempt === 40) throw new Error('a second upload in flight was never refused');
    }
  } finally {
    first.finish();
    await stored;
  }
}
