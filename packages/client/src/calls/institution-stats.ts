import { transportOf, type LaporConnection } from '../connection.ts';
import type { InstitutionStats, InstitutionStatsQuery } from '../contract/index.ts';
import type { CallOptions } from '../transport/options.ts';

/**
 * How an institution handles its reports: {@link Institutions.stats} for a {@link connect}ion.
 *
 * @example
 * ```ts
 * const stats = await institutionStats(connection, 'pemkot-mataram', { from: '2026-01', to: '2026-06' });
 * ```
 */
export async function institutionStats(connection: LaporConnection, id: string, query: InstitutionStatsQuery = {}, options: CallOptions = {}): Promise<InstitutionStats> {
  const transport = transportOf(connection);
  return transport.request({
    method: 'get',
    path: `/v1/institutions/${encodeURIComponent(id)}/stats`,
    query,
    response: transport.responses.institutionStats,
    call: options,
  });
}
