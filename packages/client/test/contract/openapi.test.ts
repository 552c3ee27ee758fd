import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { Validator } from '@seriousme/openapi-schema-validator';
import { ROUTES } from '@lapor/client/contract';
import { buildOpenApiDocument } from '@lapor/client/openapi';

// The routes DESIGN.md promises; the contract must cover each of them.
const DESIGNED = [
  'get /v1/categories',
  'get /v1/institutions',
  'get /v1/regions',
  'post /v1/attachments',
  'post /v1/complaints',
  'get /v1/complaints/{trackingId}',
  'get /v1/complaints/{trackingId}/events',
  'post /v1/complaints/{trackingId}/replies',
  'get /v1/agency/complaints',
  'post /v1/agency/complaints',
  'post /v1/agency/complaints/{trackingId}/follow-ups',
  'post /v1/agency/webhooks',
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

  it('has a path for every route of the contract', () => {
    for (const route of ROUTES) {
      assert.ok(document.paths[route.path]?.[route.method], `${route.method} ${route.path}`);
    }
  });

  it('covers every route DESIGN.md names', () => {
    const routes = new Set(ROUTES.map((r) => `${r.method} ${r.path}`));
    for (const designed of DESIGNED) assert.ok(routes.has(designed), designed);
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
