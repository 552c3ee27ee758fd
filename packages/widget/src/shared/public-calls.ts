// The client's calls that read public data: the reports list (<lapor-reports>, the form's
// similar reports) and an institution's figures (<lapor-stats>). A chunk the transport chunk
// loads (`publicCalls()`), so that it shares that chunk's client code, and the form's
// transport chunk does not carry these calls.
export { institutionStats, listComplaints } from '@lapor/client';
