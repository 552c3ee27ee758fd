/**
 * `@lapor/sandbox`: a faithful local SP4N-LAPOR! for demos, tests and agency CI. It
 * serves the whole v1 contract of `@lapor/client/contract` on SQLite, with the lifecycle
 * and its working-day deadlines, webhooks, idempotency, rate limits and fault injection.
 *
 * @example
 * ```ts
 * import { startSandbox } from '@lapor/sandbox';
 * const sandbox = await startSandbox({ port: 0, db: ':memory:' });
 * // … talk to sandbox.url with sandbox.keys.publishable / sandbox.keys.secret …
 * await sandbox.close();
 * ```
 * @module
 */
import { resolve } from 'node:path';
import { LIMITS, idMessages, registerLocale } from '@lapor/client/contract';
import { enMessages } from '@lapor/client/locales/en';
import { Database } from './db/database.ts';
import { WorkingCalendar } from './domain/calendar.ts';
import { Clock } from './domain/clock.ts';
import { fireDueTimers } from './domain/lifecycle.ts';
import type { State } from './domain/state.ts';
import { WebhookDispatcher } from './domain/webhooks.ts';
import { NO_FAULTS, parseFaults, type FaultSpec } from './http/faults.ts';
import { adminHosts } from './http/admin-guard.ts';
import { createSandboxServer, listeningUrl } from './http/server.ts';
import { sha256Hex } from './domain/tokens.ts';
import { TEST_KEYS, seed } from './seed/index.ts';

export { TEST_KEYS } from './seed/index.ts';
export { parseFaults, type FaultSpec } from './http/faults.ts';
export { runDoctor, type DoctorOptions, type DoctorReport, type Finding, type FindingCode, type FindingLevel } from './doctor/index.ts';

/** How to run a sandbox. Every option has a default that suits a developer's laptop. */
export interface SandboxOptions {
  /** TCP port; `0` picks a free one. Default 4010. */
  port?: number;
  /** Interface to listen on. Default `127.0.0.1`. */
  host?: string;
  /** SQLite file, or `:memory:`. Default `.lapor-sandbox/sandbox.db` under the current folder. */
  db?: string;
  /** Faults to inject, e.g. `drop-after-commit=0.2,fail-before-commit=0.1,delay=0.05:3000`. */
  faults?: string | FaultSpec;
  /** Seed of the fault dice, for reproducible runs. Default: random. */
  faultSeed?: number;
  /** Requests per minute per key and client address, or `'off'`. Default 600. */
  rateLimit?: number | 'off';
  /** `real` (default) or `manual`: a manual clock can be moved forward with `POST /_sandbox/clock`. */
  clock?: 'real' | 'manual';
  /**
   * Where a manual clock starts, as ISO 8601 (e.g. `2026-12-21T09:00:00+07:00`), when the
   * database has not saved one yet: lets tests reach fixed dates such as a public holiday.
   * From there it moves on with real time and `POST /_sandbox/clock`.
   */
  clockStart?: string;
  /** Largest attachment in bytes. Default 2 MB. */
  attachmentBytesMax?: number;
  /** Extra non-working days (cuti bersama), `YYYY-MM-DD`. */
  collectiveLeave?: readonly string[];
  /** Access log: `true` for JSON lines on stdout, a function to receive them, `false` (default) for none. */
  log?: boolean | ((line: string) => void);
  /**
   * A token the `/_sandbox` admin routes require as `Authorization: Bearer <token>`.
   * Default: none (the routes still refuse web pages: no CORS, Host checked).
   */
  adminToken?: string;
  /**
   * Extra host names (as in the `Host` header, without port) that may use `/_sandbox`,
   * e.g. a LAN name when listening on `0.0.0.0`. `localhost`, `127.0.0.1`, `[::1]` and
   * `host` are always allowed.
   */
  allowedHosts?: readonly string[];
}

/** A running sandbox. */
export interface Sandbox {
  /** Base URL, e.g. `http://127.0.0.1:4010`. */
  url: string;
  port: number;
  /** The documented test keys. */
  keys: typeof TEST_KEYS;
  /** Stops accepting requests, finishes webhook attempts in flight, closes the database. */
  close(): Promise<void>;
}

/** The default database file, relative to the current folder. */
export const DEFAULT_DB = '.lapor-sandbox/sandbox.db';

/** Starts a sandbox and resolves once it is listening. */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  // Problems answer in English on `Accept-Language: en`, and in Indonesian for every route
  // (the built-in table has only what a citizen meets). Registered by a call, not by a
  // bare import that a bundler may drop.
  registerLocale('en', enMessages);
  registerLocale('id', idMessages);
  const file = options.db === ':memory:' ? ':memory:' : resolve(options.db ?? DEFAULT_DB);
  const db = new Database(file);
  const mode = options.clock ?? 'real';
  const saved = db.get<{ value: string }>("SELECT value FROM settings WHERE name = 'clock_offset'")?.value;
  let offset = Number(saved ?? 0);
  if (mode === 'manual' && saved === undefined && options.clockStart !== undefined) {
    const start = Date.parse(options.clockStart);
    if (Number.isNaN(start)) {
      db.close();
      throw new TypeError(`clockStart must be an ISO 8601 instant, got "${options.clockStart}"`);
    }
    offset = start - Date.now();
  }
  const clock = new Clock(mode, mode === 'manual' ? offset : 0);
  let dispatcher: WebhookDispatcher | undefined;
  let baseUrl = '';
  const state: State = {
    db,
    clock,
    calendar: new WorkingCalendar(options.collectiveLeave),
    publicUrl: (trackingId) => `${baseUrl}/v1/complaints/${trackingId}`,
    wake: () => dispatcher?.wake(),
  };
  try {
    await seed(db, clock.now());
  } catch (error) {
    db.close();
    throw error;
  }
  dispatcher = new WebhookDispatcher(state);
  const faults = typeof options.faults === 'string' ? parseFaults(options.faults) : (options.faults ?? NO_FAULTS);
  if (options.adminToken !== undefined && options.adminToken.length < 16) {
    db.close();
    throw new RangeError('adminToken must be at least 16 characters.');
  }
  const host = options.host ?? '127.0.0.1';
  const log = options.log === true ? (line: string) => process.stdout.write(`${line}\n`) : options.log || undefined;
  const server = createSandboxServer(state, {
    rateLimit: options.rateLimit ?? 600,
    faults,
    faultSeed: options.faultSeed ?? Math.floor(Math.random() * 2 ** 31),
    attachmentBytesMax: options.attachmentBytesMax ?? LIMITS.attachmentBytesMax,
    log,
    adminHosts: adminHosts(host, options.allowedHosts),
    adminTokenHash: options.adminToken === undefined ? undefined : sha256Hex(options.adminToken),
    saveClock: () =>
      db.run("INSERT INTO settings (name, value) VALUES ('clock_offset', ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value", String(clock.offset)),
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4010, host, () => {
      server.off('error', reject);
      resolveListen();
    });
  }).catch((error: unknown) => {
    db.close();
    throw error;
  });
  baseUrl = listeningUrl(server, host);

  // Deadlines fire as time passes; idempotency records are kept 24 hours.
  const tick = () => {
    try {
      fireDueTimers(state);
      db.run('DELETE FROM idempotency WHERE created_at < ?', Date.now() - 24 * 3600_000);
    } catch {
      // A busy moment; the next tick tries again.
    }
  };
  tick();
  const timer = setInterval(tick, 1000);
  timer.unref();
  dispatcher.start();

  let closing: Promise<void> | undefined;
  return {
    url: baseUrl,
    port: Number(new URL(baseUrl).port),
    keys: TEST_KEYS,
    close() {
      closing ??= (async () => {
        clearInterval(timer);
        await new Promise<void>((done) => {
          server.close(() => done());
          server.closeAllConnections();
        });
        await dispatcher!.close();
        db.close();
      })();
      return closing;
    },
  };
}
