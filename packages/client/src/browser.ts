/**
 * `@lapor/client` for browsers: the same client without the agency routes (a secret key
 * never belongs in a browser) and without English messages unless registered
 * (`registerLocale('en', enMessages)`, see `@lapor/client/locales/en`). The upload path and
 * the wording of validation problems are chunks loaded when a call first needs them.
 *
 * @example
 * ```ts
 * import { createClient } from '@lapor/client';
 * const lapor = createClient({ endpoint: 'http://localhost:4010', siteKey: 'pk_test_sandbox' });
 * ```
 * @module
 */
export { connect, createClient } from './create.browser.ts';
export * from './exports.ts';
