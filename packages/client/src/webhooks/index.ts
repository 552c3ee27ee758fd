/**
 * Verifying LAPOR! webhook deliveries. Web Crypto only, so it runs in Node, browsers,
 * Deno, Bun and edge workers.
 *
 * Every delivery carries `Lapor-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "t.body")>`.
 * Verify against the raw body exactly as received, before parsing it.
 *
 * @example
 * ```ts
 * import { verifyWebhook, WebhookVerificationError } from '@lapor/client/webhooks';
 *
 * app.post('/hooks/lapor', express.raw({ type: 'application/json' }), async (req, res) => {
 *   try {
 *     const event = await verifyWebhook({
 *       payload: req.body,                         // Buffer: the raw body
 *       signature: req.header('lapor-signature'),
 *       secret: [process.env.LAPOR_WEBHOOK_SECRET!, process.env.LAPOR_WEBHOOK_SECRET_OLD!],
 *     });
 *     await handle(event);                         // deduplicate on event.id: delivery is at least once
 *     res.sendStatus(204);
 *   } catch (error) {
 *     if (error instanceof WebhookVerificationError) res.status(400).send(error.reason);
 *     else throw error;
 *   }
 * });
 * ```
 * @module
 */
import { webhookEvent, type WebhookEvent } from '../contract/webhooks.ts';

export type { WebhookEvent } from '../contract/webhooks.ts';

/** Why a delivery was refused. */
export type WebhookVerificationReason =
  | 'raw_body_required'
  | 'missing_signature'
  | 'malformed_signature'
  | 'stale_timestamp'
  | 'no_matching_signature'
  | 'invalid_payload';

/** A delivery that must not be trusted; `reason` says why. */
export class WebhookVerificationError extends Error {
  override name = 'WebhookVerificationError';
  readonly reason: WebhookVerificationReason;

  constructor(reason: WebhookVerificationReason, message: string) {
    super(message);
    this.reason = reason;
  }
}

export interface VerifyWebhookOptions {
  /** The raw request body, exactly as received: a string, bytes or a Node Buffer. Not parsed JSON. */
  payload: string | Uint8Array | ArrayBuffer;
  /** The `Lapor-Signature` header. */
  signature: string | null | undefined;
  /** The endpoint's signing secret, or several during a rotation (any may match). */
  secret: string | readonly string[];
  /** Largest accepted age (or clock skew) of the signature, in seconds. Default 300. */
  tolerance?: number;
  /** The current time in ms, for tests. Default `Date.now()`. */
  now?: number;
}

const encoder = new TextEncoder();

function hexToBytes(hex: string): Uint8Array<ArrayBuffer> | undefined {
  if (hex.length % 2 !== 0 || !/^[0-9a-f]*$/i.test(hex)) return undefined;
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

function rawBytes(payload: unknown): Uint8Array<ArrayBuffer> {
  if (typeof payload === 'string') return encoder.encode(payload);
  if (payload instanceof ArrayBuffer) return new Uint8Array(payload);
  if (payload instanceof Uint8Array) return new Uint8Array(payload);
  throw new WebhookVerificationError(
    'raw_body_required',
    'verifyWebhook needs the raw body (string or bytes) exactly as received; the signature covers those bytes, not parsed JSON. ' +
      'With Express use express.raw({ type: "application/json" }); with fetch-style handlers use await request.text().',
  );
}

/**
 * Checks a delivery's signature (constant-time, with a tolerance window and any of
 * several secrets) and returns the parsed event. Throws {@link WebhookVerificationError}.
 */
export async function verifyWebhook(options: VerifyWebhookOptions): Promise<WebhookEvent> {
  const body = rawBytes(options.payload);
  const header = options.signature;
  if (!header) throw new WebhookVerificationError('missing_signature', 'The Lapor-Signature header is missing.');
  let timestamp: number | undefined;
  const signatures: Uint8Array<ArrayBuffer>[] = [];
  for (const part of header.split(',')) {
    const [name, value = ''] = part.trim().split('=', 2) as [string, string?];
    if (name === 't' && /^\d+$/.test(value)) timestamp = Number(value);
    if (name === 'v1') {
      const bytes = hexToBytes(value);
      if (bytes?.length === 32) signatures.push(bytes);
    }
  }
  if (timestamp === undefined || signatures.length === 0) {
    throw new WebhookVerificationError('malformed_signature', 'The Lapor-Signature header is not "t=<unix seconds>,v1=<hex>".');
  }
  const tolerance = options.tolerance ?? 300;
  const age = (options.now ?? Date.now()) / 1000 - timestamp;
  if (Math.abs(age) > tolerance) {
    throw new WebhookVerificationError(
      'stale_timestamp',
      `The signature is ${Math.round(Math.abs(age))} s ${age >= 0 ? 'old' : 'in the future'}; at most ${tolerance} s is accepted (replayed or clock skew).`,
    );
  }
  const signed = new Uint8Array(encoder.encode(`${timestamp}.`).length + body.length);
  signed.set(encoder.encode(`${timestamp}.`));
  signed.set(body, signed.length - body.length);
  const secrets = typeof options.secret === 'string' ? [options.secret] : options.secret;
  let matched = false;
  for (const secret of secrets) {
    const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
    // crypto.subtle.verify compares in constant time.
    for (const signature of signatures) if (await crypto.subtle.verify('HMAC', key, signature, signed)) matched = true;
  }
  if (!matched) {
    throw new WebhookVerificationError('no_matching_signature', 'No signature matches the secret(s): wrong secret, or the body was changed.');
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(body));
  } catch {
    throw new WebhookVerificationError('invalid_payload', 'The signed body is not JSON.');
  }
  const parsed = webhookEvent.safeParse(json);
  if (!parsed.success) throw new WebhookVerificationError('invalid_payload', 'The signed body is not a LAPOR! webhook event.');
  return parsed.data;
}
