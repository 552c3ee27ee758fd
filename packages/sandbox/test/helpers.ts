// A sandbox on a free port with an in-memory database, and a small fetch helper that
// speaks its conventions (keys, idempotency keys, JSON).
import { after, before } from 'node:test';
import { randomUUID } from 'node:crypto';
import { startSandbox, type Sandbox, type SandboxOptions } from '@lapor/sandbox';
import type { ComplaintInput } from '@lapor/client/contract';
import { sampleReport } from '../../../scripts/lib/sample-report.ts';

export interface Reply<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export interface Api {
  sandbox: Sandbox;
  request<T = any>(method: string, path: string, options?: RequestOptions): Promise<Reply<T>>;
  submit(input?: Partial<ComplaintInput> & Record<string, unknown>, key?: string): Promise<Reply>;
  admin<T = any>(path: string, body?: unknown): Promise<Reply<T>>;
}

export interface RequestOptions {
  key?: string | null;
  body?: unknown;
  raw?: BodyInit;
  headers?: Record<string, string>;
  idempotencyKey?: string | null;
}

export const complaint = (): ComplaintInput => ({ ...structuredClone(sampleReport), reporter: { ...sampleReport.reporter, phone: '081234567890' } }) as ComplaintInput;

export async function call(url: string, method: string, path: string, options: RequestOptions = {}): Promise<Reply> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.key !== null) headers.authorization ??= `Bearer ${options.key ?? 'pk_test_sandbox'}`;
  if (method === 'POST' && options.idempotencyKey !== null) headers['idempotency-key'] ??= options.idempotencyKey ?? randomUUID();
  let body: BodyInit | undefined = options.raw;
  if (options.body !== undefined) {
    headers['content-type'] ??= 'application/json';
    body = JSON.stringify(options.body);
  }
  const response = await fetch(url + path, { method, headers, body });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, headers: response.headers, body: parsed };
}

/** Starts a sandbox for the test file (manual clock, no rate limit unless asked). */
export function useSandbox(options: SandboxOptions = {}): Api {
  const api = {} as Api;
  before(async () => {
    api.sandbox = await startSandbox({ port: 0, db: ':memory:', clock: 'manual', rateLimit: 'off', ...options });
    api.request = (method, path, opts) => call(api.sandbox.url, method, path, opts);
    api.submit = (input = {}, key) => api.request('POST', '/v1/complaints', { key, body: { ...complaint(), ...input } });
    api.admin = (path, body) => api.request('POST', `/_sandbox${path}`, { key: null, idempotencyKey: null, body: body ?? {} });
  });
  after(() => api.sandbox?.close());
  return api;
}

/** A loopback URL where nothing listens: a port that was free a moment ago. */
export async function unusedUrl(): Promise<string> {
  const { createServer } = await import('node:http');
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as import('node:net').AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
