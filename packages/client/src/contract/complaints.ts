import * as z from 'zod/mini';
import { LIMITS } from './limits.ts';
import {
  id,
  isoDate,
  isoDateTime,
  openEnum,
  page,
  pageQuery,
  plainCharacters,
  reference,
  regionCode,
  text,
} from './common.ts';
import { attachment } from './directory.ts';
import { STATUS_GROUPS } from './lifecycle.ts';

/** Classification (klasifikasi) of a report. */
export const CLASSIFICATIONS = ['complaint', 'aspiration', 'information_request'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

/**
 * Lifecycle status. `submitted`/`on_hold` show as "waiting" on lapor.go.id,
 * `forwarded`/`followed_up` as "in process", `closed` as "done".
 */
export const STATUSES = [
  'submitted',
  'on_hold',
  'forwarded',
  'followed_up',
  'closed',
  'archived',
  'escalated',
] as const;
export type Status = (typeof STATUSES)[number];

/** Channels a report can arrive through; everything sent with this SDK is `integration`. */
export const CHANNELS = ['web', 'sms', 'mobile', 'twitter', 'integration'] as const;

/**
 * Indonesian numbers as people write them: 08…, 62… or +62…, with single spaces, dots or
 * dashes between digits ("0812-3456-7890", "+62 812 3456 7890"). Servers store E.164.
 */
const phone = /*#__PURE__*/ z.string().check(
  z.trim(),
  z.regex(/^(?:\+?62|0)[\s.-]?[1-9](?:[\s.-]?\d){6,12}$/, { error: 'invalid_phone' }),
);

/** Where the reported incident happened. */
export const location = /*#__PURE__*/ z.strictObject({
  regionCode,
  address: z.optional(text(1, LIMITS.addressMax)),
  lat: z.optional(z.number().check(z.gte(-90), z.lte(90))),
  lng: z.optional(z.number().check(z.gte(-180), z.lte(180))),
});

/** The reporter's contact. Never shown publicly; hidden from the agency when anonymous. */
export const reporter = /*#__PURE__*/ z
  .strictObject({
    name: text(LIMITS.nameMin, LIMITS.nameMax),
    email: z.optional(z.email({ error: 'invalid_email' })),
    phone: z.optional(phone),
  })
  .check(
    z.superRefine((value, ctx) => {
      if (!value.email && !value.phone) {
        ctx.addIssue({ code: "custom", path: ['email'], message: 'contact_required' });
      }
    }),
  );

/** Today's date in Indonesia's easternmost zone (UTC+9), so no Indonesian today is "future". */
function latestToday(now = Date.now()): string {
  return new Date(now + 9 * 3600_000).toISOString().slice(0, 10);
}

const complaintFields = {
  classification: z.enum(CLASSIFICATIONS),
  title: text(LIMITS.titleMin, LIMITS.titleMax),
  body: text(LIMITS.bodyMin, LIMITS.bodyMax),
  /** Date of the incident; complaints only, not in the future. */
  incidentDate: z.optional(isoDate),
  /** Where it happened; required for complaints. */
  location: z.optional(location),
  /** Where the reporter lives; required for aspirations and information requests. */
  reporterOrigin: z.optional(z.strictObject({ regionCode })),
  /** A suggestion only: LAPOR! admins decide the disposition. */
  institutionId: z.optional(id),
  categoryId: z.optional(id),
  attachmentIds: z.optional(/*#__PURE__*/ z.array(id).check(z.maxLength(LIMITS.attachmentsMax, { error: 'too_many' }))),
  /** The reporter's name is not published with the report; the report stays public. */
  anonymous: z._default(z.boolean(), false),
  /** The whole report is hidden from the public. */
  confidential: z._default(z.boolean(), false),
  reporter,
  /** Token of the anti-abuse provider the form uses, if any. */
  captchaToken: z.optional(z.string().check(z.maxLength(LIMITS.captchaTokenMax))),
};

type ComplaintFields = {
  classification: Classification;
  incidentDate?: string | undefined;
  location?: unknown;
  reporterOrigin?: unknown;
  attachmentIds?: string[] | undefined;
};

/** Rules that depend on the classification, and on more than one field. */
const classificationRules = /*#__PURE__*/ z.superRefine(
  (value: ComplaintFields, ctx) => {
  if (typeof value !== 'object' || value === null) return;
  const issue = (path: string, message: string) =>
    ctx.addIssue({ code: "custom", path: [path], message });
  if (value.classification === 'complaint') {
    if (value.incidentDate === undefined) issue('incidentDate', 'required');
    else if (value.incidentDate > latestToday()) issue('incidentDate', 'date_in_future');
    if (value.location === undefined) issue('location', 'required');
  } else if (CLASSIFICATIONS.includes(value.classification)) {
    if (value.incidentDate !== undefined) issue('incidentDate', 'not_applicable');
    if (value.reporterOrigin === undefined) issue('reporterOrigin', 'required');
  }
  const ids = value.attachmentIds ?? [];
  if (Array.isArray(ids) && new Set(ids).size !== ids.length) issue('attachmentIds', 'duplicate');
  },
  // Run even when other fields failed, so the form shows every problem at once.
  { when: () => true },
);

/**
 * A citizen's report as sent to `POST /v1/complaints` (with a publishable key).
 *
 * @example
 * ```ts
 * complaintInput.parse({
 *   classification: 'complaint',
 *   title: 'Jalan berlubang di depan SDN 3 Mataram',
 *   body: 'Lubang sedalam 30 cm sudah dua minggu belum diperbaiki.',
 *   incidentDate: '2026-11-20',
 *   location: { regionCode: '52.71', address: 'Jl. Pejanggik' },
 *   reporter: { name: 'Siti Aminah', email: 'siti@example.id' },
 * });
 * ```
 */
export const complaintInput = /*#__PURE__*/ z.strictObject(complaintFields).check(classificationRules);
export type ComplaintInput = z.input<typeof complaintInput>;

/**
 * A report an agency received through its own channel and submits on the citizen's
 * behalf (`POST /v1/agency/complaints`, secret key). `sourceRef` is the agency's own
 * reference, unique per institution.
 */
export const agencyComplaintInput = /*#__PURE__*/ z
  .strictObject({
    ...complaintFields,
    sourceRef: text(1, LIMITS.sourceRefMax),
  })
  .check(classificationRules);
export type AgencyComplaintInput = z.input<typeof agencyComplaintInput>;

/** Service-level due dates in working days, as calendar dates. */
export const dueDates = /*#__PURE__*/ z.looseObject({
  /** Admins verify and forward within 3 working days of submission. */
  verification: z.optional(isoDate),
  /** The institution follows up within 5 working days of forwarding. */
  followUp: z.optional(isoDate),
  /** Closed 10 working days after the last follow-up without a reply. */
  autoClose: z.optional(isoDate),
  /** Handed to Ombudsman RI 60 days after submission when unsettled. */
  escalation: z.optional(isoDate),
});
export type DueDates = z.infer<typeof dueDates>;

/** Answer to a successful `POST /v1/complaints` (201). */
export const complaintCreated = /*#__PURE__*/ z.looseObject({
  trackingId: z.string(),
  status: openEnum(STATUSES),
  createdAt: z.string(),
  /** Grants the reporter's view and replies. Returned once; keep it on the device. */
  reporterToken: z.string(),
  dueDates,
  /** Public page of the report (absent for confidential reports). */
  publicUrl: z.optional(z.nullable(z.string())),
});
export type ComplaintCreated = z.infer<typeof complaintCreated>;

const publicFields = {
  trackingId: z.string(),
  classification: openEnum(CLASSIFICATIONS),
  title: z.string(),
  body: z.string(),
  status: openEnum(STATUSES),
  createdAt: z.string(),
  updatedAt: z.string(),
  incidentDate: z.optional(z.nullable(z.string())),
  location: z.optional(
    z.nullable(
      z.looseObject({
        regionCode: z.string(),
        regionName: z.optional(z.string()),
        address: z.optional(z.nullable(z.string())),
        lat: z.optional(z.nullable(z.number())),
        lng: z.optional(z.nullable(z.number())),
      }),
    ),
  ),
  /** The institution the report was forwarded to; null before disposition. */
  institution: z.nullable(reference),
  category: z.optional(z.nullable(reference)),
  anonymous: z.boolean(),
  attachments: z.array(attachment),
  dueDates,
};

/**
 * The public view (`GET /v1/complaints/{trackingId}` without a reporter token, whatever
 * key calls): never the reporter's identity, coordinates rounded to
 * 3 decimals (`PUBLIC_COORDINATE_DECIMALS`); a confidential or not yet verified report
 * has no public view at all (404).
 */
export const publicComplaint = /*#__PURE__*/ z.looseObject({
  view: z.literal('public'),
  ...publicFields,
});
export type PublicComplaint = z.infer<typeof publicComplaint>;

/** A page of the public list (`GET /v1/complaints`): public views only, newest first. */
export const publicComplaintPage = /*#__PURE__*/ page(publicComplaint);

/**
 * Query of the public list `GET /v1/complaints`. Every filter is on a part of the report
 * the public view shows (never on a withheld one, which a filter would reveal): the
 * institution it was forwarded to, the area of the incident (`regionCode` takes in the areas
 * within it: `52` finds reports in `52.71.01`), the topic, the public status group, and
 * words of the title and body.
 */
export const publicComplaintQuery = /*#__PURE__*/ (() =>
  z.strictObject({
    institutionId: z.optional(id),
    regionCode: z.optional(regionCode),
    categoryId: z.optional(id),
    /** `waiting` (menunggu), `in_process` (diproses) or `done` (selesai), see `statusGroup()`. */
    statusGroup: z.optional(z.enum(STATUS_GROUPS)),
    /** Words that must all appear in the title or body (case and accents ignored; a word matches a word's start). */
    q: z.optional(z.string().check(z.trim(), z.maxLength(LIMITS.searchQueryMax), plainCharacters)),
    ...pageQuery,
  }))();
export type PublicComplaintQuery = z.output<typeof publicComplaintQuery>;

const contact = /*#__PURE__*/ z.looseObject({
  name: z.string(),
  email: z.optional(z.nullable(z.string())),
  phone: z.optional(z.nullable(z.string())),
});

const privateFields = {
  ...publicFields,
  confidential: z.boolean(),
  channel: openEnum(CHANNELS),
  /**
   * Where the reporter lives. On an anonymous report an institution gets only the regency or
   * city (`52.71` for `52.71.01`); the public never (facet `reporterOrigin`).
   */
  reporterOrigin: z.optional(z.nullable(z.looseObject({ regionCode: z.string() }))),
  suggestedInstitution: z.optional(z.nullable(reference)),
  /**
   * The reporter's rating after closing, null until rated. `comment` is null where the
   * visibility table withholds it (facet `ratingComment`).
   */
  rating: z.optional(
    z.nullable(z.looseObject({ rating: z.number(), comment: z.optional(z.nullable(z.string())), at: z.string() })),
  ),
};

/** The reporter's own view (with `Reporter-Token`): everything about the report. */
export const reporterComplaint = /*#__PURE__*/ z.looseObject({
  view: z.literal('reporter'),
  ...privateFields,
  reporter: contact,
});
export type ReporterComplaint = z.infer<typeof reporterComplaint>;

/**
 * The agency's view (secret key, `/v1/agency/...` only): complaints disposed to the
 * agency's institution or submitted by it through the agency route, confidential ones
 * included; the reporter's identity only when the report is not anonymous. Reports merely
 * sent from the agency's site have no agency view (see `VISIBILITY_TABLE`).
 */
export const agencyComplaint = /*#__PURE__*/ z.looseObject({
  view: z.literal('agency'),
  ...privateFields,
  reporter: z.nullable(contact),
  sourceRef: z.optional(z.nullable(z.string())),
});
export type AgencyComplaint = z.infer<typeof agencyComplaint>;

/** Any view of a complaint, told apart by `view`. */
export const complaintView = /*#__PURE__*/ z.discriminatedUnion('view', [publicComplaint, reporterComplaint, agencyComplaint]);
export type ComplaintView = z.infer<typeof complaintView>;

export const agencyComplaintPage = /*#__PURE__*/ page(agencyComplaint);

/** Query of `GET /v1/agency/complaints`. */
export const agencyComplaintQuery = /*#__PURE__*/ (() =>
  z.strictObject({
    /** One status or several, comma-separated. */
    status: z.optional(
      z.string().check(z.regex(new RegExp(`^(?:${STATUSES.join('|')})(?:,(?:${STATUSES.join('|')}))*$`), { error: 'invalid_option' })),
    ),
    /** Only complaints changed at or after this instant (incremental sync). */
    updatedSince: z.optional(isoDateTime),
    ...pageQuery,
  }))();
export type AgencyComplaintQuery = z.output<typeof agencyComplaintQuery>;

/** A follow-up (tindak lanjut) posted by the institution. */
export const followUpInput = /*#__PURE__*/ z.strictObject({
  body: text(LIMITS.followUpMin, LIMITS.followUpMax),
  attachmentIds: z.optional(/*#__PURE__*/ z.array(id).check(z.maxLength(LIMITS.attachmentsMax, { error: 'too_many' }))),
});
export type FollowUpInput = z.input<typeof followUpInput>;

/** A reply (tanggapan) by the reporter, with the reporter token. */
export const replyInput = /*#__PURE__*/ z.strictObject({
  body: text(LIMITS.replyMin, LIMITS.replyMax),
  attachmentIds: z.optional(/*#__PURE__*/ z.array(id).check(z.maxLength(LIMITS.attachmentsMax, { error: 'too_many' }))),
});
export type ReplyInput = z.input<typeof replyInput>;

/**
 * The reporter's rating of the handling, once, after the report closed (with the reporter
 * token): 1 (poor) to 5 (very good) and an optional comment. LAPOR! publishes no rating
 * scheme; the scale and the limits are our inference.
 */
export const ratingInput = /*#__PURE__*/ z.strictObject({
  rating: /*#__PURE__*/ z.number().check(z.int(), z.gte(LIMITS.ratingMin), z.lte(LIMITS.ratingMax)),
  comment: z.optional(text(1, LIMITS.ratingCommentMax)),
});
export type RatingInput = z.input<typeof ratingInput>;


