// Content-Security-Policy as a browser applies it, for the few questions the doctor asks:
// may this page run that script, connect to that endpoint, create Lit's Trusted Types
// policy? Written after CSP Level 3 ("Does url match source list"); report-only policies
// are not enforced, so they are not read.

/** One enforced policy: directive name → its source list (lower-cased keywords kept quoted). */
export type Policy = Map<string, string[]>;

/** Parses every enforced policy of a response: each header value may hold several, comma-separated. */
export function parsePolicies(values: readonly string[]): Policy[] {
  const policies: Policy[] = [];
  for (const value of values) {
    for (const serialized of value.split(',')) {
      const policy: Policy = new Map();
      for (const part of serialized.split(';')) {
        const [name, ...sources] = part.trim().split(/\s+/);
        if (!name) continue;
        const directive = name.toLowerCase();
        // The first occurrence of a directive wins; later duplicates are ignored.
        if (!policy.has(directive)) policy.set(directive, sources);
      }
      if (policy.size) policies.push(policy);
    }
  }
  return policies;
}

/** The directives a fetch falls back through, most specific first. */
const FALLBACKS: Record<string, string[]> = {
  'script-src-elem': ['script-src-elem', 'script-src', 'default-src'],
  'connect-src': ['connect-src', 'default-src'],
  'img-src': ['img-src', 'default-src'],
};

/** The source list that governs `directive` in `policy`, and the directive it came from. */
export function effectiveSources(policy: Policy, directive: keyof typeof FALLBACKS): { directive: string; sources: string[] } | undefined {
  for (const name of FALLBACKS[directive]!) {
    const sources = policy.get(name);
    if (sources) return { directive: name, sources };
  }
  return undefined;
}

const DEFAULT_PORTS: Record<string, string> = { 'http:': '80', 'https:': '443', 'ws:': '80', 'wss:': '443' };

function schemeMatches(expression: string, url: URL): boolean {
  // CSP lets an insecure scheme in a source stand for its secure upgrade.
  if (expression === url.protocol) return true;
  return (expression === 'http:' && url.protocol === 'https:') || (expression === 'ws:' && url.protocol === 'wss:');
}

function hostSourceMatches(source: string, url: URL, page: URL): boolean {
  const match = /^(?:([a-z][a-z0-9+.-]*:)\/\/)?(\*|(?:\*\.)?[a-z0-9.-]+)(?::(\*|\d+))?(\/[^?#]*)?$/i.exec(source);
  if (!match) return false;
  const [, scheme, host, port, path] = match;
  if (scheme) {
    if (!schemeMatches(scheme.toLowerCase(), url)) return false;
  } else if (!schemeMatches(page.protocol, url)) return false;
  const hostname = url.hostname.toLowerCase();
  const wanted = host!.toLowerCase();
  if (wanted === '*') {
    // A lone `*` host matches any host.
  } else if (wanted.startsWith('*.')) {
    if (!hostname.endsWith(wanted.slice(1))) return false;
  } else if (hostname !== wanted) return false;
  const urlPort = url.port || DEFAULT_PORTS[url.protocol] || '';
  if (port !== '*') {
    const expected = port ?? DEFAULT_PORTS[(scheme ?? page.protocol).toLowerCase()] ?? '';
    // A default port in the source also admits the upgraded scheme's default port.
    const upgraded = !port && url.protocol === 'https:' && expected === '80' && urlPort === '443';
    if (urlPort !== expected && !upgraded) return false;
  }
  if (path && path !== '/') {
    const decoded = decodeURIComponent(url.pathname);
    if (path.endsWith('/') ? !decoded.startsWith(path) : decoded !== path) return false;
  }
  return true;
}

/** What the page knows about one script element, for nonce and hash sources. */
export interface ScriptFacts {
  nonce?: string | undefined;
  integrity?: string | undefined;
}

/**
 * Whether a source list admits `url`, requested by the page at `page`. For scripts,
 * `script` carries the element's nonce and integrity: with `'strict-dynamic'` only they count.
 */
export function sourceListAllows(sources: readonly string[], url: URL, page: URL, script?: ScriptFacts): boolean {
  const lower = sources.map((s) => s.toLowerCase());
  if (lower.includes("'none'") && lower.length === 1) return false;
  if (script) {
    if (script.nonce && sources.some((s) => s === `'nonce-${script.nonce}'`)) return true;
    const hashes = (script.integrity ?? '').split(/\s+/).filter(Boolean);
    if (hashes.some((h) => sources.includes(`'${h}'`))) return true;
    if (lower.includes("'strict-dynamic'")) return false;
  }
  for (const source of lower) {
    if (source === '*') {
      if (['http:', 'https:', 'ws:', 'wss:', page.protocol].includes(url.protocol)) return true;
    } else if (source === "'self'") {
      const self = new URL(page.origin);
      if (url.host === self.host && (url.protocol === self.protocol || schemeMatches(self.protocol, url))) return true;
    } else if (/^[a-z][a-z0-9+.-]*:$/.test(source)) {
      if (schemeMatches(source, url)) return true;
    } else if (!source.startsWith("'") && hostSourceMatches(source, url, page)) return true;
  }
  return false;
}

/**
 * Whether Trusted Types let the page create a policy named `name` twice (two copies of
 * the widget on one page each create Lit's policy). Answers which of the two fails, if any.
 */
export function trustedTypesProblem(policy: Policy, name: string): 'name' | 'duplicate' | undefined {
  const list = policy.get('trusted-types');
  if (!list) return undefined;
  const lower = list.map((s) => s.toLowerCase());
  if (lower.includes("'none'") && lower.length === 1) return 'name';
  if (!lower.includes('*') && !list.includes(name)) return 'name';
  if (!lower.includes("'allow-duplicates'")) return 'duplicate';
  return undefined;
}
