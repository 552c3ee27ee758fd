// The browser build's response checks: each answer is checked for its shape and for the
// fields a page reads to decide what to show (identifiers, `view`, `type`, `status`, the
// tracking ID and reporter token, pagination, a problem's code and field issues); the
// rest passes through as LAPOR! sent it. Requests stay fully validated: that is where a
// citizen needs messages. Node keeps the full checks (index.ts); the types are the same.
import * as z from 'zod/mini';
import type { ResponseChecks } from './index.ts';

const text = /*#__PURE__*/ z.string();
const list = <T extends z.ZodMiniType>(item: T) => z.looseObject({ data: z.array(item), nextCursor: z.nullable(text) });
const event = /*#__PURE__*/ z.looseObject({ id: text, trackingId: text, type: text, at: text, status: text });
const institution = /*#__PURE__*/ z.looseObject({ id: text, name: text });
const publicComplaint = /*#__PURE__*/ z.looseObject({ view: z.enum(['public']), trackingId: text, status: text, title: text });
const region = /*#__PURE__*/ z.looseObject({ code: text, name: text, parentCode: z.nullable(text) });

/** Checks of what a page reads; typed as the contract's responses (see {@link ResponseChecks}). */
export const browserResponses = {
  complaintCreated: z.looseObject({ trackingId: text, status: text, reporterToken: text }),
  complaint: z.looseObject({ view: z.enum(['public', 'reporter']), trackingId: text, status: text, title: text }),
  publicComplaintPage: list(publicComplaint),
  timelineEvent: event,
  timelineEventPage: list(event),
  categoryList: z.looseObject({ data: z.array(z.looseObject({ id: text, name: text, parentId: z.nullable(text) })) }),
  institution,
  institutionPage: list(institution),
  institutionStats: z.looseObject({
    institution,
    months: z.array(z.looseObject({ month: text })),
    received: z.number(),
    followUp: z.looseObject({ onTimeShare: z.nullable(z.number()) }),
  }),
  region,
  regionPage: list(region),
  attachment: z.looseObject({ id: text, name: text, size: z.number() }),
  accessRequested: z.looseObject({ expiresInMinutes: z.number() }),
  accessGranted: z.looseObject({ trackingId: text, reporterToken: text }),
  problem: z.looseObject({
    status: z.number(),
    code: text,
    errors: z.optional(z.array(z.looseObject({ path: text, code: text, message: text }))),
  }),
} satisfies Record<keyof ResponseChecks, z.ZodMiniType> as unknown as ResponseChecks;
