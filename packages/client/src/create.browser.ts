import { buildClient, type ClientOptions, type LaporClient } from './client.ts';
import { LaporError } from './errors/index.ts';
import type { Agency } from './resources/agency.ts';
import { browserResponses } from './responses/browser.ts';

const serverOnly = (): never => {
  throw new LaporError('The agency routes need a secret key, which belongs on a server, never in a browser.', {
    code: 'secret_key_in_browser',
  });
};

/** In browsers the agency routes refuse at once; their code is not in the bundle. */
const browserAgency = new Proxy({} as Agency, { get: serverOnly });

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
