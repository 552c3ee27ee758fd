// What both entry points export; they differ only in `createClient` and `connect` (and English messages).
export type { ClientOptions, LaporClient } from './client.ts';
export type { LaporConnection } from './connection.ts';
export type { CallOptions, RetryPolicy } from './transport/options.ts';
export type { UploadProgress } from './transport/upload.ts';
export { Paginator } from './pagination.ts';
export type { Complaints, MessageInput, ReporterOptions } from './resources/complaints.ts';
export type { Attachments, UploadOptions, UploadSource } from './resources/attachments.ts';
export type { Categories, CategoryNode, Institutions, Regions } from './resources/directory.ts';
// The calls one by one, for a `connect`ion: what the resources' methods do, tree-shakable.
// One module per call, so that a bundler can put each in the chunk of the page part that makes it.
export { complaintEvents } from './calls/complaint-events.ts';
export { createComplaint } from './calls/create-complaint.ts';
export { getComplaint } from './calls/get-complaint.ts';
export { listComplaints } from './calls/list-complaints.ts';
export { rateComplaint } from './calls/rate-complaint.ts';
export { redeemAccessCode } from './calls/redeem-access-code.ts';
export { replyToComplaint } from './calls/reply-to-complaint.ts';
export { requestAccess } from './calls/request-access.ts';
export { uploadAttachment } from './calls/upload-attachment.ts';
export { categoryTree } from './calls/category-tree.ts';
export { getInstitution } from './calls/get-institution.ts';
export { getRegion } from './calls/get-region.ts';
export { institutionStats } from './calls/institution-stats.ts';
export { listCategories } from './calls/list-categories.ts';
export { searchInstitutions } from './calls/search-institutions.ts';
export { searchRegions } from './calls/search-regions.ts';
export type { Agency, AgencyComplaints, AgencyListQuery, AgencyWebhooks } from './resources/agency.ts';
export * from './errors/index.ts';
export type * from './contract/index.ts';
