// The client's calls of <lapor-status> and its panels (rating, recovery), with the checks of
// what the citizen types there: a chunk the transport chunk loads (`statusCalls()`), so that it
// shares that chunk's client code, and the form's transport chunk does not carry these calls.
export { complaintEvents, getComplaint, rateComplaint, redeemAccessCode, replyToComplaint, requestAccess } from '@lapor/client';
export { replyInput, trackingId, validate } from '@lapor/client/contract';
