/**
 * The OpenAPI 3.1 document of the v1 contract, generated from the same zod/mini schemas
 * that clients and the sandbox validate with.
 *
 * @example
 * ```ts
 * import { buildOpenApiDocument } from '@lapor/client/openapi';
 * await writeFile('openapi.json', JSON.stringify(buildOpenApiDocument(), null, 2));
 * ```
 * @module
 */
import * as z from 'zod/mini';
import { LENIENT, PROBLEM_CODES, ROUTES, problem, type Route } from '../contract/index.ts';

type JsonSchema = Record<string, unknown>;

/** Version of the contract the document describes. */
export const CONTRACT_VERSION = '1.0.0';

function jsonSchema(schema: z.ZodMiniType, io: 'input' | 'output'): JsonSchema {
  const out = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    override(ctx) {
      // Lenient response unions: document the first member, the one servers send today.
      if (!LENIENT.has(ctx.zodSchema)) return;
      const json = ctx.jsonSchema as JsonSchema & { anyOf?: JsonSchema[] };
      const [documented] = json.anyOf ?? [];
      if (!documented) return;
      delete json.anyOf;
      Object.assign(json, documented);
    },
  }) as JsonSchema;
  delete out.$schema;
  return out;
}

const COMMON_ERRORS = [401, 429, 500, 503] as const;

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  400: 'Bad request: malformed JSON, query or headers',
  401: 'Missing or unknown key, or invalid reporter token',
  403: 'Key not allowed here: wrong kind of key or origin not allowed',
  404: 'Not found (or confidential)',
  409: 'Same Idempotency-Key still in flight, or a transition the status does not allow',
  413: 'Body too large',
  415: 'Unsupported content type',
  422: 'Validation failed, or Idempotency-Key reused with another body',
  429: 'Rate limited: retry after Retry-After seconds',
  500: 'Internal error',
  503: 'Temporarily unavailable: retry after Retry-After seconds',
};

const requestIdHeader = {
  description: 'Identifier of this request; quote it when reporting a problem.',
  schema: { type: 'string' },
};

function problemResponse(status: number) {
  const headers: Record<string, unknown> = { 'Request-Id': requestIdHeader };
  if (status === 429 || status === 503) {
    headers['Retry-After'] = { description: 'Seconds to wait before retrying.', schema: { type: 'integer' } };
  }
  if (status === 429) {
    headers.RateLimit = { description: 'Remaining quota (IETF RateLimit header).', schema: { type: 'string' } };
    headers['RateLimit-Policy'] = { description: 'The quota policy.', schema: { type: 'string' } };
  }
  const codes = Object.entries(PROBLEM_CODES)
    .filter(([, s]) => s === status)
    .map(([code]) => code);
  return {
    description: `${STATUS_TEXT[status] ?? 'Error'}${codes.length ? ` (code: ${codes.join(', ')})` : ''}`,
    headers,
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
  };
}

function parameters(route: Route): unknown[] {
  const out: unknown[] = [];
  for (const [name, schema] of Object.entries(route.params ?? {})) {
    out.push({ name, in: 'path', required: true, schema: jsonSchema(schema, 'input') });
  }
  if (route.query) {
    const query = jsonSchema(route.query, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, schema] of Object.entries(query.properties ?? {})) {
      out.push({ name, in: 'query', required: query.required?.includes(name) ?? false, schema });
    }
  }
  if (route.method === 'post') {
    out.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: true,
      description:
        'Unique per logical request (a UUID). The same key and body answer with the stored response; ' +
        'the same key with another body answers 422; while the first is in flight, 409.',
      schema: { type: 'string', minLength: 1, maxLength: 255 },
    });
  }
  if (route.reporterToken) {
    out.push({
      name: 'Reporter-Token',
      in: 'header',
      required: route.reporterToken === 'required',
      description: 'The reporterToken returned when the report was created.',
      schema: { type: 'string' },
    });
  }
  out.push({
    name: 'Accept-Language',
    in: 'header',
    required: false,
    description: 'Language of error messages: id (default) or en.',
    schema: { type: 'string' },
  });
  return out;
}

function requestBody(route: Route): unknown {
  if (!route.body) return undefined;
  if (route.body === 'binary') {
    return {
      required: true,
      description: 'The raw file. Content-Disposition: attachment; filename="photo.jpg"',
      content: { '*/*': { schema: { type: 'string', contentMediaType: 'application/octet-stream' } } },
    };
  }
  return { required: true, content: { 'application/json': { schema: jsonSchema(route.body, 'input') } } };
}

function operation(route: Route) {
  const responses: Record<string, unknown> = {};
  const { status, schema } = route.success;
  responses[status] = {
    description: STATUS_TEXT[status],
    headers: { 'Request-Id': requestIdHeader },
    ...(schema ? { content: { 'application/json': { schema: jsonSchema(schema, 'output') } } } : {}),
  };
  for (const error of [...route.errors, ...COMMON_ERRORS].sort()) responses[error] = problemResponse(error);
  const security =
    route.auth === 'publishable'
      ? [{ publishableKey: [] }]
      : route.auth === 'secret'
        ? [{ secretKey: [] }]
        : [{ publishableKey: [] }, { secretKey: [] }];
  const body = requestBody(route);
  return {
    operationId: route.operationId,
    summary: route.summary,
    tags: [route.tag],
    security,
    parameters: parameters(route),
    ...(body ? { requestBody: body } : {}),
    responses,
  };
}

/** Builds the OpenAPI 3.1 document of every route in {@link ROUTES}. */
export function buildOpenApiDocument(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of ROUTES as readonly Route[]) {
    (paths[route.path] ??= {})[route.method] = operation(route);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'LAPOR! SDK contract (SP4N-LAPOR!)',
      version: CONTRACT_VERSION,
      description:
        'Complaints, aspirations and information requests for SP4N-LAPOR!, the national public-service ' +
        'complaint system of Indonesia. Errors are RFC 9457 problem documents with a stable code. ' +
        'Requests are validated strictly; clients parse responses leniently.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: 'http://localhost:4010', description: 'Local sandbox (npx lapor-sandbox)' }],
    tags: [
      { name: 'directory', description: 'Topics, institutions and administrative areas' },
      { name: 'attachments', description: 'File uploads' },
      { name: 'complaints', description: 'Citizen reports and their timelines' },
      { name: 'agency', description: "Institution's integration (secret key, server only)" },
      { name: 'webhooks', description: 'Signed event deliveries to the institution' },
    ],
    paths,
    components: {
      schemas: { Problem: jsonSchema(problem, 'output') },
      securitySchemes: {
        publishableKey: {
          type: 'http',
          scheme: 'bearer',
          description: 'Publishable key (pk_…), bound to allowed browser origins.',
        },
        secretKey: {
          type: 'http',
          scheme: 'bearer',
          description: 'Secret key (sk_…), server only, scoped to one institution.',
        },
      },
    },
  };
}
