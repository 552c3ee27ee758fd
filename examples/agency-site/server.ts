// The agency-site example: a believable page of Pemerintah Kota Mataram with the LAPOR!
// widget embedded by one script tag, served with a strict Content-Security-Policy.
//   node server.ts            (SANDBOX_URL, PORT, WIDGET_DIR to change the defaults)
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const here = new URL('.', import.meta.url).pathname;

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

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://site.invalid');
    let path = decodeURIComponent(url.pathname);
    if (path === '/') path = '/index.html';
    if (!extname(path)) path += '.html';
    const base = path.startsWith('/cdn/') ? widgetDir : join(here, 'public');
    const file = normalize(join(base, path.replace(/^\/cdn\//, '/')));
    if (!file.startsWith(base)) {
      response.writeHead(404).end();
      return;
    }
    try {
      let body: string | Buffer = await readFile(file);
      if (extname(file) === '.html') {
        body = body
          .toString('utf8')
          .replaceAll('{{SANDBOX_URL}}', options.sandboxUrl)
          .replaceAll('{{WIDGET_INTEGRITY}}', integrity['lapor-widget.js']?.integrity ?? '');
      }
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': csp,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
      });
      response.end(body);
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
  });
  console.log(`agency site on ${site.url}`);
}
