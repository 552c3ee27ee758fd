// The reporter's rating after closing, over HTTP: once, only when closed, with the
// reporter token; the `rated` event and webhook carry the numeric rating; the comment
// follows the visibility table (the public sees the rating, not the comment).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LIMITS, webhookEvent } from '@lapor/client/contract';
import { useSandbox } from './helpers.ts';

const api = useSandbox();
const sk = 'sk_test_sandbox';
const COMMENT = 'Jalan sudah ditambal, tetapi butuh tiga minggu.';

const received: string[] = [];
let receiver: Server;
before(async () => {
  receiver = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push(body);
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
});
after(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

const rate = (trackingId: string, token: string | undefined, body: unknown, language?: string) =>
  api.request('POST', `/v1/complaints/${trackingId}/rating`, {
    body,
    headers: { ...(token ? { 'reporter-token': token } : {}), ...(language ? { 'accept-language': language } : {}) },
  });

/** A report forwarded to Kota Mataram and followed up; closed when asked. */
async function followedUp(): Promise<{ trackingId: string; reporterToken: string }> {
  const { body } = await api.submit();
  assert.equal((await api.admin(`/complaints/${body.trackingId}/forward`, { institutionId: 'pemkot-mataram' })).status, 201);
  const followUp = await api.request('POST', `/v1/agency/complaints/${body.trackingId}/follow-ups`, { key: sk, body: { body: 'Jalan sudah ditambal hari ini.' } });
  assert.equal(followUp.status, 201);
  return body;
}

describe('rating after closing', () => {
  it('is refused before the report is closed, in words a citizen reads (id and en)', async () => {
    const { trackingId, reporterToken } = await followedUp();
    const id = await rate(trackingId, reporterToken, { rating: 5 });
    assert.equal(id.status, 409);
    assert.equal(id.body.code, 'invalid_transition');
    assert.equal(id.body.detail, `Laporan #${trackingId} sudah ditindaklanjuti instansi; penilaian baru dapat diberikan setelah laporan selesai.`);
    const en = await rate(trackingId, reporterToken, { rating: 5 }, 'en');
    assert.equal(en.body.detail, `Report #${trackingId} has been followed up by the institution; it can be rated only once it is closed.`);
    assert.doesNotMatch(id.body.detail + en.body.detail, /followed_up/);
  });

  it('is taken once after closing: the rated event, the reporter and agency views, the webhook', async () => {
    const hook = await api.request('POST', '/v1/agency/webhooks', {
      key: sk,
      body: { url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/lapor`, events: ['complaint.rated'] },
    });
    assert.equal(hook.status, 201);
    const { trackingId, reporterToken } = await followedUp();
    assert.equal((await api.admin(`/complaints/${trackingId}/close`)).status, 201);

    const rated = await rate(trackingId, reporterToken, { rating: 4, comment: `  ${COMMENT}  ` });
    assert.equal(rated.status, 201, JSON.stringify(rated.body));
    assert.deepEqual([rated.body.type, rated.body.status, rated.body.rating, rated.body.comment], ['rated', 'closed', 4, COMMENT]);

    const reporter = await api.request('GET', `/v1/complaints/${trackingId}`, { headers: { 'reporter-token': reporterToken } });
    assert.deepEqual([reporter.body.rating.rating, reporter.body.rating.comment, reporter.body.rating.at], [4, COMMENT, rated.body.at]);
    const agency = await api.request('GET', `/v1/agency/complaints/${trackingId}`, { key: sk });
    assert.deepEqual([agency.body.rating.rating, agency.body.rating.comment], [4, COMMENT]);
    const agencyTimeline = await api.request('GET', `/v1/agency/complaints/${trackingId}/events`, { key: sk });
    assert.equal(agencyTimeline.body.data.at(-1).comment, COMMENT);

    // The public sees that and how the report was rated, not what the reporter wrote.
    const publicTimeline = await api.request('GET', `/v1/complaints/${trackingId}/events`);
    const publicRated = publicTimeline.body.data.at(-1);
    assert.deepEqual([publicRated.type, publicRated.rating, publicRated.comment], ['rated', 4, null]);
    const publicView = await api.request('GET', `/v1/complaints/${trackingId}`);
    assert.ok(!JSON.stringify(publicView.body).includes(COMMENT));

    const until = Date.now() + 15_000;
    while (!received.some((body) => body.includes(trackingId)) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
    const delivery = webhookEvent.parse(JSON.parse(received.find((body) => body.includes(trackingId))!));
    assert.equal(delivery.type, 'complaint.rated');
    assert.deepEqual([delivery.data.event.rating, delivery.data.event.comment], [4, COMMENT]);

    const again = await rate(trackingId, reporterToken, { rating: 1 });
    assert.equal(again.status, 409);
    assert.equal(again.body.code, 'already_rated');
    assert.equal(again.body.title, 'Laporan ini sudah dinilai');
    assert.equal(again.body.detail, `Laporan #${trackingId} sudah Anda nilai; penilaian hanya dapat diberikan sekali.`);
    const againEn = await rate(trackingId, reporterToken, { rating: 1 }, 'en');
    assert.equal(againEn.body.detail, `You have already rated report #${trackingId}; a report can be rated only once.`);
    const after = await api.request('GET', `/v1/complaints/${trackingId}`, { headers: { 'reporter-token': reporterToken } });
    assert.equal(after.body.rating.rating, 4, 'the first rating stays');
    const events = await api.request('GET', `/v1/complaints/${trackingId}/events`, { headers: { 'reporter-token': reporterToken } });
    assert.equal(events.body.data.filter((e: { type: string }) => e.type === 'rated').length, 1);
  });

  it('is rated without a comment too, and unrated reports show rating null', async () => {
    const { trackingId, reporterToken } = await followedUp();
    assert.equal((await api.admin(`/complaints/${trackingId}/close`)).status, 201);
    const before = await api.request('GET', `/v1/complaints/${trackingId}`, { headers: { 'reporter-token': reporterToken } });
    assert.equal(before.body.rating, null);
    const rated = await rate(trackingId, reporterToken, { rating: 1 });
    assert.equal(rated.status, 201);
    assert.equal(rated.body.comment, null);
  });

  it('needs the reporter token: none is a 401, one that does not fit a 404', async () => {
    const { trackingId } = await followedUp();
    assert.equal((await api.admin(`/complaints/${trackingId}/close`)).status, 201);
    assert.equal((await rate(trackingId, undefined, { rating: 3 })).body.code, 'invalid_reporter_token');
    assert.equal((await rate(trackingId, 'bukan-token-ini', { rating: 3 })).status, 404);
  });

  it('takes whole numbers from 1 to 5 and a comment within the limit', async () => {
    const { trackingId, reporterToken } = await followedUp();
    assert.equal((await api.admin(`/complaints/${trackingId}/close`)).status, 201);
    const cases: Array<[unknown, string, string]> = [
      [{ rating: 0 }, 'rating', 'too_small'],
      [{ rating: LIMITS.ratingMax + 1 }, 'rating', 'too_big'],
      [{ rating: 3.5 }, 'rating', 'invalid_type'],
      [{ rating: '5' }, 'rating', 'invalid_type'],
      [{}, 'rating', 'required'],
      [{ rating: 3, comment: 'x'.repeat(LIMITS.ratingCommentMax + 1) }, 'comment', 'too_long'],
      [{ rating: 3, stars: 3 }, 'stars', 'unknown_field'],
    ];
    for (const [body, path, code] of cases) {
      const answer = await rate(trackingId, reporterToken, body);
      assert.equal(answer.status, 422, JSON.stringify(body));
      assert.deepEqual(answer.body.errors.map((e: { path: string; code: string }) => [e.path, e.code]), [[path, code]], JSON.stringify(body));
    }
    // None of them counted: the report can still be rated.
    assert.equal((await rate(trackingId, reporterToken, { rating: LIMITS.ratingMax })).status, 201);
  });
});
