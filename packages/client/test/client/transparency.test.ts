// The client's transparency calls against a real sandbox: the public list page by page and
// item by item, and an institution's figures on a manual clock.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { LaporHttpError, createClient, type PublicComplaint } from '@lapor/client';
import { report, useSandbox } from './sandbox.ts';

// Monday 2 February 2026, 09:00 WIB.
const sandbox = useSandbox({ clockStart: '2026-02-02T09:00:00+07:00' });
const lapor = () => createClient({ endpoint: sandbox.current().url, siteKey: 'pk_test_sandbox' });
const INSTITUTION = 'pemkot-surabaya';

const titles = [
  'Jalan berlubang di Jl. Tunjungan',
  'Lampu jalan mati di Jl. Darmo',
  'Saluran air tersumbat di Jl. Basuki Rahmat',
  'Trotoar rusak di Jl. Pemuda',
  'Sampah menumpuk di Jl. Embong Malang',
];
const created: string[] = [];
let confidential = '';

describe('transparency', () => {
  before(async () => {
    for (const title of titles) {
      const { trackingId } = await lapor().complaints.create({ ...report(), title, location: { regionCode: '35.78', lat: -7.2629811, lng: 112.7389124 } });
      await sandbox.admin(`/complaints/${trackingId}/forward`, { institutionId: INSTITUTION });
      created.push(trackingId);
    }
    confidential = (await lapor().complaints.create({ ...report(), title: 'Pungutan liar di Jl. Tunjungan', confidential: true })).trackingId;
    await sandbox.admin(`/complaints/${confidential}/forward`, { institutionId: INSTITUTION });
    // Mon 9 Feb: the first report followed up after 5 working days (3, 4, 5, 6, 9), on time.
    await sandbox.admin('/clock', { advanceDays: 7 });
    await sandbox.admin(`/complaints/${created[0]}/follow-up`, { body: 'Lubang sudah ditambal oleh Dinas PU.' });
  });

  describe('complaints.list', () => {
    it('iterates every public report of an institution across pages, newest first', async () => {
      const seen: PublicComplaint[] = [];
      for await (const item of lapor().complaints.list({ institutionId: INSTITUTION, limit: 2 })) seen.push(item);
      assert.deepEqual(seen.map((item) => item.trackingId), [...created].reverse());
      assert.ok(seen.every((item) => item.view === 'public' && !('reporter' in item)));
      assert.ok(!seen.some((item) => item.trackingId === confidential), 'the confidential report is not listed');
      assert.deepEqual(seen[0]!.location, { regionCode: '35.78', regionName: seen[0]!.location!.regionName, address: null, lat: -7.263, lng: 112.739 });
    });

    it('pages, first pages and bounded arrays, with filters', async () => {
      const pages = [];
      for await (const page of lapor().complaints.list({ institutionId: INSTITUTION, limit: 2 }).pages()) pages.push(page.data.length);
      assert.deepEqual(pages, [2, 2, 1]);
      const done = await lapor().complaints.list({ institutionId: INSTITUTION, statusGroup: 'in_process', q: 'tunjungan' }).toArray({ limit: 10 });
      assert.deepEqual(done.map((item) => item.trackingId), [created[0]]);
      const first = await lapor().complaints.list({ regionCode: '35', limit: 1 }).firstPage();
      assert.equal(first.data.length, 1);
      assert.equal(typeof first.nextCursor, 'string');
    });

    it('turns a bad query into an HTTP error carrying the field issues', async () => {
      const error = await lapor()
        .complaints.list({ statusGroup: 'selesai' as never })
        .firstPage()
        .catch((e: unknown) => e);
      assert.ok(error instanceof LaporHttpError);
      assert.equal(error.status, 400);
      assert.equal(error.code, 'invalid_query');
      assert.deepEqual(error.problem?.errors?.map((issue) => [issue.path, issue.code]), [['statusGroup', 'invalid_option']]);
    });
  });

  describe('institutions.stats', () => {
    it("reads an institution's figures for a period", async () => {
      const stats = await lapor().institutions.stats(INSTITUTION, { from: '2026-01', to: '2026-02' });
      assert.deepEqual(stats.institution, { id: INSTITUTION, name: 'Pemerintah Kota Surabaya' });
      // Six reports received on 2 Feb (the confidential one counted); one followed up (on time, 5 working
      // days); the other five are not late before their due date (9 Feb) is over.
      assert.deepEqual(
        stats.months.map((m) => [m.month, m.total, m.received.complaint, m.followUpMeasured, m.followedUpOnTime]),
        [
          ['2026-01', 0, 0, 0, 0],
          ['2026-02', 6, 6, 1, 1],
        ],
      );
      assert.deepEqual(stats.followUp, { measured: 1, onTime: 1, onTimeShare: 1, medianWorkingDays: 5 });
      assert.deepEqual(stats.rating, { count: 0, average: null });
      assert.match(stats.asOf, /^2026-02-09T/);
    });

    it('defaults to the twelve months up to the current one', async () => {
      const stats = await lapor().institutions.stats(INSTITUTION);
      assert.deepEqual(stats.period, { from: '2025-03', to: '2026-02' });
      assert.equal(stats.months.length, 12);
    });

    it('answers an unknown institution with a 404 error', async () => {
      await assert.rejects(lapor().institutions.stats('pemkot-atlantis'), (e: unknown) => e instanceof LaporHttpError && e.status === 404 && e.code === 'not_found');
    });
  });
});
