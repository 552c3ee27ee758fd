// English validation messages of the contract, loaded as a chunk with the English strings.
// Only the table: the form registers it with the contract of the transport chunk (see
// `registerMessages`), so that this chunk does not share the contract's validation with it.
export { enMessages } from '@lapor/client/locales/en';
