// Stored answers for Idempotency-Key replays, without secrets in readable form.
//
// A replay must give the caller everything the first answer gave, the reporter token (or
// a webhook signing secret) included: a client whose first answer was lost has no other
// way to learn it. But the table lives 24 hours on disk, and a token there opens a
// confidential report. So the secret fields of an answer are stored encrypted with
// AES-256-GCM under a key derived (HKDF-SHA256) from the Idempotency-Key, which only the
// caller holds: the table keeps the SHA-256 of the Idempotency-Key, never the key itself.
// Whoever reads the database (a backup, a copied file) cannot open them; whoever replays
// with the right Idempotency-Key, API key and the same body gets them back. This is only
// as strong as the Idempotency-Key is unguessable: the client and the widget use random
// UUIDs (122 random bits).
import { createCipheriv, createDecipheriv, createSecretKey, hkdfSync, randomBytes, type KeyObject } from 'node:crypto';
import { sha256Hex } from '../domain/tokens.ts';

const INFO = 'lapor-sandbox idempotency secrets v1';

// A KeyObject, not a Buffer: given raw bytes, createCipheriv first asks whether they are a
// KeyObject or a CryptoKey, and Node answers each question by throwing and catching a
// TypeError. Those two exceptions cost more than the encryption itself (about half of
// sealing under load, which is what cut the sandbox's submissions per second by a third);
// createSecretKey takes bytes without asking.
function keyFor(idempotencyKey: string, apiKey: string): KeyObject {
  return createSecretKey(new Uint8Array(hkdfSync('sha256', idempotencyKey, apiKey, INFO, 32)));
}

/** What the idempotency table stores under an Idempotency-Key: its SHA-256. */
export function idempotencySlot(idempotencyKey: string): string {
  return sha256Hex(idempotencyKey);
}

/** The answer body to store: `secretFields` taken out, and sealed on their own (null when there were none). */
export function sealAnswer(
  body: unknown,
  secretFields: readonly string[],
  idempotencyKey: string,
  apiKey: string,
): { body: string; sealed: string | null } {
  if (body === undefined) return { body: '', sealed: null };
  if (secretFields.length === 0 || typeof body !== 'object' || body === null) return { body: JSON.stringify(body), sealed: null };
  const open: Record<string, unknown> = { ...(body as Record<string, unknown>) };
  const secrets: Record<string, unknown> = {};
  for (const field of secretFields) {
    if (field in open) {
      secrets[field] = open[field];
      open[field] = null; // keeps the field's place, so a replay reads like the first answer
    }
  }
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFor(idempotencyKey, apiKey), iv);
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(secrets), 'utf8'), cipher.final()]);
  return { body: JSON.stringify(open), sealed: Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64url') };
}

/** The stored answer body with its sealed fields opened again with the caller's Idempotency-Key. */
export function openAnswer(stored: { body: string; sealed: string | null }, idempotencyKey: string, apiKey: string): unknown {
  if (stored.body === '') return undefined;
  const body = JSON.parse(stored.body) as Record<string, unknown>;
  if (!stored.sealed) return body;
  const sealed = Buffer.from(stored.sealed, 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', keyFor(idempotencyKey, apiKey), sealed.subarray(0, 12));
  decipher.setAuthTag(sealed.subarray(12, 28));
  const secrets = JSON.parse(Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8')) as Record<string, unknown>;
  return { ...body, ...secrets };
}
