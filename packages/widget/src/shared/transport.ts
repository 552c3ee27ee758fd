// The validation and transport chunk: the client, the contract and the messages. The
// form renders without it and loads it on first interaction or when the browser is idle.
export { createClient } from '@lapor/client';
export { complaintInput, replyInput, trackingId, validate } from '@lapor/client/contract';
export { FIELD_OF, errorSummary, successView } from '../form/views.ts';
export { AttachmentList, renderFiles } from '../form/attachments.ts';
export { sendOutbox } from '../form/outbox.ts';
