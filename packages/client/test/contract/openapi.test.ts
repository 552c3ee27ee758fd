import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { Validator } from '@seriousme/openapi-schema-validator';
import { buildOpenApiDocument } from '@lapor/client/openapi';

// Every v1 operation, written out here rather than read from ROUTES (which the generator
// iterates too): a route missing from the document, renamed or added without a decision
// fails the test. Update this list on purpose when the contract grows.
const OPERATIONS = [
  'get /v1/categories listCategories',
  'get /v1/institutions searchInstitutions',
  'get /v1/institutions/{institutionId} getInstitution',
  'get /v1/regions searchRegions',
  'get /v1/regions/{regionCode} getRegion',
  'post /v1/attachments uploadAttachment',
  'post /v1/complaints createComplaint',
  'get /v1/complaints/{trackingId} getComplaint',
  'get /v1/complaints/{trackingId}/events listComplaintEvents',
  'post /v1/complaints/{trackingId}/replies replyToComplaint',
  'get /v1/agency/complaints listAgencyComplaints',
  'post /v1/agency/complaints createAgencyComplaint',
  'get /v1/agency/complaints/{trackingId} getAgencyComplaint',
  'post /v1/agency/complaints/{trackingId}/follow-ups followUpComplaint',
  'get /v1/agency/webhooks listWebhookEndpoints',
  'post /v1/agency/webhooks createWebhookEndpoint',
  'delete /v1/agency/webhooks/{endpointId} deleteWebhookEndpoint',
];

describe('OpenAPI document', () => {
  const document = buildOpenApiDocument() as { paths: Record<string, Record<string, any>> };

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
    const create = document.paths['/v1/complaints']!.post;
    assert.ok(create.parameters.some((p: any) => p.name === 'Idempotency-Key' && p.required));
    for (const status of ['201', '401', '409', '422', '429', '503']) assert.ok(create.responses[status], status);
    assert.ok(create.responses['429'].headers['Retry-After']);
    assert.equal(create.responses['422'].content['application/problem+json'].schema.$ref, '#/components/schemas/Problem');
    assert.ok(create.responses['201'].headers['Request-Id']);
  });

  it('documents the strict request and the promised response', () => {
    const body = document.paths['/v1/complaints']!.post.requestBody.content['application/json'].schema;
    assert.equal(body.additionalProperties, false);
    assert.deepEqual(body.properties.classification.enum, ['complaint', 'aspiration', 'information_request']);
    const status = document.paths['/v1/complaints']!.post.responses['201'].content['application/json'].schema.properties.status;
    assert.ok(Array.isArray(status.enum), 'open enums are documented by their known values');
  });

  it('is the committed docs/openapi.json (run `npm run openapi` after changing the contract)', async () => {
    const committed = JSON.parse(await readFile(new URL('../../../../docs/openapi.json', import.meta.url), 'utf8'));
    assert.deepEqual(committed, JSON.parse(JSON.stringify(document)));
  });
});
