// An institution's handling figures, GET /v1/institutions/{institutionId}/stats. Every
// expected number is worked out by hand in a comment beside it, with the Indonesian
// calendar of February 2026: Tuesday 17 February is Tahun Baru Imlek, a public holiday.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { WorkingCalendar } from '../src/domain/calendar.ts';
import { computeFigures, type StatsEvent, type StatsReport } from '../src/domain/stats.ts';
import { useSandbox } from './helpers.ts';

const at = (wib: string) => Date.parse(`${wib}+07:00`);
const medan = { id: 'pemkot-medan', name: 'Pemerintah Kota Medan' };
const kemenkes = { id: 'kemenkes', name: 'Kementerian Kesehatan' };

/** A timeline from `[type, WIB instant, data?]` entries. */
function timeline(classification: string, ...entries: Array<[string, string, Record<string, unknown>?]>): StatsReport {
  const events: StatsEvent[] = entries.map(([type, wib, data = {}]) => ({ type, at: at(wib), data }));
  return { classification, events };
}

describe('the figures, from timelines and the working-day calendar', () => {
  const calendar = new WorkingCalendar();
  const scope = { institutionId: medan.id, from: '2026-01', to: '2026-02', now: at('2026-03-02T09:00:00'), calendar };

  it('counts a follow-up on time up to the fifth working day, a non-working day counting as the next working day', () => {
    const figures = computeFigures(
      [
        // Received Fri 6 Feb; due Fri 13 Feb (9, 10, 11, 12, 13). Followed up Fri 13 Feb 23:00 WIB: 5 days, on time.
        timeline('complaint', ['submitted', '2026-02-06T08:00:00'], ['forwarded', '2026-02-06T10:00:00', { institution: medan }], ['followed_up', '2026-02-13T23:00:00']),
        // The same, followed up half an hour after midnight WIB (still Friday in UTC): Saturday 14 Feb,
        // read on Monday 16 Feb: 6 working days, late.
        timeline('complaint', ['submitted', '2026-02-06T08:00:00'], ['forwarded', '2026-02-06T10:00:00', { institution: medan }], ['followed_up', '2026-02-14T00:30:00']),
        // Received Tue 10 Feb; 11, 12, 13, 16, (17 Imlek), 18: followed up Wed 18 Feb after 5 working days, on time
        // (6 days if the holiday were not skipped).
        timeline('aspiration', ['submitted', '2026-02-09T08:00:00'], ['forwarded', '2026-02-10T09:00:00', { institution: medan }], ['followed_up', '2026-02-18T15:00:00']),
        // Followed up the day it was received: 0 working days.
        timeline('information_request', ['submitted', '2026-02-02T08:00:00'], ['forwarded', '2026-02-02T09:00:00', { institution: medan }], ['followed_up', '2026-02-02T16:00:00']),
      ],
      scope,
    );
    // Days taken 5, 6, 5, 0 -> sorted 0, 5, 5, 6 -> median (5 + 5) / 2 = 5; on time 3 of 4 = 0.75.
    assert.deepEqual(figures.followUp, { measured: 4, onTime: 3, onTimeShare: 0.75, medianWorkingDays: 5 });
    assert.deepEqual(figures.months[1], {
      month: '2026-02',
      received: { complaint: 2, aspiration: 1, information_request: 1 },
      total: 4,
      followUpMeasured: 4,
      followedUpOnTime: 3,
    });
  });

  it('skips the collective-leave days it is given', () => {
    // Received Fri 6 Feb, followed up Mon 16 Feb: 9, 10, 11, 12, 13, 16 = 6 working days, late;
    // with Thu 12 Feb as cuti bersama, 5: on time.
    const report = timeline('complaint', ['forwarded', '2026-02-06T10:00:00', { institution: medan }], ['followed_up', '2026-02-16T10:00:00']);
    assert.equal(computeFigures([report], scope).followUp.onTime, 0);
    const leave = computeFigures([report], { ...scope, calendar: new WorkingCalendar(['2026-02-12']) });
    assert.deepEqual(leave.followUp, { measured: 1, onTime: 1, onTimeShare: 1, medianWorkingDays: 5 });
  });

  it('measures a report without a follow-up once its due date is over, unless nothing was owed any more', () => {
    const figures = computeFigures(
      [
        // Received Mon 2 Feb, due Mon 9 Feb, no follow-up; on 2 March the due date is over: measured, late.
        timeline('complaint', ['forwarded', '2026-02-02T09:00:00', { institution: medan }]),
        // Received Wed 25 Feb, due Wed 4 Mar (26, 27, 2, 3, 4): not over on 2 March, not measured yet.
        timeline('complaint', ['forwarded', '2026-02-25T09:00:00', { institution: medan }]),
        // Archived on its due date without a follow-up: nothing was owed after it, not measured.
        timeline('complaint', ['forwarded', '2026-02-02T09:00:00', { institution: medan }], ['archived', '2026-02-09T17:00:00', { reason: 'Ganda' }]),
        // Archived after its due date: late all the same.
        timeline('complaint', ['forwarded', '2026-02-02T09:00:00', { institution: medan }], ['archived', '2026-02-10T09:00:00', { reason: 'Ganda' }]),
      ],
      scope,
    );
    // Measured: the first and the last; neither on time. Nobody followed up: no median.
    assert.deepEqual(figures.followUp, { measured: 2, onTime: 0, onTimeShare: 0, medianWorkingDays: null });
    assert.equal(figures.received, 4);
  });

  it('counts a report for the institution it is with now, from the month it reached it (WIB)', () => {
    const figures = computeFigures(
      [
        // 31 Jan 23:30 WIB is in January; 1 Feb 00:30 WIB is in February, although still 31 January in UTC.
        timeline('complaint', ['forwarded', '2026-01-31T23:30:00', { institution: medan }]),
        timeline('aspiration', ['forwarded', '2026-02-01T00:30:00', { institution: medan }]),
        // Redirected from Kemenkes to Medan on 10 Feb: Medan's, received in February, timed from the redirection
        // (follow-up Wed 18 Feb: 5 working days, on time; from Kemenkes's 2 Feb it would be 11).
        timeline(
          'complaint',
          ['forwarded', '2026-01-30T09:00:00', { institution: kemenkes }],
          ['redirected', '2026-02-10T09:00:00', { from: kemenkes, institution: medan }],
          ['followed_up', '2026-02-18T09:00:00', { institution: medan }],
        ),
        // Redirected away from Medan: no longer Medan's.
        timeline('complaint', ['forwarded', '2026-02-02T09:00:00', { institution: medan }], ['redirected', '2026-02-03T09:00:00', { from: medan, institution: kemenkes }]),
        // Never forwarded: nobody's.
        timeline('complaint', ['submitted', '2026-02-02T09:00:00']),
        // Received before the period (December): outside it.
        timeline('complaint', ['forwarded', '2025-12-31T09:00:00', { institution: medan }]),
      ],
      scope,
    );
    assert.deepEqual(
      figures.months.map((m) => [m.month, m.total, m.received]),
      [
        ['2026-01', 1, { complaint: 1, aspiration: 0, information_request: 0 }],
        ['2026-02', 2, { complaint: 1, aspiration: 1, information_request: 0 }],
      ],
    );
    assert.equal(figures.received, 3);
    assert.deepEqual(figures.followUp.onTime, 1);
    assert.deepEqual(figures.followUp.medianWorkingDays, 5);
  });

  it('counts closed and escalated reports, and averages the last rating of each rated report', () => {
    const forwarded = ['forwarded', '2026-02-02T09:00:00', { institution: medan }] as [string, string, Record<string, unknown>];
    const figures = computeFigures(
      [
        timeline('complaint', forwarded, ['followed_up', '2026-02-03T09:00:00'], ['closed', '2026-02-18T00:00:00', { mode: 'auto' }], ['rated', '2026-02-19T09:00:00', { rating: 5 }]),
        timeline('complaint', forwarded, ['followed_up', '2026-02-04T09:00:00'], ['closed', '2026-02-19T00:00:00', { mode: 'auto' }], ['rated', '2026-02-20T09:00:00', { rating: 4 }]),
        // Rated twice: the last rating counts.
        timeline('complaint', forwarded, ['followed_up', '2026-02-05T09:00:00'], ['closed', '2026-02-20T00:00:00', { mode: 'manual' }], ['rated', '2026-02-21T09:00:00', { rating: 1 }], ['rated', '2026-02-22T09:00:00', { rating: 2 }]),
        // Escalated to Ombudsman RI after 60 days, never followed up.
        timeline('complaint', forwarded, ['escalated', '2026-04-03T09:00:00', { to: 'Ombudsman Republik Indonesia' }]),
      ],
      { ...scope, now: at('2026-04-06T09:00:00') },
    );
    // Closed 3 of 4 = 0.75; escalated 1 of 4 = 0.25; rating (5 + 4 + 2) / 3 = 3.666… -> 3.67.
    assert.deepEqual(figures.closed, { count: 3, share: 0.75 });
    assert.deepEqual(figures.escalated, { count: 1, share: 0.25 });
    assert.deepEqual(figures.rating, { count: 3, average: 3.67 });
  });

  it('answers nulls, not zeros or NaN, when nothing was received', () => {
    const figures = computeFigures([], scope);
    assert.deepEqual(
      { received: figures.received, followUp: figures.followUp, closed: figures.closed, escalated: figures.escalated, rating: figures.rating },
      {
        received: 0,
        followUp: { measured: 0, onTime: 0, onTimeShare: null, medianWorkingDays: null },
        closed: { count: 0, share: null },
        escalated: { count: 0, share: null },
        rating: { count: 0, average: null },
      },
    );
    assert.deepEqual(figures.months.map((m) => m.month), ['2026-01', '2026-02']);
  });
});

describe('GET /v1/institutions/{institutionId}/stats on the manual clock', () => {
  // Monday 2 February 2026, 09:00 WIB; the clock then moves only as far as the test moves it (and a few seconds).
  const api = useSandbox({ clockStart: '2026-02-02T09:00:00+07:00' });
  const ids: Record<string, string> = {};
  let snapshot: any;

  const advance = (advanceDays: number) => api.admin('/clock', { advanceDays });
  const stats = async (institutionId: string, query = '', headers: Record<string, string> = {}) =>
    api.request('GET', `/v1/institutions/${institutionId}/stats${query}`, { headers });
  async function report(name: string, input: Record<string, unknown>, institutionId = medan.id) {
    const { status, body } = await api.submit(input);
    assert.equal(status, 201, JSON.stringify(body));
    ids[name] = body.trackingId;
    await api.admin(`/complaints/${body.trackingId}/forward`, { institutionId });
  }
  const followUp = (name: string) => api.admin(`/complaints/${ids[name]}/follow-up`, { body: 'Sudah kami tindak lanjuti di lapangan.' });
  const aspiration = { classification: 'aspiration', incidentDate: undefined, location: undefined, reporterOrigin: { regionCode: '12.71' } };

  before(async () => {
    // Mon 2 Feb: five reports received by Medan (one confidential), one by Kemenkes.
    await report('r1', {});
    await report('r2', aspiration);
    await report('r3', { ...aspiration, classification: 'information_request', confidential: true });
    await report('r4', {}, kemenkes.id);
    await report('r5', {});
    await api.admin(`/complaints/${ids.r5}/archive`, { reason: 'Laporan ganda' });
    // Mon 9 Feb: R1 followed up.
    await advance(7);
    await followUp('r1');
    // Tue 10 Feb: R4 redirected from Kemenkes to Medan.
    await advance(1);
    await api.admin(`/complaints/${ids.r4}/redirect`, { institutionId: medan.id });
    // Wed 18 Feb: R2 and R4 followed up.
    await advance(8);
    await followUp('r2');
    await followUp('r4');
    // Mon 2 Mar: R6 received. R1 closed itself on 25 Feb (10 working days after 9 Feb: 10, 11, 12, 13, 16,
    // 18, 19, 20, 23, 24), R2 and R4 will on 5 Mar.
    await advance(12);
    await report('r6', {});
    snapshot = (await stats(medan.id)).body;
  });

  it('gives the figures of the twelve months up to now by default', () => {
    assert.equal(snapshot.asOf.slice(0, 10), '2026-03-02');
    assert.deepEqual(snapshot.institution, medan);
    assert.deepEqual(snapshot.period, { from: '2025-04', to: '2026-03' });
    assert.equal(snapshot.months.length, 12);
    assert.ok(snapshot.months.slice(0, 10).every((m: any) => m.total === 0));
    assert.deepEqual(snapshot.months.slice(10), [
      // February: R1, R4, R5 complaints (R4 from its redirection on 10 Feb), R2 aspiration, R3 information
      // request (confidential, counted). Measured: R1, R2, R3 (due 9 Feb, over), R4; not R5 (archived the day
      // it came). On time: R1 (5 working days) and R4 (11, 12, 13, 16, 18 = 5, Imlek skipped).
      { month: '2026-02', received: { complaint: 3, aspiration: 1, information_request: 1 }, total: 5, followUpMeasured: 4, followedUpOnTime: 2 },
      // March: R6, due 9 March, not measured yet.
      { month: '2026-03', received: { complaint: 1, aspiration: 0, information_request: 0 }, total: 1, followUpMeasured: 0, followedUpOnTime: 0 },
    ]);
    assert.equal(snapshot.received, 6);
    // Days taken: R1 5 (3, 4, 5, 6, 9), R2 11 (3–6, 9–13, 16, 18), R4 5 -> median 5; on time 2 of 4 = 0.5.
    assert.deepEqual(snapshot.followUp, { measured: 4, onTime: 2, onTimeShare: 0.5, medianWorkingDays: 5 });
    // Closed: R1 of 6 = 0.1667. Escalated: none yet. Ratings: none (no report was rated).
    assert.deepEqual(snapshot.closed, { count: 1, share: 0.1667 });
    assert.deepEqual(snapshot.escalated, { count: 0, share: 0 });
    assert.deepEqual(snapshot.rating, { count: 0, average: null });
  });

  it('counts a redirected report for the institution that has it now only', async () => {
    const { body } = await stats(kemenkes.id, '?from=2026-02&to=2026-02');
    assert.equal(body.received, 0);
  });

  it('follows the clock: escalation after 60 days, closings, and a chosen period', async () => {
    // Mon 6 Apr: R3 went to Ombudsman RI on 3 Apr (60 days after 2 Feb); R2 and R4 closed on 5 Mar;
    // R6's due date (9 Mar) is over without a follow-up.
    await advance(35);
    const { status, body } = await stats(medan.id, '?from=2026-02&to=2026-03');
    assert.equal(status, 200);
    assert.deepEqual(body.period, { from: '2026-02', to: '2026-03' });
    assert.deepEqual(body.months.map((m: any) => [m.month, m.total, m.followUpMeasured, m.followedUpOnTime]), [
      ['2026-02', 5, 4, 2],
      ['2026-03', 1, 1, 0],
    ]);
    // On time 2 of 5 = 0.4; closed R1, R2, R4: 3 of 6 = 0.5; escalated R3: 1 of 6 = 0.1667.
    assert.deepEqual(body.followUp, { measured: 5, onTime: 2, onTimeShare: 0.4, medianWorkingDays: 5 });
    assert.deepEqual(body.closed, { count: 3, share: 0.5 });
    assert.deepEqual(body.escalated, { count: 1, share: 0.1667 });
    const march = await stats(medan.id, '?from=2026-03&to=2026-03');
    assert.equal(march.body.received, 1);
    assert.deepEqual(march.body.followUp, { measured: 1, onTime: 0, onTimeShare: 0, medianWorkingDays: null });
  });

  it('tells nothing per report, confidential ones included', async () => {
    const { body } = await stats(medan.id);
    const text = JSON.stringify(body);
    for (const trackingId of Object.values(ids)) assert.ok(!text.includes(trackingId));
  });

  it('answers a secret key the same figures', async () => {
    const pk = await stats(medan.id, '?from=2026-02&to=2026-03');
    const sk = await api.request('GET', `/v1/institutions/${medan.id}/stats?from=2026-02&to=2026-03`, { key: 'sk_test_sandbox' });
    assert.deepEqual({ ...sk.body, asOf: null }, { ...pk.body, asOf: null });
  });

  const bad: Array<[string, string, string, string, string]> = [
    ['?from=2026-13', 'from', 'invalid_month', 'Bulan awal harus berupa bulan TTTT-BB, misalnya 2026-01.', 'First month must be a month written YYYY-MM, e.g. 2026-01.'],
    ['?to=2026-2', 'to', 'invalid_month', 'Bulan akhir harus berupa bulan TTTT-BB, misalnya 2026-01.', 'Last month must be a month written YYYY-MM, e.g. 2026-01.'],
    [
      '?from=2026-05&to=2026-02',
      'from',
      'invalid_period',
      'Bulan awal tidak boleh setelah bulan akhir, dan periode paling panjang 24 bulan.',
      'The first month must not be after the last month, and a period spans at most 24 months.',
    ],
    ['?from=2024-01&to=2026-01', 'from', 'invalid_period', 'Bulan awal tidak boleh setelah bulan akhir, dan periode paling panjang 24 bulan.', 'The first month must not be after the last month, and a period spans at most 24 months.'],
    ['?month=2026-02', 'month', 'unknown_field', 'Isian "month" tidak dikenal. Hapus isian ini.', '"month" is not a known field. Remove it.'],
  ];
  for (const [query, path, code, id, en] of bad) {
    it(`refuses ${query} with 400 ${code}, in Indonesian and English`, async () => {
      const replies = [await stats(medan.id, query), await stats(medan.id, query, { 'accept-language': 'en' })];
      for (const [reply, message] of [[replies[0]!, id], [replies[1]!, en]] as const) {
        assert.equal(reply.status, 400);
        assert.match(reply.headers.get('content-type')!, /^application\/problem\+json/);
        assert.equal(reply.body.code, 'invalid_query');
        assert.deepEqual(reply.body.errors, [{ path, code, message }]);
      }
    });
  }

  it('a period of exactly 24 months is fine', async () => {
    const { status, body } = await stats(medan.id, '?from=2024-04&to=2026-03');
    assert.equal(status, 200);
    assert.equal(body.months.length, 24);
  });

  it('answers 404 for an unknown institution', async () => {
    const { status, body } = await stats('pemkot-atlantis');
    assert.equal(status, 404);
    assert.equal(body.code, 'not_found');
  });
});
