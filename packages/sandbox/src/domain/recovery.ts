// Following a report from another device: the tracking ID and the contact given in the
// report ask for a one-time code, sent to that contact; the code gives a new reporter token.
//
// What an attacker who knows a tracking ID must not learn or do:
// - whether a contact belongs to a report, or whether the report exists: every request is
//   answered alike and does the same work (a request that does not match stores a decoy
//   code that never opens anything, and sends nothing);
// - guess a code: 6 digits, valid 15 minutes and once, a new code replaces the previous
//   one, 5 wrong codes void it, and codes and failures are limited per tracking ID and per
//   client address;
// - read a code from the disk: only a salted SHA-256 of it is stored. (Six digits cannot
//   resist guessing against a stolen hash; the short lifetime is what protects them.)
//
// The limits count on the sandbox clock, in memory: a restart forgets them, as it forgets
// the messages with codes (the local mailbox stands in for the citizen's phone).
import { randomInt, timingSafeEqual } from 'node:crypto';
import { ACCESS_CODE, type AccessGranted, type AccessRequested } from '@lapor/client/contract';
import { ProblemError } from '../http/problem.ts';
import { normalizePhone } from './contacts.ts';
import { sendMessage } from './notifications.ts';
import { findComplaint, type ComplaintRow } from './rows.ts';
import type { State } from './state.ts';
import { newSecret, randomId, sha256Hex } from './tokens.ts';

/** How often codes may be asked for and tried (inferred; LAPOR! publishes none). */
export const RECOVERY_LIMITS = {
  /** Code requests per tracking ID per hour, whoever asks. */
  requestsPerTrackingId: 3,
  /** Code requests per client address per hour, for any reports. */
  requestsPerClient: 10,
  /** Wrong codes per client address per hour. */
  failuresPerClient: 20,
  /** Wrong codes for a report before its current code is void. */
  failuresPerCode: 5,
  windowMs: 60 * 60_000,
} as const;

const MINUTE_MS = 60_000;

/**
 * Instants per subject within a sliding window. Once a window has passed since the last
 * sweep, the next count drops every subject whose instants have all left it: a stream of
 * one-off subjects (made-up tracking IDs, many client addresses) cannot grow it without end.
 */
export class RecentHits {
  readonly #hits = new Map<string, number[]>();
  #sweptAt = -Infinity;
  readonly windowMs: number;

  constructor(windowMs: number) {
    this.windowMs = windowMs;
  }

  /** Subjects held now. */
  get size(): number {
    return this.#hits.size;
  }

  /** A subject's instants within the window, oldest first (older ones are dropped). */
  recent(subject: string, now: number): number[] {
    const kept = (this.#hits.get(subject) ?? []).filter((at) => now - at < this.windowMs);
    if (kept.length) this.#hits.set(subject, kept);
    else this.#hits.delete(subject);
    return kept;
  }

  add(subject: string, now: number): void {
    if (now - this.#sweptAt >= this.windowMs) {
      for (const [key, hits] of this.#hits) if (now - hits[hits.length - 1]! >= this.windowMs) this.#hits.delete(key);
      this.#sweptAt = now;
    }
    this.#hits.set(subject, [...this.recent(subject, now), now]);
  }

  forget(subject: string): void {
    this.#hits.delete(subject);
  }
}

interface Counters {
  /** Requests and failures per subject (a tracking ID or a client address). */
  hits: RecentHits;
  /** Wrong codes tried per tracking ID since its current code was sent (a code lives far shorter than the window). */
  failures: RecentHits;
}

const countersOf = new WeakMap<object, Counters>();

function counters(state: State): Counters {
  let found = countersOf.get(state.db);
  if (!found) countersOf.set(state.db, (found = { hits: new RecentHits(RECOVERY_LIMITS.windowMs), failures: new RecentHits(RECOVERY_LIMITS.windowMs) }));
  return found;
}

/** 429 when the subject has used its budget; the wait is until its oldest hit leaves the window. */
function checkBudget(state: State, subject: string, limit: number): void {
  const hits = counters(state).hits.recent(subject, state.clock.now());
  if (hits.length < limit) return;
  const seconds = Math.max(1, Math.ceil((hits[0]! + RECOVERY_LIMITS.windowMs - state.clock.now()) / 1000));
  throw new ProblemError('rate_limited', {
    detail: {
      id: `Terlalu sering meminta atau mencoba kode akses. Coba lagi dalam ${Math.ceil(seconds / 60)} menit.`,
      en: `Too many access code requests or attempts. Try again in ${Math.ceil(seconds / 60)} minutes.`,
    },
    headers: { 'retry-after': String(seconds) },
  });
}

function count(state: State, subject: string): void {
  counters(state).hits.add(subject, state.clock.now());
}

function hashCode(salt: string, code: string): string {
  return sha256Hex(`${salt}:${code}`);
}

/** Which contact of the report the citizen gave, if any: the e-mail (any case) or the phone in E.164. */
function matchedContact(row: ComplaintRow | undefined, contact: string): { channel: 'email' | 'sms'; to: string } | undefined {
  if (!row) return undefined;
  const given = contact.trim();
  if (given.includes('@')) {
    return row.reporter_email && row.reporter_email.toLowerCase() === given.toLowerCase() ? { channel: 'email', to: row.reporter_email } : undefined;
  }
  let phone: string;
  try {
    phone = normalizePhone(given, 'contact');
  } catch {
    // Not a phone number: no match, and no different answer either.
    return undefined;
  }
  return row.reporter_phone === phone ? { channel: 'sms', to: phone } : undefined;
}

/**
 * Asks for a one-time code: sent to the contact when it is the report's, stored as a hash.
 * Answers the same in every case; 429 past the limits per tracking ID and per client.
 */
export function requestAccess(state: State, trackingId: string, contact: string, client: string): AccessRequested {
  checkBudget(state, `request:id:${trackingId}`, RECOVERY_LIMITS.requestsPerTrackingId);
  checkBudget(state, `request:client:${client}`, RECOVERY_LIMITS.requestsPerClient);
  count(state, `request:id:${trackingId}`);
  count(state, `request:client:${client}`);

  const row = findComplaint(state, trackingId);
  const to = matchedContact(row, contact);
  const code = String(randomInt(0, 10 ** ACCESS_CODE.digits)).padStart(ACCESS_CODE.digits, '0');
  const salt = newSecret(16);
  const now = state.clock.now();
  const matched = to ? 1 : 0;
  // A new code replaces the previous one of its kind; a decoy never replaces a real code.
  state.db.run('DELETE FROM access_codes WHERE tracking_id = ? AND matched = ?', trackingId, matched);
  state.db.run(
    'INSERT INTO access_codes (id, tracking_id, matched, salt, code_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    randomId('acc', 9),
    trackingId,
    matched,
    salt,
    hashCode(salt, code),
    now,
    now + ACCESS_CODE.ttlMinutes * MINUTE_MS,
  );
  if (to) {
    counters(state).failures.forget(trackingId);
    const warning = 'Jangan berikan kode ini kepada siapa pun, termasuk petugas. Bila Anda tidak memintanya, abaikan pesan ini.';
    sendMessage(state, {
      trackingId,
      channel: to.channel,
      to: to.to,
      subject: to.channel === 'email' ? `Kode akses laporan #${trackingId}` : null,
      text:
        to.channel === 'email'
          ? `Kode untuk membuka laporan #${trackingId} di perangkat lain: ${code}\n\n` +
            `Kode berlaku ${ACCESS_CODE.ttlMinutes} menit dan hanya dapat dipakai sekali. ${warning}`
          : `LAPOR! Kode akses laporan #${trackingId}: ${code}. Berlaku ${ACCESS_CODE.ttlMinutes} menit. Jangan berikan kepada siapa pun.`,
    });
  }
  return { expiresInMinutes: ACCESS_CODE.ttlMinutes };
}

/** Compared against when there is no live code, so that a miss costs what a wrong code does. */
const NO_CODE = { id: '', salt: newSecret(16), code_hash: sha256Hex('') };

/**
 * Exchanges a one-time code for a new reporter token (the previous token stops working).
 * A wrong, expired, used or void code, or none, is the same 401 `invalid_access_code`.
 */
export function redeemAccess(state: State, trackingId: string, code: string, client: string): AccessGranted {
  checkBudget(state, `failure:client:${client}`, RECOVERY_LIMITS.failuresPerClient);
  const now = state.clock.now();
  const live = state.db.get<{ id: string; salt: string; code_hash: string }>(
    'SELECT id, salt, code_hash FROM access_codes WHERE tracking_id = ? AND matched = 1 AND used_at IS NULL AND expires_at > ?',
    trackingId,
    now,
  );
  const candidate = live ?? NO_CODE;
  const presented = Buffer.from(hashCode(candidate.salt, code), 'hex');
  const fits = timingSafeEqual(presented, Buffer.from(candidate.code_hash, 'hex'));
  const failures = counters(state).failures;
  const spent = failures.recent(trackingId, now).length >= RECOVERY_LIMITS.failuresPerCode;
  if (!live || !fits || spent) {
    count(state, `failure:client:${client}`);
    failures.add(trackingId, now);
    throw new ProblemError('invalid_access_code', {
      detail: {
        id: 'Kode akses salah, kedaluwarsa, atau sudah dipakai. Periksa kode terakhir yang Anda terima, atau minta kode baru.',
        en: 'The access code is wrong, expired or already used. Check the latest code you received, or ask for a new one.',
      },
    });
  }
  failures.forget(trackingId);
  const reporterToken = newSecret();
  state.db.run('UPDATE access_codes SET used_at = ? WHERE id = ?', now, live.id);
  state.db.run('UPDATE complaints SET reporter_token_hash = ? WHERE tracking_id = ?', sha256Hex(reporterToken), trackingId);
  return { trackingId, reporterToken };
}
