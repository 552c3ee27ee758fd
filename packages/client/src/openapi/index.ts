/**
 * The OpenAPI 3.1 document of the v1 contract, generated from the same zod/mini schemas
 * that clients and the sandbox validate with, so that teams on any language can generate
 * a client from it. Everything comes from the route table ({@link ROUTES}) and the
 * contract: a new route needs only its entry there. Examples are real sandbox answers,
 * captured by `npm run openapi`.
 *
 * @example
 * ```ts
 * import { buildOpenApiDocument } from '@lapor/client/openapi';
 * await writeFile('openapi.json', JSON.stringify(buildOpenApiDocument(), null, 2));
 * ```
 * @module
 */
import * as z from 'zod/mini';
import {
  LENIENT,
  PROBLEM_CODES,
  ROUTES,
  WEBHOOK_EVENT_TYPES,
  problem,
  webhookEvent,
  type ProblemCode,
  type Route,
} from '../contract/index.ts';
import { CAPTURED_EXAMPLES } from './examples.ts';

type JsonSchema = Record<string, unknown>;

/** Version of the contract the document describes. */
export const CONTRACT_VERSION = '1.0.0';

/**
 * Real sandbox answers shown as examples: requests sent and answers received while a
 * script drove a sandbox through every route (`npm run openapi` captures them).
 */
export interface CapturedExamples {
  /** Per operationId: the JSON body sent (if any) and the success answers, by example name. */
  operations: Record<string, { request?: unknown; responses: Record<string, unknown> }>;
  /** One problem document per problem code, with the operation that answered it. */
  problems: Partial<Record<ProblemCode, { operationId: string; body: unknown }>>;
  /** One delivered payload per webhook event type. */
  webhooks: Record<string, unknown>;
}

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

/** Problem codes any v1 route may answer with, whatever its shape. */
const COMMON_PROBLEMS: readonly ProblemCode[] = [
  'unauthorized',
  'origin_not_allowed',
  'forbidden',
  'rate_limited',
  'internal_error',
  'service_unavailable',
];

/**
 * The problem codes a route answers with: those its key, parameters, body and method
 * imply, and the ones particular to it ({@link Route.problems}).
 */
export function routeProblemCodes(route: Route): ProblemCode[] {
  const codes = new Set<ProblemCode>(COMMON_PROBLEMS);
  if (route.auth === 'publishable') codes.add('publishable_key_required');
  if (route.auth === 'secret') codes.add('secret_key_required');
  if (route.params || route.query) codes.add('invalid_query');
  if (route.params && !route.hidesExistence) codes.add('not_found');
  // A token that does not fit answers 404 like a missing report; only a missing required one is a 401.
  if (route.reporterToken === 'required') codes.add('invalid_reporter_token');
  if (route.method === 'post') {
    for (const code of ['idempotency_key_required', 'idempotency_in_flight', 'idempotency_key_reused', 'payload_too_large'] as const) {
      codes.add(code);
    }
  }
  if (route.body) {
    codes.add('unsupported_media_type');
    codes.add('validation_failed');
    if (route.body !== 'binary') codes.add('invalid_json');
  }
  for (const code of route.problems ?? []) codes.add(code);
  return [...codes].sort();
}

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No Content',
  400: 'Bad request: malformed JSON, query, path parameter or headers',
  401: 'Missing or unknown key, a reporter token that does not match, or an access code that is not valid',
  403: 'Key not allowed here: wrong kind of key, a secret key from a browser, or an origin not allowed',
  404: 'Not found (a confidential report has no public view either)',
  409: 'Same Idempotency-Key still in flight, or a step the status does not allow',
  413: 'Body too large',
  415: 'Unsupported content type',
  422: 'Validation failed, or Idempotency-Key reused with another body',
  429: 'Rate limited: retry after Retry-After seconds',
  500: 'Internal error: quote the Request-Id',
  503: 'Temporarily unavailable: retry after Retry-After seconds',
};

const AUDIENCE: Record<Route['auth'], string> = {
  publishable:
    'public, with a publishable key (`pk_…`): from browsers on the origins the key allows, or from a server. ' +
    'A secret key answers 403 `publishable_key_required`.',
  secret:
    "an agency's server, with its secret key (`sk_…`, scoped to one institution). A request that carries an " +
    '`Origin` header (a browser) is refused with 403 `forbidden`; a publishable key answers 403 `secret_key_required`.',
  any:
    'public, with a publishable key (`pk_…`, from browsers on the origins the key allows) or an agency\'s secret ' +
    'key (`sk_…`, from its server only).',
};

/** The part of an operation's description that follows from the route's shape. */
function callerNotes(route: Route): string {
  const reporter =
    route.reporterToken === 'required'
      ? ' The reporter proves who they are with the `Reporter-Token` header (the `reporterToken` of the creation).'
      : route.reporterToken === 'optional'
        ? ' The reporter may add the `Reporter-Token` header, which opens what only the reporter may see.'
        : '';
  const idempotency =
    route.method === 'post'
      ? 'send an `Idempotency-Key` (one UUID per logical request, reused on every retry). The same key and body ' +
        'answer with the stored response (header `Idempotent-Replayed: true`); the same key with another body ' +
        'answers 422 `idempotency_key_reused`; while the first request is still in flight, 409 ' +
        '`idempotency_in_flight`. Keys are kept for 24 hours.'
      : route.method === 'delete'
        ? 'safe to retry: a repeated call answers 404 `not_found` once the first has succeeded.'
        : 'safe to retry (read only).';
  return [
    `**Who may call it:** ${AUDIENCE[route.auth]}${reporter}`,
    `**Idempotency:** ${idempotency}`,
    '**Rate limit:** counted per key and client address in one-minute windows, reported in the `RateLimit` and ' +
      '`RateLimit-Policy` headers; over the limit the answer is 429 `rate_limited` with `Retry-After`.',
  ].join('\n\n');
}

const requestIdHeader = {
  description: 'Identifier of this request; quote it when reporting a problem.',
  schema: { type: 'string' },
};

const rateLimitHeaders = {
  RateLimit: {
    description: 'Requests left in the current window and seconds until it resets (IETF RateLimit header).',
    schema: { type: 'string' },
  },
  'RateLimit-Policy': { description: 'The quota: requests per window of seconds.', schema: { type: 'string' } },
};

function problemResponse(route: Route, status: number, codes: readonly ProblemCode[], examples: CapturedExamples) {
  const headers: Record<string, unknown> = { 'Request-Id': requestIdHeader };
  if (status === 429 || status === 503 || status === 409) {
    headers['Retry-After'] = { description: 'Seconds to wait before retrying.', schema: { type: 'integer' } };
  }
  if (status === 429) Object.assign(headers, rateLimitHeaders);
  // Each captured problem is shown on the operation that answered it.
  const captured = Object.fromEntries(
    codes.flatMap((code) => {
      const example = examples.problems[code];
      return example?.operationId === route.operationId ? [[code, { summary: `Answer of the sandbox: ${code}`, value: example.body }]] : [];
    }),
  );
  return {
    description: `${STATUS_TEXT[status] ?? 'Error'}. Problem codes: ${codes.map((code) => `\`${code}\``).join(', ')}.`,
    headers,
    content: {
      'application/problem+json': {
        schema: { $ref: '#/components/schemas/Problem' },
        ...(Object.keys(captured).length ? { examples: captured } : {}),
      },
    },
  };
}

function describedExamples(values: Record<string, unknown>, source: string) {
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [name, { summary: name === 'default' ? source : `${source}: ${name} view`, value }]),
  );
}

const PARAMETER_TEXT: Record<string, string> = {
  trackingId: 'Tracking ID of the report (5 to 12 digits), as returned at creation.',
  institutionId: 'Id of the institution.',
  regionCode: 'Kemendagri code of the area, e.g. `52.71`.',
  endpointId: 'Id of the webhook endpoint.',
  q: 'Text to search for: in names and abbreviations (institutions, areas), in the title and body (reports).',
  categoryId: 'Id of the topic (kategori); only reports filed under it.',
  statusGroup: 'Only reports of this public status group: `waiting` (menunggu), `in_process` (diproses), `done` (selesai).',
  from: 'First month of the period, `YYYY-MM` (included).',
  to: 'Last month of the period, `YYYY-MM` (included).',
  type: 'Only institutions of this type.',
  parentCode: 'Only the children of this area.',
  level: 'Only areas of this level.',
  status: 'One status or several, comma-separated.',
  updatedSince: 'Only complaints changed at or after this instant (ISO 8601 with offset).',
  cursor: 'The `nextCursor` of the previous page; omit for the first page.',
  limit: 'Items per page.',
};

function parameters(route: Route): unknown[] {
  const out: unknown[] = [];
  for (const [name, schema] of Object.entries(route.params ?? {})) {
    out.push({ name, in: 'path', required: true, description: PARAMETER_TEXT[name] ?? name, schema: jsonSchema(schema, 'input') });
  }
  if (route.query) {
    const query = jsonSchema(route.query, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, schema] of Object.entries(query.properties ?? {})) {
      out.push({ name, in: 'query', required: query.required?.includes(name) ?? false, description: PARAMETER_TEXT[name] ?? name, schema });
    }
  }
  if (route.method === 'post') {
    out.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: true,
      description:
        'Unique per logical request (a UUID), reused on retries. The same key and body answer with the stored response; ' +
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

function requestBody(route: Route, captured: CapturedExamples['operations'][string] | undefined): unknown {
  if (!route.body) return undefined;
  if (route.body === 'binary') {
    return {
      required: true,
      description: 'The raw file, with `Content-Disposition: attachment; filename="photo.jpg"`.',
      content: { '*/*': { schema: { type: 'string', contentMediaType: 'application/octet-stream' } } },
    };
  }
  const example = captured?.request === undefined ? {} : { examples: describedExamples({ default: captured.request }, 'Request the sandbox accepted') };
  return { required: true, content: { 'application/json': { schema: jsonSchema(route.body, 'input'), ...example } } };
}

function operation(route: Route, examples: CapturedExamples) {
  const captured = examples.operations[route.operationId];
  const responses: Record<string, unknown> = {};
  const { status, schema } = route.success;
  const successExamples = captured && Object.keys(captured.responses).length ? { examples: describedExamples(captured.responses, 'Answer of the sandbox') } : {};
  responses[status] = {
    description: STATUS_TEXT[status],
    headers: {
      'Request-Id': requestIdHeader,
      ...rateLimitHeaders,
      ...(route.method === 'post'
        ? { 'Idempotent-Replayed': { description: '`true` when this is the stored answer to an earlier request with the same Idempotency-Key.', schema: { type: 'string' } } }
        : {}),
    },
    ...(schema ? { content: { 'application/json': { schema: jsonSchema(schema, 'output'), ...successExamples } } } : {}),
  };
  const byStatus = new Map<number, ProblemCode[]>();
  for (const code of routeProblemCodes(route)) {
    const list = byStatus.get(PROBLEM_CODES[code]) ?? [];
    list.push(code);
    byStatus.set(PROBLEM_CODES[code], list);
  }
  for (const [status, codes] of [...byStatus].sort(([a], [b]) => a - b)) responses[status] = problemResponse(route, status, codes, examples);
  const security =
    route.auth === 'publishable'
      ? [{ publishableKey: [] }]
      : route.auth === 'secret'
        ? [{ secretKey: [] }]
        : [{ publishableKey: [] }, { secretKey: [] }];
  const body = requestBody(route, captured);
  return {
    operationId: route.operationId,
    summary: route.summary,
    description: `${route.description}\n\n${callerNotes(route)}`,
    tags: [route.tag],
    security,
    parameters: parameters(route),
    ...(body ? { requestBody: body } : {}),
    responses,
  };
}

const WEBHOOK_HEADERS = [
  {
    name: 'webhook-id',
    in: 'header',
    required: true,
    description: 'Identifier of the message, the same on every retry of it: process each id once.',
    schema: { type: 'string' },
  },
  {
    name: 'webhook-timestamp',
    in: 'header',
    required: true,
    description: 'Unix time of the attempt, in seconds. Refuse deliveries more than 5 minutes away from your clock (replays).',
    schema: { type: 'string', pattern: '^[0-9]+$' },
  },
  {
    name: 'webhook-signature',
    in: 'header',
    required: true,
    description:
      'Space-separated signatures `v1,<base64>`: the base64 of HMAC-SHA256 over `{webhook-id}.{webhook-timestamp}.{raw body}`, ' +
      'keyed with the base64-decoded part of the endpoint secret after `whsec_`. While a secret is rotated several ' +
      'are sent: accept the delivery when any one matches, comparing in constant time.',
    schema: { type: 'string' },
  },
];

const WEBHOOKS_INTRO =
  'Delivered as a POST of this JSON body, signed after the Standard Webhooks specification (standardwebhooks.com), ' +
  'so that its official libraries for PHP, Python, Go, Java, Ruby, C#, Rust and TypeScript verify it with the ' +
  'endpoint secret. Verify the raw body before parsing it. Deliveries are at least once: an answer other than 2xx, ' +
  'or none within 10 seconds, is retried with doubling waits (8 attempts); deduplicate on `webhook-id`. ' +
  'Unknown event types may come in later versions: acknowledge them with 2xx.';

/** The payload schema of one event type: the contract's webhook event narrowed to that type. */
function webhookPayloadSchema(all: JsonSchema, type: string): JsonSchema {
  const schema = structuredClone(all) as { properties: Record<string, JsonSchema> };
  schema.properties.type = { type: 'string', const: type };
  const data = schema.properties.data as { properties: Record<string, { oneOf?: JsonSchema[] }> };
  const event = data.properties.event?.oneOf?.find(
    (option) => (option.properties as Record<string, { const?: string }> | undefined)?.type?.const === type.replace(/^complaint\./, ''),
  );
  if (event) data.properties.event = event;
  return schema as JsonSchema;
}

function webhooks(examples: CapturedExamples): Record<string, unknown> {
  const all = jsonSchema(webhookEvent, 'output');
  const out: Record<string, unknown> = {};
  for (const type of WEBHOOK_EVENT_TYPES) {
    const event = type.replace(/^complaint\./, '');
    const example = examples.webhooks[type];
    out[type] = {
      post: {
        operationId: `on_${type.replace('.', '_')}`,
        summary: `The complaint's timeline got a \`${event}\` event.`,
        description: `${WEBHOOKS_INTRO}\n\nSent to the endpoints that subscribed to \`${type}\` or \`*\`, of the institution handling the complaint and of the one it came through.`,
        tags: ['webhooks'],
        security: [],
        parameters: WEBHOOK_HEADERS,
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: webhookPayloadSchema(all, type),
              ...(example ? { examples: describedExamples({ default: example }, 'Delivery of the sandbox') } : {}),
            },
          },
        },
        responses: {
          '200': { description: 'Received. Any 2xx status acknowledges the delivery; answer quickly and process later.' },
          '400': { description: 'Signature missing, wrong or stale: the delivery is retried, and fails once the attempts run out.' },
        },
      },
    };
  }
  return out;
}

const INFO_DESCRIPTION = `Complaints, aspirations and information requests for SP4N-LAPOR!, the national public-service complaint system of Indonesia.

**Servers.** The base URL of the LAPOR! integration API is issued by the operator of SP4N-LAPOR! together with the agency's keys: set the \`baseUrl\` variable of the second server to it. The first server is the local sandbox (\`npx lapor-sandbox\`), a stand-in that behaves like LAPOR! with the test keys \`pk_test_sandbox\` and \`sk_test_sandbox\`. The sandbox also serves \`/_sandbox\` routes (play LAPOR!'s administrators, move its clock, inject faults): they exist only there and are not part of this contract; \`GET /_sandbox\` lists them.

**Keys.** Public routes take a publishable key (\`pk_…\`), bound to the browser origins it allows; agency routes take a secret key (\`sk_…\`), scoped to one institution and refused from browsers. Both go in \`Authorization: Bearer …\`.

**Errors** are RFC 9457 problem documents (\`application/problem+json\`) with a stable \`code\`, the \`requestId\` and, for invalid fields, \`errors[{path, code, message}]\`; every answer carries a \`Request-Id\` header. \`Accept-Language: en\` gives English messages (default Bahasa Indonesia).

**Idempotency.** Every POST needs an \`Idempotency-Key\`; a retry with the same key and body gets the stored answer, so retrying after a timeout never files a report twice.

**Rate limits** answer 429 with \`Retry-After\`, \`RateLimit\` and \`RateLimit-Policy\`.

**Lists** are cursor pages \`{data, nextCursor}\`: pass \`nextCursor\` as \`cursor\` until it is \`null\`.

**Webhooks** (the \`webhooks\` section) follow the Standard Webhooks specification.

Requests are validated strictly (unknown fields are errors); parse answers leniently: later versions add fields, enum values and event types.`;

/** The document's examples, unless another set is given (tests check fresh captures with it). */
export function buildOpenApiDocument(examples: CapturedExamples = CAPTURED_EXAMPLES): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of ROUTES as readonly Route[]) {
    (paths[route.path] ??= {})[route.method] = operation(route, examples);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'LAPOR! SDK contract (SP4N-LAPOR!)',
      version: CONTRACT_VERSION,
      description: INFO_DESCRIPTION,
      contact: { name: 'SP4N-LAPOR! (KemenPANRB)', url: 'https://www.lapor.go.id' },
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [
      { url: 'http://127.0.0.1:4010', description: 'Local sandbox (npx lapor-sandbox), test keys pk_test_sandbox and sk_test_sandbox' },
      {
        url: '{baseUrl}',
        description: "LAPOR! integration API: its base URL is issued by the operator of SP4N-LAPOR! with the agency's keys",
        variables: {
          baseUrl: {
            default: 'http://127.0.0.1:4010',
            description: 'The base URL issued by the operator, without a trailing slash (the paths start with /v1).',
          },
        },
      },
    ],
    tags: [
      { name: 'directory', description: 'Topics, institutions and administrative areas' },
      { name: 'attachments', description: 'File uploads' },
      { name: 'complaints', description: 'Citizen reports and their timelines' },
      { name: 'agency', description: "Institution's integration (secret key, server only)" },
      { name: 'webhooks', description: 'Endpoints for, and the signed deliveries of, events of the institution' },
    ],
    paths,
    webhooks: webhooks(examples),
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
