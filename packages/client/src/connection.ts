// What the calls share: one transport (endpoint, key, language, timeouts, retries and how
// answers are checked) behind an opaque type. `createClient` gives each resource the same
// one; `connect` gives it to a page that imports only the calls it makes, so a bundler
// leaves the others (their code and their request schemas) out of its download.
import type { Transport } from './transport/http.ts';

declare const brand: unique symbol;

/**
 * A connection to LAPOR! (or the sandbox, or your proxy), made by {@link connect}: pass it to
 * the calls (`createComplaint`, `searchRegions`, …). Its content is not part of the API.
 */
export interface LaporConnection {
  readonly [brand]: 'LaporConnection';
}

/** The transport of a connection (the same object: the type only hides it from users). */
export function transportOf(connection: LaporConnection): Transport {
  return connection as unknown as Transport;
}
