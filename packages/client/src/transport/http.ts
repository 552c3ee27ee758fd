// The HTTP layer: ky with LAPOR!'s conventions. Every POST carries an Idempotency-Key
// made once per logical call, so retrying a POST after a dropped answer or a 5xx cannot
// create a second complaint; retries back off exponentially with full jitter and honour
// Retry-After; errors become the client's own classes, free of credentials.
// ky 1 rather than ky 2: the same retry, jitter, Retry-After and timeout machinery in about
// 4 KB less gzip, which is what lets the browser entry stay within its 18 KB budget.
import ky, { isHTTPError, isTimeoutError, type KyInstance, type Options } from 'ky';
import type * as z from 'zod/mini';
import type { Problem } from '../contract/problem.ts';
import type { MessageOptions } from '../contract/validation.ts';
import {
  LaporError,
  LaporHttpError,
  LaporIdempotencyError,
  LaporInvalidResponseError,
  LaporNetworkError,
  LaporRateLimitError,
  LaporTimeoutError,
  LaporValidationError,
} from '../errors/index.ts';
import { withIdempotencyKey } from '../errors/lapor-error.ts';
import type { ResponseChecks } from '../responses/index.ts';
import { DEFAULT_RETRY, type CallOptions, type RetryPolicy } from './options.ts';

export interface TransportOptions {
  endpoint: string;
  /** The key sent as `Authorization: Bearer …`; omitted when the endpoint is a proxy that adds it. */
  key: string | undefined;
  messages: MessageOptions;
  fetch?: typeof fetch | undefined;
  timeout?: number | undefined;
  totalTimeout?: number | undefined;
  retry?: CallOptions['retry'];
  headers?: Record<string, string> | undefined;
  /** How answers are checked: against the full contract (Node), or for what a page reads (browsers). */
  responses: ResponseChecks;
  /** Largest attachment accepted before upload, in bytes. */
  attachmentBytesMax: number;
}

export interface RequestSpec<T> {
  method: 'get' | 'post' | 'delete';
  path: string;
  query?: Record<string, string | number | undefined> | undefined;
  json?: unknown;
  body?: BodyInit | undefined;
  headers?: Record<string, string | undefined> | undefined;
  /** Lenient schema of the success body; `null` for none (204). */
  response: z.ZodMiniType<T> | null;
  call?: CallOptions | undefined;
  /** Upload progress through ky's streaming request bodies, where the runtime supports them. */
  onUploadProgress?: ((transferred: number) => void) | undefined;
  /** Overrides for this kind of request (uploads use a longer timeout and their own fetch). */
  defaults?: { timeout?: number; totalTimeout?: number; fetch?: typeof fetch } | undefined;
}

/** A UUID v4 for Idempotency-Key, from Web Crypto (Node, browsers, workers). */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}

function retryAfterSeconds(headers: Headers): number | undefined {
  const value = headers.get('retry-after');
  if (value === null) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

// Built once rather than per call: ky copies and checks what it is given on every request.
const RETRY_METHODS = ['get', 'post', 'delete'];
const RETRY_STATUS_CODES = [408, 409, 429, 500, 502, 503, 504];
const RETRY_AFTER_STATUS_CODES = [409, 429, 503];

/** A call's retry policy: the defaults, with what the caller set; `false` means no retries. */
function retryPolicy(policy: RetryPolicy | false | undefined): Required<RetryPolicy> {
  return policy === false ? { ...DEFAULT_RETRY, limit: 0 } : { ...DEFAULT_RETRY, ...policy };
}

export class Transport {
  readonly #ky: KyInstance;
  readonly #options: TransportOptions;
  /**
   * The headers of every request, merged into each call's own headers here rather than
   * given to `ky.create` (ky deep-merges instance options into every call's, the headers
   * through `Headers` objects), like the retry policy built once per client and the
   * constant retry lists below: together about a tenth less CPU per submission.
   */
  readonly #headers: Record<string, string>;
  readonly #defaultRetry: Required<RetryPolicy>;

  constructor(options: TransportOptions) {
    this.#options = options;
    this.#headers = {
      ...options.headers,
      ...(options.key ? { authorization: `Bearer ${options.key}` } : {}),
      'accept-language': options.messages.locale?.toLowerCase().startsWith('en') ? 'en' : 'id',
    };
    this.#defaultRetry = retryPolicy(options.retry);
    this.#ky = ky.create({
      prefixUrl: options.endpoint.replace(/\/+$/, ''),
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
  }

  get messages(): MessageOptions {
    return this.#options.messages;
  }

  get responses(): ResponseChecks {
    return this.#options.responses;
  }

  get attachmentBytesMax(): number {
    return this.#options.attachmentBytesMax;
  }

  async request<T>(spec: RequestSpec<T>): Promise<T> {
    const call = spec.call ?? {};
    const retry = call.retry === undefined ? this.#defaultRetry : retryPolicy(call.retry);
    const headers: Record<string, string> = { ...this.#headers };
    if (spec.headers) for (const name in spec.headers) if (spec.headers[name] !== undefined) headers[name] = spec.headers[name];
    // One key per logical call, reused by every retry ky makes of it.
    const idempotencyKey = spec.method === 'post' ? (call.idempotencyKey ?? newIdempotencyKey()) : undefined;
    if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
    let searchParams: Record<string, string> | undefined;
    if (spec.query) {
      searchParams = {};
      for (const name in spec.query) if (spec.query[name] !== undefined) searchParams[name] = String(spec.query[name]);
    }

    // The total timeout covers every attempt and every wait between them (ky's own `timeout`
    // is per attempt). It is a deadline rather than an abort signal, which would cost every
    // call a composite signal: no wait between attempts runs past it, no attempt starts
    // after it, and the call rejects when it passes. The caller's signal goes to ky as is.
    const total = call.totalTimeout ?? spec.defaults?.totalTimeout ?? this.#options.totalTimeout ?? 60_000;
    const deadline = Date.now() + total;
    const left = () => deadline - Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new LaporTimeoutError()), total);
    });

    const options: Options = {
      method: spec.method,
      headers,
      ...(searchParams ? { searchParams } : {}),
      ...(call.signal ? { signal: call.signal } : {}),
      timeout: call.timeout ?? spec.defaults?.timeout ?? this.#options.timeout ?? 15_000,
      retry: {
        limit: retry.limit,
        methods: RETRY_METHODS,
        statusCodes: RETRY_STATUS_CODES,
        afterStatusCodes: RETRY_AFTER_STATUS_CODES,
        maxRetryAfter: retry.maxRetryAfter,
        backoffLimit: retry.maxDelay,
        delay: (attempt) => retry.baseDelay * 2 ** (attempt - 1),
        // Full jitter, cut short at the deadline.
        jitter: (delay) => Math.max(0, Math.min(Math.random() * delay, left())),
        retryOnTimeout: true,
        // A 409 is worth retrying only while the same request is in flight (it says when, with
        // Retry-After); a 409 for a status that does not allow the action will not change.
        // Nor is anything retried once the deadline has passed, or when the wait the server
        // asks for would pass it: the caller hears of it now rather than then.
        shouldRetry: ({ error }) => {
          if (left() <= 0) return false;
          if (!isHTTPError(error)) return undefined;
          const after = retryAfterSeconds(error.response.headers);
          if (error.response.status === 409 && after === undefined) return false;
          return after !== undefined && after * 1000 >= left() ? false : undefined;
        },
      },
      hooks: { beforeRetry: [() => (left() <= 0 ? ky.stop : undefined)] },
      ...(spec.defaults?.fetch ? { fetch: spec.defaults.fetch } : {}),
      ...(spec.onUploadProgress ? { onUploadProgress: (progress: { transferredBytes: number }) => spec.onUploadProgress!(progress.transferredBytes) } : {}),
      ...(spec.json !== undefined ? { json: spec.json } : {}),
      ...(spec.body !== undefined ? { body: spec.body } : {}),
    };

    let response: Response;
    try {
      // ky answers nothing when the deadline stopped it before another attempt.
      const answer: Response | undefined = await Promise.race([this.#ky(spec.path.replace(/^\//, ''), options), expired]);
      if (!answer) throw new LaporTimeoutError();
      response = answer;
    } catch (error) {
      // Past the deadline the call has timed out, whichever landed first: the timer, or the
      // failure of an attempt that started just before it (a refused connection fails at once).
      const late = left() <= 0 && !isHTTPError(error) && !call.signal?.aborted;
      const translated = late ? new LaporTimeoutError() : await this.#translate(error, call.signal);
      // A POST that failed after its retries may still have been stored (an answer lost after
      // the commit): its error carries the key, with which a later retry is safe.
      if (idempotencyKey && translated instanceof LaporError) throw withIdempotencyKey(translated, idempotencyKey, outcomeUnknown(translated));
      throw translated;
    } finally {
      clearTimeout(timer);
    }
    const requestId = response.headers.get('request-id') ?? undefined;
    if (spec.response === null || response.status === 204) {
      await response.body?.cancel();
      return undefined as T;
    }
    let data: unknown;
    try {
      data = await response.json();
    } catch {
      throw new LaporInvalidResponseError(['body: not JSON'], requestId);
    }
    const parsed = spec.response.safeParse(data);
    if (!parsed.success) {
      throw new LaporInvalidResponseError(
        parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.code}`),
        requestId,
      );
    }
    return parsed.data;
  }

  async #translate(error: unknown, signal: AbortSignal | undefined): Promise<unknown> {
    if (signal?.aborted) return signal.reason ?? error;
    if (isHTTPError(error)) {
      const status = error.response.status;
      const requestId = error.response.headers.get('request-id') ?? undefined;
      const parsed = this.#options.responses.problem.safeParse(await error.response.json().catch(() => undefined));
      const problem: Problem | undefined = parsed.success ? parsed.data : undefined;
      if (status === 422 && problem?.code === 'validation_failed') {
        const issues = (problem.errors ?? []).map((issue) => ({ ...issue, code: issue.code as never }));
        return new LaporValidationError(issues, { status, problem, requestId });
      }
      if (status === 429) return new LaporRateLimitError(problem, requestId, retryAfterSeconds(error.response.headers));
      if (problem?.code === 'idempotency_key_reused' || problem?.code === 'idempotency_in_flight') {
        return new LaporIdempotencyError(status, problem, requestId);
      }
      return new LaporHttpError(status, problem, requestId);
    }
    if (isTimeoutError(error)) return new LaporTimeoutError();
    if (error instanceof LaporError) return error;
    if (error instanceof TypeError) return new LaporNetworkError(error);
    return error;
  }
}

/** Whether LAPOR! may have stored a POST that ended in `error`: no answer, or a 5xx, 408 or 409 in flight. */
function outcomeUnknown(error: LaporError): boolean {
  if (error instanceof LaporNetworkError || error instanceof LaporTimeoutError) return true;
  return error instanceof LaporHttpError && (error.status >= 500 || error.status === 408 || error.code === 'idempotency_in_flight');
}

/**
 * Client-side validation with the contract (the rules of `validate` from
 * `@lapor/client/contract`); rejects before any request is made. The wording of the problems
 * (the messages of each language, the contract's validation module) is loaded the first time
 * an input is invalid: valid input, and pages that only read, never download it (2 KB gzip
 * of the browser entry). If it cannot be loaded (the page went offline), the call fails as a
 * network error would, and a later call words the problems.
 */
export async function validateInput<S extends z.ZodMiniType>(schema: S, input: unknown, messages: MessageOptions): Promise<z.output<S>> {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  const wording = await import('../contract/validation.ts').catch((error: unknown) => {
    throw new LaporNetworkError(error);
  });
  throw new LaporValidationError(wording.toFieldIssues(result.error.issues, messages));
}
