import * as z from 'zod/mini';
import { ISSUE_CODES, PROBLEM_CODES, type ProblemCode } from './codes.ts';
import { openEnum } from './common.ts';

/** One problem with one field of a request. */
export const fieldIssue = /*#__PURE__*/ z.looseObject({
  /** Dotted path of the field, e.g. `location.regionCode`, `attachmentIds.2`. */
  path: z.string(),
  code: openEnum(ISSUE_CODES),
  /** Human-readable, in the language the request asked for (`Accept-Language`). */
  message: z.string(),
});
export type FieldIssue = z.infer<typeof fieldIssue>;

/** An RFC 9457 problem document (`application/problem+json`). */
export const problem = /*#__PURE__*/ z.looseObject({
  type: z.string(),
  title: z.string(),
  status: z.number(),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  code: openEnum(Object.keys(PROBLEM_CODES) as [ProblemCode, ...ProblemCode[]]),
  requestId: z.string(),
  errors: z.optional(z.array(fieldIssue)),
});
export type Problem = z.infer<typeof problem>;
