// Every cell of the contract's visibility table, as a real request by that viewer against
// the sandbox: the tests are generated from the table, so a rule changed in one place and
// not the other fails here.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import {
  FACETS,
  VISIBILITY_TABLE,
  roundCoordinate,
  type Exposure,
  type Facet,
  type VisibilityCell,
} from '@lapor/client/contract';
import { complaint, useSandbox, type Reply } from './helpers.ts';

const api = useSandbox();

// The cast: the site hosting the widget (pk_test_sandbox and sk_test_sandbox are Kota
// Mataram's), the institution LAPOR! disposes to, the one a report is redirected away
// from, and an agency submitting through its own channel.
const HOST = { id: 'pemkot-mataram', sk: 'sk_test_sandbox' };
const DISPOSITION = { id: 'kemenkes', sk: '' };
const REDIRECTED_FROM = { id: 'bpom', sk: '' };
const SUBMITTER = { id: 'pemprov-ntb', sk: '' };

const TITLE = 'Pungutan liar di puskesmas kecamatan';
const BODY = 'Petugas loket meminta uang Rp50.000 di luar tarif resmi sebelum pasien dilayani dokter.';
const ADDRESS = 'Jl. Bung Karno No. 12';
const LAT = -8.583456;
const LNG = 116.116789;
const NAME = 'Wayan Sudarsana';
const EMAIL = 'wayan.sudarsana@example.id';
const PHONE = '081298765432';
const COMMENT = 'Petugas ramah, tetapi penanganannya terlalu lama.';
// Where the reporter lives, to the district (Ampenan, Kota Mataram); its city is the approximation.
const ORIGIN = '52.71.01';
const ORIGIN_CITY = '52.71';
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');

async function secretKey(institutionId: string): Promise<string> {
  const { body } = await api.request('POST', '/_sandbox/keys', { key: null, idempotencyKey: null, body: { kind: 'secret', institutionId } });
  return body.key;
}


interface Report {
  trackingId: string;
  reporterToken: string;
}

/** A report in the cell's situation: sent the way the viewer's role needs, taken to the cell's stage. */
async function reportFor(cell: VisibilityCell): Promise<Report> {
  const viaAgency = cell.viewer === 'agency_submitter';
  const key = viaAgency ? SUBMITTER.sk : 'pk_test_sandbox';
  const upload = await api.request('POST', '/v1/attachments', {
    key,
    raw: new Uint8Array(PNG),
    headers: { 'content-type': 'image/png', 'content-disposition': `attachment; filename="bukti-${randomUUID()}.png"` },
  });
  assert.equal(upload.status, 201);
  const input = {
    ...complaint(),
    title: TITLE,
    body: BODY,
    location: { regionCode: '52.71', address: ADDRESS, lat: LAT, lng: LNG },
    reporterOrigin: { regionCode: ORIGIN },
    reporter: { name: NAME, email: EMAIL, phone: PHONE },
    institutionId: DISPOSITION.id,
    attachmentIds: [upload.body.id],
    anonymous: cell.anonymous,
    confidential: cell.confidential,
    ...(viaAgency ? { sourceRef: `SIPP-${randomUUID()}` } : {}),
  };
  const created = await api.request('POST', viaAgency ? '/v1/agency/complaints' : '/v1/complaints', { key, body: input });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const { trackingId, reporterToken } = created.body;
  if (cell.stage === 'disposed') {
    if (cell.viewer === 'redirected_from') {
      assert.equal((await api.admin(`/complaints/${trackingId}/forward`, { institutionId: REDIRECTED_FROM.id })).status, 201);
      assert.equal((await api.admin(`/complaints/${trackingId}/redirect`, { institutionId: DISPOSITION.id })).status, 201);
    } else {
      assert.equal((await api.admin(`/complaints/${trackingId}/forward`, { institutionId: DISPOSITION.id })).status, 201);
    }
    const followUp = await api.request('POST', `/v1/agency/complaints/${trackingId}/follow-ups`, {
      key: DISPOSITION.sk,
      body: { body: 'Petugas loket sudah dipanggil dan diperiksa inspektorat.' },
    });
    assert.equal(followUp.status, 201);
    // Closed and rated, so that the rating comment can be seen or not.
    assert.equal((await api.admin(`/complaints/${trackingId}/close`)).status, 201);
    const rated = await api.request('POST', `/v1/complaints/${trackingId}/rating`, {
      body: { rating: 2, comment: COMMENT },
      headers: { 'reporter-token': reporterToken },
    });
    assert.equal(rated.status, 201, JSON.stringify(rated.body));
  }
  return { trackingId, reporterToken };
}

/** What an answer shows of each facet: read from the answer itself, not from its `view` label. */
function observe(view: Reply, timeline: Reply): Record<Facet, Exposure> {
  if (view.status === 404) {
    assert.equal(timeline.status, 404, 'no timeline for a report that is not there');
    return Object.fromEntries(FACETS.map((facet) => [facet, 'hidden'])) as Record<Facet, Exposure>;
  }
  assert.equal(view.status, 200, JSON.stringify(view.body));
  const body = view.body;
  const text = JSON.stringify(body);
  const lat = body.location?.lat;
  const origin = body.reporterOrigin?.regionCode;
  return {
    title: body.title === TITLE ? 'shown' : 'hidden',
    body: body.body === BODY ? 'shown' : 'hidden',
    locationRegion: body.location?.regionCode === '52.71' ? 'shown' : 'hidden',
    locationAddress: body.location?.address === ADDRESS ? 'shown' : 'hidden',
    locationCoordinates: lat === LAT ? 'shown' : lat === roundCoordinate(LAT) && body.location?.lng === roundCoordinate(LNG) ? 'approximate' : 'hidden',
    attachments: body.attachments?.length === 1 ? 'shown' : 'hidden',
    reporterName: text.includes(NAME) ? 'shown' : 'hidden',
    reporterContact: text.includes(EMAIL) || text.includes(PHONE) ? 'shown' : 'hidden',
    // Anywhere in the answer, the district counts as shown.
    reporterOrigin: text.includes(`"${ORIGIN}"`) ? 'shown' : origin === ORIGIN_CITY ? 'approximate' : 'hidden',
    timeline: timeline.status === 200 && timeline.body.data.some((e: { type: string }) => e.type === 'submitted') ? 'shown' : 'hidden',
    ratingComment: text.includes(COMMENT) || JSON.stringify(timeline.body).includes(COMMENT) ? 'shown' : 'hidden',
  };
}

async function publicRoutes(trackingId: string, key: string, headers: Record<string, string> = {}) {
  const view = await api.request('GET', `/v1/complaints/${trackingId}`, { key, headers });
  const timeline = await api.request('GET', `/v1/complaints/${trackingId}/events`, { key, headers });
  return { view, timeline };
}

async function agencyRoutes(trackingId: string, key: string) {
  const view = await api.request('GET', `/v1/agency/complaints/${trackingId}`, { key });
  const timeline = await api.request('GET', `/v1/agency/complaints/${trackingId}/events`, { key });
  return { view, timeline };
}

async function listed(trackingId: string, key: string): Promise<boolean> {
  let cursor: string | null = null;
  do {
    const page: Reply = await api.request('GET', `/v1/agency/complaints?limit=100${cursor ? `&cursor=${cursor}` : ''}`, { key });
    if (page.body.data.some((c: { trackingId: string }) => c.trackingId === trackingId)) return true;
    cursor = page.body.nextCursor;
  } while (cursor);
  return false;
}

/** Makes the viewer's requests and checks them against the cell. */
async function check(cell: VisibilityCell, report: Report): Promise<void> {
  const { trackingId } = report;
  // Only a closed report can be rated: before verification there is no comment to see.
  const facets = cell.stage === 'unverified' ? { ...cell.facets, ratingComment: 'hidden' as const } : cell.facets;
  const expect = (answer: { view: Reply; timeline: Reply }, label: string) =>
    assert.deepEqual(observe(answer.view, answer.timeline), facets, label);
  const institutional = (institution: { sk: string }) => async (agencyShare: boolean) => {
    // Its agency share under /v1/agency (or a 404 there), and the public's on the public routes.
    const agency = await agencyRoutes(trackingId, institution.sk);
    if (agencyShare) {
      expect(agency, 'agency routes');
      assert.equal(agency.view.body.view, 'agency');
      assert.equal(await listed(trackingId, institution.sk), cell.visible, 'in the agency list');
    } else {
      assert.equal(agency.view.status, 404, 'no agency view');
      assert.equal(agency.timeline.status, 404, 'no agency timeline');
      assert.equal(await listed(trackingId, institution.sk), false, 'not in the agency list');
      expect(await publicRoutes(trackingId, institution.sk), 'public routes with its secret key');
    }
  };
  switch (cell.viewer) {
    case 'public':
      // Whatever key calls the public routes, they answer with the public projection.
      for (const key of ['pk_test_sandbox', HOST.sk, DISPOSITION.sk]) expect(await publicRoutes(trackingId, key), `public routes with ${key}`);
      return;
    case 'reporter': {
      const answer = await publicRoutes(trackingId, 'pk_test_sandbox', { 'reporter-token': report.reporterToken });
      expect(answer, 'reporter');
      assert.equal(answer.view.body.view, 'reporter');
      return;
    }
    case 'host_agency':
      return institutional(HOST)(false);
    case 'redirected_from':
      return institutional(REDIRECTED_FROM)(false);
    case 'disposition':
      // Before verification the institution the citizen suggested has nothing.
      return institutional(DISPOSITION)(cell.visible);
    case 'agency_submitter':
      return institutional(SUBMITTER)(true);
    case 'admin': {
      const view = await api.request('GET', `/_sandbox/complaints/${trackingId}`, { key: null });
      const timeline = await api.request('GET', `/_sandbox/complaints/${trackingId}/events`, { key: null });
      expect({ view, timeline }, 'admin');
      return;
    }
  }
}

const label = (cell: VisibilityCell) =>
  `${cell.viewer}, ${cell.stage}, ${cell.anonymous ? 'anonymous' : 'named'}, ${cell.confidential ? 'confidential' : 'public'}`;

describe('the visibility table, cell by cell over HTTP', () => {
  before(async () => {
    DISPOSITION.sk = await secretKey(DISPOSITION.id);
    REDIRECTED_FROM.sk = await secretKey(REDIRECTED_FROM.id);
    SUBMITTER.sk = await secretKey(SUBMITTER.id);
  });

  it('has every viewer × stage × flags combination once', () => {
    assert.equal(VISIBILITY_TABLE.length, 7 * 2 * 2 * 2);
    assert.equal(new Set(VISIBILITY_TABLE.map(label)).size, VISIBILITY_TABLE.length);
  });

  for (const cell of VISIBILITY_TABLE) {
    it(label(cell), async () => check(cell, await reportFor(cell)));
  }
});
