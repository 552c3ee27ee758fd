// How the client checks what LAPOR! answers. Node (and every test) checks each answer
// against the contract's full response schemas; the browser build checks only what a page
// reads (see browser.ts), which keeps about 4 KB of schemas out of citizens' downloads.
// Both tables have the same type, so a call returns the same type in either build.
import {
  attachment,
  categoryList,
  complaintCreated,
  institution,
  institutionPage,
  institutionStats,
  problem,
  publicComplaint,
  publicComplaintPage,
  region,
  regionPage,
  reporterComplaint,
  timelineEvent,
  timelineEventPage,
  type Attachment,
  type Category,
  type ComplaintCreated,
  type Institution,
  type InstitutionStats,
  type Page,
  type Problem,
  type PublicComplaint,
  type Region,
  type ReporterComplaint,
  type TimelineEvent,
} from '../contract/index.ts';
import { accessGranted, accessRequested, type AccessGranted, type AccessRequested } from '../contract/recovery.ts';
import * as z from 'zod/mini';

/** The response checks a client uses, one per kind of answer of the public routes. */
export interface ResponseChecks {
  complaintCreated: z.ZodMiniType<ComplaintCreated>;
  complaint: z.ZodMiniType<PublicComplaint | ReporterComplaint>;
  timelineEvent: z.ZodMiniType<TimelineEvent>;
  timelineEventPage: z.ZodMiniType<Page<TimelineEvent>>;
  categoryList: z.ZodMiniType<{ data: Category[] }>;
  institution: z.ZodMiniType<Institution>;
  institutionPage: z.ZodMiniType<Page<Institution>>;
  institutionStats: z.ZodMiniType<InstitutionStats>;
  publicComplaintPage: z.ZodMiniType<Page<PublicComplaint>>;
  region: z.ZodMiniType<Region>;
  regionPage: z.ZodMiniType<Page<Region>>;
  attachment: z.ZodMiniType<Attachment>;
  problem: z.ZodMiniType<Problem>;
  accessRequested: z.ZodMiniType<AccessRequested>;
  accessGranted: z.ZodMiniType<AccessGranted>;
}

/** Every answer checked against the contract, read leniently (unknown fields and enum values kept). */
export const contractResponses: ResponseChecks = {
  complaintCreated,
  complaint: /*#__PURE__*/ z.discriminatedUnion('view', [publicComplaint, reporterComplaint]),
  timelineEvent,
  timelineEventPage,
  categoryList,
  institution,
  institutionPage,
  institutionStats,
  publicComplaintPage,
  region,
  regionPage,
  attachment,
  problem,
  accessRequested,
  accessGranted,
};
