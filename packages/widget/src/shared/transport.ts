// The validation and transport chunk: the connection to LAPOR! and the calls the form makes
// before a report is sent (the client's calls one by one, so that the status, reports and
// stats elements' calls travel in their own chunks), the contract and the messages. The
// form renders without it and loads it on first interaction or when the browser is idle.
// The attachment list and the outbox are chunks of their own: a report without files, sent
// at once, never loads them.
export { connect } from '@lapor/client';
// Uploads for the file list and the outbox, which are chunks of their own: imported there, the
// call would split the client's code out of this chunk (see `statusCalls` below).
export { createComplaint, uploadAttachment } from '@lapor/client';
export { registerLocale, validate } from '@lapor/client/contract';
// The other elements' calls, loaded from here rather than imported by those elements: a chunk
// imported from this one takes the client's code from it, where a static import would split
// that code into more files which every form then loads before a report is sent.
/** The calls of <lapor-status> and its panels. */
export const statusCalls = () => import('../status/calls.ts');
/** The calls that read public data (<lapor-reports>, <lapor-stats>, the form's similar reports). */
export const publicCalls = () => import('./public-calls.ts');
export { idViews } from '../i18n/id-views.ts';
export { fail, submit, succeeded, validate as validateForm } from '../form/submit.ts';
export { institutionOption, sources } from '../form/directory.ts';
export { exposes, exposureNote } from '../form/exposure.ts';
