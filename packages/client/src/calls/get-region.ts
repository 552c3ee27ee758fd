import { transportOf, type LaporConnection } from '../connection.ts';
import type { Region } from '../contract/index.ts';
import type { CallOptions } from '../transport/options.ts';

/**
 * One area by code: {@link Regions.get} for a {@link connect}ion.
 *
 * @example
 * ```ts
 * const region = await getRegion(connection, '52.71');
 * ```
 */
export async function getRegion(connection: LaporConnection, code: string, options: CallOptions = {}): Promise<Region> {
  const transport = transportOf(connection);
  return transport.request({ method: 'get', path: `/v1/regions/${encodeURIComponent(code)}`, response: transport.responses.region, call: options });
}
