import { transportOf, type LaporConnection } from './connection.ts';
import { LIMITS } from './contract/limits.ts';
import type { MessageOverrides } from './contract/validation.ts';
import { LaporError } from './errors/index.ts';
import type { Agency } from './resources/agency.ts';
import { Attachments } from './resources/attachments.ts';
import { Complaints } from './resources/complaints.ts';
import { Categories, Institutions, Regions } from './resources/directory.ts';
import type { ResponseChecks } from './responses/index.ts';
import { Transport } from './transport/http.ts';
import type { RetryPolicy } from './transport/options.ts';

/** Options of {@link createClient}. */
export interface ClientOptions {
  /** Base URL of LAPOR! (or of the sandbox, or of your proxy), e.g. `http://localhost:4010`. */
  endpoint: string;
  /** Publishable key (`pk_…`), safe in a browser; bound to allowed origins. */
  siteKey?: string;
  /** Secret key (`sk_…`), scoped to one institution. Server only: refused in a browser. */
  secretKey?: string;
  /** Language of validation messages: `id` (default) or `en`. Also sent as `Accept-Language`. */
  locale?: string;
  /** Your own wording for any validation label or message. */
  messages?: MessageOverrides;
  /** Per-attempt timeout in ms (default 15,000). */
  timeout?: number;
  /** Whole-call timeout including retries, in ms (default 60,000). */
  totalTimeout?: number;
  /** Retry policy (default 4 retries, 0.5 s doubling to 8 s, with jitter), or `false`. */
  retry?: RetryPolicy | false;
  /** Largest attachment accepted before upload, in bytes (default 2 MB, as LAPOR!). */
  attachmentBytesMax?: number;
  /** A `fetch` to use instead of the global one (tests, proxies, instrumentation). */
  fetch?: typeof fetch;
  /** Extra headers on every request (not for credentials: use the key options). */
  headers?: Record<string, string>;
}

/** The client: one property per resource. */
export interface LaporClient {
  complaints: Complaints;
  attachments: Attachments;
  categories: Categories;
  institutions: Institutions;
  regions: Regions;
  /** The institution's own routes; needs `secretKey`. */
  agency: Agency;
}

function inBrowser(): boolean {
  return typeof window !== 'undefined' && typeof document !== 'undefined';
}

/** How an entry point makes the agency routes: for real on servers, refusing in browsers. */
export type AgencyFactory = (transport: Transport) => Agency;

/**
 * Checks the options and opens the connection every call of a client shares. The entry
 * points (`index.ts`, `browser.ts`) choose how answers are checked, so that browser bundles
 * do not carry the full response schemas.
 */
export function openConnection(options: ClientOptions, responses: ResponseChecks): LaporConnection {
  if (options.secretKey !== undefined && inBrowser()) {
    throw new LaporError(
      'A secret key (sk_…) must never reach a browser: anyone could read it. Use a publishable key (siteKey), ' +
        'or keep the secret key on your server behind createProxyHandler from @lapor/client/server.',
      { code: 'secret_key_in_browser' },
    );
  }
  if (options.secretKey !== undefined && options.siteKey !== undefined) {
    throw new LaporError('Pass either siteKey or secretKey, not both.', { code: 'invalid_options' });
  }
  if (options.secretKey !== undefined && !options.secretKey.startsWith('sk_')) {
    throw new LaporError('secretKey must be a secret key (sk_…).', { code: 'invalid_options' });
  }
  if (options.siteKey !== undefined && !options.siteKey.startsWith('pk_')) {
    throw new LaporError('siteKey must be a publishable key (pk_…); secret keys go in secretKey, on a server.', { code: 'invalid_options' });
  }
  let endpoint: URL;
  try {
    endpoint = new URL(options.endpoint, typeof location === 'undefined' ? undefined : location.href);
  } catch {
    throw new LaporError(`endpoint is not a URL: ${String(options.endpoint)}`, { code: 'invalid_options' });
  }
  const transport = new Transport({
    endpoint: endpoint.href,
    key: options.secretKey ?? options.siteKey,
    messages: { locale: options.locale, messages: options.messages },
    fetch: options.fetch,
    timeout: options.timeout,
    totalTimeout: options.totalTimeout,
    retry: options.retry,
    headers: options.headers,
    responses,
    attachmentBytesMax: options.attachmentBytesMax ?? LIMITS.attachmentBytesMax,
  });
  return transport as unknown as LaporConnection;
}

/**
 * Builds a client: one connection shared by every resource. The entry points choose how the
 * agency routes are made and how answers are checked, so that browser bundles carry neither
 * the agency code nor the full response schemas.
 */
export function buildClient(options: ClientOptions, agency: AgencyFactory, responses: ResponseChecks): LaporClient {
  const connection = openConnection(options, responses);
  return {
    complaints: new Complaints(connection),
    attachments: new Attachments(connection),
    categories: new Categories(connection),
    institutions: new Institutions(connection),
    regions: new Regions(connection),
    agency: agency(transportOf(connection)),
  };
}
