import type { Page } from './contract/index.ts';

/**
 * A list that LAPOR! serves in cursor pages. Iterate it item by item with `for await`,
 * page by page with {@link Paginator.pages}, or collect a bounded number of items with
 * {@link Paginator.toArray}. Nothing is fetched until you start.
 *
 * @example
 * ```ts
 * for await (const institution of lapor.institutions.search({ q: 'kesehatan' })) {
 *   console.log(institution.name);
 * }
 * const first20 = await lapor.regions.search({ q: 'bandung' }).toArray({ limit: 20 });
 * ```
 */
export class Paginator<T> implements AsyncIterable<T> {
  readonly #fetchPage: (cursor: string | undefined) => Promise<Page<T>>;

  constructor(fetchPage: (cursor: string | undefined) => Promise<Page<T>>) {
    this.#fetchPage = fetchPage;
  }

  /** Pages one at a time, from `cursor` (the `nextCursor` of an earlier page) or the start. */
  async *pages(cursor?: string): AsyncGenerator<Page<T>, void, undefined> {
    let next: string | undefined = cursor;
    do {
      const page = await this.#fetchPage(next);
      yield page;
      next = page.nextCursor ?? undefined;
    } while (next !== undefined);
  }

  /** The first page only. */
  firstPage(): Promise<Page<T>> {
    return this.#fetchPage(undefined);
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    for await (const page of this.pages()) yield* page.data;
  }

  /**
   * Collects items into an array, stopping at `limit` (required, so that a long list
   * cannot exhaust memory by accident).
   */
  async toArray({ limit }: { limit: number }): Promise<T[]> {
    if (!(Number.isInteger(limit) && limit >= 0)) throw new RangeError('toArray needs a whole-number limit');
    const items: T[] = [];
    if (limit === 0) return items;
    for await (const item of this) {
      items.push(item);
      if (items.length >= limit) break;
    }
    return items;
  }
}
