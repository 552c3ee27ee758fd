// Runs in an iframe served with a strict CSP and Trusted Types enforced: parse and
// validate with the contract, then tell the test what happened.
const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective}: ${event.blockedURI}`);
});

const contract = await import('@lapor/client/contract');
const result = contract.validate(contract.complaintInput, { classification: 'complaint', title: 'Ab' });
const parsed = contract.timelineEvent.safeParse({
  id: 'e1',
  trackingId: '1916449',
  type: 'submitted',
  at: '2026-11-27T09:00:00+07:00',
  status: 'submitted',
});
// Give late violation events a moment to arrive.
await new Promise((resolve) => setTimeout(resolve, 50));
parent.postMessage(
  {
    issues: result.success ? [] : result.issues.map((issue) => issue.code),
    parsed: parsed.success,
    violations,
  },
  '*',
);
