// The sandbox's answers conform to the published OpenAPI document: one sample of every
// route's success answer, and problem documents, checked with a JSON Schema validator.
// The document's examples are captured afresh and must still look like the committed ones.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { PROBLEM_CODES, ROUTES, type OperationId, type ProblemCode, type Route } from '@lapor/client/contract';
import { buildOpenApiDocument, routeProblemCodes, type CapturedExamples } from '@lapor/client/openapi';
import { CAPTURED_EXAMPLES } from '../../client/src/openapi/examples.ts';
import { captureExamples } from '../../../scripts/lib/openapi-examples.ts';
import { complaint, useSandbox, type Reply } from './helpers.ts';

const api = useSandbox();
const document = buildOpenApiDocument() as {
  paths: Record<string, Record<string, any>>;
  webhooks: Record<string, Record<string, any>>;
  components: { schemas: Record<string, unknown> };
};
const ajv = new Ajv2020({ strict: false, allErrors: true });
(addFormats as unknown as (a: Ajv2020) => void)(ajv);
ajv.addSchema({ $id: 'problem', ...(document.components.schemas.Problem as object) });

function schemaOf(path: string, method: string, status: number) {
  const response = document.paths[path]?.[method]?.responses?.[status];
  assert.ok(response, `${method} ${path} documents ${status}`);
  const schema = response.content?.['application/json']?.schema ?? response.content?.['application/problem+json']?.schema;
  return schema?.$ref === '#/components/schemas/Problem' ? { $ref: 'problem' } : schema;
}

function conforms(path: string, method: string, reply: Reply) {
  const schema = schemaOf(path, method, reply.status);
  if (!schema) {
    assert.equal(reply.body, undefined);
    return;
  }
  const validateFn = ajv.compile(schema);
  assert.ok(validateFn(reply.body), `${method} ${path} ${reply.status}: ${ajv.errorsText(validateFn.errors)}\n${JSON.stringify(reply.body).slice(0, 500)}`);
}

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const sk = 'sk_test_sandbox';
const samples = new Map<OperationId, Reply>();

describe('answers conform to the OpenAPI document', () => {
  before(async () => {
    const hook = await api.request('POST', '/v1/agency/webhooks', { key: sk, body: { url: 'http://127.0.0.1:9/none', events: ['complaint.closed'] } });
    const upload = await api.request('POST', '/v1/attachments', {
      raw: new Uint8Array(PNG),
      headers: { 'content-type': 'image/png', 'content-disposition': 'attachment; filename="a.png"' },
    });
    const created = await api.submit({ attachmentIds: [upload.body.id], institutionId: 'pemkot-mataram', categoryId: 'infrastruktur-jalan' });
    const id = created.body.trackingId;
    await api.admin(`/complaints/${id}/forward`, { institutionId: 'pemkot-mataram' });
    const token = { 'reporter-token': created.body.reporterToken };
    const followUp = await api.request('POST', `/v1/agency/complaints/${id}/follow-ups`, { key: sk, body: { body: 'Sudah kami tindak lanjuti.' } });
    const reply = await api.request('POST', `/v1/complaints/${id}/replies`, { body: { body: 'Terima kasih.' }, headers: token });
    const closed = (await api.submit()).body;
    await api.admin(`/complaints/${closed.trackingId}/forward`, { institutionId: 'pemkot-mataram' });
    await api.request('POST', `/v1/agency/complaints/${closed.trackingId}/follow-ups`, { key: sk, body: { body: 'Sudah kami tindak lanjuti.' } });
    await api.admin(`/complaints/${closed.trackingId}/close`);
    const rating = await api.request('POST', `/v1/complaints/${closed.trackingId}/rating`, {
      body: { rating: 5, comment: 'Cepat.' },
      headers: { 'reporter-token': closed.reporterToken },
    });
    const entries: Array<[OperationId, Reply]> = [
      ['listCategories', await api.request('GET', '/v1/categories')],
      ['searchInstitutions', await api.request('GET', '/v1/institutions?q=kota')],
      ['getInstitution', await api.request('GET', '/v1/institutions/kemenkes')],
      ['getInstitutionStats', await api.request('GET', '/v1/institutions/pemkot-mataram/stats')],
      ['searchRegions', await api.request('GET', '/v1/regions?q=lombok')],
      ['getRegion', await api.request('GET', '/v1/regions/52')],
      ['uploadAttachment', upload],
      ['createComplaint', created],
      ['listComplaints', await api.request('GET', '/v1/complaints?institutionId=pemkot-mataram')],
      ['getComplaint', await api.request('GET', `/v1/complaints/${id}`)],
      ['listComplaintEvents', await api.request('GET', `/v1/complaints/${id}/events`)],
      ['replyToComplaint', reply],
      ['rateComplaint', rating],
      ['listAgencyComplaints', await api.request('GET', '/v1/agency/complaints', { key: sk })],
      ['createAgencyComplaint', await api.request('POST', '/v1/agency/complaints', { key: sk, body: { ...complaint(), sourceRef: 'OAS-1' } })],
      ['getAgencyComplaint', await api.request('GET', `/v1/agency/complaints/${id}`, { key: sk })],
      ['listAgencyComplaintEvents', await api.request('GET', `/v1/agency/complaints/${id}/events`, { key: sk })],
      ['followUpComplaint', followUp],
      ['listWebhookEndpoints', await api.request('GET', '/v1/agency/webhooks', { key: sk })],
      ['createWebhookEndpoint', hook],
      ['deleteWebhookEndpoint', await api.request('DELETE', `/v1/agency/webhooks/${hook.body.id}`, { key: sk })],
    ];
    for (const [operationId, reply] of entries) samples.set(operationId, reply);
    samples.set('getComplaint' as OperationId, await api.request('GET', `/v1/complaints/${id}`, { headers: token }));
    // Last: the new token replaces the one the reads above used.
    samples.set('requestComplaintAccess', await api.request('POST', `/v1/complaints/${id}/access-requests`, { body: { contact: complaint().reporter.email } }));
    const { body: mailbox } = await api.request('GET', `/_sandbox/notifications?trackingId=${id}&limit=1`, { key: null });
    const code = /: (\d{6})\b/.exec(mailbox.data[0].text)![1];
    samples.set('redeemComplaintAccess', await api.request('POST', `/v1/complaints/${id}/access-tokens`, { body: { code } }));
  });

  for (const route of ROUTES) {
    it(`${route.operationId}: ${route.method.toUpperCase()} ${route.path}`, () => {
      const reply = samples.get(route.operationId);
      assert.ok(reply, 'sampled');
      assert.equal(reply.status, route.success.status, JSON.stringify(reply.body));
      conforms(route.path, route.method, reply);
    });
  }

  it('problem documents conform too', async () => {
    conforms('/v1/complaints', 'post', await api.request('POST', '/v1/complaints', { body: { title: 'x' } }));
    conforms('/v1/complaints/{trackingId}', 'get', await api.request('GET', '/v1/complaints/99999999'));
    conforms('/v1/categories', 'get', await api.request('GET', '/v1/categories', { key: 'pk_forged' }));
    conforms('/v1/complaints', 'get', await api.request('GET', '/v1/complaints?statusGroup=menunggu'));
    conforms('/v1/institutions/{institutionId}/stats', 'get', await api.request('GET', '/v1/institutions/tidak-ada/stats'));
  });
});

/** The structure of a JSON value: its keys and the types of its leaves, not the values. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shape);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, shape(v)]));
  }
  return value === null ? 'null' : typeof value;
}

function validates(schema: unknown, value: unknown, where: string) {
  const validateFn = ajv.compile(schema as object);
  assert.ok(validateFn(value), `${where}: ${ajv.errorsText(validateFn.errors)}\n${JSON.stringify(value).slice(0, 500)}`);
}

describe('the examples of the document are what the sandbox answers today', () => {
  let fresh: CapturedExamples;
  before(async () => {
    fresh = await captureExamples();
  });

  it('every captured request and answer conforms to its route', () => {
    for (const route of ROUTES as readonly Route[]) {
      const captured = fresh.operations[route.operationId];
      assert.ok(captured, `${route.operationId} is not captured: add it to scripts/lib/openapi-examples.ts`);
      const media = document.paths[route.path]![route.method];
      if (captured.request !== undefined) validates(media.requestBody.content['application/json'].schema, captured.request, `${route.operationId} request`);
      for (const [name, body] of Object.entries(captured.responses)) {
        validates(schemaOf(route.path, route.method, route.success.status), body, `${route.operationId} ${name}`);
      }
    }
  });

  it('every captured problem is one its route documents', () => {
    for (const [code, { operationId, body }] of Object.entries(fresh.problems) as Array<[ProblemCode, { operationId: string; body: any }]>) {
      const route = (ROUTES as readonly Route[]).find((r) => r.operationId === operationId)!;
      assert.ok(routeProblemCodes(route).includes(code), `${operationId} documents ${code}`);
      assert.equal(body.status, PROBLEM_CODES[code]);
      validates({ $ref: 'problem' }, body, `${operationId} ${code}`);
    }
  });

  it('every delivered webhook conforms to its event type', () => {
    for (const [type, payload] of Object.entries(fresh.webhooks)) {
      validates(document.webhooks[type]!.post.requestBody.content['application/json'].schema, payload, type);
    }
  });

  it('the committed examples look like fresh ones (otherwise run `npm run openapi`)', () => {
    assert.deepEqual(shape(CAPTURED_EXAMPLES), shape(fresh));
  });
});
