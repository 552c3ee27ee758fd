import { transportOf, type LaporConnection } from '../connection.ts';
import type { Institution } from '../contract/index.ts';
import type { CallOptions } from '../transport/options.ts';

/**
 * One institution by id: {@link Institutions.get} for a {@link connect}ion.
 *
 * @example
 * ```ts
 * const institution = await getInstitution(connection, 'pemkot-mataram');
 * ```
 */
export async function getInstitution(connection: LaporConnection, id: string, options: CallOptions = {}): Promise<Institution> {
  const transport = transportOf(connection);
  return transport.request({ method: 'get', path: `/v1/institutions/${encodeURIComponent(id)}`, response: transport.responses.institution, call: options });
}
