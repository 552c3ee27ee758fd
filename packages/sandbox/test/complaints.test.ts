import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { agencyComplaint, complaintCreated, complaintView, problem } from '@lapor/client/contract';
import { complaint, useSandbox } from './helpers.ts';

const api = useSandbox();

describe('POST /v1/complaints', () => {
  it('answers 201 with a tracking ID, a reporter token and due dates', async () => {
    const { status, body, headers } = await api.submit();
    assert.equal(status, 201);
    const created = complaintCreated.parse(body);
    assert.match(created.trackingId, /^\d{7}$/);
    assert.equal(created.status, 'submitted');
    assert.match(created.createdAt, /\+07:00$/);
    assert.ok(created.reporterToken.length >= 32);
    assert.match(created.dueDates.verification!, /^\d{4}-\d{2}-\d{2}$/);
    assert.match(headers.get('request-id')!, /^req_/);
  });

  it('rejects invalid input with every field problem, in Indonesian by default', async () => {
    const { status, body } = await api.submit({ title: 'Ab', incidentDate: undefined, reporter: { name: 'S' } as never });
    assert.equal(status, 422);
    const parsed = problem.parse(body);
    assert.equal(parsed.code, 'validation_failed');
    assert.match(parsed.requestId, /^req_/);
    const byPath = Object.fromEntries(parsed.errors!.map((e) => [e.path, e]));
    assert.equal(byPath.title?.code, 'too_short');
    assert.equal(byPath.title?.message, 'Judul laporan minimal 5 karakter.');
    assert.equal(byPath.incidentDate?.code, 'required');
    assert.equal(byPath['reporter.name']?.code, 'too_short');
    assert.equal(byPath['reporter.email']?.code, 'contact_required');
  });

  it('words problems in English for Accept-Language: en', async () => {
    const { body } = await api.request('POST', '/v1/complaints', {
      body: { ...complaint(), title: 'Ab' },
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
    });
    assert.equal(body.title, 'The request has invalid fields');
    assert.equal(body.errors[0].message, 'Title must be at least 5 characters.');
  });

  it('checks references: institution, category and region must exist', async () => {
    const { status, body } = await api.submit({ institutionId: 'tidak-ada', categoryId: 'kesehatan' });
    assert.equal(status, 422);
    assert.deepEqual(body.errors.map((e: any) => [e.path, e.code]), [['institutionId', 'invalid_id']]);
    const region = await api.submit({ location: { regionCode: '99.99' } });
    assert.deepEqual(region.body.errors.map((e: any) => [e.path, e.code]), [['location.regionCode', 'invalid_region_code']]);
  });

  it('needs JSON: other content types are 415, broken JSON 400', async () => {
    const text = await api.request('POST', '/v1/complaints', { raw: 'title=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    assert.equal(text.status, 415);
    assert.equal(text.body.code, 'unsupported_media_type');
    const broken = await api.request('POST', '/v1/complaints', { raw: '{"title": ', headers: { 'content-type': 'application/json' } });
    assert.equal(broken.status, 400);
    assert.equal(broken.body.code, 'invalid_json');
  });
});

describe('idempotency', () => {
  it('answers a retry with the stored response and stores one complaint', async () => {
    const before = (await api.request('GET', '/_sandbox/stats', { key: null })).body.complaints;
    const first = await api.request('POST', '/v1/complaints', { body: complaint(), idempotencyKey: 'retry-1' });
    const second = await api.request('POST', '/v1/complaints', { body: complaint(), idempotencyKey: 'retry-1' });
    assert.equal(first.status, 201);
    assert.equal(second.status, 201);
    assert.deepEqual(second.body, first.body);
    assert.equal(second.headers.get('idempotent-replayed'), 'true');
    const after = (await api.request('GET', '/_sandbox/stats', { key: null })).body.complaints;
    assert.equal(after - before, 1);
  });

  it('refuses the same key with another body (422) and a POST without a key (400)', async () => {
    await api.request('POST', '/v1/complaints', { body: complaint(), idempotencyKey: 'retry-2' });
    const other = await api.request('POST', '/v1/complaints', { body: { ...complaint(), title: 'Judul yang lain sama sekali' }, idempotencyKey: 'retry-2' });
    assert.equal(other.status, 422);
    assert.equal(other.body.code, 'idempotency_key_reused');
    const none = await api.request('POST', '/v1/complaints', { body: complaint(), idempotencyKey: null });
    assert.equal(none.status, 400);
    assert.equal(none.body.code, 'idempotency_key_required');
  });

  it('scopes keys to the API key', async () => {
    const { body: key } = await api.request('POST', '/_sandbox/keys', { key: null, idempotencyKey: null, body: { kind: 'publishable' } });
    const a = await api.request('POST', '/v1/complaints', { body: complaint(), idempotencyKey: 'shared' });
    const b = await api.request('POST', '/v1/complaints', { key: key.key, body: complaint(), idempotencyKey: 'shared' });
    assert.equal(b.status, 201);
    assert.notEqual(a.body.trackingId, b.body.trackingId);
  });
});

describe('reading a complaint', () => {
  it('is not public before LAPOR! forwards it, but the reporter sees it with the token', async () => {
    const { body: created } = await api.submit();
    const anonymous = await api.request('GET', `/v1/complaints/${created.trackingId}`);
    assert.equal(anonymous.status, 404);
    const own = await api.request('GET', `/v1/complaints/${created.trackingId}`, { headers: { 'reporter-token': created.reporterToken } });
    assert.equal(own.status, 200);
    const view = complaintView.parse(own.body);
    assert.equal(view.view, 'reporter');
    if (view.view === 'reporter') assert.equal(view.reporter.email, 'siti@example.id');
  });

  it('is public after forwarding, without any reporter identity', async () => {
    const { body: created } = await api.submit();
    await api.admin(`/complaints/${created.trackingId}/forward`, { institutionId: 'pemkot-mataram' });
    const { status, body } = await api.request('GET', `/v1/complaints/${created.trackingId}`);
    assert.equal(status, 200);
    const view = complaintView.parse(body);
    assert.equal(view.view, 'public');
    assert.equal(view.institution?.name, 'Pemerintah Kota Mataram');
    assert.equal(view.location?.regionName, 'Kota Mataram');
    const text = JSON.stringify(body);
    for (const secret of ['Siti Aminah', 'siti@example.id', '081234567890', created.reporterToken]) assert.ok(!text.includes(secret), secret);
  });

  it('never shows a confidential complaint publicly', async () => {
    const { body: created } = await api.submit({ confidential: true });
    assert.equal(created.publicUrl, null);
    await api.admin(`/complaints/${created.trackingId}/forward`, { institutionId: 'pemkot-mataram' });
    assert.equal((await api.request('GET', `/v1/complaints/${created.trackingId}`)).status, 404);
    assert.equal((await api.request('GET', `/v1/complaints/${created.trackingId}/events`)).status, 404);
    const own = await api.request('GET', `/v1/complaints/${created.trackingId}`, { headers: { 'reporter-token': created.reporterToken } });
    assert.equal(own.body.confidential, true);
  });

  it('answers a wrong reporter token as not found and validates the tracking ID', async () => {
    const { body: created } = await api.submit();
    const wrong = await api.request('GET', `/v1/complaints/${created.trackingId}`, { headers: { 'reporter-token': 'nope' } });
    assert.equal(wrong.status, 404);
    assert.equal(wrong.body.code, 'not_found');
    const bad = await api.request('GET', '/v1/complaints/12ab');
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.body.errors.map((e: any) => e.code), ['invalid_tracking_id']);
    assert.equal((await api.request('GET', '/v1/complaints/99999999')).status, 404);
  });
});

describe('agency routes', () => {
  const sk = 'sk_test_sandbox';

  it('submit on behalf of a citizen with a sourceRef, unique per institution', async () => {
    const first = await api.request('POST', '/v1/agency/complaints', { key: sk, body: { ...complaint(), sourceRef: 'SIPP-0001' } });
    assert.equal(first.status, 201);
    const again = await api.request('POST', '/v1/agency/complaints', { key: sk, body: { ...complaint(), sourceRef: 'SIPP-0001' } });
    assert.equal(again.status, 422);
    assert.deepEqual(again.body.errors.map((e: any) => [e.path, e.code]), [['sourceRef', 'duplicate']]);
    const view = await api.request('GET', `/v1/agency/complaints/${first.body.trackingId}`, { key: sk });
    const parsed = agencyComplaint.parse(view.body);
    assert.equal(parsed.sourceRef, 'SIPP-0001');
    assert.equal(parsed.channel, 'integration');
  });

  it("hide an anonymous reporter's identity from the agency", async () => {
    const { body: created } = await api.submit({ anonymous: true });
    await api.admin(`/complaints/${created.trackingId}/forward`, { institutionId: 'pemkot-mataram' });
    const view = await api.request('GET', `/v1/agency/complaints/${created.trackingId}`, { key: sk });
    assert.equal(view.body.reporter, null);
    assert.equal(view.body.anonymous, true);
  });

  it("do not show another institution's complaints", async () => {
    const { body: created } = await api.submit();
    await api.admin(`/complaints/${created.trackingId}/forward`, { institutionId: 'pemkot-mataram' });
    const { body: key } = await api.request('POST', '/_sandbox/keys', { key: null, idempotencyKey: null, body: { kind: 'secret', institutionId: 'kemenkes' } });
    const other = await api.request('GET', `/v1/agency/complaints/${created.trackingId}`, { key: key.key });
    assert.equal(other.status, 404);
    const list = await api.request('GET', '/v1/agency/complaints', { key: key.key });
    assert.deepEqual(list.body.data, []);
  });

  it('list complaints of the institution in update order, page by page, since an instant', async () => {
    const since = new Date().toISOString().replace('Z', '+00:00');
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      const body = { ...complaint(), title: `Keluhan nomor ${i} di Mataram`, sourceRef: `LIST-${i}` };
      ids.push((await api.request('POST', '/v1/agency/complaints', { key: sk, body })).body.trackingId);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const { body }: { body: { data: Array<{ trackingId: string }>; nextCursor: string | null } } = await api.request('GET', `/v1/agency/complaints?limit=3&updatedSince=${encodeURIComponent(since)}${cursor ? `&cursor=${cursor}` : ''}`, { key: sk });
      seen.push(...body.data.map((c: any) => c.trackingId));
      cursor = body.nextCursor;
    } while (cursor);
    for (const id of ids) assert.ok(seen.includes(id), id);
    assert.equal(new Set(seen).size, seen.length);
    await api.admin(`/complaints/${ids[0]}/archive`, { reason: 'Laporan terlalu umum' });
    const archived = await api.request('GET', '/v1/agency/complaints?status=archived', { key: sk });
    assert.deepEqual(archived.body.data.map((c: any) => [c.trackingId, c.status]), [[ids[0], 'archived']]);
  });
});
