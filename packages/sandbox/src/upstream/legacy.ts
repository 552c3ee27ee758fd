// The seam to a real upstream: the public shapes LAPOR! has used, mapped to and from the
// v1 contract in this one module, so a connector to the national system translates here
// and nowhere else. Shapes known from public material: the web form's classification
// codes, and the topic list of `POST /api/services/f01/gettopics`.
import * as z from 'zod/mini';
import type { Category, Classification } from '@lapor/client/contract';

/** Classification codes of LAPOR!'s public web form. */
export const LEGACY_CLASSIFICATIONS = { 1: 'complaint', 2: 'information_request', 3: 'aspiration' } as const satisfies Record<number, Classification>;

/** A code of {@link LEGACY_CLASSIFICATIONS}. */
export type LegacyClassification = keyof typeof LEGACY_CLASSIFICATIONS;

/** One topic as `gettopics` returned it: every field a string, roots with parent `"0"`. */
export interface LegacyTopic {
  id: string;
  parent: string;
  topic_name: string;
}

const legacyTopics = z.array(
  z.looseObject({
    id: z.union([z.string().check(z.regex(/^\d+$/)), z.int().check(z.gte(1))]),
    parent: z.union([z.string().check(z.regex(/^\d+$/)), z.int().check(z.gte(0))]),
    topic_name: z.string().check(z.trim(), z.minLength(1)),
  }),
);

/** Upstream sent something this module does not know how to read. */
export class LegacyShapeError extends Error {}

/** The contract's classification for a legacy code (`1`, `"2"`, …). */
export function classificationFromLegacy(code: number | string): Classification {
  const key = Number(code);
  if (!Object.hasOwn(LEGACY_CLASSIFICATIONS, key) || String(key) !== String(code).trim()) {
    throw new LegacyShapeError(`unknown LAPOR! classification code ${JSON.stringify(code)}`);
  }
  return LEGACY_CLASSIFICATIONS[key as LegacyClassification];
}

/** The legacy code of a contract classification. */
export function classificationToLegacy(classification: Classification): LegacyClassification {
  const found = (Object.entries(LEGACY_CLASSIFICATIONS) as Array<[string, Classification]>).find(([, value]) => value === classification);
  if (!found) throw new LegacyShapeError(`no LAPOR! code for classification ${JSON.stringify(classification)}`);
  return Number(found[0]) as LegacyClassification;
}

/**
 * The contract's categories from a `gettopics` answer: ids and parents as strings, parent
 * `"0"` as a root (`parentId: null`). Numbers are accepted too; anything else is refused,
 * and so is a parent the list does not contain.
 */
export function categoriesFromLegacy(answer: unknown): Category[] {
  const parsed = legacyTopics.safeParse(answer);
  if (!parsed.success) throw new LegacyShapeError(`not a LAPOR! topic list: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  const categories = parsed.data.map((topic) => ({
    id: String(topic.id),
    parentId: String(topic.parent) === '0' ? null : String(topic.parent),
    name: topic.topic_name.trim(),
  }));
  const ids = new Set(categories.map((c) => c.id));
  const orphan = categories.find((c) => c.parentId !== null && !ids.has(c.parentId));
  if (orphan) throw new LegacyShapeError(`topic ${orphan.id} names parent ${orphan.parentId}, which is not in the list`);
  return categories;
}

/** A contract category in the `gettopics` shape (roots get parent `"0"`). */
export function categoryToLegacy(category: Category): LegacyTopic {
  return { id: category.id, parent: category.parentId ?? '0', topic_name: category.name };
}
