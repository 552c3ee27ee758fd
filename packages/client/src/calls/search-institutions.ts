import { transportOf, type LaporConnection } from '../connection.ts';
import type { Institution, InstitutionQuery } from '../contract/index.ts';
import { Paginator } from '../pagination.ts';
import type { CallOptions } from '../transport/options.ts';

/**
 * Searches institutions: {@link Institutions.search} for a {@link connect}ion.
 *
 * @example
 * ```ts
 * const { data } = await searchInstitutions(connection, { q: 'bpjs', limit: 8 }).firstPage();
 * ```
 */
export function searchInstitutions(connection: LaporConnection, query: Omit<InstitutionQuery, 'cursor'> = {}, options: CallOptions = {}): Paginator<Institution> {
  const transport = transportOf(connection);
  return new Paginator((cursor) =>
    transport.request({ method: 'get', path: '/v1/institutions', query: { ...query, cursor }, response: transport.responses.institutionPage, call: options }),
  );
}
