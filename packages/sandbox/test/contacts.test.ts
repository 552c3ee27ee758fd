import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { complaint, useSandbox } from './helpers.ts';

const api = useSandbox();
const sk = 'sk_test_sandbox';

async function storedPhone(phone: string) {
  const { status, body } = await api.submit({ reporter: { ...complaint().reporter, phone } });
  assert.equal(status, 201, phone);
  const view = await api.request('GET', `/v1/complaints/${body.trackingId}`, { headers: { 'reporter-token': body.reporterToken } });
  return view.body.reporter.phone as string;
}

describe("the reporter's phone number", () => {
  it('is stored in E.164 however the citizen wrote it', async () => {
    for (const phone of ['081234567890', '0812-3456-7890', '0812.3456.7890', '62 812 3456 7890', '+62 812-3456-7890']) {
      assert.equal(await storedPhone(phone), '+6281234567890', phone);
    }
    assert.equal(await storedPhone('0370 123456'), '+62370123456', 'a landline in Mataram');
  });

  it('in E.164 for the agency too, also when the agency submits on the citizen’s behalf', async () => {
    const { body } = await api.request('POST', '/v1/agency/complaints', {
      key: sk,
      body: { ...complaint(), sourceRef: 'SIPP-PHONE-1', reporter: { name: 'Baiq Nurul', phone: '0819 8765 4321' } },
    });
    const view = await api.request('GET', `/v1/agency/complaints/${body.trackingId}`, { key: sk });
    assert.equal(view.body.reporter.phone, '+6281987654321');
  });

  it('refuses a number of the right shape that no Indonesian numbering plan knows', async () => {
    const { status, body } = await api.submit({ reporter: { ...complaint().reporter, phone: '0812 3456' } });
    assert.equal(status, 422);
    assert.equal(body.errors[0].path, 'reporter.phone');
    assert.equal(body.errors[0].code, 'invalid_phone');
  });
});
