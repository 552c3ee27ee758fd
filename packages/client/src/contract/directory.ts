import * as z from 'zod/mini';
import { LIMITS } from './limits.ts';
import { openEnum, page, pageQuery, plainCharacters, regionCode } from './common.ts';

/** Kinds of government body that can receive a complaint. */
export const INSTITUTION_TYPES = [
  'ministry',
  'agency',
  'provincial_government',
  'regency_government',
  'state_owned_enterprise',
  'university',
  'overseas_mission',
] as const;

/** A topic (kategori). Topics form a tree; a root topic has `parentId: null`. */
export const category = /*#__PURE__*/ z.looseObject({
  id: z.string(),
  parentId: z.nullable(z.string()),
  name: z.string(),
});
export type Category = z.infer<typeof category>;

/** All topics as one flat list; rebuild the tree from `parentId`. */
export const categoryList = /*#__PURE__*/ z.looseObject({ data: z.array(category) });
export type CategoryList = z.infer<typeof categoryList>;

/** A government body (instansi) that can be the addressee of a complaint. */
export const institution = /*#__PURE__*/ z.looseObject({
  id: z.string(),
  name: z.string(),
  /** Common abbreviation, e.g. `Kemenkes`, `Polri`. */
  shortName: z.optional(z.nullable(z.string())),
  type: openEnum(INSTITUTION_TYPES),
  /** Administrative area of a regional government; null for national bodies. */
  regionCode: z.optional(z.nullable(z.string())),
});
export type Institution = z.infer<typeof institution>;
export const institutionPage = /*#__PURE__*/ page(institution);

/** Query of `GET /v1/institutions`. */
export const institutionQuery = /*#__PURE__*/ (() =>
  z.strictObject({
    q: z.optional(z.string().check(z.trim(), z.maxLength(LIMITS.searchQueryMax), plainCharacters)),
    type: z.optional(z.enum(INSTITUTION_TYPES)),
    ...pageQuery,
  }))();
export type InstitutionQuery = z.output<typeof institutionQuery>;

/** Levels of the administrative hierarchy. */
export const REGION_LEVELS = ['province', 'regency', 'district'] as const;

/** An administrative area (wilayah) with its Kemendagri code. */
export const region = /*#__PURE__*/ z.looseObject({
  code: z.string(),
  name: z.string(),
  level: openEnum(REGION_LEVELS),
  /** Code of the enclosing area; null for a province. */
  parentCode: z.nullable(z.string()),
});
export type Region = z.infer<typeof region>;
export const regionPage = /*#__PURE__*/ page(region);

/** Query of `GET /v1/regions`: search by name and/or list the children of a parent. */
export const regionQuery = /*#__PURE__*/ (() =>
  z.strictObject({
    q: z.optional(z.string().check(z.trim(), z.maxLength(LIMITS.searchQueryMax), plainCharacters)),
    parentCode: z.optional(regionCode),
    level: z.optional(z.enum(REGION_LEVELS)),
    ...pageQuery,
  }))();
export type RegionQuery = z.output<typeof regionQuery>;

/** An uploaded attachment (lampiran). */
export const attachment = /*#__PURE__*/ z.looseObject({
  id: z.string(),
  name: z.string(),
  mimeType: z.string(),
  size: z.number(),
  /** Hex SHA-256 of the content. */
  sha256: z.string(),
});
export type Attachment = z.infer<typeof attachment>;

