/**
 * Verifying LAPOR! webhook deliveries. Web Crypto only, so it runs in Node, browsers,
 * Deno, Bun and edge workers.
 *
 * Deliveries follow the Standard Webhooks specification (standardwebhooks.com), so any
 * of its libraries (PHP, Python, Go, Java, Ruby, C#, Rust, TypeScript) verifies them too:
 *
 * - `webhook-id`: the event id (`evt_…`), the same on every retry: deduplicate on it;
 * - `webhook-timestamp`: when this attempt was signed, in Unix seconds;
 * - `webhook-signature`: `v1,<base64 HMAC-SHA256(key, "<id>.<timestamp>.<raw body>")>`,
 *   several separated by spaces while a secret is being rotated;
 * - the endpoint secret is `whsec_<base64>`; the HMAC key is the base64-decoded part.
 *
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
 *       headers: req.headers,                      // webhook-id, webhook-timestamp, webhook-signature
 *       // While rotating, the new and the old secret; an unset one would be refused.
 *       secret: [process.env.LAPOR_WEBHOOK_SECRET!, process.env.LAPOR_WEBHOOK_SECRET_OLD!].filter(Boolean),
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
  | 'invalid_secret'
  | 'missing_signature'
  | 'malformed_signature'
  | 'stale_timestamp'
  | 'no_matching_signature'
  | 'invalid_payload';

/** A delivery that must not be trusted (or a secret that cannot check one); `reason` says why. */
export class WebhookVerificationError extends Error {
  override name = 'WebhookVerificationError';
  readonly reason: WebhookVerificationReason;

  constructor(reason: WebhookVerificationReason, message: string) {
    super(message);
    this.reason = reason;
  }
}

/**
 * Request headers: a fetch `Headers`, or a plain object such as Node's `request.headers`
 * (names in any case).
 */
export type WebhookHeaders = Headers | Readonly<Record<string, string | readonly string[] | undefined>>;

export interface VerifyWebhookOptions {
  /** The raw request body, exactly as received: a string, bytes or a Node Buffer. Not parsed JSON. */
  payload: string | Uint8Array | ArrayBuffer;
  /** The request headers; `webhook-id`, `webhook-timestamp` and `webhook-signature` are read. */
  headers: WebhookHeaders;
  /** The endpoint's signing secret (`whsec_…`), or several during a rotation (any may match). */
  secret: string | readonly string[];
  /** Largest accepted age (or clock skew) of the signature, in seconds: finite, 0 or more. Default 300. */
  tolerance?: number;
  /** The current time in ms, for tests. Default `Date.now()`. */
  now?: number;
}

/**
 * Signatures read from one header. A rotation needs two; the cap keeps a hostile header
 * from buying one comparison per entry.
 */
export const MAX_SIGNATURES = 5;

const encoder = new TextEncoder();
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

function base64Bytes(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!BASE64.test(text)) return undefined;
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
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

function header(headers: WebhookHeaders, name: string): string | undefined {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const record = headers as Readonly<Record<string, string | readonly string[] | undefined>>;
  let value = record[name];
  if (value === undefined) {
    const key = Object.keys(record).find((k) => k.toLowerCase() === name);
    value = key === undefined ? undefined : record[key];
  }
  return typeof value === 'string' ? value : value?.[0];
}

/** The HMAC keys of the secrets; a secret that cannot be one is a configuration error, said as such. */
async function keysOf(secret: string | readonly string[]): Promise<CryptoKey[]> {
  const secrets: readonly unknown[] = typeof secret === 'string' ? [secret] : Array.isArray(secret) ? secret : [secret];
  if (secrets.length === 0) throw new WebhookVerificationError('invalid_secret', 'No webhook secret was given: pass the endpoint secret (whsec_…).');
  return Promise.all(
    secrets.map((value, index) => {
      const where = secrets.length > 1 ? ` (secret ${index + 1} of ${secrets.length})` : '';
      if (typeof value !== 'string' || value === '') {
        // An unset environment variable in a rotation list lands here: say so, not a DataError.
        throw new WebhookVerificationError('invalid_secret', `The webhook secret is empty or missing${where}: pass the endpoint secret (whsec_…).`);
      }
      const key = base64Bytes(value.startsWith('whsec_') ? value.slice(6) : value);
      if (!key || key.length === 0) {
        throw new WebhookVerificationError('invalid_secret', `The webhook secret is not "whsec_<base64>"${where}.`);
      }
      return crypto.subtle.importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    }),
  );
}

/** Compares two byte strings in time that depends on their length only. */
function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a[i]! ^ b[i]!;
  return difference === 0;
}

/**
 * Checks a delivery's Standard Webhooks signature (constant-time, with a tolerance window
 * and any of several secrets) and returns the parsed event. Throws
 * {@link WebhookVerificationError}, and a `RangeError` for a tolerance that is not a
 * finite number of seconds, 0 or more.
 */
export async function verifyWebhook(options: VerifyWebhookOptions): Promise<WebhookEvent> {
  const tolerance = options.tolerance ?? 300;
  // NaN or Infinity would make every timestamp "fresh": a replay window of forever.
  if (typeof tolerance !== 'number' || !Number.isFinite(tolerance) || tolerance < 0) {
    throw new RangeError(`verifyWebhook: tolerance must be a finite number of seconds, 0 or more (got ${String(tolerance)}).`);
  }
  const body = rawBytes(options.payload);
  const keys = await keysOf(options.secret);
  const id = header(options.headers, 'webhook-id');
  const timestampText = header(options.headers, 'webhook-timestamp');
  const signatureText = header(options.headers, 'webhook-signature');
  if (!id || !timestampText || !signatureText) {
    const missing = [!id && 'webhook-id', !timestampText && 'webhook-timestamp', !signatureText && 'webhook-signature'].filter(Boolean).join(', ');
    throw new WebhookVerificationError('missing_signature', `The delivery is not signed: ${missing} missing.`);
  }
  const signatures: Uint8Array[] = [];
  // split with a limit stops scanning there: a header of thousands of entries costs as much as a few.
  for (const entry of signatureText.trim().split(' ', MAX_SIGNATURES)) {
    if (!entry.startsWith('v1,')) continue; // other versions (e.g. v1a, asymmetric) are not ours
    const bytes = base64Bytes(entry.slice(3));
    if (bytes?.length === 32) signatures.push(bytes);
  }
  if (!/^\d{1,12}$/.test(timestampText) || signatures.length === 0) {
    throw new WebhookVerificationError(
      'malformed_signature',
      'The delivery headers are not Standard Webhooks: webhook-timestamp must be Unix seconds and webhook-signature "v1,<base64>".',
    );
  }
  const timestamp = Number(timestampText);
  const age = (options.now ?? Date.now()) / 1000 - timestamp;
  if (Math.abs(age) > tolerance) {
    throw new WebhookVerificationError(
      'stale_timestamp',
      `The signature is ${Math.round(Math.abs(age))} s ${age >= 0 ? 'old' : 'in the future'}; at most ${tolerance} s is accepted (replayed or clock skew).`,
    );
  }
  const prefix = encoder.encode(`${id}.${timestampText}.`);
  const signed = new Uint8Array(prefix.length + body.length);
  signed.set(prefix);
  signed.set(body, prefix.length);
  let matched = false;
  for (const key of keys) {
    // One HMAC per secret, compared with every signature in constant time.
    const expected = new Uint8Array(await crypto.subtle.sign('HMAC', key, signed));
    for (const signature of signatures) if (equalBytes(expected, signature)) matched = true;
  }
  if (!matched) {
    throw new WebhookVerificationError('no_matching_signature', 'No signature matches the secret(s): wrong secret, or the id, timestamp or body was changed.');
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

