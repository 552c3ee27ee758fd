// Run by installed.test.ts inside a consumer project where the packed packages are
// installed, without the `lapor-source` condition: what an integrator's ESM code sees.
// Prints one JSON object of what it observed; the test asserts on it.
import { createServer } from 'node:http';
import { createClient, LaporValidationError } from '@lapor/client';
import { createProxyHandler } from '@lapor/client/server';
import { verifyWebhook, WebhookVerificationError } from '@lapor/client/webhooks';

const endpoint = process.env.LAPOR_ENDPOINT;
const report = JSON.parse(process.env.LAPOR_REPORT);
const out = {};

out.resolved = ['@lapor/client', '@lapor/client/server', '@lapor/client/webhooks'].map((specifier) => import.meta.resolve(specifier));

// Create, read, page.
const lapor = createClient({ endpoint, siteKey: 'pk_test_sandbox' });
const created = await lapor.complaints.create(report);
const view = await lapor.complaints.get(created.trackingId, { reporterToken: created.reporterToken });
out.created = { trackingId: created.trackingId, status: created.status, read: view.trackingId, view: view.view };
const pages = [];
for await (const page of lapor.institutions.search({ limit: 2 }).pages()) {
  pages.push(page.data.map((institution) => institution.id));
  if (pages.length === 2) break;
}
out.pages = pages;

// Validation in both languages: in the client before sending, and by the sandbox.
async function clientMessage(locale) {
  try {
    await createClient({ endpoint, siteKey: 'pk_test_sandbox', locale }).complaints.create({ ...report, title: 'Abc' });
    return 'no error';
  } catch (error) {
    return error instanceof LaporValidationError ? error.issues[0].message : `unexpected ${error}`;
  }
}
async function sandboxMessage(language) {
  const response = await fetch(`${endpoint}/v1/complaints`, {
    method: 'POST',
    headers: {
      authorization: 'Bearer pk_test_sandbox',
      'content-type': 'application/json',
      'idempotency-key': crypto.randomUUID(),
      'accept-language': language,
    },
    body: JSON.stringify({ ...report, title: 'Abc' }),
  });
  return { status: response.status, message: (await response.json()).errors?.[0]?.message };
}
out.validation = {
  client: { id: await clientMessage(undefined), en: await clientMessage('en') },
  sandbox: { id: await sandboxMessage('id'), en: await sandboxMessage('en') },
};

// The proxy handler forwards the citizen routes with the agency's key, and nothing else.
const proxy = createProxyHandler({ endpoint, key: 'pk_test_sandbox', prefix: '/api/lapor' });
const categories = await proxy(new Request('https://agency.example/api/lapor/v1/categories'));
const agencyRoute = await proxy(new Request('https://agency.example/api/lapor/v1/agency/complaints'));
out.proxy = { categories: categories.status, categoryCount: (await categories.json()).data?.length, agencyRoute: agencyRoute.status };

// A real delivery from the sandbox, verified as an agency's server would.
const deliveries = [];
let delivered;
const arrived = new Promise((resolve) => (delivered = resolve));
const receiver = createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    deliveries.push({ headers: request.headers, body: Buffer.concat(chunks) });
    response.writeHead(204).end();
    delivered();
  });
});
await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
try {
  const server = createClient({ endpoint, secretKey: 'sk_test_sandbox' });
  const { secret } = await server.agency.webhooks.create({ url: `http://127.0.0.1:${receiver.address().port}/hooks`, events: ['complaint.forwarded'] });
  await fetch(`${endpoint}/_sandbox/complaints/${created.trackingId}/forward`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ institutionId: 'pemkot-mataram' }),
  });
  let timer;
  await Promise.race([arrived, new Promise((resolve) => (timer = setTimeout(resolve, 15_000)))]);
  clearTimeout(timer);
  const [delivery] = deliveries;
  const headers = delivery?.headers;
  const event = delivery && (await verifyWebhook({ payload: delivery.body, headers, secret }));
  let tampered = 'accepted';
  try {
    await verifyWebhook({ payload: Buffer.concat([delivery.body, Buffer.from(' ')]), headers, secret });
  } catch (error) {
    tampered = error instanceof WebhookVerificationError ? error.reason : `unexpected ${error}`;
  }
  out.webhook = { type: event?.type, trackingId: event?.data?.trackingId, tampered };
} finally {
  receiver.close();
}

process.stdout.write(JSON.stringify(out));
