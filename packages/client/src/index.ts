/**
 * `@lapor/client`: the typed client for SP4N-LAPOR!, Indonesia's national public-service
 * complaint system. Safe to retry (idempotency keys), pages through lists, tells errors
 * apart, runs in Node, browsers and edge runtimes.
 *
 * @example
 * ```ts
 * import { createClient, LaporValidationError } from '@lapor/client';
 *
 * const lapor = createClient({ endpoint: 'http://localhost:4010', siteKey: 'pk_test_sandbox' });
 * const { trackingId } = await lapor.complaints.create(report);
 * ```
 * @module
 */
import './contract/locales/en.ts';
export { createClient } from './create.ts';
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
