import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as z from 'zod/mini';
import { LIMITS, ROUTES, validate, type Route } from '@lapor/client/contract';
import { buildOpenApiDocument } from '@lapor/client/openapi';
import type { State } from '../domain/state.ts';
import { randomId, sha256Hex } from '../domain/tokens.ts';
import { handleAdmin, type AdminContext } from './admin.ts';
import { idempotencySlot, openAnswer, sealAnswer } from './idempotency.ts';
import { checkAdminRequest } from './admin-guard.ts';
import { parseJson, readBody } from './body.ts';
import { NO_FAULTS, rollFaults, seededRandom, type FaultRoll, type FaultSpec } from './faults.ts';
import { ProblemError, problemBody, type Localized } from './problem.ts';

const FAULT_BEFORE_COMMIT: Localized = { id: 'Gangguan disuntikkan sebelum commit.', en: 'Fault injected before commit.' };
const noRoute = (path: string): Localized => ({ id: `Tidak ada rute ${path}.`, en: `There is no route ${path}.` });
import { RateLimiter } from './rate-limit.ts';
import { HANDLERS, type Answer, type ApiKey } from './v1.ts';

export interface ServerOptions {
  rateLimit: number | 'off';
  faults: FaultSpec;
  faultSeed: number;
  attachmentBytesMax: number;
  log: ((line: string) => void) | undefined;
  saveClock(): void;
  /** Host names `/_sandbox` answers to (DNS rebinding defence). */
  adminHosts: ReadonlySet<string>;
  /** SHA-256 of the admin token, when `/_sandbox` needs one. */
  adminTokenHash: string | undefined;
}

/** JSON bodies are small: a full complaint is a few KB. */
const JSON_BODY_MAX = LIMITS.jsonBodyBytesMax;

const CORS_ALLOW_HEADERS =
  'Authorization, Content-Type, Content-Disposition, Idempotency-Key, Reporter-Token, Accept-Language';
const CORS_EXPOSE_HEADERS = 'Request-Id, Retry-After, RateLimit, RateLimit-Policy, Idempotent-Replayed';

interface CompiledRoute {
  route: Route;
  pattern: RegExp;
  names: string[];
  params: z.ZodMiniType | undefined;
}

const COMPILED: CompiledRoute[] = (ROUTES as readonly Route[]).map((route) => {
  const names: string[] = [];
  const source = route.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { route, pattern: new RegExp(`^${source}$`), names, params: route.params ? z.object(route.params) : undefined };
});

function matchRoute(
  method: string,
  path: string,
): { route: Route; params: Record<string, string>; schema: z.ZodMiniType | undefined } | { allow: string[] } | undefined {
  const allow: string[] = [];
  for (const { route, pattern, names, params: schema } of COMPILED) {
    const match = pattern.exec(path);
    if (!match) continue;
    if (route.method.toUpperCase() !== method) {
      allow.push(route.method.toUpperCase());
      continue;
    }
    const params: Record<string, string> = {};
    names.forEach((name, i) => {
      try {
        params[name] = decodeURIComponent(match[i + 1]!);
      } catch {
        params[name] = match[i + 1]!;
      }
    });
    return { route, params, schema };
  }
  return allow.length ? { allow } : undefined;
}

/** Whether an origin matches a pattern such as `http://localhost:*` or `https://dinas.example.go.id`. */
export function originAllowed(patterns: readonly string[], origin: string): boolean {
  return patterns.some((pattern) => {
    if (pattern === origin) return true;
    if (pattern.endsWith(':*')) {
      const base = pattern.slice(0, -2);
      return origin === base || (origin.startsWith(`${base}:`) && /^\d{1,5}$/.test(origin.slice(base.length + 1)));
    }
    return false;
  });
}

/**
 * What the access log keeps of a presented key: the fixed 8-character kind prefix of a
 * well-formed key (`pk_test_…`), or 3 characters of anything else, so that a log never
 * holds enough of a secret (or of a password pasted by mistake) to be useful.
 */
export function redactKey(key: string | undefined): string | undefined {
  if (!key) return undefined;
  return /^[ps]k_(?:test|live)_/.test(key) ? `${key.slice(0, 8)}…` : `${key.slice(0, 3)}…`;
}

/** The HTTP face of the sandbox: the v1 pipeline, `/_sandbox`, CORS and the access log. */
export function createSandboxServer(state: State, options: ServerOptions): Server {
  const limiter = options.rateLimit === 'off' ? undefined : new RateLimiter(options.rateLimit);
  let faults = options.faults;
  let random = seededRandom(options.faultSeed);
  const inFlight = new Set<string>();
  let keys: Map<string, ApiKey> | undefined;
  let publicOrigins: string[] = [];
  // Built on first request: most sandboxes (tests, agency CI) never serve it.
  let openapi: string | undefined;

  function loadKeys(): Map<string, ApiKey> {
    if (!keys) {
      const rows = state.db.all<{ key: string; kind: ApiKey['kind']; institution_id: string | null; origins: string }>('SELECT * FROM api_keys');
      keys = new Map(rows.map((r) => [r.key, { key: r.key, kind: r.kind, institution_id: r.institution_id, origins: JSON.parse(r.origins) as string[] }]));
      publicOrigins = [...keys.values()].flatMap((k) => k.origins);
    }
    return keys;
  }

  const adminContext = (request: IncomingMessage): AdminContext => ({
    state,
    faults: {
      get: () => faults,
      set(spec, seed) {
        faults = spec;
        if (seed !== undefined) random = seededRandom(seed);
      },
    },
    saveClock: options.saveClock,
    invalidateKeys() {
      keys = undefined;
    },
    locale: request.headers['accept-language'],
  });

  function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}, type = 'application/json') {
    if (response.headersSent || response.destroyed) return;
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    if (body === undefined || status === 204) {
      response.writeHead(status).end();
      return;
    }
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    response.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'content-length': Buffer.byteLength(text) });
    response.end(text);
  }

  function sendProblem(request: IncomingMessage, response: ServerResponse, error: ProblemError, requestId: string) {
    const path = (request.url ?? '/').split('?')[0]!;
    send(response, error.status, problemBody(error, requestId, request.headers['accept-language'], path), error.headers, 'application/problem+json');
  }

  function corsHeaders(origin: string, methods?: string): Record<string, string> {
    return {
      'access-control-allow-origin': origin,
      vary: 'Origin',
      'access-control-expose-headers': CORS_EXPOSE_HEADERS,
      ...(methods
        ? { 'access-control-allow-methods': methods, 'access-control-allow-headers': CORS_ALLOW_HEADERS, 'access-control-max-age': '600' }
        : {}),
    };
  }

  /** Counts a request against its bucket (a key or the admin routes, per client address); 429 past the limit. */
  function rateLimit(request: IncomingMessage, response: ServerResponse, bucket: string) {
    if (!limiter) return;
    const address = request.socket.remoteAddress ?? '';
    const result = limiter.take(`${bucket} ${address}`);
    const headers = limiter.headers(result);
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    if (!result.allowed) {
      throw new ProblemError('rate_limited', {
        detail: {
          id: `Batas ${limiter.limit} permintaan per menit terlampaui. Coba lagi dalam ${result.resetSeconds} detik.`,
          en: `The limit of ${limiter.limit} requests per minute was passed. Try again in ${result.resetSeconds} seconds.`,
        },
        headers: { 'retry-after': String(result.resetSeconds) },
      });
    }
  }

  /** Applies the faults chosen for an answer that is ready: hold it, or drop the connection. */
  async function finish(request: IncomingMessage, roll: FaultRoll | undefined, deliver: () => void) {
    if (roll?.delayMs) await new Promise((resolve) => setTimeout(resolve, roll.delayMs));
    if (roll?.dropAfterCommit) {
      request.socket.destroy();
      return;
    }
    deliver();
  }

  async function handleV1(request: IncomingMessage, response: ServerResponse, url: URL, note: (k: string, v: unknown) => void) {
    const method = request.method ?? 'GET';
    const origin = request.headers.origin;
    const allKeys = loadKeys();

    if (origin && originAllowed(publicOrigins, origin)) {
      for (const [name, value] of Object.entries(corsHeaders(origin))) response.setHeader(name, value);
    }
    if (method === 'OPTIONS') {
      if (!origin || !originAllowed(publicOrigins, origin)) {
        throw new ProblemError('origin_not_allowed', {
          detail: { id: `Origin ${origin ?? '(tidak ada)'} tidak diizinkan oleh kunci publik mana pun.`, en: `Origin ${origin ?? '(none)'} is not allowed by any publishable key.` },
        });
      }
      const found = matchRoute(request.headers['access-control-request-method'] ?? 'GET', url.pathname);
      const methods = found && 'route' in found ? found.route.method.toUpperCase() : 'GET, POST, DELETE';
      send(response, 204, undefined, corsHeaders(origin, methods));
      return;
    }

    const authorization = request.headers.authorization ?? '';
    const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
    const key = token ? allKeys.get(token) : undefined;
    note('key', redactKey(token));
    // Counted before the key is checked: guessing keys costs the same budget as using one.
    // Requests without a known key share one bucket per address.
    rateLimit(request, response, key ? key.key : '(no key)');
    if (!key) {
      throw new ProblemError('unauthorized', {
        detail: {
          id: 'Sertakan header Authorization: Bearer pk_… (publik) atau sk_… (rahasia).',
          en: 'Send the header Authorization: Bearer pk_… (publishable) or sk_… (secret).',
        },
        headers: { 'www-authenticate': 'Bearer' },
      });
    }
    if (origin) {
      if (key.kind === 'secret') {
        throw new ProblemError('forbidden', {
          detail: {
            id: 'Kunci rahasia (sk_) tidak boleh dipakai dari peramban. Gunakan kunci publik atau proxy di server Anda.',
            en: 'A secret key (sk_) must not be used from a browser. Use a publishable key or a proxy on your server.',
          },
        });
      }
      if (!originAllowed(key.origins, origin)) {
        throw new ProblemError('origin_not_allowed', { detail: { id: `Origin ${origin} tidak terdaftar untuk kunci ini.`, en: `Origin ${origin} is not registered for this key.` } });
      }
    }

    const found = matchRoute(method, url.pathname);
    if (!found) throw new ProblemError('not_found', { detail: noRoute(url.pathname) });
    if ('allow' in found) throw new ProblemError('method_not_allowed', { headers: { allow: found.allow.join(', ') } });
    const { route, params, schema: paramsSchema } = found;
    note('route', route.operationId);
    if (route.auth === 'publishable' && key.kind !== 'publishable') throw new ProblemError('publishable_key_required');
    if (route.auth === 'secret' && key.kind !== 'secret') throw new ProblemError('secret_key_required');

    const locale = request.headers['accept-language'];
    if (paramsSchema) {
      const checked = validate(paramsSchema, params, { locale });
      if (!checked.success) throw new ProblemError('invalid_query', { errors: checked.issues });
    }
    let query: Record<string, unknown> = {};
    if (route.query) {
      const checked = validate(route.query, Object.fromEntries(url.searchParams), { locale });
      if (!checked.success) throw new ProblemError('invalid_query', { errors: checked.issues });
      query = checked.data as Record<string, unknown>;
    }

    const roll = faults === NO_FAULTS ? undefined : rollFaults(faults, random);
    if (roll && (roll.failBeforeCommit || roll.dropAfterCommit || roll.delayMs)) note('fault', roll);
    const handler = HANDLERS[route.operationId as keyof typeof HANDLERS];

    if (method !== 'POST') {
      if (roll?.failBeforeCommit) throw new ProblemError('service_unavailable', { detail: FAULT_BEFORE_COMMIT, headers: { 'retry-after': '0' } });
      const answer = handler(state, { key, params, query, body: undefined, raw: Buffer.alloc(0), headers: request.headers, locale, client: request.socket.remoteAddress ?? '' });
      await finish(request, roll, () => send(response, answer.status, answer.body));
      return;
    }

    const idempotencyKey = request.headers['idempotency-key'];
    if (typeof idempotencyKey !== 'string' || idempotencyKey.length === 0 || idempotencyKey.length > 255) {
      throw new ProblemError('idempotency_key_required', {
        detail: { id: 'Sertakan header Idempotency-Key (misalnya sebuah UUID) pada setiap POST.', en: 'Send an Idempotency-Key header (a UUID, for instance) with every POST.' },
      });
    }
    const slot = `${key.key}\n${idempotencyKey}`;
    if (inFlight.has(slot)) {
      throw new ProblemError('idempotency_in_flight', {
        detail: { id: 'Permintaan dengan Idempotency-Key ini masih diproses.', en: 'A request with this Idempotency-Key is still being processed.' },
        headers: { 'retry-after': '1' } });
    }
    inFlight.add(slot);
    let answer: Answer;
    let replayed = false;
    try {
      const raw = await readBody(request, route.body === 'binary' ? options.attachmentBytesMax : JSON_BODY_MAX);
      const fingerprint = sha256Hex(`${method} ${url.pathname}\n${request.headers['content-disposition'] ?? ''}\n`) + sha256Hex(raw);
      const idempotencyRow = idempotencySlot(idempotencyKey);
      const stored = state.db.get<{ fingerprint: string; status: number; body: string; sealed: string | null }>(
        'SELECT fingerprint, status, body, sealed FROM idempotency WHERE api_key = ? AND key = ?',
        key.key,
        idempotencyRow,
      );
      if (stored) {
        if (stored.fingerprint !== fingerprint) {
          throw new ProblemError('idempotency_key_reused', {
            detail: {
              id: 'Idempotency-Key ini sudah dipakai untuk permintaan dengan isi lain. Gunakan kunci baru.',
              en: 'This Idempotency-Key was used for a request with another body. Use a new key.',
            },
          });
        }
        answer = { status: stored.status, body: openAnswer(stored, idempotencyKey, key.key) };
        replayed = true;
      } else {
        let body: unknown;
        if (route.body && route.body !== 'binary') {
          const checked = validate(route.body, parseJson(request, raw), { locale });
          if (!checked.success) throw new ProblemError('validation_failed', { errors: checked.issues });
          body = checked.data;
        }
        if (roll?.failBeforeCommit) throw new ProblemError('service_unavailable', { detail: FAULT_BEFORE_COMMIT, headers: { 'retry-after': '0' } });
        answer = await state.db.durable(() => {
          const result = handler(state, { key, params, query, body, raw, headers: request.headers, locale, client: request.socket.remoteAddress ?? '' });
          // Secrets in the answer (a reporter token, a webhook secret) are stored sealed: see idempotency.ts.
          const stored = sealAnswer(result.body, result.secretFields ?? [], idempotencyKey, key.key);
          state.db.run(
            'INSERT INTO idempotency (api_key, key, fingerprint, status, body, sealed, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
            key.key,
            idempotencyRow,
            fingerprint,
            result.status,
            stored.body,
            stored.sealed,
            Date.now(),
          );
          return result;
        });
      }
    } finally {
      inFlight.delete(slot);
    }
    if (replayed) note('replayed', true);
    await finish(request, roll, () => send(response, answer.status, answer.body, replayed ? { 'idempotent-replayed': 'true' } : {}));
  }

  // No CORS headers here on purpose: only tools on this machine (tests, CLIs, an agency
  // site's own server) use /_sandbox, never a web page. See admin-guard.ts.
  async function handleAdminRequest(request: IncomingMessage, response: ServerResponse, url: URL) {
    rateLimit(request, response, '(admin)');
    checkAdminRequest(request, options.adminHosts, options.adminTokenHash);
    let parsed: unknown;
    if (request.method === 'POST') {
      const raw = await readBody(request, JSON_BODY_MAX);
      parsed = raw.length === 0 ? undefined : parseJson(request, raw);
    }
    const answer = await handleAdmin(adminContext(request), request.method ?? 'GET', url.pathname.replace(/\/$/, ''), Object.fromEntries(url.searchParams), () => parsed);
    if (!answer) throw new ProblemError('not_found', {
        detail: { id: `Tidak ada rute ${url.pathname}. Lihat GET /_sandbox.`, en: `There is no route ${url.pathname}. See GET /_sandbox.` },
      });
    send(response, answer.status, answer.body);
  }

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const started = performance.now();
    const requestId = randomId('req', 9);
    response.setHeader('request-id', requestId);
    const fields: Record<string, unknown> = {};
    const note = (name: string, value: unknown) => {
      fields[name] = value;
    };
    if (options.log) {
      response.on('close', () => {
        options.log!(
          JSON.stringify({
            time: new Date().toISOString(),
            requestId,
            method: request.method,
            path: (request.url ?? '').split('?')[0],
            status: response.headersSent ? response.statusCode : 0,
            ms: Math.round((performance.now() - started) * 10) / 10,
            ...fields,
          }),
        );
      });
    }
    try {
      let url: URL;
      try {
        url = new URL(request.url ?? '/', 'http://sandbox.invalid');
      } catch {
        throw new ProblemError('not_found');
      }
      if (url.pathname === '/v1' || url.pathname.startsWith('/v1/')) await handleV1(request, response, url, note);
      else if (url.pathname === '/_sandbox' || url.pathname.startsWith('/_sandbox/')) await handleAdminRequest(request, response, url);
      else if (url.pathname === '/openapi.json' && request.method === 'GET') send(response, 200, (openapi ??= JSON.stringify(buildOpenApiDocument())), { 'access-control-allow-origin': '*' });
      else if (url.pathname === '/' && request.method === 'GET') {
        send(response, 200, { name: 'lapor-sandbox', api: '/v1', openapi: '/openapi.json', admin: '/_sandbox' });
      } else throw new ProblemError('not_found', { detail: noRoute(url.pathname) });
    } catch (caught) {
      let error = caught;
      if (!(error instanceof ProblemError)) {
        note('error', error instanceof Error ? error.message : String(error));
        error = new ProblemError('internal_error', {
          detail: { id: `Sebutkan Request-Id ${requestId} saat melaporkan masalah ini.`, en: `Quote Request-Id ${requestId} when you report this problem.` },
        });
      }
      sendProblem(request, response, error as ProblemError, requestId);
      // A body we refused to read must not be parsed as the next request.
      if ((error as ProblemError).headers.connection === 'close') request.resume();
    }
  }

  const server = createServer({ requestTimeout: 120_000, headersTimeout: 30_000 }, (request, response) => {
    void handle(request, response);
  });
  server.keepAliveTimeout = 5_000;
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
    else socket.destroy();
  });
  return server;
}

export function listeningUrl(server: Server, host: string): string {
  const { port } = server.address() as AddressInfo;
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${shown}:${port}`;
}
