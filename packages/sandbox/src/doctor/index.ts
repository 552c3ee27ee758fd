// `lapor-sandbox doctor <page-url>`: reads an agency's page the way a browser would (its
// HTML and headers; no script runs) and names, in plain words, what would stop the
// widget from working for a citizen: the page's CSP, the script tag and its integrity,
// the endpoint and the publishable key, a secret key in the page, mixed content.
import { createHash } from 'node:crypto';
import { parse } from 'parse5';
import { effectiveSources, parsePolicies, sourceListAllows, trustedTypesProblem } from './csp.ts';
import { doctorMessages, type DoctorLanguage } from './messages.ts';

/** `error`: something that breaks the widget for citizens; `warning`: a risk; `ok`: a check passed. */
export type FindingLevel = 'error' | 'warning' | 'ok';

/** One thing the doctor found, with a stable code for scripts and a sentence for people. */
export interface Finding {
  level: FindingLevel;
  code: FindingCode;
  message: string;
}

export type FindingCode = keyof (typeof doctorMessages)['en'];

export interface DoctorOptions {
  /** Language of the sentences; codes stay the same. Default `en`. */
  lang?: DoctorLanguage;
  /** Per-request timeout in milliseconds. Default 10 s. */
  timeoutMs?: number;
}

export interface DoctorReport {
  /** The page after redirects. */
  url: string;
  findings: Finding[];
  /** No finding of level `error`. */
  ok: boolean;
}

/** Elements the widget defines; any of them on the page needs the script. */
const ELEMENTS = new Set(['lapor-form', 'lapor-status', 'lapor-reports', 'lapor-stats']);
/** The CDN entry's file name. */
const WIDGET_FILE = /\/lapor-widget(?:\.min)?\.js$/;
/** Keys look like `sk_test_…` / `sk_live_…`; one in a page is a leaked secret. */
const SECRET_KEY = /\bsk_(?:test|live)_[A-Za-z0-9_]{4,}/g;
/** The headers the widget's requests carry, for the CORS preflight. */
const REQUEST_HEADERS = 'authorization,content-type,idempotency-key';

interface Element {
  name: string;
  attrs: Map<string, string>;
}

interface Node {
  nodeName: string;
  tagName?: string;
  attrs?: Array<{ name: string; value: string }>;
  childNodes?: Node[];
  content?: Node;
}

function collect(root: Node): Element[] {
  const found: Element[] = [];
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.tagName) found.push({ name: node.tagName, attrs: new Map((node.attrs ?? []).map((a) => [a.name, a.value])) });
    if (node.content) stack.push(node.content);
    for (const child of node.childNodes ?? []) stack.push(child);
  }
  return found.reverse();
}

function isLoopback(url: URL): boolean {
  return ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname) || url.hostname.endsWith('.localhost');
}

/** Mixed content: an https page loading http from anywhere but loopback (which browsers trust). */
function insecureFrom(page: URL, url: URL): boolean {
  return page.protocol === 'https:' && url.protocol === 'http:' && !isLoopback(url);
}

function redact(key: string): string {
  return `${key.slice(0, 8)}…`;
}

/** Checks the integrity attribute against the bytes: the strongest algorithm listed must match. */
function integrityMatches(integrity: string, bytes: Buffer): boolean {
  const order = ['sha256', 'sha384', 'sha512'];
  const entries = integrity
    .split(/\s+/)
    .map((token) => /^(sha256|sha384|sha512)-([A-Za-z0-9+/=]+)/.exec(token))
    .filter((m): m is RegExpExecArray => m !== null);
  if (!entries.length) return false;
  const strongest = Math.max(...entries.map((m) => order.indexOf(m[1]!)));
  const algorithm = order[strongest]!;
  const digest = createHash(algorithm).update(bytes).digest('base64');
  return entries.some((m) => m[1] === algorithm && m[2] === digest);
}

/** Runs every check against the page at `pageUrl`. Never throws for what it finds; only for a bad URL. */
export async function runDoctor(pageUrl: string, options: DoctorOptions = {}): Promise<DoctorReport> {
  const text = doctorMessages[options.lang ?? 'en'];
  const timeout = options.timeoutMs ?? 10_000;
  const findings: Finding[] = [];
  const add = <C extends FindingCode>(level: FindingLevel, code: C, ...args: Parameters<(typeof text)[C]>): void => {
    findings.push({ level, code, message: (text[code] as (...a: unknown[]) => string)(...args) });
  };
  const get = (url: URL | string, init: RequestInit = {}) => fetch(url, { redirect: 'follow', ...init, signal: AbortSignal.timeout(timeout) });

  const requested = new URL(pageUrl);
  let response: Response;
  try {
    response = await get(requested, { headers: { accept: 'text/html' } });
  } catch (error) {
    add('error', 'page_unreachable', requested.href, (error as Error).message);
    return { url: requested.href, findings, ok: false };
  }
  const page = new URL(response.url || requested.href);
  const html = await response.text();
  if (!response.ok) {
    add('error', 'page_status', page.href, response.status);
    return { url: page.href, findings, ok: false };
  }

  const elements = collect(parse(html) as unknown as Node);
  const cspValues = [response.headers.get('content-security-policy') ?? ''].filter(Boolean);
  for (const el of elements) {
    if (el.name === 'meta' && el.attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy') cspValues.push(el.attrs.get('content') ?? '');
  }
  const policies = parsePolicies(cspValues);

  // 1. A secret key anywhere in what the page sends to every visitor.
  const secrets = [...new Set(html.match(SECRET_KEY) ?? [])];
  for (const key of secrets) add('error', 'secret_key_exposed', redact(key));

  // 2. The script tag.
  const widgets = elements.filter((el) => ELEMENTS.has(el.name));
  const scripts = elements.filter((el) => el.name === 'script' && el.attrs.has('src') && WIDGET_FILE.test(new URL(el.attrs.get('src')!, page).pathname));
  if (!widgets.length) add(scripts.length ? 'warning' : 'error', 'no_element');
  if (!scripts.length) {
    add('error', 'no_script');
  }
  for (const script of scripts) {
    const src = new URL(script.attrs.get('src')!, page);
    const crossOrigin = src.origin !== page.origin;
    if (script.attrs.get('type') !== 'module') add('error', 'script_not_module', src.href);
    if (insecureFrom(page, src)) {
      // A browser blocks it before any request: nothing more to learn by fetching it.
      add('error', 'mixed_content', src.href);
      continue;
    }
    const allowed = policies.filter((policy) => {
      const list = effectiveSources(policy, 'script-src-elem');
      return list && !sourceListAllows(list.sources, src, page, { nonce: script.attrs.get('nonce'), integrity: script.attrs.get('integrity') });
    });
    if (allowed.length) {
      const list = effectiveSources(allowed[0]!, 'script-src-elem')!;
      add('error', 'csp_script', list.directive, src.origin === page.origin ? "'self'" : src.origin);
    } else if (policies.length) add('ok', 'csp_script_ok');
    const integrity = script.attrs.get('integrity');
    if (!integrity) add(crossOrigin ? 'error' : 'warning', 'integrity_missing', src.href);
    if (script.attrs.get('crossorigin') === undefined) add(crossOrigin ? 'error' : 'warning', 'crossorigin_missing');
    let file: Response | undefined;
    try {
      file = await get(src, { headers: { origin: page.origin } });
    } catch (error) {
      add('error', 'script_unreachable', src.href, (error as Error).message);
    }
    if (file && !file.ok) add('error', 'script_unreachable', src.href, `HTTP ${file.status}`);
    else if (file) {
      const bytes = Buffer.from(await file.arrayBuffer());
      if (integrity && !integrityMatches(integrity, bytes)) add('error', 'integrity_mismatch', src.href);
      else if (integrity) add('ok', 'integrity_ok');
      const acao = file.headers.get('access-control-allow-origin');
      if (crossOrigin && acao !== '*' && acao !== page.origin) add('error', 'script_cors', src.origin, page.origin);
    }
  }

  // 3. Trusted Types: Lit creates a policy named `lit-html`.
  for (const policy of policies) {
    const problem = trustedTypesProblem(policy, 'lit-html');
    if (problem === 'name') add('error', 'trusted_types_policy');
    else if (problem === 'duplicate') add('warning', 'trusted_types_duplicates');
  }

  // 4. Each element's endpoint: reachable, allowed by connect-src, and the key allows this origin.
  const checked = new Set<string>();
  for (const el of widgets) {
    const endpointText = el.attrs.get('endpoint');
    const siteKey = el.attrs.get('site-key') ?? '';
    if (!endpointText) {
      add('error', 'endpoint_missing', el.name);
      continue;
    }
    const endpoint = new URL(endpointText, page);
    if (checked.has(`${endpoint.href}|${siteKey}`)) continue;
    checked.add(`${endpoint.href}|${siteKey}`);
    if (siteKey.startsWith('sk_')) continue; // already named as a leaked secret
    if (siteKey && !/^pk_(?:test|live)_/.test(siteKey)) add('error', 'site_key_invalid', el.name, siteKey.slice(0, 12));
    if (insecureFrom(page, endpoint)) {
      add('error', 'mixed_content', endpoint.href);
      continue;
    }
    const blocked = policies.find((policy) => {
      const list = effectiveSources(policy, 'connect-src');
      return list && !sourceListAllows(list.sources, new URL('/v1/complaints', endpoint), page);
    });
    if (blocked) add('error', 'csp_connect', effectiveSources(blocked, 'connect-src')!.directive, endpoint.origin === page.origin ? "'self'" : endpoint.origin);
    else if (policies.length) add('ok', 'csp_connect_ok', endpoint.origin);

    const base = endpoint.href.replace(/\/+$/, '');
    const cross = endpoint.origin !== page.origin;
    try {
      if (cross) {
        const preflight = await get(`${base}/v1/complaints`, {
          method: 'OPTIONS',
          headers: { origin: page.origin, 'access-control-request-method': 'POST', 'access-control-request-headers': REQUEST_HEADERS },
        });
        const acao = preflight.headers.get('access-control-allow-origin');
        if (!preflight.ok || (acao !== '*' && acao !== page.origin)) {
          add('error', 'endpoint_origin', endpoint.origin, page.origin);
          continue;
        }
      }
      const answer = await get(`${base}/v1/categories`, {
        headers: { origin: page.origin, accept: 'application/json', ...(siteKey ? { authorization: `Bearer ${siteKey}` } : {}) },
      });
      const problem = answer.ok ? undefined : ((await answer.json().catch(() => ({}))) as { code?: string });
      if (answer.ok) add('ok', 'endpoint_ok', endpoint.origin);
      else if (problem?.code === 'origin_not_allowed') add('error', 'key_origin', siteKey ? redact(siteKey) : '-', page.origin);
      else if (answer.status === 401) add('error', 'key_refused', siteKey ? redact(siteKey) : '-');
      else add('error', 'endpoint_status', endpoint.origin, answer.status);
    } catch (error) {
      add('error', 'endpoint_unreachable', endpoint.origin, (error as Error).message);
    }
  }

  return { url: page.href, findings, ok: !findings.some((f) => f.level === 'error') };
}
