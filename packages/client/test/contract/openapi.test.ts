import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { Spectral, Document } from '@stoplight/spectral-core';
import Parsers from '@stoplight/spectral-parsers';
import { oas } from '@stoplight/spectral-rulesets';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { PROBLEM_CODES, ROUTES, WEBHOOK_EVENT_TYPES, type Route } from '@lapor/client/contract';
import { buildOpenApiDocument, routeProblemCodes } from '@lapor/client/openapi';

// Every v1 operation, written out here rather than read from ROUTES (which the generator
// iterates too): a route missing from the document, renamed or added without a decision
// fails the test. Update this list on purpose when the contract grows.
const OPERATIONS = [
  'get /v1/categories listCategories',
  'get /v1/institutions searchInstitutions',
  'get /v1/institutions/{institutionId} getInstitution',
  'get /v1/institutions/{institutionId}/stats getInstitutionStats',
  'get /v1/regions searchRegions',
  'get /v1/regions/{regionCode} getRegion',
  'post /v1/attachments uploadAttachment',
  'get /v1/complaints listComplaints',
  'post /v1/complaints createComplaint',
  'get /v1/complaints/{trackingId} getComplaint',
  'get /v1/complaints/{trackingId}/events listComplaintEvents',
  'post /v1/complaints/{trackingId}/replies replyToComplaint',
  'post /v1/complaints/{trackingId}/rating rateComplaint',
  'post /v1/complaints/{trackingId}/access-requests requestComplaintAccess',
  'post /v1/complaints/{trackingId}/access-tokens redeemComplaintAccess',
  'get /v1/agency/complaints listAgencyComplaints',
  'post /v1/agency/complaints createAgencyComplaint',
  'get /v1/agency/complaints/{trackingId} getAgencyComplaint',
  'get /v1/agency/complaints/{trackingId}/events listAgencyComplaintEvents',
  'post /v1/agency/complaints/{trackingId}/follow-ups followUpComplaint',
  'get /v1/agency/webhooks listWebhookEndpoints',
  'post /v1/agency/webhooks createWebhookEndpoint',
  'delete /v1/agency/webhooks/{endpointId} deleteWebhookEndpoint',
];

/** Statuses every route may answer with, whatever it declares. */
const COMMON_STATUSES = [401, 429, 500, 503];

function newAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  return ajv;
}

const committedText = await readFile(new URL('../../../../docs/openapi.json', import.meta.url), 'utf8');

type Operation = Record<string, any>;

/** Every example of a document, with the schema it claims to match. */
function examplesOf(document: any): Array<{ where: string; schema: unknown; value: unknown }> {
  const out: Array<{ where: string; schema: unknown; value: unknown }> = [];
  const media = (where: string, content: Record<string, any> | undefined) => {
    for (const [type, entry] of Object.entries(content ?? {})) {
      for (const [name, example] of Object.entries<any>(entry.examples ?? {})) {
        out.push({ where: `${where} ${type} ${name}`, schema: entry.schema, value: example.value });
      }
    }
  };
  const operations = [
    ...Object.entries<Record<string, Operation>>(document.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, op]) => [`${method} ${path}`, op] as const),
    ),
    ...Object.entries<Record<string, Operation>>(document.webhooks ?? {}).map(([name, item]) => [`webhook ${name}`, item.post!] as const),
  ];
  for (const [where, op] of operations) {
    media(`${where} request`, op.requestBody?.content);
    for (const [status, response] of Object.entries<any>(op.responses)) media(`${where} ${status}`, response.content);
  }
  return out;
}

describe('OpenAPI document', () => {
  const document = buildOpenApiDocument() as {
    info: Record<string, any>;
    servers: Array<Record<string, any>>;
    paths: Record<string, Record<string, Operation>>;
    webhooks: Record<string, { post: Operation }>;
    components: { schemas: Record<string, unknown> };
  };

  it('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(document));
    assert.deepEqual(result.errors ?? [], []);
    assert.equal(result.valid, true);
    assert.equal(validator.version, '3.1');
  });

  it('documents exactly the v1 operations, each under its operationId', () => {
    const documented = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => `${method} ${path} ${operation.operationId}`),
    );
    assert.deepEqual(documented.sort(), [...OPERATIONS].sort());
  });

  it('documents problem responses, idempotency keys and request ids', () => {
    const create = document.paths['/v1/complaints']!.post!;
    assert.ok(create.parameters.some((p: any) => p.name === 'Idempotency-Key' && p.required));
    for (const status of ['201', '401', '409', '413', '422', '429', '503']) assert.ok(create.responses[status], status);
    assert.ok(create.responses['429'].headers['Retry-After']);
    assert.equal(create.responses['422'].content['application/problem+json'].schema.$ref, '#/components/schemas/Problem');
    assert.ok(create.responses['201'].headers['Request-Id']);
  });

  it('documents the strict request and the promised response', () => {
    const body = document.paths['/v1/complaints']!.post!.requestBody.content['application/json'].schema;
    assert.equal(body.additionalProperties, false);
    assert.deepEqual(body.properties.classification.enum, ['complaint', 'aspiration', 'information_request']);
    const status = document.paths['/v1/complaints']!.post!.responses['201'].content['application/json'].schema.properties.status;
    assert.ok(Array.isArray(status.enum), 'open enums are documented by their known values');
  });

  it('describes every operation: what it does, who may call it, idempotency and rate limits', () => {
    for (const route of ROUTES as readonly Route[]) {
      const op = document.paths[route.path]![route.method]!;
      assert.ok(op.summary.length > 10, `${route.operationId} has a summary`);
      assert.ok(op.description.startsWith(route.description), `${route.operationId} starts with what it does`);
      assert.match(op.description, route.auth === 'secret' ? /secret key \(`sk_…`/ : /publishable key \(`pk_…`/, route.operationId);
      assert.match(op.description, route.method === 'post' ? /Idempotency-Key/ : /safe to retry/, route.operationId);
      assert.match(op.description, /\*\*Rate limit:\*\* .*429 `rate_limited`/, route.operationId);
    }
  });

  it('lists the problem codes of every error response, by status, as the route declares', () => {
    for (const route of ROUTES as readonly Route[]) {
      const op = document.paths[route.path]![route.method]!;
      const codes = routeProblemCodes(route);
      const statuses = Object.keys(op.responses).map(Number).filter((status) => status >= 400);
      assert.deepEqual(statuses, [...new Set(codes.map((code) => PROBLEM_CODES[code]))].sort((a, b) => a - b), route.operationId);
      assert.deepEqual(
        statuses.filter((status) => !COMMON_STATUSES.includes(status)),
        [...route.errors].sort((a, b) => a - b),
        `${route.operationId}: its errors are the statuses of its problem codes`,
      );
      for (const code of codes) assert.match(op.responses[PROBLEM_CODES[code]].description, new RegExp(`\`${code}\``), `${route.operationId} ${code}`);
    }
    const followUp = document.paths['/v1/agency/complaints/{trackingId}/follow-ups']!.post!;
    assert.match(followUp.responses['409'].description, /`idempotency_in_flight`, `invalid_transition`/);
    assert.doesNotMatch(document.paths['/v1/categories']!.get!.responses['403'].description, /secret_key_required/);
  });

  it('describes every webhook event with its payload schema and the Standard Webhooks headers', () => {
    assert.deepEqual(Object.keys(document.webhooks).sort(), [...WEBHOOK_EVENT_TYPES].sort());
    for (const type of WEBHOOK_EVENT_TYPES) {
      const op = document.webhooks[type]!.post;
      const headers = op.parameters.filter((p: any) => p.in === 'header' && p.required).map((p: any) => p.name);
      assert.deepEqual(headers, ['webhook-id', 'webhook-timestamp', 'webhook-signature'], type);
      const schema = op.requestBody.content['application/json'].schema;
      assert.equal(schema.properties.type.const, type);
      assert.equal(schema.properties.data.properties.event.properties.type.const, type.replace('complaint.', ''));
      assert.match(op.description, /Standard Webhooks/);
    }
    const forwarded = document.webhooks['complaint.forwarded']!.post.requestBody.content['application/json'].schema;
    assert.ok(forwarded.properties.data.properties.event.required.includes('institution'), 'the event fields of its type');
    assert.match(document.webhooks['complaint.closed']!.post.parameters[2].description, /v1,<base64>.*HMAC-SHA256.*whsec_/s);
  });

  it('names a contact and the servers: the local sandbox and the base URL the operator issues', () => {
    assert.ok(document.info.contact?.name && document.info.contact?.url);
    assert.ok(document.servers.some((server) => server.url === 'http://127.0.0.1:4010'));
    const production = document.servers.find((server) => server.variables);
    assert.ok(production, 'a server whose base URL is a variable');
    assert.match(production.description, /issued by the operator/);
    assert.ok(!document.servers.some((server) => /example|placeholder/i.test(server.url)));
  });

  it('has a real example for every request body, success answer, problem code and delivered webhook', () => {
    const all = examplesOf(document);
    for (const route of ROUTES as readonly Route[]) {
      const where = `${route.method} ${route.path}`;
      const hint = `: capture it in scripts/lib/openapi-examples.ts, then run \`npm run openapi\``;
      if (route.body && route.body !== 'binary') assert.ok(all.some((e) => e.where.startsWith(`${where} request`)), `no request example for ${where}${hint}`);
      if (route.success.schema) assert.ok(all.some((e) => e.where.startsWith(`${where} ${route.success.status}`)), `no answer example for ${where}${hint}`);
    }
    // A 500 is a sandbox bug: nothing to capture.
    for (const code of Object.keys(PROBLEM_CODES).filter((code) => code !== 'internal_error' && (ROUTES as readonly Route[]).some((r) => routeProblemCodes(r).includes(code as never)))) {
      assert.ok(all.some((e) => e.where.endsWith(` ${code}`) && (e.value as { code?: string }).code === code), `an example of ${code}`);
    }
    for (const type of WEBHOOK_EVENT_TYPES) {
      assert.ok(all.some((e) => e.where.startsWith(`webhook ${type} request`)), `a delivery of ${type}`);
    }
  });

  it('every example matches its schema', () => {
    const ajv = newAjv();
    ajv.addSchema({ $id: 'problem', ...(document.components.schemas.Problem as object) });
    const examples = examplesOf(document);
    assert.ok(examples.length > 40, `${examples.length} examples`);
    for (const { where, schema, value } of examples) {
      const s = (schema as { $ref?: string }).$ref === '#/components/schemas/Problem' ? { $ref: 'problem' } : schema;
      const validate = ajv.compile(s as object);
      assert.ok(validate(value), `${where}: ${ajv.errorsText(validate.errors)}`);
    }
  });

  it('an example that stops matching its schema fails the check above', () => {
    const broken = structuredClone(document) as any;
    delete broken.paths['/v1/complaints'].post.responses['201'].content['application/json'].examples.default.value.trackingId;
    const [example] = examplesOf(broken).filter((e) => e.where === 'post /v1/complaints 201 application/json default');
    assert.ok(example);
    assert.equal(newAjv().validate(example.schema as object, example.value), false);
  });

  it('is the committed docs/openapi.json (run `npm run openapi` after changing the contract)', () => {
    assert.deepEqual(JSON.parse(committedText), JSON.parse(JSON.stringify(document)));
  });
});

describe('OpenAPI lint', () => {
  it("Spectral's oas ruleset finds nothing", async () => {
    const spectral = new Spectral();
    spectral.setRuleset({ extends: [[oas as never, 'recommended']] } as never);
    const results = await spectral.run(new Document(committedText, Parsers.Json, 'docs/openapi.json'));
    assert.deepEqual(results.map((r) => `${r.code} at ${r.path.join('.')}: ${r.message}`), []);
  });

  it("Redocly's recommended ruleset finds nothing", async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({ source: committedText, absoluteRef: new URL('../../../../docs/openapi.json', import.meta.url).href, config });
    assert.deepEqual(problems.map((p) => `${p.ruleId} at ${p.location[0]?.pointer}: ${p.message}`), []);
  });

  it('the linters do report a document without contact, descriptions or a real server', async () => {
    const text = JSON.stringify({
      openapi: '3.1.0',
      info: { title: 'Bare', version: '1.0.0', description: 'Bare.' },
      servers: [{ url: 'http://localhost:4010' }],
      tags: [{ name: 'x', description: 'x' }],
      paths: { '/x': { get: { operationId: 'x', summary: 'x', tags: ['x'], responses: { '200': { description: 'OK' } } } } },
    });
    const spectral = new Spectral();
    spectral.setRuleset({ extends: [[oas as never, 'recommended']] } as never);
    const codes = (await spectral.run(new Document(text, Parsers.Json, 'bare.json'))).map((r) => r.code);
    assert.ok(codes.includes('info-contact') && codes.includes('operation-description'), codes.join());
    const problems = await lintFromString({ source: text, absoluteRef: 'file:///bare.json', config: await createConfig({ extends: ['recommended'] }) });
    assert.ok(problems.some((p) => p.ruleId === 'no-server-example.com'), problems.map((p) => p.ruleId).join());
  });
});
