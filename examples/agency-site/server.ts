// The agency-site example: a believable page of Pemerintah Kota Mataram with the LAPOR!
// widget embedded by one script tag, served with a strict Content-Security-Policy.
//   node server.ts            (SANDBOX_URL, PORT, WIDGET_DIR to change the defaults)
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, relative, resolve, sep, isAbsolute } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

const here = new URL('.', import.meta.url).pathname;

/** Text that goes out compressed when the browser accepts it, as a CDN sends the widget's files. */
const COMPRESSED = new Set(['.html', '.js', '.css', '.json', '.svg']);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export interface AgencySiteOptions {
  port?: number;
  host?: string;
  /** Where the sandbox (or LAPOR!) runs. */
  sandboxUrl: string;
  /** The widget's CDN build folder. */
  widgetDir?: string;
  /** The sandbox's admin token (`--admin-token`), added when the demo panel's calls are passed on. */
  sandboxAdminToken?: string;
}

/** Host names this demo answers its `/_sandbox` pass-through on: this machine only. */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The file for a URL path inside `base`, or `undefined` when the path leaves it. Checked
 * by folder, not by string prefix: `/srv/public-old` starts with `/srv/public` but is
 * not inside it.
 */
export function containedFile(base: string, path: string): string | undefined {
  const root = resolve(base);
  const file = resolve(root, `.${path}`);
  const inside = relative(root, file);
  return inside && !inside.startsWith(`..${sep}`) && inside !== '..' && !isAbsolute(inside) ? file : undefined;
}

/** Starts the site; resolves with its URL. */
export async function startAgencySite(options: AgencySiteOptions): Promise<{ url: string; server: Server; close(): Promise<void> }> {
  const widgetDir = options.widgetDir ?? join(here, '../../packages/widget/dist/cdn');
  const integrity = JSON.parse(await readFile(join(widgetDir, 'integrity.json'), 'utf8')) as Record<string, { integrity: string }>;
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    // blob: lets Firefox shrink a camera photo through an <img> (docs/en/widget.md).
    "img-src 'self' data: blob:",
    `connect-src 'self' ${new URL(options.sandboxUrl).origin}`,
    "require-trusted-types-for 'script'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');

  /**
   * The demo panel's calls to the sandbox's admin routes, passed on from this server (the
   * sandbox answers no web page itself). Only for this machine and this site's own pages:
   * the same checks as the sandbox, so the pass-through is not a way around them.
   */
  async function passToSandbox(request: IncomingMessage, response: ServerResponse, url: URL) {
    const host = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::\d+)?$/i.exec(request.headers.host ?? '')?.[1]?.toLowerCase();
    const origin = request.headers.origin;
    const site = request.headers['sec-fetch-site'];
    const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    const refused =
      !host || !LOCAL_HOSTS.has(host) ? 'Host tidak diizinkan.'
      : (origin !== undefined && origin !== `http://${request.headers.host}`) || (site !== undefined && site !== 'same-origin' && site !== 'none') ? 'Hanya untuk halaman situs ini.'
      : request.method !== 'GET' && request.method !== 'POST' ? 'Metode tidak didukung.'
      : request.method === 'POST' && type !== 'application/json' ? 'Kirim sebagai application/json.'
      : undefined;
    if (refused) {
      response.writeHead(403, { 'content-type': 'application/problem+json; charset=utf-8' });
      response.end(JSON.stringify({ type: 'urn:lapor:problem:forbidden', title: 'Tidak diizinkan', status: 403, code: 'forbidden', detail: refused }));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of request as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > 64 * 1024) {
        response.writeHead(413).end();
        return;
      }
      chunks.push(chunk);
    }
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (options.sandboxAdminToken) headers.authorization = `Bearer ${options.sandboxAdminToken}`;
    try {
      const answer = await fetch(`${options.sandboxUrl}${url.pathname}${url.search}`, {
        method: request.method!,
        headers,
        ...(request.method === 'POST' ? { body: Buffer.concat(chunks) } : {}),
      });
      response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json', 'cache-control': 'no-store' });
      response.end(Buffer.from(await answer.arrayBuffer()));
    } catch {
      response.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' }).end('Sandbox tidak dapat dihubungi.');
    }
  }

  const server = createServer(async (request, response) => {
    let url: URL;
    let path: string;
    try {
      url = new URL(request.url ?? '/', 'http://site.invalid');
      path = decodeURIComponent(url.pathname);
    } catch {
      // A malformed address (`/%E0%A4%A`) is the visitor's mistake, not a reason to stop serving.
      response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Alamat tidak sah');
      return;
    }
    if (url.pathname === '/_sandbox' || url.pathname.startsWith('/_sandbox/')) {
      await passToSandbox(request, response, url).catch(() => {
        if (!response.headersSent) response.writeHead(500).end();
      });
      return;
    }
    if (path === '/') path = '/index.html';
    if (!extname(path)) path += '.html';
    const cdn = path.startsWith('/cdn/');
    const file = containedFile(cdn ? widgetDir : join(here, 'public'), cdn ? path.slice('/cdn'.length) : path);
    if (!file || path.includes('\0')) {
      response.writeHead(404).end();
      return;
    }
    try {
      let body: string | Buffer = await readFile(file);
      if (extname(file) === '.html') {
        body = body
          .toString('utf8')
          .replaceAll('{{SANDBOX_URL}}', options.sandboxUrl)
          .replaceAll('{{WIDGET_INTEGRITY}}', integrity['lapor-widget.js']?.integrity ?? '')
          .replaceAll('{{FORM_MORE_INTEGRITY}}', integrity['lapor-form-more.js']?.integrity ?? '');
      }
      // Compressed as a CDN or a web server in front of an agency's site sends them: the
      // widget's files are 2.7 times smaller gzipped, which a slow phone connection feels.
      const gzip = COMPRESSED.has(extname(file)) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': csp,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
        vary: 'accept-encoding',
        ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      });
      response.end(gzip ? gzipSync(body) : body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Halaman tidak ditemukan');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    server,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const site = await startAgencySite({
    sandboxUrl: process.env.SANDBOX_URL ?? 'http://127.0.0.1:4010',
    port: Number(process.env.PORT ?? 8080),
    ...(process.env.WIDGET_DIR ? { widgetDir: process.env.WIDGET_DIR } : {}),
    ...(process.env.LAPOR_SANDBOX_ADMIN_TOKEN ? { sandboxAdminToken: process.env.LAPOR_SANDBOX_ADMIN_TOKEN } : {}),
  });
  console.log(`agency site on ${site.url}`);
}
