/**
 * Server helpers. `createProxyHandler` lets an agency keep its key on its own server: the
 * widget (or any browser code) talks to the agency's site, which forwards only the routes
 * it allows to LAPOR!, adding the key and its own checks. It is a plain
 * `(Request) => Promise<Response>`, so it mounts in Node, Hono, Next.js route handlers,
 * Deno, Bun and edge workers.
 *
 * @example
 * ```ts
 * // Next.js: app/api/lapor/[...path]/route.ts
 * import { createProxyHandler } from '@lapor/client/server';
 * const handler = createProxyHandler({
 *   endpoint: process.env.LAPOR_ENDPOINT!,
 *   key: process.env.LAPOR_SITE_KEY!, // a publishable key (pk_…)
 *   prefix: '/api/lapor',
 * });
 * export { handler as GET, handler as POST };
 * ```
 * @module
 */
import { LIMITS } from '../contract/limits.ts';
import { ROUTES, type OperationId, type Route } from '../contract/routes.ts';

/** The citizen routes a widget needs; forwarded by default. */
export const PUBLIC_OPERATIONS: readonly OperationId[] = [
  'listCategories',
  'searchInstitutions',
  'getInstitution',
  'searchRegions',
  'getRegion',
  'uploadAttachment',
  'createComplaint',
  'getComplaint',
  'listComplaintEvents',
  'replyToComplaint',
];

export interface ProxyOptions {
  /** Base URL of LAPOR! (or the sandbox). */
  endpoint: string;
  /**
   * The key added to forwarded requests: a publishable key (`pk_…`) for the citizen
   * routes, a secret key (`sk_…`) only for agency routes (see
   * {@link ProxyOptions.dangerouslyAllowSecretKeyOnCitizenRoutes}).
   */
  key: string;
  /** Path prefix the handler is mounted under, stripped before matching (e.g. `/api/lapor`). */
  prefix?: string;
  /** Routes to forward, by operationId (default {@link PUBLIC_OPERATIONS}). */
  allow?: readonly OperationId[];
  /**
   * Your own check before forwarding (a session, a captcha, a quota): return a `Response`
   * to answer instead of forwarding, or nothing to forward.
   *
   * Everyone behind the proxy reaches LAPOR! from your server's address, so LAPOR!'s rate
   * limit sees them as one client: keep a quota per citizen here. Take the citizen's
   * address from a header that *your own* reverse proxy sets and overwrites (never from
   * one a browser can send unchecked). The body is forwarded as a stream: a check that
   * reads it must read `request.clone()`, not `request`.
   *
   * @example
   * ```ts
   * const windows = new Map<string, { start: number; count: number }>();
   * createProxyHandler({
   *   endpoint, key: 'pk_live_…', prefix: '/api/lapor',
   *   async check(request, route) {
   *     // Set by our nginx (`proxy_set_header X-Real-IP $remote_addr;`), so it cannot be forged.
   *     const citizen = request.headers.get('x-real-ip') ?? 'unknown';
   *     const now = Date.now();
   *     let window = windows.get(citizen);
   *     if (!window || now - window.start > 60_000) windows.set(citizen, (window = { start: now, count: 0 }));
   *     if (++window.count > 30) {
   *       return new Response(JSON.stringify({ status: 429, code: 'rate_limited', title: 'Terlalu banyak permintaan' }), {
   *         status: 429,
   *         headers: { 'content-type': 'application/problem+json', 'retry-after': '60' },
   *       });
   *     }
   *     if (route.operationId === 'createComplaint') {
   *       const report = await request.clone().json(); // clone: the original body is still forwarded
   *       if (!(await captchaPasses(report.captchaToken))) return new Response(null, { status: 403 });
   *     }
   *     return undefined;
   *   },
   * });
   * ```
   */
  check?: (request: Request, route: Route) => Response | undefined | Promise<Response | undefined>;
  /** A `fetch` to forward with (default: the global one). */
  fetch?: typeof fetch;
  /**
   * Largest request body forwarded, in bytes: checked against `Content-Length` before
   * anything is read and again while the body streams through. Defaults: the contract's
   * limits (`LIMITS.jsonBodyBytesMax` for JSON, `LIMITS.attachmentBytesMax` for uploads).
   */
  bodyBytesMax?: { json?: number; attachment?: number };
  /**
   * Forward citizen routes (complaints, attachments, directory) with a secret key anyway.
   * Default `false`, and `createProxyHandler` throws when a secret key meets a citizen
   * route: LAPOR! answers a secret key with the institution's own view of its reports,
   * so a proxy that adds it to public routes would show anyone on the internet what only
   * the institution may see (confidential timelines, the reporter's replies). Set this
   * only for a proxy that is itself behind the agency's staff login.
   */
  dangerouslyAllowSecretKeyOnCitizenRoutes?: boolean;
}

/** Headers passed through to LAPOR!; everything else (cookies, credentials, origin) stays behind. */
const FORWARDED_REQUEST_HEADERS = [
  'accept',
  'accept-language',
  'content-type',
  'content-disposition',
  'idempotency-key',
  'reporter-token',
];

const FORWARDED_RESPONSE_HEADERS = ['content-type', 'request-id', 'retry-after', 'ratelimit', 'ratelimit-policy', 'idempotent-replayed', 'allow'];

function problem(status: number, code: string, detail: string): Response {
  return new Response(JSON.stringify({ type: `urn:lapor:problem:${code}`, title: detail, status, code, detail, requestId: 'proxy' }), {
    status,
    headers: { 'content-type': 'application/problem+json; charset=utf-8' },
  });
}

const compiled = (ROUTES as readonly Route[]).map((route) => ({
  route,
  pattern: new RegExp(`^${route.path.replace(/\{\w+\}/g, '[^/]+')}$`),
}));

/** The routes a citizen's browser uses (everything but the agency and webhook routes). */
function isCitizenRoute(route: Route): boolean {
  return route.tag !== 'agency' && route.tag !== 'webhooks';
}

/**
 * A copy of `body` that errors once more than `limit` bytes have passed: the limit holds
 * for bodies without `Content-Length` and for clients that send more than they declared.
 */
function limited(body: ReadableStream<Uint8Array>, limit: number, exceeded: () => void): ReadableStream<Uint8Array> {
  let size = 0;
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        size += chunk.byteLength;
        if (size > limit) {
          exceeded();
          controller.error(new RangeError('request body over the limit'));
          return;
        }
        controller.enqueue(chunk);
      },
    }),
  );
}

function tooLarge(limit: number): Response {
  return problem(413, 'payload_too_large', `The request body is over ${limit} bytes.`);
}

/**
 * Creates the proxy handler.
 *
 * @throws TypeError when `key` is a secret key and `allow` includes a citizen route, unless
 * {@link ProxyOptions.dangerouslyAllowSecretKeyOnCitizenRoutes} is set.
 */
export function createProxyHandler(options: ProxyOptions): (request: Request) => Promise<Response> {
  const allowed = new Set(options.allow ?? PUBLIC_OPERATIONS);
  const upstream = new URL(options.endpoint);
  const prefix = (options.prefix ?? '').replace(/\/+$/, '');
  const send = options.fetch ?? fetch;
  const limits = {
    json: options.bodyBytesMax?.json ?? LIMITS.jsonBodyBytesMax,
    attachment: options.bodyBytesMax?.attachment ?? LIMITS.attachmentBytesMax,
  };
  if (/^sk_/.test(options.key) && !options.dangerouslyAllowSecretKeyOnCitizenRoutes) {
    const citizen = compiled.filter(({ route }) => allowed.has(route.operationId as OperationId) && isCitizenRoute(route));
    if (citizen.length > 0) {
      throw new TypeError(
        `createProxyHandler: a secret key (sk_…) must not be added to citizen routes (${citizen.map(({ route }) => route.operationId).join(', ')}): ` +
          "LAPOR! would answer anyone on the internet with the institution's own view. Use a publishable key (pk_…) for them, " +
          'allow only agency routes with the secret key, or set dangerouslyAllowSecretKeyOnCitizenRoutes behind a staff login.',
      );
    }
  }

  return async (request) => {
    const url = new URL(request.url);
    if (prefix && !url.pathname.startsWith(`${prefix}/`)) return problem(404, 'not_found', 'Not a LAPOR! proxy route.');
    const path = url.pathname.slice(prefix.length);
    // An encoded slash or backslash inside a segment (`..%2F`) would be one segment here
    // and several, or a step up, on a server that decodes before routing.
    if (/%2f|%5c/i.test(path)) return problem(400, 'invalid_query', 'Encoded "/" or "\\" in a path segment is not allowed.');
    const method = request.method.toLowerCase();
    const match = compiled.find(({ route, pattern }) => route.method === method && pattern.test(path));
    if (!match || !allowed.has(match.route.operationId as OperationId)) {
      return problem(404, 'not_found', 'This route is not forwarded by the proxy.');
    }
    const hasBody = method !== 'get' && method !== 'delete';
    const limit = match.route.body === 'binary' ? limits.attachment : limits.json;
    const declared = Number(request.headers.get('content-length') ?? NaN);
    if (hasBody && declared > limit) return tooLarge(limit);

    const answer = await options.check?.(request, match.route);
    if (answer) return answer;
    if (hasBody && request.bodyUsed) {
      return problem(500, 'internal_error', 'The proxy check read the request body; read request.clone() instead.');
    }

    const headers = new Headers();
    for (const name of FORWARDED_REQUEST_HEADERS) {
      const value = request.headers.get(name);
      if (value !== null) headers.set(name, value);
    }
    headers.set('authorization', `Bearer ${options.key}`);
    const target = new URL(upstream);
    target.pathname = `${upstream.pathname.replace(/\/+$/, '')}${path}`;
    target.search = url.search;
    let over = false;
    // Streamed, not buffered: memory stays at a few chunks whatever the client sends.
    const body = hasBody && request.body ? limited(request.body, limit, () => (over = true)) : undefined;
    let response: Response;
    try {
      response = await send(target, {
        method: request.method,
        headers,
        ...(body ? { body, duplex: 'half' } : {}),
        signal: request.signal,
        redirect: 'manual',
      } as RequestInit);
    } catch {
      if (over) return tooLarge(limit);
      return problem(502, 'service_unavailable', 'LAPOR! could not be reached from the proxy.');
    }
    if (over) {
      await response.body?.cancel();
      return tooLarge(limit);
    }
    const out = new Headers();
    for (const name of FORWARDED_RESPONSE_HEADERS) {
      const value = response.headers.get(name);
      if (value !== null) out.set(name, value);
    }
    return new Response(response.status === 204 ? null : response.body, { status: response.status, headers: out });
  };
}
