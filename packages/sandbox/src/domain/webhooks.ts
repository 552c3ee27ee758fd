import { createHmac, createSecretKey } from 'node:crypto';
import type { TimelineEvent, WebhookEndpoint, WebhookEndpointInput, WebhookEvent } from '@lapor/client/contract';
import { wibDateTime } from './calendar.ts';
import type { ComplaintRow } from './rows.ts';
import type { State } from './state.ts';
import { randomBytesBase64, randomId } from './tokens.ts';
import { webhookEvent, webhookRecipients } from './views.ts';

interface EndpointRow {
  id: string;
  institution_id: string;
  url: string;
  events: string;
  description: string | null;
  secret: string;
  created_at: number;
}

interface DeliveryRow {
  id: string;
  endpoint_id: string;
  event_id: string;
  type: string;
  payload: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  next_attempt_at: number;
  last_status: number | null;
  last_error: string | null;
  created_at: number;
  delivered_at: number | null;
}

/** Attempts per delivery, and the wait before each retry (doubling, capped). */
export const DELIVERY = { attempts: 8, firstRetryMs: 1000, maxRetryMs: 5 * 60_000, timeoutMs: 10_000 } as const;

// Endpoints change rarely and are read on every event: keep them per database in memory.
const endpointCache = new WeakMap<object, Map<string, EndpointRow[]>>();

function endpointsOf(state: State, institutionId: string): EndpointRow[] {
  let cache = endpointCache.get(state.db);
  if (!cache) endpointCache.set(state.db, (cache = new Map()));
  let rows = cache.get(institutionId);
  if (!rows) {
    rows = state.db.all<EndpointRow>('SELECT * FROM webhook_endpoints WHERE institution_id = ? AND deleted_at IS NULL', institutionId);
    cache.set(institutionId, rows);
  }
  return rows;
}

function forgetEndpoints(state: State, institutionId: string): void {
  endpointCache.get(state.db)?.delete(institutionId);
}

function endpointView(row: EndpointRow, secret?: string): WebhookEndpoint {
  return {
    id: row.id,
    url: row.url,
    events: JSON.parse(row.events) as string[],
    description: row.description,
    createdAt: wibDateTime(row.created_at),
    ...(secret ? { secret } : {}),
  };
}

export function createEndpoint(state: State, institutionId: string, input: WebhookEndpointInput): WebhookEndpoint {
  const row: EndpointRow = {
    id: randomId('we', 9),
    institution_id: institutionId,
    url: input.url,
    events: JSON.stringify(input.events),
    description: input.description ?? null,
    // Standard Webhooks: `whsec_` and the key in standard base64 (24 bytes, no padding),
    // which every verifier decodes, PHP's strict base64_decode included.
    secret: `whsec_${randomBytesBase64(24)}`,
    created_at: state.clock.now(),
  };
  state.db.run(
    'INSERT INTO webhook_endpoints (id, institution_id, url, events, description, secret, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    row.id,
    row.institution_id,
    row.url,
    row.events,
    row.description,
    row.secret,
    row.created_at,
  );
  forgetEndpoints(state, institutionId);
  return endpointView(row, row.secret);
}

export function listEndpoints(state: State, institutionId: string) {
  const rows = state.db.all<EndpointRow>(
    'SELECT * FROM webhook_endpoints WHERE institution_id = ? AND deleted_at IS NULL ORDER BY created_at, id',
    institutionId,
  );
  return { data: rows.map((row) => endpointView(row)), nextCursor: null };
}

/** Stops deliveries to an endpoint; false when the institution has no such endpoint. */
export function deleteEndpoint(state: State, institutionId: string, id: string): boolean {
  const result = state.db.run(
    'UPDATE webhook_endpoints SET deleted_at = ? WHERE id = ? AND institution_id = ? AND deleted_at IS NULL',
    state.clock.now(),
    id,
    institutionId,
  );
  if (Number(result.changes) === 0) return false;
  forgetEndpoints(state, institutionId);
  state.db.run("UPDATE webhook_deliveries SET status = 'failed', last_error = 'endpoint deleted' WHERE endpoint_id = ? AND status = 'pending'", id);
  return true;
}

/**
 * Queues a delivery of `event` to every endpoint of the institutions the visibility table
 * lets follow the timeline (the one handling the complaint, the agency that submitted it
 * through the agency route) and, for a redirection, of the institution it left, that
 * subscribed to its type. Runs in the transaction that recorded the event: an event is
 * never lost or half-sent.
 */
export function queueWebhooks(state: State, complaint: ComplaintRow, event: TimelineEvent): void {
  const institutions = webhookRecipients(complaint, event);
  if (institutions.length === 0) return;
  const type = `complaint.${event.type}`;
  const now = Date.now();
  let queued = false;
  for (const institutionId of institutions) {
    const projected = webhookEvent(complaint, institutionId, event);
    for (const endpoint of endpointsOf(state, institutionId)) {
      const events = JSON.parse(endpoint.events) as string[];
      if (!events.includes('*') && !events.includes(type)) continue;
      const payload = {
        id: event.id,
        type,
        createdAt: event.at,
        institutionId,
        data: { trackingId: complaint.tracking_id, status: event.status, event: projected },
      } as WebhookEvent;
      state.db.run(
        `INSERT INTO webhook_deliveries (id, endpoint_id, event_id, type, payload, status, next_attempt_at, created_at)
         VALUES (?, ?, ?, ?, ?, 'pending', ?, ?)`,
        randomId('whd', 9),
        endpoint.id,
        event.id,
        type,
        JSON.stringify(payload),
        now,
        now,
      );
      queued = true;
    }
  }
  if (queued) state.wake();
}

/**
 * Standard Webhooks headers for a delivery: `webhook-signature` is
 * `v1,<base64 HMAC-SHA256(key, "<id>.<unix seconds>.<body>")>`, the key being the
 * base64 part of the `whsec_` secret.
 */
export function signatureHeaders(secret: string, id: string, body: string, unixSeconds: number): Record<string, string> {
  // A KeyObject: raw bytes would cost two exceptions inside createHmac (see http/idempotency.ts).
  const key = createSecretKey(Buffer.from(secret.replace(/^whsec_/, ''), 'base64'));
  const mac = createHmac('sha256', key).update(`${id}.${unixSeconds}.${body}`).digest('base64');
  return { 'webhook-id': id, 'webhook-timestamp': String(unixSeconds), 'webhook-signature': `v1,${mac}` };
}

/**
 * Sends queued deliveries in the background: at least once, oldest first, retried with
 * doubling waits on any answer but 2xx. Signatures use the machine's real time, which
 * is what receivers check the tolerance against, even when the sandbox clock is manual.
 */
export class WebhookDispatcher {
  readonly #state: State;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> | undefined;
  #closed = false;
  readonly #inFlight = new Set<AbortController>();

  constructor(state: State) {
    this.#state = state;
  }

  /** Looks for due deliveries now (after new ones were queued). */
  wake(): void {
    if (this.#closed) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#drain(), 0);
    this.#timer.unref();
  }

  start(): void {
    this.wake();
  }

  #drain(): void {
    if (this.#running || this.#closed) return;
    this.#running = this.#sendDue()
      .catch(() => undefined)
      .finally(() => {
        this.#running = undefined;
        this.#schedule();
      });
  }

  #schedule(): void {
    if (this.#closed) return;
    const next = this.#state.db.get<{ at: number | null }>(
      "SELECT MIN(next_attempt_at) AS at FROM webhook_deliveries WHERE status = 'pending'",
    );
    if (next?.at == null) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#drain(), Math.max(0, next.at - Date.now()));
    this.#timer.unref();
  }

  async #sendDue(): Promise<void> {
    for (;;) {
      const due = this.#state.db.all<DeliveryRow & { url: string; secret: string }>(
        `SELECT d.*, e.url, e.secret FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id
         WHERE d.status = 'pending' AND d.next_attempt_at <= ? ORDER BY d.next_attempt_at, d.created_at LIMIT 20`,
        Date.now(),
      );
      if (due.length === 0 || this.#closed) return;
      await Promise.all(due.map((delivery) => this.#send(delivery)));
    }
  }

  async #send(delivery: DeliveryRow & { url: string; secret: string }): Promise<void> {
    const controller = new AbortController();
    this.#inFlight.add(controller);
    const timeout = setTimeout(() => controller.abort(), DELIVERY.timeoutMs);
    let status: number | null = null;
    let error: string | null = null;
    try {
      const response = await fetch(delivery.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'lapor-sandbox-webhooks',
          // The event id is the message id: the same on every retry, so receivers deduplicate on it.
          ...signatureHeaders(delivery.secret, delivery.event_id, delivery.payload, Math.floor(Date.now() / 1000)),
        },
        body: delivery.payload,
        signal: controller.signal,
        redirect: 'manual',
      });
      status = response.status;
      await response.body?.cancel();
      if (status < 200 || status > 299) error = `HTTP ${status}`;
    } catch (caught) {
      error = controller.signal.aborted ? 'timeout' : caught instanceof Error ? (caught.cause as Error | undefined)?.message ?? caught.message : String(caught);
    } finally {
      clearTimeout(timeout);
      this.#inFlight.delete(controller);
    }
    if (this.#closed) return;
    const attempts = delivery.attempts + 1;
    const now = Date.now();
    if (error === null) {
      this.#state.db.run(
        "UPDATE webhook_deliveries SET status = 'delivered', attempts = ?, last_status = ?, last_error = NULL, delivered_at = ? WHERE id = ?",
        attempts,
        status,
        now,
        delivery.id,
      );
      return;
    }
    const wait = Math.min(DELIVERY.maxRetryMs, DELIVERY.firstRetryMs * 2 ** (attempts - 1));
    this.#state.db.run(
      'UPDATE webhook_deliveries SET status = ?, attempts = ?, last_status = ?, last_error = ?, next_attempt_at = ? WHERE id = ?',
      attempts >= DELIVERY.attempts ? 'failed' : 'pending',
      attempts,
      status,
      error,
      now + wait,
      delivery.id,
    );
  }

  async close(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#timer);
    for (const controller of this.#inFlight) controller.abort();
    await this.#running;
  }
}

/** The delivery log for `/_sandbox/webhooks/deliveries`. */
export function listDeliveries(state: State, filter: { endpointId?: string | undefined; status?: string | undefined; eventId?: string | undefined }) {
  const rows = state.db.all<DeliveryRow>(
    `SELECT * FROM webhook_deliveries
     WHERE (?1 IS NULL OR endpoint_id = ?1) AND (?2 IS NULL OR status = ?2) AND (?3 IS NULL OR event_id = ?3)
     ORDER BY created_at, id LIMIT 500`,
    filter.endpointId ?? null,
    filter.status ?? null,
    filter.eventId ?? null,
  );
  return {
    data: rows.map((row) => ({
      id: row.id,
      endpointId: row.endpoint_id,
      eventId: row.event_id,
      type: row.type,
      status: row.status,
      attempts: row.attempts,
      lastStatus: row.last_status,
      lastError: row.last_error,
      nextAttemptAt: row.status === 'pending' ? new Date(row.next_attempt_at).toISOString() : null,
      createdAt: new Date(row.created_at).toISOString(),
      deliveredAt: row.delivered_at ? new Date(row.delivered_at).toISOString() : null,
      payload: JSON.parse(row.payload) as unknown,
    })),
  };
}
