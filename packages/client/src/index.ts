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
export { connect, createClient } from './create.ts';
export * from './exports.ts';
