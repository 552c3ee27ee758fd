import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { timelineEventPage } from '@lapor/client/contract';
import { WorkingCalendar } from '../src/domain/calendar.ts';
import { complaint, useSandbox } from './helpers.ts';

const api = useSandbox();
const sk = 'sk_test_sandbox';

async function timeline(trackingId: string, token?: string) {
  const { body } = await api.request('GET', `/v1/complaints/${trackingId}/events`, token ? { headers: { 'reporter-token': token } } : {});
  return timelineEventPage.parse(body).data;
}

async function view(trackingId: string, token: string) {
  return (await api.request('GET', `/v1/complaints/${trackingId}`, { headers: { 'reporter-token': token } })).body;
}

const followUp = (trackingId: string, body = 'Perbaikan sudah dijadwalkan hari Senin.') =>
  api.request('POST', `/v1/agency/complaints/${trackingId}/follow-ups`, { key: sk, body: { body } });

/** Moves the sandbox clock to the start of the day after a WIB date. */
async function passDate(date: string) {
  const { body: clock } = await api.request('GET', '/_sandbox/clock', { key: null });
  const target = Date.parse(`${date}T00:00:00+07:00`) + 24 * 3600_000 + 60_000;
  const now = Date.parse(clock.now);
  if (target > now) await api.admin('/clock', { advanceHours: (target - now) / 3600_000 });
}

describe('working days', () => {
  const calendar = new WorkingCalendar(['2026-12-24']);
  it('skip weekends, public holidays and collective leave', () => {
    // Tue 22 Dec 2026 + 3 working days: Wed 23, (Thu 24 leave), (Fri 25 Christmas), (weekend), Mon 28, Tue 29.
    assert.equal(calendar.addWorkingDays(Date.parse('2026-12-22T10:00:00+07:00'), 3), '2026-12-29');
    // Independence Day (Mon 17 Aug 2026) is skipped.
    assert.equal(calendar.addWorkingDays(Date.parse('2026-08-14T10:00:00+07:00'), 1), '2026-08-18');
    assert.equal(calendar.isWorkingDay('2026-11-28'), false, 'a Saturday');
  });
});

describe('the lifecycle, on the manual clock', () => {
  it('submitted → forwarded → followed up → closed automatically after 10 working days', async () => {
    const { body: created } = await api.submit();
    const id = created.trackingId;
    const forwarded = await api.admin(`/complaints/${id}/forward`, { institutionId: 'pemkot-mataram' });
    assert.equal(forwarded.status, 201);
    assert.equal(forwarded.body.type, 'forwarded');
    assert.match((await view(id, created.reporterToken)).dueDates.followUp, /^\d{4}-\d{2}-\d{2}$/);

    const posted = await followUp(id);
    assert.equal(posted.status, 201);
    assert.equal(posted.body.type, 'followed_up');
    const afterFollowUp = await view(id, created.reporterToken);
    assert.equal(afterFollowUp.status, 'followed_up');
    const autoClose = afterFollowUp.dueDates.autoClose as string;

    // The day before the deadline ends, nothing happens.
    const { body: clock } = await api.request('GET', '/_sandbox/clock', { key: null });
    const untilDeadline = (Date.parse(`${autoClose}T12:00:00+07:00`) - Date.parse(clock.now)) / 3600_000;
    await api.admin('/clock', { advanceHours: untilDeadline });
    assert.equal((await view(id, created.reporterToken)).status, 'followed_up');

    await passDate(autoClose);
    const closed = await view(id, created.reporterToken);
    assert.equal(closed.status, 'closed');
    const events = await timeline(id);
    assert.deepEqual(events.map((e) => e.type), ['submitted', 'forwarded', 'followed_up', 'closed']);
    assert.equal((events.at(-1) as { mode?: string }).mode, 'auto');
    assert.equal(events.at(-1)!.at.slice(0, 10), new Date(Date.parse(`${autoClose}T00:00:00+07:00`) + 86400_000 + 7 * 3600_000).toISOString().slice(0, 10));
  });

  it("a reporter's reply stops the countdown until the next follow-up", async () => {
    const { body: created } = await api.submit();
    const id = created.trackingId;
    await api.admin(`/complaints/${id}/forward`, { institutionId: 'pemkot-mataram' });
    await followUp(id);
    const reply = await api.request('POST', `/v1/complaints/${id}/replies`, {
      body: { body: 'Belum diperbaiki sampai hari ini.' },
      headers: { 'reporter-token': created.reporterToken },
    });
    assert.equal(reply.status, 201);
    assert.equal(reply.body.type, 'reporter_replied');
    const afterReply = await view(id, created.reporterToken);
    assert.equal(afterReply.dueDates.autoClose, undefined);
    await api.admin('/clock', { advanceDays: 20 });
    assert.equal((await view(id, created.reporterToken)).status, 'followed_up', 'not closed while the reply waits');
    await followUp(id, 'Sudah diperbaiki kemarin, mohon dicek.');
    const due = (await view(id, created.reporterToken)).dueDates.autoClose;
    await passDate(due);
    assert.equal((await view(id, created.reporterToken)).status, 'closed');
  });

  it('escalates to Ombudsman RI 60 days after submission when unsettled', async () => {
    const { body: created } = await api.submit();
    await api.admin(`/complaints/${created.trackingId}/forward`, { institutionId: 'pemkot-mataram' });
    const { body: moved } = await api.admin('/clock', { advanceDays: 61 });
    assert.ok(moved.timersFired >= 1);
    const events = await timeline(created.trackingId);
    assert.equal(events.at(-1)!.type, 'escalated');
    assert.equal((await view(created.trackingId, created.reporterToken)).status, 'escalated');
    const late = await followUp(created.trackingId);
    assert.equal(late.status, 409);
    assert.equal(late.body.code, 'invalid_transition');
  });

  it('hold, redirect (not our authority) and archive', async () => {
    const { body: a } = await api.submit();
    assert.equal((await api.admin(`/complaints/${a.trackingId}/hold`, { reason: 'incomplete_data' })).body.status, 'on_hold');
    await api.admin(`/complaints/${a.trackingId}/forward`, { institutionId: 'kemenkes' });
    const redirected = await api.admin(`/complaints/${a.trackingId}/redirect`, { institutionId: 'pemkot-mataram' });
    assert.equal(redirected.body.type, 'redirected');
    assert.equal(redirected.body.from.id, 'kemenkes');
    assert.equal(redirected.body.institution.id, 'pemkot-mataram');

    const { body: b } = await api.submit();
    const archived = await api.admin(`/complaints/${b.trackingId}/archive`, { reason: 'Laporan terlalu umum' });
    assert.equal(archived.body.status, 'archived');
    const again = await api.admin(`/complaints/${b.trackingId}/forward`, { institutionId: 'pemkot-mataram' });
    assert.equal(again.status, 409);
  });

  it('refuses a follow-up from an institution the complaint was not forwarded to', async () => {
    const { body: key } = await api.request('POST', '/_sandbox/keys', { key: null, idempotencyKey: null, body: { kind: 'publishable' } });
    const { body: elsewhere } = await api.submit({}, key.key);
    await api.admin(`/complaints/${elsewhere.trackingId}/forward`, { institutionId: 'kemenkes' });
    assert.equal((await followUp(elsewhere.trackingId)).status, 404, 'not even visible');
    // Sent from the institution's own site, but forwarded elsewhere: not even visible to it.
    const { body: hosted } = await api.submit();
    await api.admin(`/complaints/${hosted.trackingId}/forward`, { institutionId: 'kemenkes' });
    assert.equal((await followUp(hosted.trackingId)).status, 404);
    // Submitted by the institution through the agency route, forwarded elsewhere: visible, not its to answer.
    const { body: own } = await api.request('POST', '/v1/agency/complaints', { key: sk, body: { ...complaint(), sourceRef: 'FOLLOW-1' } });
    await api.admin(`/complaints/${own.trackingId}/forward`, { institutionId: 'kemenkes' });
    const refused = await followUp(own.trackingId);
    assert.equal(refused.status, 409);
    assert.equal(refused.body.code, 'invalid_transition');
    assert.equal(refused.body.detail, `Laporan #${own.trackingId} belum diteruskan ke instansi Anda; tindak lanjut tidak dapat dikirim.`);
  });

  it('validates admin input and refuses to move a real clock backwards', async () => {
    const bad = await api.admin('/complaints/1234567/forward', {});
    assert.equal(bad.status, 422);
    const back = await api.admin('/clock', { advanceDays: -1 });
    assert.equal(back.status, 422);
    const unknown = await api.admin('/nothing-here', {});
    assert.equal(unknown.status, 404);
  });
});
