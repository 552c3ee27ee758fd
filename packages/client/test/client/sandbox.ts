// A real sandbox on a free port for the client's tests, and the inputs they submit.
import { after, before } from 'node:test';
import { startSandbox, type Sandbox, type SandboxOptions } from '@lapor/sandbox';
import type { ComplaintInput } from '@lapor/client/contract';
import { sampleReport } from '../../../../scripts/lib/sample-report.ts';

export const report = (): ComplaintInput => structuredClone(sampleReport) as ComplaintInput;

/** A sandbox for the test file; `current()` returns it once started. */
export function useSandbox(options: SandboxOptions = {}): { current(): Sandbox; admin(path: string, body?: unknown): Promise<any> } {
  let sandbox: Sandbox | undefined;
  before(async () => {
    sandbox = await startSandbox({ port: 0, db: ':memory:', clock: 'manual', rateLimit: 'off', ...options });
  });
  after(() => sandbox?.close());
  return {
    current: () => sandbox!,
    async admin(path, body) {
      const response = await fetch(`${sandbox!.url}/_sandbox${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return response.json();
    },
  };
}

/**
 * A fetch that loses the first answer after the server committed it, as a dropped connection
 * would, and records the Idempotency-Key of every attempt.
 */
export function losingFirstAnswer(): { fetch: typeof fetch; keys: string[] } {
  const keys: string[] = [];
  let dropNext = true;
  return {
    keys,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      keys.push(request.headers.get('idempotency-key') ?? '');
      const response = await fetch(request);
      if (dropNext) {
        dropNext = false;
        throw new TypeError('fetch failed');
      }
      return response;
    },
  };
}
