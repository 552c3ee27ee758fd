import type { Category, Institution, InstitutionQuery, InstitutionStats, InstitutionStatsQuery, Region, RegionQuery } from '../contract/index.ts';
import { Paginator } from '../pagination.ts';
import type { Transport } from '../transport/http.ts';
import type { CallOptions } from '../transport/options.ts';

/** A topic with its children, built from the flat list. */
export interface CategoryNode extends Category {
  children: CategoryNode[];
}

/** Topics (kategori). */
export class Categories {
  readonly #transport: Transport;
  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * Every topic, flat, in display order; `parentId` links a topic to its parent.
   *
   * @example
   * ```ts
   * const topics = await lapor.categories.list();
   * ```
   */
  async list(options: CallOptions = {}): Promise<Category[]> {
    const result = await this.#transport.request({ method: 'get', path: '/v1/categories', response: this.#transport.responses.categoryList, call: options });
    return result.data;
  }

  /** Every topic as a tree: the roots, each with its `children`. */
  async tree(options: CallOptions = {}): Promise<CategoryNode[]> {
    const nodes = new Map<string, CategoryNode>();
    const list = await this.list(options);
    for (const category of list) nodes.set(category.id, { ...category, children: [] });
    const roots: CategoryNode[] = [];
    for (const node of nodes.values()) {
      const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
      (parent ? parent.children : roots).push(node);
    }
    return roots;
  }
}

/** Institutions (instansi) that can receive a complaint. */
export class Institutions {
  readonly #transport: Transport;
  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * Searches by name or abbreviation, best match first.
   *
   * @example
   * ```ts
   * const [first] = await lapor.institutions.search({ q: 'bpjs' }).toArray({ limit: 1 });
   * ```
   */
  search(query: Omit<InstitutionQuery, 'cursor'> = {}, options: CallOptions = {}): Paginator<Institution> {
    return new Paginator((cursor) =>
      this.#transport.request({
        method: 'get',
        path: '/v1/institutions',
        query: { ...query, cursor },
        response: this.#transport.responses.institutionPage,
        call: options,
      }),
    );
  }

  /** One institution by id. */
  async get(id: string, options: CallOptions = {}): Promise<Institution> {
    return this.#transport.request({ method: 'get', path: `/v1/institutions/${encodeURIComponent(id)}`, response: this.#transport.responses.institution, call: options });
  }

  /**
   * How the institution handles the reports it receives, over whole months (`from`, `to`,
   * `YYYY-MM`; by default the twelve months up to the current one): reports received per
   * month by classification, the share followed up within 5 working days, the median working
   * days to the first follow-up, the shares closed and escalated, the average rating.
   *
   * @example
   * ```ts
   * const stats = await lapor.institutions.stats('pemkot-mataram', { from: '2026-01', to: '2026-06' });
   * console.log(stats.followUp.onTimeShare, stats.months.map((m) => m.total));
   * ```
   */
  async stats(id: string, query: InstitutionStatsQuery = {}, options: CallOptions = {}): Promise<InstitutionStats> {
    return this.#transport.request({
      method: 'get',
      path: `/v1/institutions/${encodeURIComponent(id)}/stats`,
      query,
      response: this.#transport.responses.institutionStats,
      call: options,
    });
  }
}

/** Administrative areas (wilayah) with Kemendagri codes. */
export class Regions {
  readonly #transport: Transport;
  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * Searches areas by name (accents and case ignored), or lists the children of `parentCode`.
   *
   * @example
   * ```ts
   * for await (const district of lapor.regions.search({ parentCode: '52.71' })) console.log(district.name);
   * ```
   */
  search(query: Omit<RegionQuery, 'cursor'> = {}, options: CallOptions = {}): Paginator<Region> {
    return new Paginator((cursor) =>
      this.#transport.request({ method: 'get', path: '/v1/regions', query: { ...query, cursor }, response: this.#transport.responses.regionPage, call: options }),
    );
  }

  /** One area by code, e.g. `52.71`. */
  async get(code: string, options: CallOptions = {}): Promise<Region> {
    return this.#transport.request({ method: 'get', path: `/v1/regions/${encodeURIComponent(code)}`, response: this.#transport.responses.region, call: options });
  }
}

