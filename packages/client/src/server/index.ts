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
 *   key: process.env.LAPOR_SITE_KEY!,
 *   prefix: '/api/lapor',
 * });
 * export { handler as GET, handler as POST };
 * ```
 * @module
 */
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
  /** The key added to forwarded requests: a publishable key, or a secret key for agency routes. */
  key: string;
  /** Path prefix the handler is mounted under, stripped before matching (e.g. `/api/lapor`). */
  prefix?: string;
  /** Routes to forward, by operationId (default {@link PUBLIC_OPERATIONS}). */
  allow?: readonly OperationId[];
  /**
   * Your own check before forwarding (a session, a captcha, a quota): return a `Response`
   * to answer instead of forwarding, or nothing to forward.
   */
  check?: (request: Request, route: Route) => Response | undefined | Promise<Response | undefined>;
  /** A `fetch` to forward with (default: the global one). */
  fetch?: typeof fetch;
}

/** Headers passed through to LAPOR!; everything else (cookies, credentials, origin) stays behind. */
const FORWARDED_REQUEST_HEADERS = [
  'accept',
  'accept-language',
  'content-type',
  'content-length',
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

/**
 * Creates the proxy handler.
 */
export function createProxyHandler(options: ProxyOptions): (request: Request) => Promise<Response> {
  const allowed = new Set(options.allow ?? PUBLIC_OPERATIONS);
  const upstream = new URL(options.endpoint);
  const prefix = (options.prefix ?? '').replace(/\/+$/, '');
  const send = options.fetch ?? fetch;

  return async (request) => {
    const url = new URL(request.url);
    if (prefix && !url.pathname.startsWith(`${prefix}/`)) return problem(404, 'not_found', 'Not a LAPOR! proxy route.');
    const path = url.pathname.slice(prefix.length);
    const method = request.method.toLowerCase();
    const match = compiled.find(({ route, pattern }) => route.method === method && pattern.test(path));
    if (!match || !allowed.has(match.route.operationId as OperationId)) {
      return problem(404, 'not_found', 'This route is not forwarded by the proxy.');
    }
    const answer = await options.check?.(request, match.route);
    if (answer) return answer;

    const headers = new Headers();
    for (const name of FORWARDED_REQUEST_HEADERS) {
      const value = request.headers.get(name);
      if (value !== null) headers.set(name, value);
    }
    headers.set('authorization', `Bearer ${options.key}`);
    const target = new URL(upstream);
    target.pathname = `${upstream.pathname.replace(/\/+$/, '')}${path}`;
    target.search = url.search;
    const hasBody = method !== 'get' && method !== 'delete';
    let response: Response;
    try {
      response = await send(target, {
        method: request.method,
        headers,
        ...(hasBody ? { body: await request.arrayBuffer() } : {}),
        signal: request.signal,
        redirect: 'manual',
      });
    } catch {
      return problem(502, 'service_unavailable', 'LAPOR! could not be reached from the proxy.');
    }
    const out = new Headers();
    for (const name of FORWARDED_RESPONSE_HEADERS) {
      const value = response.headers.get(name);
      if (value !== null) out.set(name, value);
    }
    return new Response(response.status === 204 ? null : response.body, { status: response.status, headers: out });
  };
}
