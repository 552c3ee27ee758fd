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
import { webhookEndpoint, webhookEndpointInput } from './webhooks.ts';
import { page, pageQuery } from './common.ts';

/** Who may call a route: a publishable key (`pk_…`), a secret key (`sk_…`), or either. */
export type RouteAuth = 'publishable' | 'secret' | 'any';

/** One route of the v1 API, as documented in the OpenAPI document and served by the sandbox. */
export interface Route {
  operationId: string;
  method: 'get' | 'post' | 'delete';
  /** OpenAPI path template, e.g. `/v1/complaints/{trackingId}`. */
  path: string;
  tag: 'directory' | 'attachments' | 'complaints' | 'agency' | 'webhooks';
  summary: string;
  auth: RouteAuth;
  /** Whether the `Reporter-Token` header is read (`optional`) or needed (`required`). */
  reporterToken?: 'optional' | 'required';
  /** Schemas of the path parameters. */
  params?: Record<string, z.ZodMiniType>;
  query?: z.ZodMiniType;
  /** JSON request body, or `binary` for a raw upload. */
  body?: z.ZodMiniType | 'binary';
  /** Success status and the schema of its body (`null`: no body). */
  success: { status: 200 | 201 | 204; schema: z.ZodMiniType | null };
  /** Error statuses this route answers with, besides the ones every route may (401, 429, 500, 503). */
  errors: readonly number[];
}

const complaintParams = { trackingId };

/** Every route of the v1 contract. */
export const ROUTES = [
  {
    operationId: 'listCategories',
    method: 'get',
    path: '/v1/categories',
    tag: 'directory',
    summary: 'All topics (kategori) as a flat list; the tree is given by parentId.',
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
    auth: 'any',
    params: { institutionId: id },
    success: { status: 200, schema: institution },
    errors: [400, 403, 404],
  },
  {
    operationId: 'searchRegions',
    method: 'get',
    path: '/v1/regions',
    tag: 'directory',
    summary: 'Search administrative areas by name, or list the children of an area.',
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
    summary:
      'Upload one file as the raw body, with its Content-Type and a filename in Content-Disposition. ' +
      'The type is checked against the content. Needs an Idempotency-Key.',
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
    summary: "Submit a citizen's complaint, aspiration or information request. Needs an Idempotency-Key.",
    auth: 'publishable',
    body: complaintInput,
    success: { status: 201, schema: complaintCreated },
    errors: [400, 403, 409, 415, 422],
  },
  {
    operationId: 'getComplaint',
    method: 'get',
    path: '/v1/complaints/{trackingId}',
    tag: 'complaints',
    summary:
      'The public view of a report, or the full view with the Reporter-Token header, whatever key calls. ' +
      'A confidential or not yet verified report has no public view (404); institutions read theirs under /v1/agency.',
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
    summary: "The reporter's reply (tanggapan), with the Reporter-Token header. Needs an Idempotency-Key.",
    auth: 'publishable',
    reporterToken: 'required',
    params: complaintParams,
    body: replyInput,
    success: { status: 201, schema: timelineEvent },
    errors: [400, 403, 404, 409, 415, 422],
  },
  {
    operationId: 'listAgencyComplaints',
    method: 'get',
    path: '/v1/agency/complaints',
    tag: 'agency',
    summary: "Complaints of the key's institution, most recently updated last; filter by status and updatedSince.",
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
    summary: "Submit a report received through the agency's own channel, with its sourceRef. Needs an Idempotency-Key.",
    auth: 'secret',
    body: agencyComplaintInput,
    success: { status: 201, schema: complaintCreated },
    errors: [400, 403, 409, 415, 422],
  },
  {
    operationId: 'getAgencyComplaint',
    method: 'get',
    path: '/v1/agency/complaints/{trackingId}',
    tag: 'agency',
    summary:
      "The agency's view of a complaint disposed to its institution or submitted by it through the agency route " +
      '(not of reports merely sent from its site: those it reads on the public routes like anyone).',
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
    summary:
      "The timeline of a complaint the institution may see (disposed to it, or submitted through the agency route), " +
      'confidential ones included, oldest first, one cursor page at a time.',
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
    summary: 'Post a follow-up (tindak lanjut) on a complaint forwarded to the institution. Needs an Idempotency-Key.',
    auth: 'secret',
    params: complaintParams,
    body: followUpInput,
    success: { status: 201, schema: timelineEvent },
    errors: [400, 403, 404, 409, 415, 422],
  },
  {
    operationId: 'listWebhookEndpoints',
    method: 'get',
    path: '/v1/agency/webhooks',
    tag: 'webhooks',
    summary: "The institution's webhook endpoints (without secrets).",
    auth: 'secret',
    success: { status: 200, schema: page(webhookEndpoint) },
    errors: [403],
  },
  {
    operationId: 'createWebhookEndpoint',
    method: 'post',
    path: '/v1/agency/webhooks',
    tag: 'webhooks',
    summary: 'Register a webhook endpoint; the signing secret is in this answer only. Needs an Idempotency-Key.',
    auth: 'secret',
    body: webhookEndpointInput,
    success: { status: 201, schema: webhookEndpoint },
    errors: [400, 403, 409, 415, 422],
  },
  {
    operationId: 'deleteWebhookEndpoint',
    method: 'delete',
    path: '/v1/agency/webhooks/{endpointId}',
    tag: 'webhooks',
    summary: 'Stop deliveries to an endpoint.',
    auth: 'secret',
    params: { endpointId: id },
    success: { status: 204, schema: null },
    errors: [400, 403, 404],
  },
] as const satisfies readonly Route[];

/** The operationId of every v1 route. */
export type OperationId = (typeof ROUTES)[number]['operationId'];
