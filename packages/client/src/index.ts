/**
 * `@lapor/client`: the typed client for SP4N-LAPOR!.
 *
 * The HTTP client is being built (see the package README for what is available now);
 * the v1 contract is at `@lapor/client/contract`.
 * @module
 */
export * from './contract/index.ts';
