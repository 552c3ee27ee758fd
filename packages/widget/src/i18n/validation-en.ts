// English validation messages of the contract, loaded as a chunk with the English strings.
// Registered by a call, not by importing the locale for its side effect: a bundler may
// drop a module nothing is imported from.
import { registerLocale } from '@lapor/client/contract';
import { enMessages } from '@lapor/client/locales/en';

/** Makes `validate(…, { locale: 'en' })` and the client answer in English. */
export function registerEnglishMessages(): void {
  registerLocale('en', enMessages);
}
