// Directory search: where the pickers' suggestions come from (regions, institutions, the
// topic tree), through the client. Part of the transport chunk, which any search needs anyway.
import { getInstitution, listCategories, searchInstitutions, searchRegions, type LaporConnection } from '@lapor/client';
import type { Option } from './model.ts';

/** The topic tree, fetched once per connection and searched on the device. */
const categoryLists = new WeakMap<LaporConnection, Promise<Option[]>>();

/** Suggestions for each picker of the form. */
export const sources = {
  async regions(client: LaporConnection, q: string): Promise<Option[]> {
    if (q.length < 2) return [];
    const page = await searchRegions(client, { q, limit: 8 }).firstPage();
    return page.data.map((r) => ({ value: r.code, label: r.name, description: r.code }));
  },

  async institutions(client: LaporConnection, q: string): Promise<Option[]> {
    const page = await searchInstitutions(client, { q, limit: 8 }).firstPage();
    return page.data.map((i) => ({ value: i.id, label: i.name, description: i.shortName ?? undefined }));
  },

  async categories(client: LaporConnection, q: string): Promise<Option[]> {
    let list = categoryLists.get(client);
    if (!list) {
      list = listCategories(client).then((all) => {
        const names = new Map(all.map((c) => [c.id, c.name]));
        return all.map((c) => ({ value: c.id, label: c.name, description: c.parentId ? names.get(c.parentId) : undefined }));
      });
      // A failed fetch is tried again on the next search.
      list.catch(() => categoryLists.delete(client));
      categoryLists.set(client, list);
    }
    const needle = q.toLowerCase();
    return (await list).filter((c) => `${c.label} ${c.description ?? ''}`.toLowerCase().includes(needle)).slice(0, 12);
  },
};

/** The host agency's institution as a picker option, or `undefined` for an unknown id. */
export async function institutionOption(client: LaporConnection, id: string): Promise<Option | undefined> {
  try {
    const found = await getInstitution(client, id);
    return { value: found.id, label: found.name, description: found.shortName ?? undefined };
  } catch {
    return undefined;
  }
}
