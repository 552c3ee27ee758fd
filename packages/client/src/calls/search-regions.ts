import { transportOf, type LaporConnection } from '../connection.ts';
import type { Region, RegionQuery } from '../contract/index.ts';
import { Paginator } from '../pagination.ts';
import type { CallOptions } from '../transport/options.ts';

/**
 * Searches areas: {@link Regions.search} for a {@link connect}ion.
 *
 * @example
 * ```ts
 * const { data } = await searchRegions(connection, { q: 'mataram', limit: 8 }).firstPage();
 * ```
 */
export function searchRegions(connection: LaporConnection, query: Omit<RegionQuery, 'cursor'> = {}, options: CallOptions = {}): Paginator<Region> {
  const transport = transportOf(connection);
  return new Paginator((cursor) =>
    transport.request({ method: 'get', path: '/v1/regions', query: { ...query, cursor }, response: transport.responses.regionPage, call: options }),
  );
}
