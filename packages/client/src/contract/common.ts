import * as z from 'zod/mini';

/**
 * Response schemas that accept more than they document: the OpenAPI generator prints
 * only the first union member (what servers send today); clients also accept the rest
 * (what a newer server may send), so an old client keeps working.
 */
export const LENIENT = /*#__PURE__*/ new WeakSet<object>();

/** A string that future servers may extend: known values typed, others kept as strings. */
export type Open<T extends string> = T | (string & {});

/**
 * An enum for responses: the known values are documented, an unknown value is kept as
 * a plain string instead of failing the whole response.
 */
/*#__NO_SIDE_EFFECTS__*/
export function openEnum<const T extends readonly [string, ...string[]]>(values: T) {
  const schema = z.union([z.enum(values), z.string() as unknown as z.ZodMiniType<string & {}>]);
  LENIENT.add(schema);
  return schema;
}

/** Marks a union whose first member is what the document promises. */
/*#__NO_SIDE_EFFECTS__*/
export function lenient<S extends z.ZodMiniUnion>(schema: S): S {
  LENIENT.add(schema);
  return schema;
}

/** Opaque identifier of an institution, category, attachment, webhook endpoint… */
export const id = /*#__PURE__*/ z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'invalid_id' }));

/**
 * Tracking ID (nomor pelacakan) of a complaint: digits only, 5 to 12 of them
 * (LAPOR! shows e.g. #1916449).
 */
export const trackingId = /*#__PURE__*/ z.string().check(z.regex(/^\d{5,12}$/, { error: 'invalid_tracking_id' }));

/**
 * Kemendagri administrative area code: `52` province, `52.71` regency or city,
 * `52.71.01` district, `52.71.01.1001` village.
 */
export const regionCode = /*#__PURE__*/ z.string().check(
  z.regex(/^\d{2}(?:\.\d{2}(?:\.\d{2}(?:\.\d{4})?)?)?$/, { error: 'invalid_region_code' }),
);

/** Calendar date, `YYYY-MM-DD`. */
export const isoDate = /*#__PURE__*/ z.iso.date({ error: 'invalid_date' });

/** Instant in ISO 8601 with an offset, e.g. `2026-11-27T09:00:00+07:00`. */
export const isoDateTime = /*#__PURE__*/ z.iso.datetime({ offset: true, error: 'invalid_datetime' });

/**
 * Characters no free-text field accepts: C0 controls other than tab and line breaks (a
 * carriage return only as part of CRLF), DEL and the C1 controls, and the bidirectional
 * overrides and isolates U+202A–U+202E and U+2066–U+2069, which make text show in
 * another order than it is stored (`foto\u202Egnp.exe` shows as "fotoexe.png").
 *
 * They are refused, not stripped: what a citizen or an agency wrote is a record, and the
 * server does not rewrite it silently; the widget runs the same rule before sending, so
 * the citizen sees the message next to the field. (Attachment *names* are metadata and
 * lose these characters instead.)
 */
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|\r(?!\n)/;

/** The {@link CONTROL_CHARACTERS} rule as a check, answered with the `invalid_characters` issue code. */
export const plainCharacters = /*#__PURE__*/ z.refine<string>((value) => !CONTROL_CHARACTERS.test(value), { error: 'invalid_characters' });

/** Free text: trimmed, with a length range, without control or bidi-override characters. */
/*#__NO_SIDE_EFFECTS__*/
export function text(min: number, max: number) {
  return z.string().check(z.trim(), z.minLength(min), z.maxLength(max), plainCharacters);
}

/** A cursor page of a list: `{ data, nextCursor }`; `nextCursor` is null on the last page. */
/*#__NO_SIDE_EFFECTS__*/
export function page<T extends z.ZodMiniType>(item: T) {
  return z.looseObject({ data: z.array(item), nextCursor: z.nullable(z.string()) });
}

/** A cursor page as the client sees it. */
export interface Page<T> {
  data: T[];
  nextCursor: string | null;
  [key: string]: unknown;
}

/**
 * Query of every list route: an opaque cursor from the previous page and a page size.
 *
 * (A `.check()` inside a schema carries a pure annotation in this contract: a bundler cannot
 * tell that a method call on a schema has no side effects, and would keep every unused
 * schema holding one in a browser bundle. Nor can it tell that spreading an object or an
 * array has none: a schema built with a spread, like the queries that take `...pageQuery`,
 * is an arrow function called at once under the annotation. The size test of the
 * contract's index holds both.)
 */
export const pageQuery = {
  cursor: /*#__PURE__*/ z.optional(/*#__PURE__*/ z.string().check(z.maxLength(512))),
  limit: /*#__PURE__*/ z.optional(/*#__PURE__*/ z.coerce.number().check(z.int(), z.gte(1), z.lte(100))),
};

/** A reference to an institution or category inside another resource. */
export const reference = /*#__PURE__*/ z.looseObject({ id: z.string(), name: z.string() });
