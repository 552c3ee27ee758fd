// Every rule of the lifecycle table (src/domain/lifecycle.ts), over HTTP, on a manual clock
// that starts on fixed dates: each test fails when its rule or service level changes.
// Around Christmas 2026: Thu 24 Dec is configured as collective leave (cuti bersama),
// Fri 25 Dec and Fri 1 Jan 2027 are public holidays, Tue 5 Jan 2027 too (Maulid Nabi).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { HOLD_REASONS, SERVICE_LEVELS, timelineEventPage } from '@lapor/client/contract';
import { useSandbox, type Api } from './helpers.ts';

const sk = 'sk_test_sandbox';
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');
const christmas = { clock: 'manual', clockStart: '2026-12-21T09:00:00+07:00', collectiveLeave: ['2026-12-24'] } as const;

function helpers(api: Api) {
  const view = async (trackingId: string, token: string) =>
    (await api.request('GET', `/v1/complaints/${trackingId}`, { headers: { 'reporter-token': token } })).body;
  const timeline = async (trackingId: string, token: string) =>
    timelineEventPage.parse((await api.request('GET', `/v1/complaints/${trackingId}/events`, { headers: { 'reporter-token': token } })).body).data;
  return {
    view,
    timeline,
    /** Moves the manual clock forward to an instant (ISO 8601 with offset). */
    async moveTo(instant: string) {
      const { body: clock } = await api.request('GET', '/_sandbox/clock', { key: null });
      const hours = (Date.parse(instant) - Date.parse(clock.now)) / 3600_000;
      assert.ok(hours > 0, `the clock is already past ${instant}`);
      await api.admin('/clock', { advanceHours: hours });
    },
    async advanceDays(days: number) {
      await api.admin('/clock', { advanceDays: days });
    },
    followUp: (trackingId: string, body = 'Perbaikan sudah dijadwalkan hari Senin.') =>
      api.request('POST', `/v1/agency/complaints/${trackingId}/follow-ups`, { key: sk, body: { body } }),
    reply: (trackingId: string, token: string, body = 'Belum diperbaiki sampai hari ini.', language?: string) =>
      api.request('POST', `/v1/complaints/${trackingId}/replies`, {
        body: { body },
        headers: { 'reporter-token': token, ...(language ? { 'accept-language': language } : {}) },
      }),
    forward: (trackingId: string, institutionId = 'pemkot-mataram') => api.admin(`/complaints/${trackingId}/forward`, { institutionId }),
    async statusOf(trackingId: string, token: string) {
      return (await view(trackingId, token)).status as string;
    },
  };
}

describe('due dates, across collective leave, public holidays and weekends', () => {
  const api = useSandbox(christmas);
  const h = helpers(api);

  it('the service levels are 3, 5 and 10 working days and 60 calendar days', () => {
    assert.deepEqual(SERVICE_LEVELS, { verificationWorkingDays: 3, followUpWorkingDays: 5, autoCloseWorkingDays: 10, escalationCalendarDays: 60 });
  });

  let first: { trackingId: string; reporterToken: string };
  let second: { trackingId: string; reporterToken: string };

  it('verification is due 3 working days after submission, escalation 60 calendar days after', async () => {
    ({ body: first } = await api.submit());
    ({ body: second } = await api.submit());
    // Mon 21 Dec + 3 working days: Tue 22, Wed 23, (Thu 24 leave, Fri 25 Christmas, weekend), Mon 28.
    assert.deepEqual((first as { dueDates: unknown } & typeof first).dueDates, { verification: '2026-12-28', escalation: '2027-02-19' });
    assert.deepEqual((await h.view(first.trackingId, first.reporterToken)).dueDates, { verification: '2026-12-28', escalation: '2027-02-19' });
  });

  it('forwarding ends the verification deadline and starts the 5-working-day follow-up deadline', async () => {
    await h.moveTo('2026-12-22T10:00:00+07:00');
    assert.equal((await h.forward(first.trackingId)).status, 201);
    await h.forward(second.trackingId);
    // Tue 22 + 5: Wed 23, (24, 25, weekend), Mon 28, Tue 29, Wed 30, Thu 31.
    assert.deepEqual((await h.view(first.trackingId, first.reporterToken)).dueDates, { followUp: '2026-12-31', escalation: '2027-02-19' });
  });

  it('a follow-up ends the follow-up deadline and starts the 10-working-day auto-close', async () => {
    await h.moveTo('2026-12-22T11:00:00+07:00');
    assert.equal((await h.followUp(first.trackingId)).status, 201);
    // Tue 22 + 10: 23, 28, 29, 30, 31, (1 Jan New Year, weekend), 4, (5 Maulid), 6, 7, 8, (weekend), Mon 11.
    assert.deepEqual((await h.view(first.trackingId, first.reporterToken)).dueDates, { autoClose: '2027-01-11', escalation: '2027-02-19' });
  });

  it('closes when the last day of the auto-close period has ended, not before', async () => {
    await h.moveTo('2027-01-11T23:58:00+07:00');
    assert.equal(await h.statusOf(first.trackingId, first.reporterToken), 'followed_up');
    await h.moveTo('2027-01-12T00:01:00+07:00');
    assert.equal(await h.statusOf(first.trackingId, first.reporterToken), 'closed');
    const closed = (await h.timeline(first.trackingId, first.reporterToken)).at(-1)!;
    assert.equal(closed.type, 'closed');
    assert.equal((closed as { mode?: string }).mode, 'auto');
    assert.equal(closed.at, '2027-01-12T00:00:00+07:00');
    assert.deepEqual((await h.view(first.trackingId, first.reporterToken)).dueDates, { escalation: '2027-02-19' });
  });

  it('escalates to Ombudsman RI 60 calendar days after submission, not before', async () => {
    await h.moveTo('2027-02-19T08:58:00+07:00');
    assert.equal(await h.statusOf(second.trackingId, second.reporterToken), 'forwarded');
    await h.moveTo('2027-02-19T09:02:00+07:00');
    assert.equal(await h.statusOf(second.trackingId, second.reporterToken), 'escalated');
    const escalated = (await h.timeline(second.trackingId, second.reporterToken)).at(-1)!;
    assert.equal(escalated.type, 'escalated');
    assert.match(escalated.at, /^2027-02-19T09:0[01]/);
    assert.deepEqual((await h.view(second.trackingId, second.reporterToken)).dueDates, { escalation: '2027-02-19' });
    assert.equal(await h.statusOf(first.trackingId, first.reporterToken), 'closed', 'a closed report is not escalated');
  });
});

describe("the reporter's replies and the institution's deadlines", () => {
  const api = useSandbox(christmas);
  const h = helpers(api);
  let report: { trackingId: string; reporterToken: string };
  const due = async () => (await h.view(report.trackingId, report.reporterToken)).dueDates;

  it('a reply before the follow-up leaves the open deadline where it was', async () => {
    ({ body: report } = await api.submit());
    await h.forward(report.trackingId);
    assert.equal((await due()).followUp, '2026-12-30');
    await h.moveTo('2026-12-23T10:00:00+07:00');
    const replied = await h.reply(report.trackingId, report.reporterToken);
    assert.equal(replied.status, 201);
    assert.equal(replied.body.status, 'forwarded');
    // Counting from the reply would give Mon 4 Jan: later, so not allowed.
    assert.equal((await due()).followUp, '2026-12-30');
  });

  it('after a follow-up, a reply stops auto-close and the institution owes a new follow-up within 5 working days', async () => {
    await h.moveTo('2026-12-28T10:00:00+07:00');
    await h.followUp(report.trackingId);
    assert.deepEqual(await due(), { autoClose: '2027-01-13', escalation: '2027-02-19' });
    await h.moveTo('2026-12-29T10:00:00+07:00');
    const replied = await h.reply(report.trackingId, report.reporterToken);
    assert.equal(replied.body.status, 'followed_up');
    // Tue 29 + 5: 30, 31, (1 Jan, weekend), 4, (5 Maulid), 6, 7.
    assert.deepEqual(await due(), { followUp: '2027-01-07', escalation: '2027-02-19' });
  });

  it('a second reply does not move the new deadline later', async () => {
    await h.moveTo('2027-01-04T10:00:00+07:00');
    await h.reply(report.trackingId, report.reporterToken, 'Mohon segera, jalan makin rusak.');
    assert.deepEqual(await due(), { followUp: '2027-01-07', escalation: '2027-02-19' });
  });

  it('the report does not close by itself while the reply waits; the next follow-up restarts auto-close', async () => {
    await h.moveTo('2027-01-20T10:00:00+07:00');
    assert.equal(await h.statusOf(report.trackingId, report.reporterToken), 'followed_up');
    await h.followUp(report.trackingId, 'Sudah diperbaiki kemarin, mohon dicek.');
    // Wed 20 Jan + 10 working days.
    assert.deepEqual(await due(), { autoClose: '2027-02-03', escalation: '2027-02-19' });
  });
});

describe('who may do what, from which status', () => {
  const api = useSandbox();
  const h = helpers(api);

  /** A new report moved to `status` by the ordinary route there. */
  async function reportIn(status: 'submitted' | 'on_hold' | 'forwarded' | 'followed_up' | 'closed' | 'archived') {
    const { body } = await api.submit();
    const id = body.trackingId as string;
    if (status === 'on_hold') await api.admin(`/complaints/${id}/hold`, { reason: 'incomplete_data' });
    if (status === 'archived') await api.admin(`/complaints/${id}/archive`, { reason: 'Laporan terlalu umum' });
    if (['forwarded', 'followed_up', 'closed'].includes(status)) await h.forward(id);
    if (status === 'followed_up' || status === 'closed') await h.followUp(id);
    if (status === 'closed') await api.admin(`/complaints/${id}/close`);
    assert.equal(await h.statusOf(id, body.reporterToken), status);
    return { trackingId: id, reporterToken: body.reporterToken as string };
  }

  it('replies are refused on closed, archived and escalated reports, in words a citizen reads', async () => {
    const closed = await reportIn('closed');
    const archived = await reportIn('archived');
    const refusedClosed = await h.reply(closed.trackingId, closed.reporterToken);
    assert.equal(refusedClosed.status, 409);
    assert.equal(refusedClosed.body.code, 'invalid_transition');
    assert.equal(refusedClosed.body.detail, `Laporan #${closed.trackingId} sudah selesai; tanggapan tidak dapat dikirim.`);
    const inEnglish = await h.reply(closed.trackingId, closed.reporterToken, 'Still broken.', 'en');
    assert.equal(inEnglish.body.detail, `Report #${closed.trackingId} is closed; a reply cannot be sent.`);
    const refusedArchived = await h.reply(archived.trackingId, archived.reporterToken);
    assert.equal(refusedArchived.status, 409);
    assert.equal(refusedArchived.body.detail, `Laporan #${archived.trackingId} sudah diarsipkan; tanggapan tidak dapat dikirim.`);
    const submitted = await reportIn('submitted');
    const early = await h.reply(submitted.trackingId, submitted.reporterToken);
    assert.equal(early.status, 409);
    assert.equal(early.body.detail, `Laporan #${submitted.trackingId} masih menunggu verifikasi admin LAPOR!; tanggapan tidak dapat dikirim.`);
    const earlyInEnglish = await h.reply(submitted.trackingId, submitted.reporterToken, 'Any news?', 'en');
    assert.equal(earlyInEnglish.body.detail, `Report #${submitted.trackingId} is still waiting for verification by LAPOR! admins; a reply cannot be sent.`);
    for (const refused of [refusedClosed, refusedArchived, early]) {
      assert.doesNotMatch(refused.body.detail, /\b(closed|archived|submitted|berstatus)\b/, 'no raw status code in the text');
    }
  });

  it('hold only from submitted; forward only from submitted and on hold', async () => {
    const phrases = {
      on_hold: ['sedang ditunda oleh admin LAPOR!', 'is on hold with LAPOR! admins'],
      forwarded: ['sudah diteruskan ke instansi', 'has been forwarded to an institution'],
      followed_up: ['sudah ditindaklanjuti instansi', 'has been followed up by the institution'],
      closed: ['sudah selesai', 'is closed'],
      archived: ['sudah diarsipkan', 'has been archived'],
    } as const;
    for (const status of ['on_hold', 'forwarded', 'followed_up', 'closed', 'archived'] as const) {
      const report = await reportIn(status);
      const held = await api.admin(`/complaints/${report.trackingId}/hold`, { reason: 'incomplete_data' });
      assert.equal(held.status, 409, `no hold from ${status}`);
      assert.equal(held.body.detail, `Laporan #${report.trackingId} ${phrases[status][0]}; laporan tidak dapat ditunda.`);
      const inEnglish = await api.request('POST', `/_sandbox/complaints/${report.trackingId}/hold`, {
        key: null,
        idempotencyKey: null,
        body: { reason: 'incomplete_data' },
        headers: { 'accept-language': 'en' },
      });
      assert.equal(inEnglish.body.detail, `Report #${report.trackingId} ${phrases[status][1]}; it cannot be put on hold.`);
      assert.equal(await h.statusOf(report.trackingId, report.reporterToken), status);
    }
    for (const status of ['forwarded', 'followed_up', 'closed', 'archived'] as const) {
      const report = await reportIn(status);
      const refused = await h.forward(report.trackingId, 'kemenkes');
      assert.equal(refused.status, 409, `no forward from ${status}`);
      assert.match(refused.body.detail, /; laporan tidak dapat didisposisikan\.$/);
    }
    const held = await reportIn('on_hold');
    assert.equal((await h.forward(held.trackingId)).status, 201, 'forwarded once the information is there');
  });

  it('a follow-up only while forwarded or followed up; closing by hand only after a follow-up', async () => {
    for (const status of ['submitted', 'on_hold', 'closed', 'archived'] as const) {
      const report = await reportIn(status);
      const refused = await api.request('POST', `/_sandbox/complaints/${report.trackingId}/follow-up`, {
        key: null,
        idempotencyKey: null,
        body: { body: 'Sudah kami tindak lanjuti.' },
      });
      assert.equal(refused.status, 409, `no follow-up from ${status}`);
      assert.match(refused.body.detail, /; tindak lanjut tidak dapat dikirim\.$/);
    }
    const followedUp = await reportIn('followed_up');
    assert.equal((await h.followUp(followedUp.trackingId, 'Tindak lanjut kedua dari instansi.')).status, 201, 'a second follow-up');
    for (const status of ['submitted', 'on_hold', 'forwarded', 'archived'] as const) {
      const report = await reportIn(status);
      const refused = await api.admin(`/complaints/${report.trackingId}/close`);
      assert.equal(refused.status, 409, `no manual close from ${status}`);
      assert.match(refused.body.detail, /; laporan tidak dapat ditutup\.$/);
    }
    for (const status of ['submitted', 'on_hold', 'closed'] as const) {
      const report = await reportIn(status);
      const refused = await api.admin(`/complaints/${report.trackingId}/redirect`, { institutionId: 'kemenkes' });
      assert.equal(refused.status, 409, `no redirect from ${status}`);
      assert.match(refused.body.detail, /; laporan tidak dapat dialihkan ke instansi lain\.$/);
    }
    const redirected = await reportIn('followed_up');
    assert.equal((await api.admin(`/complaints/${redirected.trackingId}/redirect`, { institutionId: 'kemenkes' })).status, 201);
    const { dueDates } = await h.view(redirected.trackingId, redirected.reporterToken);
    assert.equal(dueDates.autoClose, undefined, 'redirect stops auto-close');
    assert.match(dueDates.followUp, /^\d{4}-\d{2}-\d{2}$/, 'the new institution owes a follow-up');
  });

  it('archive needs a reason, and only unsettled reports are archived', async () => {
    const report = await reportIn('forwarded');
    const missing = await api.admin(`/complaints/${report.trackingId}/archive`, {});
    assert.equal(missing.status, 422);
    assert.equal(missing.body.errors[0].path, 'reason');
    const archived = await api.admin(`/complaints/${report.trackingId}/archive`, { reason: 'Bukan tentang kinerja pemerintah' });
    assert.equal(archived.status, 201);
    assert.equal(archived.body.reason, 'Bukan tentang kinerja pemerintah');
    assert.deepEqual(Object.keys((await h.view(report.trackingId, report.reporterToken)).dueDates), ['escalation']);
    const closed = await reportIn('closed');
    const refused = await api.admin(`/complaints/${closed.trackingId}/archive`, { reason: 'Laporan terlalu umum' });
    assert.equal(refused.status, 409);
    assert.equal(refused.body.detail, `Laporan #${closed.trackingId} sudah selesai; laporan tidak dapat diarsipkan.`);
    assert.equal((await api.admin(`/complaints/${report.trackingId}/archive`, { reason: 'Laporan terlalu umum' })).status, 409, 'not twice');
  });

  it('escalation takes every unsettled report, never a closed, archived or escalated one', async () => {
    const reports = {
      submitted: await reportIn('submitted'),
      on_hold: await reportIn('on_hold'),
      forwarded: await reportIn('forwarded'),
      followed_up: await reportIn('followed_up'),
      closed: await reportIn('closed'),
      archived: await reportIn('archived'),
    };
    // A reply keeps the followed-up one from closing by itself before the 60 days.
    await h.reply(reports.followed_up.trackingId, reports.followed_up.reporterToken);
    await h.advanceDays(SERVICE_LEVELS.escalationCalendarDays + 1);
    for (const status of ['submitted', 'on_hold', 'forwarded', 'followed_up'] as const) {
      assert.equal(await h.statusOf(reports[status].trackingId, reports[status].reporterToken), 'escalated', `escalated from ${status}`);
    }
    assert.equal(await h.statusOf(reports.closed.trackingId, reports.closed.reporterToken), 'closed');
    assert.equal(await h.statusOf(reports.archived.trackingId, reports.archived.reporterToken), 'archived');
    await h.advanceDays(SERVICE_LEVELS.escalationCalendarDays + 1);
    const events = await h.timeline(reports.submitted.trackingId, reports.submitted.reporterToken);
    assert.deepEqual(events.map((e) => e.type), ['submitted', 'escalated'], 'escalated once');
    const refused = await h.reply(reports.forwarded.trackingId, reports.forwarded.reporterToken);
    assert.equal(refused.status, 409);
    assert.equal(refused.body.detail, `Laporan #${reports.forwarded.trackingId} sudah dilimpahkan ke Ombudsman RI; tanggapan tidak dapat dikirim.`);
    const inEnglish = await h.reply(reports.forwarded.trackingId, reports.forwarded.reporterToken, 'Any news?', 'en');
    assert.equal(inEnglish.body.detail, `Report #${reports.forwarded.trackingId} has been handed over to Ombudsman RI; a reply cannot be sent.`);
    for (const status of ['closed', 'archived'] as const) {
      const types = (await h.timeline(reports[status].trackingId, reports[status].reporterToken)).map((e) => e.type);
      assert.ok(!types.includes('escalated'), `no escalation once ${status}`);
    }
  });
});

describe('hold: a reason from the list, shown to the reporter, who adds information', () => {
  const api = useSandbox();
  const h = helpers(api);

  it('refuses a hold without a reason or with one not on the list', async () => {
    const { body } = await api.submit();
    const none = await api.admin(`/complaints/${body.trackingId}/hold`, {});
    assert.equal(none.status, 422);
    assert.equal(none.body.errors[0].path, 'reason');
    const free = await api.admin(`/complaints/${body.trackingId}/hold`, { reason: 'Menunggu kelengkapan data' });
    assert.equal(free.status, 422);
    assert.equal(await h.statusOf(body.trackingId, body.reporterToken), 'submitted');
  });

  it('the reporter sees why, and adds information and attachments while on hold', async () => {
    const { body } = await api.submit();
    const held = await api.admin(`/complaints/${body.trackingId}/hold`, { reason: 'incomplete_data', note: 'Mohon lampirkan foto lokasi.' });
    assert.equal(held.status, 201);
    const [, event] = await h.timeline(body.trackingId, body.reporterToken);
    assert.equal(event!.type, 'held');
    assert.equal(event!.status, 'on_hold');
    assert.deepEqual(
      { reason: (event as { reason?: string }).reason, reasonCode: (event as { reasonCode?: string }).reasonCode, note: (event as { note?: string }).note },
      { reason: HOLD_REASONS.incomplete_data.id, reasonCode: 'incomplete_data', note: 'Mohon lampirkan foto lokasi.' },
    );
    assert.equal(HOLD_REASONS.incomplete_data.id, 'Data laporan belum lengkap');

    const photo = await api.request('POST', '/v1/attachments', {
      raw: new Uint8Array(PNG),
      headers: { 'content-type': 'image/png', 'content-disposition': 'attachment; filename="lokasi.png"' },
    });
    const added = await api.request('POST', `/v1/complaints/${body.trackingId}/replies`, {
      body: { body: 'Foto lokasi terlampir, di depan gerbang sekolah.', attachmentIds: [photo.body.id] },
      headers: { 'reporter-token': body.reporterToken },
    });
    assert.equal(added.status, 201);
    assert.equal(added.body.status, 'on_hold', 'still on hold until LAPOR! forwards it');
    assert.deepEqual(added.body.attachments.map((a: { id: string }) => a.id), [photo.body.id]);
    assert.deepEqual(Object.keys((await h.view(body.trackingId, body.reporterToken)).dueDates), ['verification', 'escalation']);
    assert.equal((await h.forward(body.trackingId)).status, 201);
  });
});

describe('the institution the citizen suggests', () => {
  const api = useSandbox();
  const h = helpers(api);

  it('never disposes a report by itself: it neither sees, answers nor hears of it until LAPOR! forwards it there', async () => {
    const { body: key } = await api.request('POST', '/_sandbox/keys', { key: null, idempotencyKey: null, body: { kind: 'secret', institutionId: 'kemenkes' } });
    const suggestedKey = key.key as string;
    const hook = await api.request('POST', '/v1/agency/webhooks', { key: suggestedKey, body: { url: 'http://127.0.0.1:9/lapor', events: ['*'] } });
    assert.equal(hook.status, 201);
    const { body } = await api.submit({ institutionId: 'kemenkes' });
    const id = body.trackingId as string;
    await h.advanceDays(7);
    const reporterView = await h.view(id, body.reporterToken);
    assert.equal(reporterView.status, 'submitted', 'no disposition without LAPOR! admins');
    assert.equal(reporterView.institution, null);
    assert.equal(reporterView.suggestedInstitution.id, 'kemenkes');
    assert.equal((await api.request('GET', `/v1/agency/complaints/${id}`, { key: suggestedKey })).status, 404);
    const list = await api.request('GET', '/v1/agency/complaints', { key: suggestedKey });
    assert.deepEqual(list.body.data, []);
    const answered = await api.request('POST', `/v1/agency/complaints/${id}/follow-ups`, { key: suggestedKey, body: { body: 'Kami yang menangani laporan ini.' } });
    assert.equal(answered.status, 404);
    const deliveries = await api.request('GET', `/_sandbox/webhooks/deliveries?endpointId=${hook.body.id}`, { key: null });
    assert.deepEqual(deliveries.body.data, [], 'no webhook to the suggested institution');
    await h.forward(id, 'kemenkes');
    assert.equal((await api.request('GET', `/v1/agency/complaints/${id}`, { key: suggestedKey })).status, 200, 'visible once forwarded there');
  });
});
