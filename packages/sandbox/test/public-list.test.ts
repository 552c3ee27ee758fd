// The public list, GET /v1/complaints, over HTTP: what anyone on the internet reads of an
// agency's reports. Confidential and unverified reports are created next to public ones,
// and every filter is tried, to show that none of them lets a hidden report, a reporter or
// an exact point through.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { PUBLIC_COORDINATE_DECIMALS } from '@lapor/client/contract';
import { useSandbox, type Reply } from './helpers.ts';

const api = useSandbox();
const INSTITUTION = 'pemkot-bandung';
const sk = 'sk_test_sandbox';

/** Each report has its own reporter, so any trace of one in an answer is found by text. */
const reporters = {
  road: { name: 'Dewi Lestari', email: 'dewi.lestari@example.id', phone: '081311112222' },
  bribe: { name: 'Agus Salim', email: 'agus.salim@example.id', phone: '081322223333' },
  anonymous: { name: 'Rina Wulandari', email: 'rina.w@example.id', phone: '081333334444' },
  waiting: { name: 'Bambang Pamungkas', email: 'bambang.p@example.id', phone: '081344445555' },
  held: { name: 'Citra Kirana', email: 'citra.k@example.id', phone: '081355556666' },
  archived: { name: 'Eko Prasetyo', email: 'eko.p@example.id', phone: '081366667777' },
  flagged: { name: 'Fajar Nugroho', email: 'fajar.n@example.id', phone: '081377778888' },
  aspiration: { name: 'Gita Savitri', email: 'gita.s@example.id', phone: '081388889999' },
};
/** Phones as the sandbox stores them (E.164), which is how they would leak. */
const e164 = (phone: string) => `+62${phone.slice(1)}`;

/** Exact coordinates given by reporters: more decimals than the public may see. */
const EXACT = { lat: -6.917464, lng: 107.609810 };

const ids = {} as Record<keyof typeof reporters, string>;
let district = '';

async function report(name: keyof typeof reporters, input: Record<string, unknown>) {
  const { status, body } = await api.submit({ reporter: reporters[name], ...input });
  assert.equal(status, 201, JSON.stringify(body));
  ids[name] = body.trackingId;
  return body as { trackingId: string; reporterToken: string };
}

const forward = (name: keyof typeof reporters, extra: Record<string, unknown> = {}) =>
  api.admin(`/complaints/${ids[name]}/forward`, { institutionId: INSTITUTION, ...extra });

/** Every item of every page of a query, following nextCursor. */
async function everyPage(query: string, key?: string): Promise<{ items: any[]; pages: Reply[] }> {
  const items: any[] = [];
  const pages: Reply[] = [];
  let cursor: string | null = null;
  do {
    const separator = query ? '&' : '';
    const reply: Reply = await api.request('GET', `/v1/complaints?${query}${separator}limit=2${cursor ? `&cursor=${cursor}` : ''}`, { key });
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    pages.push(reply);
    items.push(...reply.body.data);
    cursor = reply.body.nextCursor;
  } while (cursor);
  return { items, pages };
}

const decimals = (value: number) => (String(value).split('.')[1] ?? '').length;

describe('the public list GET /v1/complaints', () => {
  before(async () => {
    district = (await api.request('GET', '/v1/regions?parentCode=32.73&limit=1')).body.data[0].code;
    const location = { regionCode: district, address: 'Jl. Braga No. 12', ...EXACT };
    // Public, forwarded: in process.
    await report('road', { title: 'Jalan berlubang di Jl. Braga', body: 'Lubang besar di depan toko buku sudah sebulan, motor sering terjatuh.', location, categoryId: 'kesehatan-puskesmas' });
    await forward('road');
    // Confidential from the start, forwarded: the institution handles it, the public never sees it.
    await report('bribe', { title: 'Pungutan liar di loket perizinan Braga', body: 'Petugas loket meminta uang tambahan agar izin cepat selesai.', location, confidential: true });
    await forward('bribe');
    // Anonymous, forwarded, followed up and closed: done, public, without its reporter.
    await report('anonymous', { title: 'Lampu jalan Braga mati', body: 'Lampu penerangan jalan di perempatan Braga mati sejak minggu lalu.', location, anonymous: true });
    await forward('anonymous');
    await api.admin(`/complaints/${ids.anonymous}/follow-up`, { body: 'Lampu sudah diganti oleh Dinas Perhubungan.' });
    await api.admin(`/complaints/${ids.anonymous}/close`);
    // Not yet verified: waiting, never public.
    await report('waiting', { title: 'Trotoar Braga rusak parah', body: 'Trotoar di sisi timur jalan rusak dan membahayakan pejalan kaki.', location, institutionId: INSTITUTION });
    // Held by LAPOR! admins: waiting, never public.
    await report('held', { title: 'Sampah menumpuk di Braga', body: 'Sampah tidak diangkut selama seminggu di ujung jalan Braga.', location });
    await api.admin(`/complaints/${ids.held}/hold`, { reason: 'incomplete_data' });
    // Forwarded, then archived: done, public.
    await report('archived', { title: 'Parkir liar di trotoar Braga', body: 'Mobil parkir di atas trotoar setiap malam di sepanjang Braga.', location });
    await forward('archived');
    await api.admin(`/complaints/${ids.archived}/archive`, { reason: 'Laporan ganda' });
    // Made confidential by LAPOR! admins with the disposition (it names other people).
    await report('flagged', { title: 'Oknum pegawai Braga meminta imbalan', body: 'Seorang pegawai kelurahan meminta imbalan untuk surat pengantar.', location });
    await forward('flagged', { confidential: true });
    // An aspiration: no incident location, only the reporter's (private) origin in the city.
    await report('aspiration', {
      classification: 'aspiration',
      incidentDate: undefined,
      location: undefined,
      reporterOrigin: { regionCode: district },
      title: 'Usulan taman baca di Braga',
      body: 'Mohon dibangun taman baca untuk anak-anak di sekitar jalan Braga.',
    });
    await forward('aspiration');
  });

  describe('GET /v1/complaints shows only what the public may see', () => {
    const hidden = () => [ids.bribe, ids.waiting, ids.held, ids.flagged];
    const queries = () => [
      '',
      `institutionId=${INSTITUTION}`,
      'regionCode=32',
      'regionCode=32.73',
      `regionCode=${district}`,
      'categoryId=kesehatan-puskesmas',
      'statusGroup=waiting',
      'statusGroup=in_process',
      'statusGroup=done',
      'q=braga',
      'q=pungutan',
      'q=loket%20perizinan',
      'q=imbalan',
      'q=trotoar',
      'q=sampah',
      `institutionId=${INSTITUTION}&statusGroup=in_process&regionCode=32.73&q=braga`,
    ];

    it('never a confidential or unverified report, never a reporter, never an exact point, with any filter and either key', async () => {
      for (const key of ['pk_test_sandbox', sk]) {
        for (const query of queries()) {
          const { items, pages } = await everyPage(query, key);
          const text = JSON.stringify(pages.map((page) => page.body));
          for (const trackingId of hidden()) assert.ok(!text.includes(trackingId), `${query}: ${trackingId} must not be listed`);
          for (const reporter of Object.values(reporters)) {
            for (const secret of [reporter.name, reporter.email, e164(reporter.phone)]) assert.ok(!text.includes(secret), `${query}: ${secret} leaked`);
          }
          for (const item of items) {
            assert.equal(item.view, 'public', query);
            for (const field of ['reporter', 'confidential', 'reporterOrigin', 'channel', 'suggestedInstitution', 'sourceRef']) {
              assert.ok(!(field in item), `${query}: ${field} in a public item`);
            }
            if (item.location?.lat != null) {
              assert.ok(decimals(item.location.lat) <= PUBLIC_COORDINATE_DECIMALS, `${query}: lat ${item.location.lat}`);
              assert.ok(decimals(item.location.lng) <= PUBLIC_COORDINATE_DECIMALS, `${query}: lng ${item.location.lng}`);
            }
          }
        }
      }
    });

    it('shows the public reports in the public view, coordinates rounded as in the single view', async () => {
      const { items } = await everyPage(`institutionId=${INSTITUTION}`);
      assert.deepEqual(items.map((item) => item.trackingId).sort(), [ids.road, ids.anonymous, ids.archived, ids.aspiration].sort());
      const road = items.find((item) => item.trackingId === ids.road);
      assert.deepEqual(road.location, { regionCode: district, regionName: road.location.regionName, address: 'Jl. Braga No. 12', lat: -6.917, lng: 107.61 });
      // The list item is the same public view GET /v1/complaints/{trackingId} answers.
      const single = await api.request('GET', `/v1/complaints/${ids.road}`);
      assert.deepEqual(road, single.body);
      assert.equal(items.find((item) => item.trackingId === ids.anonymous).anonymous, true);
    });
  });

  describe('GET /v1/complaints filters', () => {
    const listed = async (query: string) => (await everyPage(query)).items.map((item) => item.trackingId as string).sort();

    it('by institution, area (with the areas within it), topic and status group', async () => {
      assert.deepEqual(await listed(`institutionId=${INSTITUTION}&statusGroup=in_process`), [ids.road, ids.aspiration].sort());
      assert.deepEqual(await listed(`institutionId=${INSTITUTION}&statusGroup=done`), [ids.anonymous, ids.archived].sort());
      // Waiting reports are not verified yet, and so never public.
      assert.deepEqual(await listed(`institutionId=${INSTITUTION}&statusGroup=waiting`), []);
      assert.deepEqual(await listed('categoryId=kesehatan-puskesmas'), [ids.road]);
      // The province and the city take in the district the reports are in; the aspiration has
      // no incident location, and its reporter's origin is not public, so no area finds it.
      const inArea = [ids.road, ids.anonymous, ids.archived].sort();
      assert.deepEqual(await listed('regionCode=32'), inArea);
      assert.deepEqual(await listed('regionCode=32.73'), inArea);
      assert.deepEqual(await listed(`regionCode=${district}`), inArea);
      assert.deepEqual(await listed('regionCode=32.01'), [], 'another city of the province');
      assert.deepEqual(await listed('regionCode=52'), []);
      assert.deepEqual(await listed('institutionId=kemenkes'), []);
    });

    it('by words of the title and body: every word, from the start of a word, case and accents ignored', async () => {
      assert.deepEqual(await listed('q=berlubang'), [ids.road]);
      assert.deepEqual(await listed('q=BERLUB'), [ids.road], 'a word matches from its start');
      assert.deepEqual(await listed('q=lubang'), [ids.road], 'found in the body');
      assert.deepEqual(await listed('q=ubang'), [], 'not from the middle of a word');
      assert.deepEqual(await listed('q=l%C3%A1mpu%20braga'), [ids.anonymous], 'accents folded, every word needed');
      assert.deepEqual(await listed('q=lampu%20trotoar'), []);
      // Punctuation separates words and is no wildcard: `lampu%` is `lampu`, `%` alone searches nothing.
      assert.deepEqual(await listed('q=lampu%25'), [ids.anonymous]);
      assert.deepEqual(await listed('q=l_mpu'), []);
      assert.deepEqual(await listed('q=%25'), await listed(''));
      assert.deepEqual(await listed(`q=${encodeURIComponent('  ')}&institutionId=${INSTITUTION}`), [ids.road, ids.anonymous, ids.archived, ids.aspiration].sort());
    });
  });

  describe('GET /v1/complaints pages', () => {
    it('newest first, in cursor pages, each report once', async () => {
      const { items, pages } = await everyPage(`institutionId=${INSTITUTION}`);
      assert.equal(pages.length, 2);
      assert.equal(pages[0]!.body.data.length, 2);
      assert.equal(pages.at(-1)!.body.nextCursor, null);
      assert.deepEqual(
        items.map((item) => item.trackingId),
        [ids.aspiration, ids.archived, ids.anonymous, ids.road],
        'the order they were submitted in, reversed',
      );
      assert.equal(new Set(items.map((item) => item.trackingId)).size, items.length);
    });

    it('a new report does not shift the pages already being read', async () => {
      const first = await api.request('GET', `/v1/complaints?institutionId=${INSTITUTION}&limit=2`);
      const { body } = await api.submit({ reporter: reporters.road, title: 'Jalan Braga banjir saat hujan', body: 'Saluran air tersumbat sehingga jalan tergenang setiap hujan deras.' });
      await api.admin(`/complaints/${body.trackingId}/forward`, { institutionId: INSTITUTION });
      const second = await api.request('GET', `/v1/complaints?institutionId=${INSTITUTION}&limit=2&cursor=${first.body.nextCursor}`);
      assert.deepEqual(second.body.data.map((item: any) => item.trackingId), [ids.anonymous, ids.road]);
      const fresh = await api.request('GET', `/v1/complaints?institutionId=${INSTITUTION}&limit=1`);
      assert.equal(fresh.body.data[0].trackingId, body.trackingId, 'the new report leads a new first page');
    });
  });

  describe('GET /v1/complaints refuses a bad query with a problem document', () => {
    const cases: Array<[string, string, string]> = [
      ['statusGroup=menunggu', 'statusGroup', 'invalid_option'],
      ['regionCode=bandung', 'regionCode', 'invalid_region_code'],
      ['institutionId=pemkot%20bandung', 'institutionId', 'invalid_id'],
      ['limit=0', 'limit', 'too_small'],
      ['limit=101', 'limit', 'too_big'],
      [`q=${'a'.repeat(101)}`, 'q', 'too_long'],
      ['q=jalan%E2%80%AEgnp', 'q', 'invalid_characters'],
      ['status=closed', 'status', 'unknown_field'],
      ['cursor=bukan-kursor', 'cursor', 'invalid_format'],
    ];

    for (const [query, path, code] of cases) {
      it(`${query.slice(0, 40)} -> 400 ${code}, in Indonesian and English`, async () => {
        const id = await api.request('GET', `/v1/complaints?${query}`);
        const en = await api.request('GET', `/v1/complaints?${query}`, { headers: { 'accept-language': 'en' } });
        for (const reply of [id, en]) {
          assert.equal(reply.status, 400);
          assert.match(reply.headers.get('content-type')!, /^application\/problem\+json/);
          assert.equal(reply.body.code, 'invalid_query');
          const issue = reply.body.errors.find((e: { path: string }) => e.path === path);
          assert.equal(issue?.code, code, JSON.stringify(reply.body.errors));
        }
        assert.equal(id.body.title, 'Parameter kueri tidak sah');
        assert.equal(en.body.title, 'The query parameters are invalid');
      });
    }

    it('words the status group in both languages', async () => {
      const id = await api.request('GET', '/v1/complaints?statusGroup=selesai');
      const en = await api.request('GET', '/v1/complaints?statusGroup=selesai', { headers: { 'accept-language': 'en' } });
      assert.equal(id.body.errors[0].message, 'Pilih kelompok status dari pilihan yang tersedia.');
      assert.equal(en.body.errors[0].message, 'Choose status group from the options.');
    });
  });
});
