/**
 * English validation messages. Register them with a call, where you want English:
 *
 * @example
 * ```ts
 * import { registerLocale } from '@lapor/client/contract';
 * import { enMessages } from '@lapor/client/locales/en';
 *
 * registerLocale('en', enMessages);
 * ```
 *
 * `createClient` of the Node entry of `@lapor/client` and `startSandbox` of
 * `@lapor/sandbox` register them already. This module has no side effect of its own: a
 * bundler may drop a module imported only for its effect, and English would then be
 * silently missing.
 * @module
 */
export { en as enMessages } from '../messages/en.ts';
