// `lapor-sandbox trigger <event-type>`: sends one realistic, correctly signed webhook to
// an agency's endpoint. The event is not made up: a private in-memory sandbox walks a
// complaint through the lifecycle until it emits that event, delivers it to a local
// catcher, and the exact body it sent is signed again with the agency's secret.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from '@lapor/client/contract';
import { sampleComplaint } from '../seed/sample.ts';
import { signatureHeaders } from '../domain/webhooks.ts';
import { TEST_KEYS } from '../seed/index.ts';
import { startSandbox } from '../index.ts';

/** What the agency's endpoint answered. */
export interface TriggerResult {
  type: WebhookEventType;
  /** The headers and body that were sent. */
  sent: { headers: Record<string, string>; body: string };
  /** HTTP status, or undefined when the endpoint could not be reached. */
  status: number | undefined;
  /** First 500 characters of the answer, or the network error. */
  answer: string;
  /** Milliseconds from sending to the end of the answer. */
  ms: number;
}

export class TriggerError extends Error {
  override name = 'TriggerError';
}

type Step = (api: Driver) => Promise<void>;

/** How each event type comes about, from a fresh complaint the agency filed for a citizen. */
const SCENARIOS: Partial<Record<WebhookEventType, Step[]>> = {
  'complaint.submitted': [],
  'complaint.forwarded': [(d) => d.admin('forward', { institutionId: TEST_KEYS.institutionId })],
  'complaint.held': [(d) => d.admin('hold', { reason: 'incomplete_data', note: 'Mohon sebutkan lokasi persisnya.' })],
  'complaint.redirected': [
    (d) => d.admin('forward', { institutionId: 'kemenkes' }),
    (d) => d.admin('redirect', { institutionId: TEST_KEYS.institutionId }),
  ],
  'complaint.archived': [(d) => d.admin('archive', { reason: 'Laporan terlalu umum dan tidak menyebutkan layanan yang dikeluhkan.' })],
  'complaint.followed_up': [(d) => d.admin('forward', { institutionId: TEST_KEYS.institutionId }), followUp],
  'complaint.reporter_replied': [
    (d) => d.admin('forward', { institutionId: TEST_KEYS.institutionId }),
    followUp,
    (d) => d.reply('Terima kasih, tetapi lubangnya masih ada di sisi utara jalan.'),
  ],
  'complaint.closed': [(d) => d.admin('forward', { institutionId: TEST_KEYS.institutionId }), followUp, (d) => d.admin('close', {})],
  'complaint.rated': [
    (d) => d.admin('forward', { institutionId: TEST_KEYS.institutionId }),
    followUp,
    (d) => d.admin('close', {}),
    (d) => d.rate(5, 'Lubang sudah ditambal dengan rapi. Terima kasih.'),
  ],
  'complaint.escalated': [(d) => d.admin('forward', { institutionId: TEST_KEYS.institutionId }), (d) => d.clock(61)],
};

function followUp(d: Driver): Promise<void> {
  return d.admin('follow-up', { body: 'Dinas PUPR telah menjadwalkan penambalan jalan pada hari Senin.' });
}

/** Event types the trigger can produce today. */
export const TRIGGER_TYPES = WEBHOOK_EVENT_TYPES.filter((type) => SCENARIOS[type]);

interface Driver {
  admin(action: string, body: object): Promise<void>;
  reply(body: string): Promise<void>;
  rate(rating: number, comment: string): Promise<void>;
  clock(days: number): Promise<void>;
}

async function ok(response: Response, what: string): Promise<any> {
  const text = await response.text();
  if (!response.ok) throw new TriggerError(`the sandbox refused ${what} (HTTP ${response.status}): ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : undefined;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** Lets a private sandbox produce a delivery of `type`; resolves with the body it sent and its webhook id. */
export async function produceEvent(type: WebhookEventType, timeoutMs = 15_000): Promise<{ id: string; body: string }> {
  const steps = SCENARIOS[type];
  if (!steps) throw new TriggerError(`the sandbox cannot produce ${type} yet; it can produce ${TRIGGER_TYPES.join(', ')}`);
  let caught: (delivery: { id: string; body: string }) => void;
  const delivered = new Promise<{ id: string; body: string }>((resolve) => (caught = resolve));
  const catcher = createServer(async (request, response) => {
    const body = await readBody(request);
    response.writeHead(204).end();
    caught({ id: String(request.headers['webhook-id']), body });
  });
  await new Promise<void>((resolve) => catcher.listen(0, '127.0.0.1', resolve));
  const sandbox = await startSandbox({ port: 0, db: ':memory:', clock: 'manual', rateLimit: 'off', log: false });
  try {
    const url = sandbox.url;
    const json = (key: string | null, body: object): RequestInit => ({
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID(), ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: JSON.stringify(body),
    });
    const catcherUrl = `http://127.0.0.1:${(catcher.address() as AddressInfo).port}/hook`;
    await ok(await fetch(`${url}/v1/agency/webhooks`, json(TEST_KEYS.secret, { url: catcherUrl, events: [type] })), 'the webhook endpoint');
    // Filed through the agency route: the submitting institution follows the timeline from
    // the first event on (the site that merely hosted a form hears nothing before disposition).
    const created = await ok(await fetch(`${url}/v1/agency/complaints`, json(TEST_KEYS.secret, { ...sampleComplaint(), sourceRef: 'LOKET-UJI-1' })), 'the complaint');
    const driver: Driver = {
      admin: async (action, body) => ok(await fetch(`${url}/_sandbox/complaints/${created.trackingId}/${action}`, json(null, body)), action),
      reply: async (body) =>
        ok(
          await fetch(`${url}/v1/complaints/${created.trackingId}/replies`, {
            ...json(TEST_KEYS.publishable, { body }),
            headers: { ...(json(TEST_KEYS.publishable, {}).headers as Record<string, string>), 'reporter-token': created.reporterToken },
          }),
          'the reply',
        ),
      rate: async (rating, comment) =>
        ok(
          await fetch(`${url}/v1/complaints/${created.trackingId}/rating`, {
            ...json(TEST_KEYS.publishable, { rating, comment }),
            headers: { ...(json(TEST_KEYS.publishable, {}).headers as Record<string, string>), 'reporter-token': created.reporterToken },
          }),
          'the rating',
        ),
      clock: async (days) => ok(await fetch(`${url}/_sandbox/clock`, json(null, { advanceDays: days })), 'the clock'),
    };
    for (const step of steps) await step(driver);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new TriggerError(`the sandbox did not deliver ${type} within ${timeoutMs} ms`)), timeoutMs);
    });
    return await Promise.race([delivered, timeout]).finally(() => clearTimeout(timer));
  } finally {
    await sandbox.close();
    catcher.closeAllConnections();
    await new Promise<void>((resolve) => catcher.close(() => resolve()));
  }
}

/** Whether a string is a Standard Webhooks secret: `whsec_` and base64 of at least 16 bytes. */
export function isWebhookSecret(secret: string): boolean {
  const match = /^whsec_([A-Za-z0-9+/]+={0,2})$/.exec(secret);
  return !!match && Buffer.from(match[1]!, 'base64').length >= 16;
}

/** Produces a `type` event and delivers it to `url`, signed with `secret`, as LAPOR! would. */
export async function trigger(type: WebhookEventType, url: string, secret: string, options: { timeoutMs?: number } = {}): Promise<TriggerResult> {
  if (!isWebhookSecret(secret)) throw new TriggerError('the secret must be the whsec_… value you were given when the endpoint was registered');
  const event = await produceEvent(type);
  const headers = { 'content-type': 'application/json', 'user-agent': 'lapor-sandbox-trigger', ...signatureHeaders(secret, event.id, event.body, Math.floor(Date.now() / 1000)) };
  const started = performance.now();
  try {
    const response = await fetch(url, { method: 'POST', headers, body: event.body, redirect: 'manual', signal: AbortSignal.timeout(options.timeoutMs ?? 15_000) });
    const answer = (await response.text()).slice(0, 500);
    return { type, sent: { headers, body: event.body }, status: response.status, answer, ms: Math.round(performance.now() - started) };
  } catch (error) {
    // fetch says only "fetch failed"; the cause names what happened (ECONNREFUSED, a timeout, a bad port).
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const answer = cause?.code ?? cause?.message ?? (error as Error).message;
    return { type, sent: { headers, body: event.body }, status: undefined, answer, ms: Math.round(performance.now() - started) };
  }
}
