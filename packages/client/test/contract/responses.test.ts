import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  categoryList,
  complaintCreated,
  complaintView,
  institutionPage,
  isKnownEvent,
  problem,
  regionPage,
  timelineEvent,
  timelineEventPage,
  webhookEvent,
} from '@lapor/client/contract';

const forwarded = {
  id: 'evt_2',
  trackingId: '1916449',
  type: 'forwarded',
  at: '2026-11-28T10:00:00+07:00',
  status: 'forwarded',
  institution: { id: 'pemkot-mataram', name: 'Pemerintah Kota Mataram' },
};

const publicView = {
  view: 'public',
  trackingId: '1916449',
  classification: 'complaint',
  title: 'Jalan berlubang di depan SDN 3 Mataram',
  body: 'Lubang sedalam 30 cm sudah dua minggu belum diperbaiki.',
  status: 'forwarded',
  createdAt: '2026-11-27T09:00:00+07:00',
  updatedAt: '2026-11-28T10:00:00+07:00',
  incidentDate: '2026-11-20',
  location: { regionCode: '52.71', regionName: 'Kota Mataram', address: 'Jl. Pejanggik' },
  institution: { id: 'pemkot-mataram', name: 'Pemerintah Kota Mataram' },
  category: null,
  anonymous: false,
  attachments: [],
  dueDates: { verification: '2026-12-02', followUp: '2026-12-05' },
};

describe('responses are parsed leniently', () => {
  it('keeps fields a newer server added', () => {
    const parsed = complaintView.parse({ ...publicView, upvotes: 12 });
    assert.equal((parsed as Record<string, unknown>).upvotes, 12);
  });

  it('keeps an unknown status as a string', () => {
    const parsed = complaintView.parse({ ...publicView, status: 'mediation' });
    assert.equal(parsed.status, 'mediation');
  });

  it('keeps an unknown classification and institution type', () => {
    assert.equal(complaintView.parse({ ...publicView, classification: 'whistleblowing' }).classification, 'whistleblowing');
    const page = institutionPage.parse({
      data: [{ id: 'x', name: 'Badan Baru', type: 'special_body', regionCode: null }],
      nextCursor: null,
    });
    assert.equal(page.data[0]!.type, 'special_body');
  });

  it('parses an unknown timeline event type with its common fields', () => {
    const parsed = timelineEvent.parse({ ...forwarded, type: 'mediated', mediator: 'Ombudsman' });
    assert.equal(parsed.type, 'mediated');
    assert.equal((parsed as Record<string, unknown>).mediator, 'Ombudsman');
  });

  it('parses known timeline events by type', () => {
    const parsed = timelineEvent.parse(forwarded);
    assert.equal(parsed.type, 'forwarded');
    assert.ok(isKnownEvent(parsed));
    if (isKnownEvent(parsed) && parsed.type === 'forwarded') assert.equal(parsed.institution.name, 'Pemerintah Kota Mataram');
    assert.equal(isKnownEvent(timelineEvent.parse({ ...forwarded, type: 'mediated' })), false);
    const page = timelineEventPage.parse({ data: [forwarded, { ...forwarded, id: 'evt_3', type: 'closed', mode: 'auto' }], nextCursor: 'c2' });
    assert.equal(page.data.length, 2);
    assert.equal(page.nextCursor, 'c2');
  });

  it('still rejects a response missing what the contract promises', () => {
    const { trackingId: _, ...withoutId } = publicView;
    assert.equal(complaintView.safeParse(withoutId).success, false);
    assert.equal(complaintCreated.safeParse({ trackingId: '1916449', status: 'submitted' }).success, false);
  });

  it('tells the views apart', () => {
    const reporter = complaintView.parse({
      ...publicView,
      view: 'reporter',
      confidential: true,
      channel: 'integration',
      reporter: { name: 'Siti Aminah', email: 'siti@example.id' },
    });
    assert.equal(reporter.view, 'reporter');
    if (reporter.view === 'reporter') assert.equal(reporter.reporter.name, 'Siti Aminah');
  });

  it('parses the directory lists', () => {
    assert.equal(categoryList.parse({ data: [{ id: 'a', parentId: null, name: 'Kesehatan' }] }).data.length, 1);
    const regions = regionPage.parse({ data: [{ code: '52.71', name: 'Kota Mataram', level: 'regency', parentCode: '52' }], nextCursor: null });
    assert.equal(regions.data[0]!.parentCode, '52');
  });

  it('parses webhook events, known and unknown', () => {
    const known = webhookEvent.parse({
      id: 'evt_9',
      type: 'complaint.forwarded',
      createdAt: '2026-11-28T10:00:00+07:00',
      institutionId: 'pemkot-mataram',
      data: { trackingId: '1916449', status: 'forwarded', event: forwarded },
    });
    assert.equal(known.type, 'complaint.forwarded');
    const unknown = webhookEvent.parse({
      id: 'evt_10',
      type: 'complaint.mediated',
      createdAt: '2026-11-28T10:00:00+07:00',
      institutionId: 'pemkot-mataram',
      data: { trackingId: '1916449', status: 'mediation', event: { ...forwarded, type: 'mediated' } },
    });
    assert.equal(unknown.type, 'complaint.mediated');
  });

  it('parses a problem document with an unknown code', () => {
    const parsed = problem.parse({
      type: 'https://lapor.dev/problems/new', title: 'New', status: 418, code: 'teapot', requestId: 'req_1',
    });
    assert.equal(parsed.code, 'teapot');
  });
});
