// The validation and transport chunk: the client, the contract and the messages. The
// form renders without it and loads it on first interaction or when the browser is idle.
// The attachment list and the outbox are chunks of their own: a report without files, sent
// at once, never loads them.
export { createClient } from '@lapor/client';
export type { LaporClient } from '@lapor/client';
export { registerLocale, replyInput, trackingId, validate } from '@lapor/client/contract';
export { idViews } from '../i18n/id-views.ts';
export { fail, submit, succeeded, validate as validateForm } from '../form/submit.ts';
export { institutionOption, sources } from '../form/directory.ts';
export { exposes, exposureNote } from '../form/exposure.ts';
