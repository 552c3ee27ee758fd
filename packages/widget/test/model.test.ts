// The form model in Node (no DOM): the fields, the report they make, and the draft that
// keeps them on the device.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { complaintInput, validate } from '@lapor/client/contract';
import { emptyFields, fromDraft, newFormState, toDraft, type FormFields } from '../src/form/model.ts';
import { toComplaintInput } from '../src/form/input.ts';

const mataram = { value: '52.71', label: 'Kota Mataram', description: '52.71' };

function filled(changes: Partial<FormFields> = {}): FormFields {
  return {
    ...emptyFields(),
    classification: 'complaint',
    title: 'Jalan berlubang di depan SDN 3 Mataram',
    body: 'Lubang sedalam 30 cm sudah dua minggu belum diperbaiki dan membahayakan pengendara.',
    incidentDate: '2026-11-20',
    location: mataram,
    address: 'Jl. Pejanggik',
    name: 'Siti Aminah',
    email: ' siti@example.id ',
    phone: '0812-3456 7890',
    consent: true,
    ...changes,
  };
}

describe('form model', () => {
  it('starts empty: no text, no choices, nothing ticked', () => {
    const fields = emptyFields();
    assert.equal(fields.title, '');
    assert.equal(fields.classification, '');
    assert.equal(fields.location, undefined);
    assert.equal(fields.consent, false);
    assert.notEqual(emptyFields(), fields, 'a new object each time: a reset never shares the old one');
    assert.equal(newFormState().errors.size, 0);
  });

  it('makes a complaint the contract accepts, with its incident date and location', () => {
    const input = toComplaintInput(filled(), [{ id: 'att_1' }]);
    assert.deepEqual(input, {
      classification: 'complaint',
      title: 'Jalan berlubang di depan SDN 3 Mataram',
      body: 'Lubang sedalam 30 cm sudah dua minggu belum diperbaiki dan membahayakan pengendara.',
      incidentDate: '2026-11-20',
      location: { regionCode: '52.71', address: 'Jl. Pejanggik' },
      attachmentIds: ['att_1'],
      anonymous: false,
      confidential: false,
      reporter: { name: 'Siti Aminah', email: 'siti@example.id', phone: '081234567890' },
    });
    assert.equal(validate(complaintInput, input).success, true);
  });

  it('sends only what the classification asks for: an aspiration carries the origin, never the location or a position', () => {
    const input = toComplaintInput(filled({ classification: 'aspiration', origin: mataram, lat: -8.58, lng: 116.11 }), []);
    assert.equal(input.location, undefined);
    assert.equal(input.incidentDate, undefined);
    assert.deepEqual(input.reporterOrigin, { regionCode: '52.71' });
    assert.equal(input.attachmentIds, undefined);
  });

  it('keeps a position only when both coordinates are known', () => {
    assert.deepEqual(toComplaintInput(filled({ lat: -8.58, lng: 116.11 }), []).location, { regionCode: '52.71', address: 'Jl. Pejanggik', lat: -8.58, lng: 116.11 });
    assert.equal(toComplaintInput(filled({ lat: -8.58 }), []).location?.lat, undefined);
  });

  it('leaves no classification for the contract to name when none is chosen', () => {
    const result = validate(complaintInput, toComplaintInput(filled({ classification: '' }), []), { locale: 'en' });
    assert.equal(result.success, false);
    assert.ok(!result.success && result.issues.some((issue) => issue.path === 'classification'));
  });

  it('keeps a draft without the consent, and without contact details unless the citizen chose to keep them', () => {
    const now = new Date('2026-11-27T02:00:00Z');
    const draft = toDraft(filled(), { attachments: [], idempotencyKey: 'key-1', now });
    assert.equal('consent' in draft, false);
    assert.equal(draft.name, '');
    assert.equal(draft.email, '');
    assert.equal(draft.phone, '');
    assert.equal(draft.savedAt, '2026-11-27T02:00:00.000Z');
    assert.equal(draft.idempotencyKey, 'key-1');
    const kept = toDraft(filled({ keepContact: true }), { attachments: [] });
    assert.equal(kept.name, 'Siti Aminah');
    assert.equal(kept.phone, '0812-3456 7890');
  });

  it('restores every field of a draft, through JSON as the device stores it, but never the consent', () => {
    const fields = filled({ keepContact: true, remember: true, anonymous: true, institution: { value: 'pemkot-mataram', label: 'Pemerintah Kota Mataram' }, lat: 1, lng: 2 });
    const restored = fromDraft(JSON.parse(JSON.stringify(toDraft(fields, { attachments: [] }))));
    assert.deepEqual(JSON.parse(JSON.stringify(restored)), JSON.parse(JSON.stringify({ ...fields, consent: false })));
  });

  it('trusts nothing of the wrong kind from storage', () => {
    const restored = fromDraft({ classification: 'whistleblowing', title: 42, body: 'ok', anonymous: 'yes', location: { value: 5 }, lat: 'x', consent: true, extra: 'dropped' });
    assert.deepEqual(restored, { ...emptyFields(), body: 'ok' });
  });
});
