import { transportOf, type LaporConnection } from '../connection.ts';
import type { Category } from '../contract/index.ts';
import type { CallOptions } from '../transport/options.ts';

/**
 * Every topic, flat: {@link Categories.list} for a {@link connect}ion.
 *
 * @example
 * ```ts
 * const topics = await listCategories(connection);
 * ```
 */
export async function listCategories(connection: LaporConnection, options: CallOptions = {}): Promise<Category[]> {
  const transport = transportOf(connection);
  const result = await transport.request({ method: 'get', path: '/v1/categories', response: transport.responses.categoryList, call: options });
  return result.data;
}
