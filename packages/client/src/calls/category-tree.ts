import type { LaporConnection } from '../connection.ts';
import type { CategoryNode } from '../resources/directory.ts';
import type { CallOptions } from '../transport/options.ts';
import { listCategories } from './list-categories.ts';

/**
 * Every topic as a tree: {@link Categories.tree} for a {@link connect}ion.
 *
 * @example
 * ```ts
 * const roots = await categoryTree(connection);
 * ```
 */
export async function categoryTree(connection: LaporConnection, options: CallOptions = {}): Promise<CategoryNode[]> {
  const nodes = new Map<string, CategoryNode>();
  const list = await listCategories(connection, options);
  for (const category of list) nodes.set(category.id, { ...category, children: [] });
  const roots: CategoryNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}
