import { buildClient, openConnection, type ClientOptions, type LaporClient } from './client.ts';
import type { LaporConnection } from './connection.ts';
import { en } from './contract/messages/en.ts';
import { id } from './contract/messages/id.ts';
import { registerLocale } from './contract/validation.ts';
import { Agency } from './resources/agency.ts';
import { contractResponses } from './responses/index.ts';

/**
 * Creates a client for LAPOR! (or the sandbox, or your proxy).
 *
 * @example
 * ```ts
 * import { createClient } from '@lapor/client';
 *
 * // In a browser, with a publishable key:
 * const lapor = createClient({ endpoint: 'http://localhost:4010', siteKey: 'pk_test_sandbox' });
 *
 * // On your server, with the institution's secret key:
 * const server = createClient({ endpoint: process.env.LAPOR_ENDPOINT!, secretKey: process.env.LAPOR_SECRET_KEY! });
 * ```
 */
export function createClient(options: ClientOptions): LaporClient {
  registerMessages();
  return buildClient(options, (transport) => new Agency(transport), contractResponses);
}

/**
 * Opens a connection for the calls one by one (`createComplaint`, `searchRegions`, …): the
 * options, checks, errors, retries and idempotency keys of {@link createClient}, for a page or
 * bundle that imports only the calls it makes (the agency routes are the client's alone).
 *
 * @example
 * ```ts
 * import { connect, createComplaint } from '@lapor/client';
 * const connection = connect({ endpoint: 'http://localhost:4010', siteKey: 'pk_test_sandbox' });
 * const { trackingId } = await createComplaint(connection, report);
 * ```
 */
export function connect(options: ClientOptions): LaporConnection {
  registerMessages();
  return openConnection(options, contractResponses);
}

function registerMessages(): void {
  // English is registered by a call where it is needed, never by importing a module for
  // its side effect: bundlers drop such modules (our own build once did), and no test of
  // the sources would notice. So is the complete Indonesian table (the agency and webhook
  // routes' messages), which browser bundles leave out.
  registerLocale('en', en);
  registerLocale('id', id);
}
