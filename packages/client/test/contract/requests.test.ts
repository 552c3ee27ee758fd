import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  LIMITS,
  agencyComplaintInput,
  agencyComplaintQuery,
  complaintInput,
  followUpInput,
  institutionQuery,
  regionQuery,
  replyInput,
  trackingId,
  validate,
  webhookEndpointInput,
} from '@lapor/client/contract';
import { validAspiration, validComplaint, validInformationRequest, withChange } from './fixtures.ts';

/** Tomorrow in UTC+14: later than today anywhere on Earth. */
const tomorrow = new Date(Date.now() + 38 * 3600_000).toISOString().slice(0, 10);

describe('complaintInput: valid reports', () => {
  for (const [name, input] of Object.entries({ validComplaint, validAspiration, validInformationRequest })) {
    it(`accepts ${name}`, () => {
      const result = validate(complaintInput, input);
      assert.deepEqual(result.success ? [] : result.issues, []);
    });
  }

  it('trims text and defaults the privacy flags to false', () => {
    const result = complaintInput.parse(withChange(validAspiration, (c) => (c.title = '  Usul taman baca  ')));
    assert.equal(result.title, 'Usul taman baca');
    assert.equal(result.anonymous, false);
    assert.equal(result.confidential, false);
  });

  it('accepts the limits exactly', () => {
    const input = withChange(validComplaint, (c) => {
      c.title = 'x'.repeat(LIMITS.titleMax);
      c.body = 'y'.repeat(LIMITS.bodyMax);
      c.attachmentIds = Array.from({ length: LIMITS.attachmentsMax }, (_, i) => `att_${i}`);
    });
    assert.equal(validate(complaintInput, input).success, true);
  });
});

// Every rule of the citizen form (docs/en/sp4n-lapor.md) with a failing example and its code.
const invalid: Array<[string, object, string, string]> = [
  ['classification missing', withChange(validComplaint, (c) => delete c.classification), 'classification', 'required'],
  ['classification unknown', withChange(validComplaint, (c) => (c.classification = 'praise')), 'classification', 'invalid_option'],
  ['title missing', withChange(validComplaint, (c) => delete c.title), 'title', 'required'],
  ['title blank', withChange(validComplaint, (c) => (c.title = '     ')), 'title', 'required'],
  ['title too short', withChange(validComplaint, (c) => (c.title = 'Abcd')), 'title', 'too_short'],
  ['title too long', withChange(validComplaint, (c) => (c.title = 'x'.repeat(151))), 'title', 'too_long'],
  ['body too short', withChange(validComplaint, (c) => (c.body = 'Terlalu pendek.')), 'body', 'too_short'],
  ['body too long', withChange(validComplaint, (c) => (c.body = 'y'.repeat(5001))), 'body', 'too_long'],
  ['body wrong type', withChange(validComplaint, (c) => (c.body = 42)), 'body', 'invalid_type'],
  ['complaint without incident date', withChange(validComplaint, (c) => delete c.incidentDate), 'incidentDate', 'required'],
  ['incident date in the future', withChange(validComplaint, (c) => (c.incidentDate = tomorrow)), 'incidentDate', 'date_in_future'],
  ['incident date not a date', withChange(validComplaint, (c) => (c.incidentDate = '2026-02-30')), 'incidentDate', 'invalid_date'],
  ['incident date on an aspiration', withChange(validAspiration, (c) => (c.incidentDate = '2026-11-01')), 'incidentDate', 'not_applicable'],
  ['complaint without location', withChange(validComplaint, (c) => delete c.location), 'location', 'required'],
  ['location with a bad region code', withChange(validComplaint, (c) => (c.location.regionCode = 'Mataram')), 'location.regionCode', 'invalid_region_code'],
  ['latitude out of range', withChange(validComplaint, (c) => (c.location.lat = 91)), 'location.lat', 'too_big'],
  ['longitude out of range', withChange(validComplaint, (c) => (c.location.lng = -181)), 'location.lng', 'too_small'],
  ['address too long', withChange(validComplaint, (c) => (c.location.address = 'a'.repeat(301))), 'location.address', 'too_long'],
  ['aspiration without reporter origin', withChange(validAspiration, (c) => delete c.reporterOrigin), 'reporterOrigin', 'required'],
  ['information request without reporter origin', withChange(validInformationRequest, (c) => delete c.reporterOrigin), 'reporterOrigin', 'required'],
  ['reporter origin with a bad code', withChange(validAspiration, (c) => (c.reporterOrigin.regionCode = '5')), 'reporterOrigin.regionCode', 'invalid_region_code'],
  ['institution id with spaces', withChange(validComplaint, (c) => (c.institutionId = 'pemkot mataram')), 'institutionId', 'invalid_id'],
  ['category id empty', withChange(validComplaint, (c) => (c.categoryId = '')), 'categoryId', 'invalid_id'],
  ['too many attachments', withChange(validComplaint, (c) => (c.attachmentIds = ['a', 'b', 'c', 'd', 'e', 'f'])), 'attachmentIds', 'too_many'],
  ['the same attachment twice', withChange(validComplaint, (c) => (c.attachmentIds = ['a', 'a'])), 'attachmentIds', 'duplicate'],
  ['anonymous not a boolean', withChange(validComplaint, (c) => (c.anonymous = 'yes')), 'anonymous', 'invalid_type'],
  ['confidential not a boolean', withChange(validComplaint, (c) => (c.confidential = 1)), 'confidential', 'invalid_type'],
  ['reporter missing', withChange(validComplaint, (c) => delete c.reporter), 'reporter', 'required'],
  ['reporter name too short', withChange(validComplaint, (c) => (c.reporter.name = 'S')), 'reporter.name', 'too_short'],
  ['reporter email invalid', withChange(validComplaint, (c) => (c.reporter.email = 'siti@')), 'reporter.email', 'invalid_email'],
  ['reporter phone invalid', withChange(validComplaint, (c) => (c.reporter.phone = '12345')), 'reporter.phone', 'invalid_phone'],
  ['reporter without any contact', withChange(validComplaint, (c) => (c.reporter = { name: 'Siti' })), 'reporter.email', 'contact_required'],
  ['an unknown field', withChange(validComplaint, (c) => (c.priority = 'high')), 'priority', 'unknown_field'],
  ['an unknown nested field', withChange(validComplaint, (c) => (c.reporter.nik = '5271')), 'reporter.nik', 'unknown_field'],
  ['captcha token too long', withChange(validComplaint, (c) => (c.captchaToken = 't'.repeat(4097))), 'captchaToken', 'too_long'],
];

describe('complaintInput: every rule rejects with a stable code', () => {
  for (const [name, input, path, code] of invalid) {
    it(`${name} → ${path}: ${code}`, () => {
      const result = validate(complaintInput, input);
      assert.equal(result.success, false);
      if (result.success) return;
      assert.deepEqual(
        result.issues.map((i) => [i.path, i.code]),
        [[path, code]],
      );
      assert.ok(result.issues[0]!.message.length > 10, 'has a message');
    });
  }

  it('reports every problem at once, not only the first', () => {
    const result = validate(complaintInput, { classification: 'complaint', title: 'Ab', body: 'pendek' });
    assert.equal(result.success, false);
    if (result.success) return;
    assert.deepEqual(
      result.issues.map((i) => i.path).sort(),
      ['body', 'incidentDate', 'location', 'reporter', 'title'],
    );
  });

  it('rejects a body that is not an object', () => {
    for (const input of [null, 'text', 42, []]) {
      const result = validate(complaintInput, input);
      assert.equal(result.success, false);
      if (!result.success) assert.equal(result.issues[0]!.code, 'invalid_type');
    }
  });
});

describe('reporter phone', () => {
  const withPhone = (phone: string) => validate(complaintInput, withChange(validComplaint, (c) => (c.reporter.phone = phone)));
  it('accepts 08…, 62… and +62… with spaces, dots and dashes between digits', () => {
    for (const phone of ['081234567890', '0812 3456 7890', '0812-3456-7890', '0812.3456.7890', '6281234567890', '62 812 3456 7890', '+6281234567890', '+62 812-3456-7890', ' +62.812.3456.7890 ', '0370 123456']) {
      assert.equal(withPhone(phone).success, true, phone);
    }
  });
  it('refuses other shapes', () => {
    for (const phone of ['12345', '0812', '+1 202 555 0100', '+62 0812 3456 7890', '0812--3456-7890', '0812 3456 7890 1234 5', '0812/3456/7890', 'nomor 0812']) {
      const result = withPhone(phone);
      assert.equal(result.success, false, phone);
      if (!result.success) assert.deepEqual(result.issues.map((i) => [i.path, i.code]), [['reporter.phone', 'invalid_phone']], phone);
    }
  });
});

describe('agencyComplaintInput', () => {
  it('needs a sourceRef', () => {
    const result = validate(agencyComplaintInput, validComplaint);
    assert.deepEqual(result.success ? [] : result.issues.map((i) => [i.path, i.code]), [['sourceRef', 'required']]);
  });
  it('accepts a complaint with its sourceRef', () => {
    assert.equal(validate(agencyComplaintInput, { ...validComplaint, sourceRef: 'SIPP-2026-0042' }).success, true);
  });
  it('keeps the classification rules', () => {
    const input = withChange({ ...validAspiration, sourceRef: 'X-1' }, (c) => delete c.reporterOrigin);
    const result = validate(agencyComplaintInput, input);
    assert.deepEqual(result.success ? [] : result.issues.map((i) => [i.path, i.code]), [['reporterOrigin', 'required']]);
  });
});

const others: Array<[string, { safeParse(v: unknown): { success: boolean } }, unknown, boolean]> = [
  ['follow-up', followUpInput, { body: 'Sudah kami perbaiki pada 25 November.' }, true],
  ['follow-up too short', followUpInput, { body: 'Oke' }, false],
  ['follow-up with 6 attachments', followUpInput, { body: 'Sudah kami perbaiki.', attachmentIds: ['a', 'b', 'c', 'd', 'e', 'f'] }, false],
  ['reply', replyInput, { body: 'Terima kasih, sudah diperbaiki.' }, true],
  ['reply empty', replyInput, { body: ' ' }, false],
  ['reply with an unknown field', replyInput, { body: 'Terima kasih', rating: 5 }, false],
  ['webhook endpoint', webhookEndpointInput, { url: 'https://sipp.example.go.id/hooks/lapor', events: ['*'] }, true],
  ['webhook endpoint with named events', webhookEndpointInput, { url: 'http://localhost:3000/hook', events: ['complaint.forwarded', 'complaint.closed'] }, true],
  ['webhook endpoint with no events', webhookEndpointInput, { url: 'https://a.example/h', events: [] }, false],
  ['webhook endpoint with an unknown event', webhookEndpointInput, { url: 'https://a.example/h', events: ['complaint.liked'] }, false],
  ['webhook endpoint with a ftp url', webhookEndpointInput, { url: 'ftp://a.example/h', events: ['*'] }, false],
  ['tracking id', trackingId, '1916449', true],
  ['tracking id too short', trackingId, '1234', false],
  ['tracking id with letters', trackingId, '19164a9', false],
  ['tracking id too long', trackingId, '1234567890123', false],
  ['institution query', institutionQuery, { q: 'kesehatan', limit: '20' }, true],
  ['institution query with a limit over 100', institutionQuery, { limit: '101' }, false],
  ['institution query with an unknown type', institutionQuery, { type: 'club' }, false],
  ['region query by parent', regionQuery, { parentCode: '52.71', level: 'district' }, true],
  ['region query with a bad parent', regionQuery, { parentCode: 'NTB' }, false],
  ['agency query', agencyComplaintQuery, { status: 'forwarded,followed_up', updatedSince: '2026-11-27T09:00:00+07:00' }, true],
  ['agency query with an unknown status', agencyComplaintQuery, { status: 'forwarded,lost' }, false],
  ['agency query with a time without offset', agencyComplaintQuery, { updatedSince: '2026-11-27T09:00:00' }, false],
];

describe('other requests', () => {
  for (const [name, schema, input, ok] of others) {
    it(`${ok ? 'accepts' : 'rejects'} ${name}`, () => assert.equal(schema.safeParse(input).success, ok));
  }
});
