// With faults on, N concurrent submissions each end in a tracking ID, and the sandbox
// holds exactly N distinct complaints: nothing lost, nothing duplicated.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createClient } from '@lapor/client';
import { report, useSandbox } from './sandbox.ts';

const N = Number(process.env.LAPOR_NO_LOSS_N ?? 300);
const TIMEOUT = 1000;
const sandbox = useSandbox({ faults: `drop-after-commit=0.2,fail-before-commit=0.1,delay=0.05:${TIMEOUT + 500}`, faultSeed: 2026 });

describe('no loss, no duplicates', () => {
  it(`${N} concurrent submissions through drops, 503s and delays`, async () => {
    let attempts = 0;
    const lapor = createClient({
      endpoint: sandbox.current().url,
      siteKey: 'pk_test_sandbox',
      timeout: TIMEOUT,
      totalTimeout: 120_000,
      retry: { limit: 12, baseDelay: 100, maxDelay: 2000 },
      fetch: (input, init) => {
        attempts++;
        return fetch(input, init);
      },
    });
    const results = await Promise.allSettled(
      Array.from({ length: N }, (_, i) => lapor.complaints.create({ ...report(), title: `Laporan uji ketahanan nomor ${i}` })),
    );
    const failed = results.filter((r) => r.status === 'rejected');
    assert.deepEqual(failed.map((r) => String((r as PromiseRejectedResult).reason)).slice(0, 3), []);
    const ids = results.map((r) => (r as PromiseFulfilledResult<{ trackingId: string }>).value.trackingId);
    assert.equal(new Set(ids).size, N, 'distinct tracking IDs');
    const stats = await sandbox.admin('/stats');
    assert.equal(stats.complaints, N, 'exactly N stored');
    assert.ok(attempts > N, `faults forced retries (${attempts} attempts for ${N} complaints)`);
  });
});
