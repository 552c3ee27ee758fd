// Who may use `/_sandbox`. The admin routes can mint keys, forward and close reports,
// move the clock and read the delivery log, so a web page the developer happens to visit
// must not reach them: not cross-origin (no CORS, and POSTs must be JSON, which a page
// cannot send without a preflight), not through DNS rebinding (the Host header must be
// a name of this machine), and, when an admin token is set, not without it.
import type { IncomingMessage } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import { sha256Hex } from '../domain/tokens.ts';
import { ProblemError } from './problem.ts';

/** Host names that always reach the sandbox on this machine. */
export const LOOPBACK_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];

/** The host names `/_sandbox` answers to: loopback names, the listening host, and any extra ones. */
export function adminHosts(listenHost: string, extra: readonly string[] = []): Set<string> {
  const hosts = new Set(LOOPBACK_HOSTS);
  const listening = listenHost.includes(':') && !listenHost.startsWith('[') ? `[${listenHost}]` : listenHost;
  // A wildcard address is not a name anyone types; LAN names must be listed explicitly.
  if (listening !== '0.0.0.0' && listening !== '[::]') hosts.add(listening.toLowerCase());
  for (const host of extra) hosts.add(host.toLowerCase());
  return hosts;
}

/** The host name of a `Host` header without its port, lower-cased; `undefined` when malformed. */
export function hostName(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const match = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::\d{1,5})?$/i.exec(header.trim());
  return match?.[1]!.toLowerCase();
}

/**
 * Refuses an admin request that a hostile page could have sent: a Host that is not this
 * machine, a cross-origin or cross-site request, a preflight, a POST that is not JSON, or
 * a missing or wrong admin token.
 */
export function checkAdminRequest(request: IncomingMessage, hosts: ReadonlySet<string>, tokenHash: string | undefined): void {
  const host = hostName(request.headers.host);
  if (!host || !hosts.has(host)) {
    throw new ProblemError('forbidden', {
      detail: {
        id: `Host "${request.headers.host ?? ''}" tidak diizinkan untuk /_sandbox. Tambahkan dengan --allowed-hosts bila memang nama mesin ini.`,
        en: `Host "${request.headers.host ?? ''}" is not allowed for /_sandbox. Add it with --allowed-hosts if it is this machine's name.`,
      },
    });
  }
  if (request.method === 'OPTIONS') {
    throw new ProblemError('forbidden', {
      detail: { id: 'Rute /_sandbox tidak melayani permintaan lintas situs (CORS).', en: 'The /_sandbox routes serve no cross-site requests (CORS).' },
    });
  }
  const origin = request.headers.origin;
  const site = request.headers['sec-fetch-site'];
  if ((origin !== undefined && origin !== `http://${request.headers.host}`) || site === 'cross-site' || site === 'same-site') {
    throw new ProblemError('forbidden', {
      detail: { id: 'Rute /_sandbox hanya untuk alat di mesin ini, bukan untuk halaman web lain.', en: 'The /_sandbox routes are for tools on this machine, not for other web pages.' },
    });
  }
  if (request.method === 'POST') {
    const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/json') {
      throw new ProblemError('unsupported_media_type', {
        detail: { id: 'Kirim permintaan /_sandbox sebagai application/json.', en: 'Send /_sandbox requests as application/json.' },
      });
    }
  }
  if (tokenHash !== undefined) {
    const presented = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    if (!presented || !timingSafeEqual(Buffer.from(sha256Hex(presented), 'hex'), Buffer.from(tokenHash, 'hex'))) {
      throw new ProblemError('unauthorized', {
        detail: {
          id: 'Sandbox ini dijalankan dengan --admin-token: sertakan Authorization: Bearer <token admin>.',
          en: 'This sandbox runs with --admin-token: send Authorization: Bearer <admin token>.',
        },
        headers: { 'www-authenticate': 'Bearer realm="lapor-sandbox-admin"' },
      });
    }
  }
}
