import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { parseFaults } from '@lapor/sandbox';
import { complaint, useSandbox } from './helpers.ts';

const api = useSandbox();

const stats = async () => (await api.request('GET', '/_sandbox/stats', { key: null })).body;
const setFaults = (spec: string, seed = 1) => api.admin('/faults', { spec, seed });

function post(idempotencyKey: string) {
  return fetch(`${api.sandbox.url}/v1/complaints`, {
    method: 'POST',
    headers: { authorization: 'Bearer pk_test_sandbox', 'content-type': 'application/json', 'idempotency-key': idempotencyKey },
    body: JSON.stringify(complaint()),
  });
}

describe('fault injection', () => {
  it('parses the fault spec and refuses a wrong one', () => {
    assert.deepEqual(parseFaults('drop-after-commit=0.2,fail-before-commit=0.1,delay=0.05:3000'), {
      failBeforeCommit: 0.1,
      dropAfterCommit: 0.2,
      delay: { probability: 0.05, ms: 3000 },
    });
    assert.throws(() => parseFaults('explode=1'), /unknown fault/);
    assert.throws(() => parseFaults('delay=2:10'), /between 0 and 1/);
  });

  it('fail-before-commit answers 503 with Retry-After: 0 and stores nothing', async () => {
    await setFaults('fail-before-commit=1');
    const before = (await stats()).complaints;
    const response = await post(randomUUID());
    assert.equal(response.status, 503);
    assert.equal(response.headers.get('retry-after'), '0');
    assert.equal((await response.json()).code, 'service_unavailable');
    assert.equal((await stats()).complaints, before);
    await setFaults('');
  });

  it('drop-after-commit stores, drops the answer, and the retry gets the stored answer', async () => {
    await setFaults('drop-after-commit=1');
    const before = (await stats()).complaints;
    const key = randomUUID();
    await assert.rejects(post(key), /fetch failed/);
    assert.equal((await stats()).complaints, before + 1, 'committed before the drop');
    await setFaults('');
    const retry = await post(key);
    assert.equal(retry.status, 201);
    assert.equal(retry.headers.get('idempotent-replayed'), 'true');
    assert.equal((await stats()).complaints, before + 1, 'no duplicate');
  });

  it('delay holds the answer', async () => {
    await setFaults('delay=1:300');
    const started = Date.now();
    const response = await post(randomUUID());
    assert.equal(response.status, 201);
    assert.ok(Date.now() - started >= 290);
    await setFaults('');
  });

  it('the same seed gives the same faults', async () => {
    const run = async () => {
      await setFaults('fail-before-commit=0.5', 42);
      const statuses = [];
      for (let i = 0; i < 12; i++) statuses.push((await api.request('GET', '/v1/categories')).status);
      return statuses;
    };
    const first = await run();
    assert.ok(first.includes(503) && first.includes(200));
    assert.deepEqual(await run(), first);
    await setFaults('');
  });

  it('refuses a malformed spec at run time with 422', async () => {
    const bad = await setFaults('drop-after-commit=lots');
    assert.equal(bad.status, 422);
    assert.equal(bad.body.errors[0].path, 'spec');
  });
});
