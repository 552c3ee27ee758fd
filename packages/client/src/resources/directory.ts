// The directory's resources of `createClient`: each method is one of the calls in ../calls/,
// which a page can also import alone, for a `connect`ion.
import { categoryTree } from '../calls/category-tree.ts';
import { getInstitution } from '../calls/get-institution.ts';
import { getRegion } from '../calls/get-region.ts';
import { institutionStats } from '../calls/institution-stats.ts';
import { listCategories } from '../calls/list-categories.ts';
import { searchInstitutions } from '../calls/search-institutions.ts';
import { searchRegions } from '../calls/search-regions.ts';
import type { LaporConnection } from '../connection.ts';
import type { Category, Institution, InstitutionQuery, InstitutionStats, InstitutionStatsQuery, Region, RegionQuery } from '../contract/index.ts';
import type { Paginator } from '../pagination.ts';
import type { CallOptions } from '../transport/options.ts';

/** A topic with its children, built from the flat list. */
export interface CategoryNode extends Category {
  children: CategoryNode[];
}

/** Topics (kategori). */
export class Categories {
  readonly #connection: LaporConnection;
  constructor(connection: LaporConnection) {
    this.#connection = connection;
  }

  /**
   * Every topic, flat, in display order; `parentId` links a topic to its parent.
   *
   * @example
   * ```ts
   * const topics = await lapor.categories.list();
   * ```
   */
  list(options?: CallOptions): Promise<Category[]> {
    return listCategories(this.#connection, options);
  }

  /** Every topic as a tree: the roots, each with its `children`. */
  tree(options?: CallOptions): Promise<CategoryNode[]> {
    return categoryTree(this.#connection, options);
  }
}

/** Institutions (instansi) that can receive a complaint. */
export class Institutions {
  readonly #connection: LaporConnection;
  constructor(connection: LaporConnection) {
    this.#connection = connection;
  }

  /**
   * Searches by name or abbreviation, best match first.
   *
   * @example
   * ```ts
   * const [first] = await lapor.institutions.search({ q: 'bpjs' }).toArray({ limit: 1 });
   * ```
   */
  search(query?: Omit<InstitutionQuery, 'cursor'>, options?: CallOptions): Paginator<Institution> {
    return searchInstitutions(this.#connection, query, options);
  }

  /** One institution by id. */
  get(id: string, options?: CallOptions): Promise<Institution> {
    return getInstitution(this.#connection, id, options);
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
  stats(id: string, query?: InstitutionStatsQuery, options?: CallOptions): Promise<InstitutionStats> {
    return institutionStats(this.#connection, id, query, options);
  }
}

/** Administrative areas (wilayah) with Kemendagri codes. */
export class Regions {
  readonly #connection: LaporConnection;
  constructor(connection: LaporConnection) {
    this.#connection = connection;
  }

  /**
   * Searches areas by name (accents and case ignored), or lists the children of `parentCode`.
   *
   * @example
   * ```ts
   * for await (const district of lapor.regions.search({ parentCode: '52.71' })) console.log(district.name);
   * ```
   */
  search(query?: Omit<RegionQuery, 'cursor'>, options?: CallOptions): Paginator<Region> {
    return searchRegions(this.#connection, query, options);
  }

  /** One area by code, e.g. `52.71`. */
  get(code: string, options?: CallOptions): Promise<Region> {
    return getRegion(this.#connection, code, options);
  }
}

