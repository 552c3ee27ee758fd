import { buildClient, openConnection, type ClientOptions, type LaporClient } from './client.ts';
import type { LaporConnection } from './connection.ts';
import { LaporError } from './errors/index.ts';
import type { Agency } from './resources/agency.ts';
import { browserResponses } from './responses/browser.ts';

const serverOnly = (): never => {
  throw new LaporError('The agency routes need a secret key, which belongs on a server, never in a browser.', {
    code: 'secret_key_in_browser',
  });
};

/** In browsers the agency routes refuse at once; their code is not in the bundle. */
const browserAgency = /*#__PURE__*/ new Proxy({} as Agency, { get: serverOnly });

/**
 * Creates a client for LAPOR! (or the sandbox, or your proxy). This is the browser build:
 * the same client, without the agency routes (a secret key never belongs in a browser), and
 * answers are checked for what a page reads rather than against the full contract.
 *
 * @example
 * ```ts
 * import { createClient } from '@lapor/client';
 * const lapor = createClient({ endpoint: 'http://localhost:4010', siteKey: 'pk_test_sandbox' });
 * ```
 */
export function createClient(options: ClientOptions): LaporClient {
  return buildClient(options, () => browserAgency, browserResponses);
}

/**
 * Opens a connection for the calls one by one (`createComplaint`, `searchRegions`, …), as
 * {@link createClient} does for its resources: a page that imports only the calls it makes
 * downloads neither the others nor their schemas. This is the browser build (answers checked
 * for what a page reads).
 *
 * @example
 * ```ts
 * import { connect, createComplaint } from '@lapor/client';
 * const connection = connect({ endpoint: 'http://localhost:4010', siteKey: 'pk_test_sandbox' });
 * const { trackingId } = await createComplaint(connection, report);
 * ```
 */
export function connect(options: ClientOptions): LaporConnection {
  return openConnection(options, browserResponses);
}
