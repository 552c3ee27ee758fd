import * as z from 'zod/mini';
import { id, regionCode, trackingId } from './common.ts';
import {
  agencyComplaint,
  agencyComplaintInput,
  agencyComplaintPage,
  agencyComplaintQuery,
  complaintCreated,
  complaintInput,
  followUpInput,
  publicComplaint,
  publicComplaintPage,
  publicComplaintQuery,
  ratingInput,
  replyInput,
  reporterComplaint,
} from './complaints.ts';
import {
  attachment,
  categoryList,
  institution,
  institutionPage,
  institutionQuery,
  region,
  regionPage,
  regionQuery,
} from './directory.ts';
import { timelineEvent, timelineEventPage } from './events.ts';
import { institutionStats, institutionStatsQuery } from './stats.ts';
import { accessCodeInput, accessGranted, accessRequested, accessRequestInput } from './recovery.ts';
import { webhookEndpoint, webhookEndpointInput } from './webhooks.ts';
import { page, pageQuery } from './common.ts';
import type { ProblemCode } from './codes.ts';

/** Who may call a route: a publishable key (`pk_…`), a secret key (`sk_…`), or either. */
export type RouteAuth = 'publishable' | 'secret' | 'any';

/** One route of the v1 API, as documented in the OpenAPI document and served by the sandbox. */
export interface Route {
  operationId: string;
  method: 'get' | 'post' | 'delete';
  /** OpenAPI path template, e.g. `/v1/complaints/{trackingId}`. */
  path: string;
  tag: 'directory' | 'attachments' | 'complaints' | 'agency' | 'webhooks';
  /** One line, for lists of operations. */
  summary: string;
  /**
   * What the route does and what a caller must know about it (Markdown, a few sentences).
   * The OpenAPI generator adds who may call it, idempotency and rate limits from `auth`
   * and `method`: say here only what is particular to the route.
   */
  description: string;
  auth: RouteAuth;
  /** Whether the `Reporter-Token` header is read (`optional`) or needed (`required`). */
  reporterToken?: 'optional' | 'required';
  /**
   * True for a route that answers alike whether the report of its path exists (no 404):
   * it must not tell an unknown caller which tracking IDs are taken.
   */
  hidesExistence?: true;
  /** Schemas of the path parameters. */
  params?: Record<string, z.ZodMiniType>;
  query?: z.ZodMiniType;
  /** JSON request body, or `binary` for a raw upload. */
  body?: z.ZodMiniType | 'binary';
  /** Success status and the schema of its body (`null`: no body). */
  success: { status: 200 | 201 | 202 | 204; schema: z.ZodMiniType | null };
  /** Error statuses this route answers with, besides the ones every route may (401, 429, 500, 503). */
  errors: readonly number[];
  /**
   * Problem codes particular to this route. The codes implied by its key, parameters,
   * body and method (`unauthorized`, `invalid_query`, `validation_failed`, the
   * idempotency codes, …) are derived by the OpenAPI generator and need no listing.
   */
  problems?: readonly ProblemCode[];
}

const complaintParams = { trackingId };

/**
 * Every route of the v1 contract. The sandbox router, the proxy and the OpenAPI document
 * follow this table; in the repository, a new route also gets a step in
 * `scripts/lib/openapi-examples.ts` so that the document shows a real answer of it.
 */
export const ROUTES = [
  {
    operationId: 'listCategories',
    method: 'get',
    path: '/v1/categories',
    tag: 'directory',
    summary: 'All topics (kategori) as a flat list; the tree is given by parentId.',
    description:
      'Every topic a report can be filed under, in display order. Topics form a tree: a root topic has ' +
      '`parentId: null`, a subtopic names its parent. The list is short and changes rarely, so it is not paged: ' +
      'fetch it once and cache it.',
    auth: 'any',
    success: { status: 200, schema: categoryList },
    errors: [403],
  },
  {
    operationId: 'searchInstitutions',
    method: 'get',
    path: '/v1/institutions',
    tag: 'directory',
    summary: 'Search institutions by name or abbreviation, one cursor page at a time.',
    description:
      'Finds ministries, agencies and regional governments by name or abbreviation (`q`; case and accents are ' +
      'ignored), optionally of one `type`. Whole-name matches come first, then names starting with the text, then ' +
      'names with a word starting with it. Pass `nextCursor` back as `cursor` for the next page; `nextCursor: null` ' +
      'marks the last page.',
    auth: 'any',
    query: institutionQuery,
    success: { status: 200, schema: institutionPage },
    errors: [400, 403],
  },
  {
    operationId: 'getInstitution',
    method: 'get',
    path: '/v1/institutions/{institutionId}',
    tag: 'directory',
    summary: 'One institution.',
    description: 'One institution by the id used in `institutionId` of a report; 404 `not_found` for an unknown id.',
    auth: 'any',
    params: { institutionId: id },
    success: { status: 200, schema: institution },
    errors: [400, 403, 404],
  },
  {
    operationId: 'getInstitutionStats',
    method: 'get',
    path: '/v1/institutions/{institutionId}/stats',
    tag: 'directory',
    summary: "How an institution handles its reports: received per month, follow-ups on time, closed, escalated, rating.",
    description:
      'Figures over a period of whole months (`from` and `to`, `YYYY-MM`, both included; by default the twelve months ' +
      "up to the current one), computed from the timelines of the reports LAPOR! forwarded or redirected to the " +
      'institution, counted in the month they reached it (WIB): reports received per month by classification, the share ' +
      'followed up within 5 working days, the median working days to the first follow-up, the shares closed and ' +
      'escalated to Ombudsman RI, and the average rating. Working days skip weekends, public holidays and collective ' +
      'leave. Counts include confidential reports; nothing is given per report. 404 `not_found` for an unknown ' +
      'institution, 400 `invalid_query` for a malformed month or a period that is reversed or too long.',
    auth: 'any',
    params: { institutionId: id },
    query: institutionStatsQuery,
    success: { status: 200, schema: institutionStats },
    errors: [400, 403, 404],
  },
  {
    operationId: 'searchRegions',
    method: 'get',
    path: '/v1/regions',
    tag: 'directory',
    summary: 'Search administrative areas by name, or list the children of an area.',
    description:
      'Finds provinces, regencies and cities, and districts by name (`q`), or lists the children of `parentCode` ' +
      '(the regencies of a province, the districts of a regency), optionally of one `level`. Codes are the Kemendagri ' +
      'codes (`52` a province, `52.71` a city, `52.71.01` a district) that `location.regionCode` and ' +
      '`reporterOrigin.regionCode` of a report take. Cursor pages as in `searchInstitutions`.',
    auth: 'any',
    query: regionQuery,
    success: { status: 200, schema: regionPage },
    errors: [400, 403],
  },
  {
    operationId: 'getRegion',
    method: 'get',
    path: '/v1/regions/{regionCode}',
    tag: 'directory',
    summary: 'One administrative area by its Kemendagri code.',
    description:
      'One province, regency or city, or district by its Kemendagri code, with its level and parent: 400 ' +
      '`invalid_query` for a malformed code, 404 `not_found` for an unknown one.',
    auth: 'any',
    params: { regionCode },
    success: { status: 200, schema: region },
    errors: [400, 403, 404],
  },
  {
    operationId: 'uploadAttachment',
    method: 'post',
    path: '/v1/attachments',
    tag: 'attachments',
    summary: 'Upload one file as the raw body, before the report that refers to it.',
    description:
      'Send the bytes as the raw body with `Content-Type` and `Content-Disposition: attachment; filename="…"`, then ' +
      "put the answer's `id` in `attachmentIds` of the report, follow-up or reply (with the same key). The type is " +
      'decided by the content (magic bytes), not by the name or header: a type off the allow-list answers 415 with ' +
      'the field code `file_type_not_allowed`, an empty file 422 with `file_empty`, a file over the limit (2 MB by ' +
      'default) 413. The same bytes under the same name and key answer with the same attachment.',
    auth: 'any',
    body: 'binary',
    success: { status: 201, schema: attachment },
    errors: [400, 403, 409, 413, 415, 422],
  },
  {
    operationId: 'createComplaint',
    method: 'post',
    path: '/v1/complaints',
    tag: 'complaints',
    summary: "Submit a citizen's complaint, aspiration or information request.",
    description:
      "Files a citizen's report, as the widget does. A `complaint` needs `incidentDate` and `location`; an " +
      '`aspiration` or `information_request` needs `reporterOrigin`. `anonymous` hides the reporter\'s name from the ' +
      'public, `confidential` hides the whole report. The answer carries the `trackingId` the citizen follows the ' +
      'report with, and a `reporterToken` returned only here: it proves the reporter for the full view and for ' +
      'replies, so give it to the reporter and never log it.',
    auth: 'publishable',
    body: complaintInput,
    success: { status: 201, schema: complaintCreated },
    errors: [400, 403, 409, 413, 415, 422],
    problems: ['attachment_not_found'],
  },
  {
    operationId: 'listComplaints',
    method: 'get',
    path: '/v1/complaints',
    tag: 'complaints',
    summary: 'Public reports, newest first: filter by institution, area, topic, status group and words.',
    description:
      'The reports anyone may read, in the public view only, whatever key calls: never a confidential report or one ' +
      'LAPOR! has not verified and forwarded yet, never the reporter\'s identity, coordinates rounded. Filters: ' +
      '`institutionId` (the institution it was forwarded to), `regionCode` (the area of the incident and the areas ' +
      'within it), `categoryId`, `statusGroup` (`waiting`, `in_process`, `done`: the tabs of lapor.go.id) and `q` ' +
      '(every word must start a word of the title or body; case and accents ignored). Newest first by `createdAt`; ' +
      'pass `nextCursor` back as `cursor` for the next page.',
    auth: 'any',
    query: publicComplaintQuery,
    success: { status: 200, schema: publicComplaintPage },
    errors: [400, 403],
  },
  {
    operationId: 'getComplaint',
    method: 'get',
    path: '/v1/complaints/{trackingId}',
    tag: 'complaints',
    summary: 'The public view of a report, or the full view with the Reporter-Token header, whatever key calls.',
    description:
      'Without `Reporter-Token`: the public view (`view: "public"`), which never names the reporter and does not ' +
      'exist for a confidential report or one LAPOR! has not verified yet (404 `not_found`). With the token returned at ' +
      'creation: the full view (`view: "reporter"`) with contact details and due dates. Whatever key calls it, this ' +
      'route returns nothing beyond these two views; institutions read theirs under `/v1/agency`.',
    auth: 'any',
    reporterToken: 'optional',
    params: complaintParams,
    success: { status: 200, schema: z.discriminatedUnion('view', [publicComplaint, reporterComplaint]) },
    errors: [400, 403, 404],
  },
  {
    operationId: 'listComplaintEvents',
    method: 'get',
    path: '/v1/complaints/{trackingId}/events',
    tag: 'complaints',
    summary: 'The timeline of a report, oldest first, one cursor page at a time.',
    description:
      'Every status change and message of a report: submitted, forwarded (to whom), held, redirected, archived ' +
      '(why), followed_up and reporter_replied (with the message), closed, escalated, rated. A public report is readable ' +
      'by anyone; a confidential one needs its `Reporter-Token` or the secret key of an institution it belongs to. ' +
      'Later versions may add event types: keep unknown ones and show their common fields.',
    auth: 'any',
    reporterToken: 'optional',
    params: complaintParams,
    query: z.strictObject(pageQuery),
    success: { status: 200, schema: timelineEventPage },
    errors: [400, 403, 404],
  },
  {
    operationId: 'replyToComplaint',
    method: 'post',
    path: '/v1/complaints/{trackingId}/replies',
    tag: 'complaints',
    summary: "The reporter's reply (tanggapan), with the Reporter-Token header.",
    description:
      "The reporter answers the institution's follow-up, with optional attachments; a reply holds off the " +
      'automatic closing. Allowed while the report is `forwarded` or `followed_up`, otherwise 409 ' +
      '`invalid_transition`. Answers with the new timeline event.',
    auth: 'publishable',
    reporterToken: 'required',
    params: complaintParams,
    body: replyInput,
    success: { status: 201, schema: timelineEvent },
    errors: [400, 403, 404, 409, 413, 415, 422],
    problems: ['invalid_transition', 'attachment_not_found'],
  },
  {
    operationId: 'rateComplaint',
    method: 'post',
    path: '/v1/complaints/{trackingId}/rating',
    tag: 'complaints',
    summary: "The reporter's rating of the handling (1-5, optional comment), once, after closing.",
    description:
      'With the `Reporter-Token` header, the reporter rates how the report was handled: `rating` from 1 (poor) to ' +
      '5 (very good) and an optional `comment`. Allowed once the report is `closed`, otherwise 409 ' +
      '`invalid_transition`; a second rating answers 409 `already_rated`. Answers with the new `rated` timeline ' +
      'event, which the handling institution also receives as the `complaint.rated` webhook. The public sees the ' +
      'rating in the timeline but not the comment.',
    auth: 'publishable',
    reporterToken: 'required',
    params: complaintParams,
    body: ratingInput,
    success: { status: 201, schema: timelineEvent },
    errors: [400, 403, 404, 409, 413, 415, 422],
    problems: ['invalid_transition', 'already_rated'],
  },
  {
    operationId: 'requestComplaintAccess',
    method: 'post',
    path: '/v1/complaints/{trackingId}/access-requests',
    tag: 'complaints',
    summary: 'Ask for a one-time code to follow a report on another device, with the contact given in the report.',
    description:
      'For a reporter who no longer has the reporter token (a new phone): send the e-mail address or phone number ' +
      'given in the report. When it matches, a one-time code of 6 digits goes to that contact, valid for 15 minutes ' +
      'and once; a new code replaces the previous one. The answer is 202 with the same body whether or not the ' +
      'contact matched or the report exists, so it tells nothing about either. Limited per tracking ID and per ' +
      'client: past the limit 429 `rate_limited` with `Retry-After`.',
    auth: 'publishable',
    hidesExistence: true,
    params: complaintParams,
    body: accessRequestInput,
    success: { status: 202, schema: accessRequested },
    errors: [400, 403, 409, 413, 415, 422],
  },
  {
    operationId: 'redeemComplaintAccess',
    method: 'post',
    path: '/v1/complaints/{trackingId}/access-tokens',
    tag: 'complaints',
    summary: 'Exchange the one-time code for a new reporter token.',
    description:
      'The code sent after `requestComplaintAccess`. A valid code answers 201 with a new `reporterToken` for the ' +
      'report, and the token given before stops working (a lost phone no longer opens the report). A wrong, ' +
      'expired or used code, or one for another report, answers 401 `invalid_access_code` alike; after 5 wrong ' +
      'codes the current code is void and a new one must be asked for. Failed attempts are limited per client ' +
      '(429 `rate_limited`).',
    auth: 'publishable',
    hidesExistence: true,
    params: complaintParams,
    body: accessCodeInput,
    success: { status: 201, schema: accessGranted },
    errors: [400, 403, 409, 413, 415, 422],
    problems: ['invalid_access_code'],
  },
  {
    operationId: 'listAgencyComplaints',
    method: 'get',
    path: '/v1/agency/complaints',
    tag: 'agency',
    summary: "Complaints of the key's institution, most recently updated last; filter by status and updatedSince.",
    description:
      "The complaints forwarded to the key's institution or submitted through it, confidential ones included, in " +
      "the agency's view (reporter contact unless anonymous, due dates, `sourceRef`). For an incremental sync keep " +
      'the latest `updatedAt` seen and pass it as `updatedSince` next time; `status` takes one status or several, ' +
      'comma-separated.',
    auth: 'secret',
    query: agencyComplaintQuery,
    success: { status: 200, schema: agencyComplaintPage },
    errors: [400, 403],
  },
  {
    operationId: 'createAgencyComplaint',
    method: 'post',
    path: '/v1/agency/complaints',
    tag: 'agency',
    summary: "Submit a report received through the agency's own channel, with its sourceRef.",
    description:
      'Pushes a report that reached the agency through its own channel (a counter, a phone line, its own ' +
      "application) into LAPOR!, so that it is followed nationally. The body is a citizen's report plus the " +
      "agency's own `sourceRef`; it is recorded as coming through the key's institution. The answer is the same as " +
      "for a citizen's submission.",
    auth: 'secret',
    body: agencyComplaintInput,
    success: { status: 201, schema: complaintCreated },
    errors: [400, 403, 409, 413, 415, 422],
    problems: ['attachment_not_found'],
  },
  {
    operationId: 'getAgencyComplaint',
    method: 'get',
    path: '/v1/agency/complaints/{trackingId}',
    tag: 'agency',
    summary: "The agency's view of a complaint of its institution.",
    description:
      "One complaint disposed to the key's institution, or submitted by it through the agency route, in the agency's " +
      'view (not reports merely sent from its site: those it reads on the public routes like anyone). Any other ' +
      'complaint answers 404 `not_found`, as if it did not exist.',
    auth: 'secret',
    params: complaintParams,
    success: { status: 200, schema: agencyComplaint },
    errors: [400, 403, 404],
  },
  {
    operationId: 'listAgencyComplaintEvents',
    method: 'get',
    path: '/v1/agency/complaints/{trackingId}/events',
    tag: 'agency',
    summary: "The timeline of a complaint of the institution, in the agency's view.",
    description:
      'The timeline of a complaint the institution may see (disposed to it, or submitted by it through the agency ' +
      'route), confidential ones included, oldest first, one cursor page at a time. Any other complaint answers 404 ' +
      '`not_found`. An institution a complaint was redirected away from sees it no more.',
    auth: 'secret',
    params: complaintParams,
    query: z.strictObject(pageQuery),
    success: { status: 200, schema: timelineEventPage },
    errors: [400, 403, 404],
  },
  {
    operationId: 'followUpComplaint',
    method: 'post',
    path: '/v1/agency/complaints/{trackingId}/follow-ups',
    tag: 'agency',
    summary: 'Post a follow-up (tindak lanjut) on a complaint forwarded to the institution.',
    description:
      "The institution's answer to the reporter, with optional attachments: the status becomes `followed_up` and " +
      "the reporter can reply. Allowed once LAPOR! forwarded the complaint to the key's institution, otherwise 409 " +
      '`invalid_transition`. Without a reply the complaint closes by itself after 10 working days.',
    auth: 'secret',
    params: complaintParams,
    body: followUpInput,
    success: { status: 201, schema: timelineEvent },
    errors: [400, 403, 404, 409, 413, 415, 422],
    problems: ['invalid_transition', 'attachment_not_found'],
  },
  {
    operationId: 'listWebhookEndpoints',
    method: 'get',
    path: '/v1/agency/webhooks',
    tag: 'webhooks',
    summary: "The institution's webhook endpoints (without secrets).",
    description: "The endpoints registered for the key's institution, oldest first. Signing secrets are not shown again.",
    auth: 'secret',
    success: { status: 200, schema: page(webhookEndpoint) },
    errors: [403],
  },
  {
    operationId: 'createWebhookEndpoint',
    method: 'post',
    path: '/v1/agency/webhooks',
    tag: 'webhooks',
    summary: 'Register a webhook endpoint; the signing secret is in this answer only.',
    description:
      "Registers a URL for the institution's events (`*` for all, or a list of types; the `webhooks` section of " +
      'this document describes each payload and the signature headers). The answer holds the signing secret ' +
      '(`whsec_…`) once: keep it on your server to verify deliveries. Deliveries are at least once and retried ' +
      'with backoff until the endpoint answers 2xx.',
    auth: 'secret',
    body: webhookEndpointInput,
    success: { status: 201, schema: webhookEndpoint },
    errors: [400, 403, 409, 413, 415, 422],
  },
  {
    operationId: 'deleteWebhookEndpoint',
    method: 'delete',
    path: '/v1/agency/webhooks/{endpointId}',
    tag: 'webhooks',
    summary: 'Stop deliveries to an endpoint.',
    description:
      "Removes an endpoint of the key's institution and drops the deliveries still pending for it: 404 " +
      '`not_found` for an endpoint of another institution or one already removed.',
    auth: 'secret',
    params: { endpointId: id },
    success: { status: 204, schema: null },
    errors: [400, 403, 404],
  },
] as const satisfies readonly Route[];

/** The operationId of every v1 route. */
export type OperationId = (typeof ROUTES)[number]['operationId'];
