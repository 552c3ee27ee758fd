import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { INSTITUTION_TYPES, categoryList, institution, institutionPage, regionPage } from '@lapor/client/contract';
import { useSandbox } from './helpers.ts';

const api = useSandbox();

describe('categories', () => {
  it('form a tree of topics with children', async () => {
    const { status, body } = await api.request('GET', '/v1/categories');
    assert.equal(status, 200);
    const list = categoryList.parse(body);
    const roots = list.data.filter((c) => c.parentId === null);
    assert.ok(roots.length >= 15);
    assert.ok(roots.some((c) => c.name === 'Kesehatan'));
    const ids = new Set(list.data.map((c) => c.id));
    for (const child of list.data.filter((c) => c.parentId !== null)) assert.ok(ids.has(child.parentId!), child.id);
    assert.ok(list.data.some((c) => c.parentId === 'infrastruktur' && c.name === 'Jalan dan Jembatan'));
  });
});

describe('institutions', () => {
  it('has at least 60 real institutions of every type', async () => {
    const all = [];
    let cursor: string | null = null;
    do {
      const { body } = await api.request('GET', `/v1/institutions?limit=25${cursor ? `&cursor=${cursor}` : ''}`);
      const page = institutionPage.parse(body);
      all.push(...page.data);
      cursor = page.nextCursor;
    } while (cursor);
    assert.ok(all.length >= 60, `${all.length} institutions`);
    assert.equal(new Set(all.map((i) => i.id)).size, all.length, 'pages neither repeat nor skip');
    for (const type of INSTITUTION_TYPES) assert.ok(all.some((i) => i.type === type), type);
    for (const name of ['Kepolisian Negara Republik Indonesia', 'Otoritas Jasa Keuangan', 'BPJS Kesehatan']) {
      assert.ok(all.some((i) => i.name === name), name);
    }
  });

  it('are searched by abbreviation and name, best match first', async () => {
    const byShort = institutionPage.parse((await api.request('GET', '/v1/institutions?q=OJK')).body);
    assert.equal(byShort.data[0]?.id, 'ojk');
    const byWord = institutionPage.parse((await api.request('GET', '/v1/institutions?q=kesehatan')).body);
    assert.deepEqual(byWord.data.map((i) => i.id).sort(), ['bpjs-kesehatan', 'kemenkes']);
    const typed = institutionPage.parse((await api.request('GET', '/v1/institutions?type=university&q=mataram')).body);
    assert.deepEqual(typed.data.map((i) => i.id), ['unram']);
  });

  it('are read one by one, and a missing one is a 404 problem', async () => {
    const { body } = await api.request('GET', '/v1/institutions/pemkot-mataram');
    assert.equal(institution.parse(body).regionCode, '52.71');
    const missing = await api.request('GET', '/v1/institutions/tidak-ada');
    assert.equal(missing.status, 404);
    assert.equal(missing.body.code, 'not_found');
    assert.match(missing.headers.get('content-type')!, /application\/problem\+json/);
  });
});

describe('regions', () => {
  it('come from the administrative area data: provinces, regencies and districts', async () => {
    const provinces = regionPage.parse((await api.request('GET', '/v1/regions?level=province&limit=100')).body);
    assert.equal(provinces.data.length, 38);
    assert.ok(provinces.data.some((r) => r.code === '52' && r.name === 'Nusa Tenggara Barat'));
    const children = regionPage.parse((await api.request('GET', '/v1/regions?parentCode=52.71&limit=100')).body);
    assert.ok(children.data.length >= 6);
    assert.ok(children.data.every((r) => r.level === 'district' && r.parentCode === '52.71'));
  });

  it('are searched case- and accent-insensitively, by prefix, ranked', async () => {
    for (const q of ['mataram', 'MATARAM', 'Matarám', 'matar']) {
      const page = regionPage.parse((await api.request('GET', `/v1/regions?q=${encodeURIComponent(q)}`)).body);
      assert.equal(page.data[0]?.code, '52.71', `"${q}" finds Kota Mataram first`);
    }
    const exact = regionPage.parse((await api.request('GET', '/v1/regions?q=Bandung')).body);
    assert.deepEqual(exact.data.slice(0, 2).map((r) => r.name).sort(), ['Kabupaten Bandung', 'Kota Bandung']);
    const none = regionPage.parse((await api.request('GET', '/v1/regions?q=mat%25aram')).body);
    assert.equal(none.data.length, 0, 'a % in the text is no wildcard');
  });

  it('rejects a malformed query with a 400 problem naming the field', async () => {
    const { status, body } = await api.request('GET', '/v1/regions?parentCode=NTB');
    assert.equal(status, 400);
    assert.equal(body.code, 'invalid_query');
    assert.deepEqual(body.errors.map((e: any) => [e.path, e.code]), [['parentCode', 'invalid_region_code']]);
    const unknown = await api.request('GET', '/v1/regions?sort=name');
    assert.deepEqual(unknown.body.errors.map((e: any) => e.code), ['unknown_field']);
    const cursor = await api.request('GET', '/v1/regions?cursor=garbage');
    assert.equal(cursor.status, 400);
  });

  it('reads one region by code', async () => {
    const { status, body } = await api.request('GET', '/v1/regions/52.71.01');
    assert.equal(status, 200);
    assert.equal(body.parentCode, '52.71');
    assert.equal((await api.request('GET', '/v1/regions/99.99')).status, 404);
    assert.equal((await api.request('GET', '/v1/regions/abc')).status, 400);
  });
});
