/**
 * Registers English validation messages: `import '@lapor/client/locales/en'`.
 * @module
 */
import { en } from '../messages/en.ts';
import { registerLocale } from '../validation.ts';

registerLocale('en', en);

export { en as enMessages };
