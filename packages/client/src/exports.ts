// What both entry points export; they differ only in `createClient` (and English messages).
export type { ClientOptions, LaporClient } from './client.ts';
export type { CallOptions, RetryPolicy } from './transport/options.ts';
export type { UploadProgress } from './transport/upload.ts';
export { Paginator } from './pagination.ts';
export type { Complaints, MessageInput, ReporterOptions } from './resources/complaints.ts';
export type { Attachments, UploadOptions, UploadSource } from './resources/attachments.ts';
export type { Categories, CategoryNode, Institutions, Regions } from './resources/directory.ts';
export type { Agency, AgencyComplaints, AgencyListQuery, AgencyWebhooks } from './resources/agency.ts';
export * from './errors/index.ts';
export type * from './contract/index.ts';
