import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { complaint, useSandbox } from './helpers.ts';

const api = useSandbox();

const mailbox = async (trackingId: string) =>
  (await api.request('GET', `/_sandbox/notifications?trackingId=${trackingId}`, { key: null })).body.data as Array<{
    channel: string;
    to: string;
    subject: string | null;
    text: string;
    trackingId: string;
  }>;

describe('GET /_sandbox/notifications: what LAPOR! would send the reporter', () => {
  it('an e-mail and an SMS at each step: forwarded, followed up, closed', async () => {
    const { body } = await api.submit({ reporter: { ...complaint().reporter, email: 'siti@example.id', phone: '0812 3456 7890' } });
    const id = body.trackingId as string;
    assert.deepEqual(await mailbox(id), [], 'nothing for a report still waiting');
    await api.admin(`/complaints/${id}/forward`, { institutionId: 'pemkot-mataram' });
    await api.admin(`/complaints/${id}/follow-up`, { body: 'Lubang sudah ditambal pada Senin pagi.' });
    await api.admin(`/complaints/${id}/close`);
    const sent = await mailbox(id);
    assert.deepEqual(
      sent.map((n) => [n.channel, n.to]),
      [['email', 'siti@example.id'], ['sms', '+6281234567890'], ['email', 'siti@example.id'], ['sms', '+6281234567890'], ['email', 'siti@example.id'], ['sms', '+6281234567890']],
    );
    const [closed, , followedUp, , forwarded] = sent;
    assert.equal(closed!.subject, `Laporan #${id} selesai`);
    assert.match(followedUp!.text, /Lubang sudah ditambal pada Senin pagi\./);
    assert.match(followedUp!.text, /10 hari kerja/);
    assert.equal(forwarded!.subject, `Laporan #${id} diteruskan ke Pemerintah Kota Mataram`);
    assert.match(forwarded!.text, /5 hari kerja/);
    for (const sms of sent.filter((n) => n.channel === 'sms')) assert.ok(sms.text.length <= 160, sms.text);
  });

  it('a hold tells the reason and the note; an escalation says Ombudsman RI', async () => {
    const { body } = await api.submit({ reporter: { name: 'Lalu Ahmad', phone: '081987654321' } });
    await api.admin(`/complaints/${body.trackingId}/hold`, { reason: 'missing_evidence', note: 'Lampirkan foto jalan.' });
    const [held] = await mailbox(body.trackingId);
    assert.equal(held!.channel, 'sms', 'no e-mail address, so only an SMS');
    assert.equal(held!.text, `LAPOR! #${body.trackingId} ditunda: Bukti pendukung belum dilampirkan. Lengkapi lewat halaman laporan Anda.`);
    await api.admin('/clock', { advanceDays: 61 });
    const [escalated] = await mailbox(body.trackingId);
    assert.equal(escalated!.text, `LAPOR! #${body.trackingId} dilimpahkan ke Ombudsman RI.`);
  });

  it('validates its query', async () => {
    const bad = await api.request('GET', '/_sandbox/notifications?limit=0', { key: null });
    assert.equal(bad.status, 422);
  });
});
