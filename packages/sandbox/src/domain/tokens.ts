import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

// Random bytes are drawn from the OS in blocks: one system call per many identifiers.
let pool = Buffer.alloc(0);
let offset = 0;
function random(bytes: number): Buffer {
  if (offset + bytes > pool.length) {
    pool = randomBytes(Math.max(4096, bytes));
    offset = 0;
  }
  const out = pool.subarray(offset, offset + bytes);
  offset += bytes;
  return out;
}

/** A random identifier with a prefix, e.g. `att_3f9a…`. */
export function randomId(prefix: string, bytes = 12): string {
  return `${prefix}_${random(bytes).toString('base64url')}`;
}

/** A secret to hand out once; only its hash is stored. */
export function newSecret(bytes = 24): string {
  return random(bytes).toString('base64url');
}

/** Random bytes in standard base64 (with `+` and `/`), as Standard Webhooks secrets are written. */
export function randomBytesBase64(bytes: number): string {
  return random(bytes).toString('base64');
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Constant-time comparison of a presented secret with a stored hash. */
export function matchesHash(secret: string, hash: string): boolean {
  const a = Buffer.from(sha256Hex(secret), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A tracking ID candidate: 7 digits, like LAPOR!'s (#1916449). */
export function trackingIdCandidate(digits = 7): string {
  return String(randomInt(10 ** (digits - 1), 10 ** digits));
}
