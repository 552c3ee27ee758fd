// Control and text-direction characters in free text: refused by the contract, so the
// widget, the client and the sandbox all say the same thing about them.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  CONTROL_CHARACTERS,
  agencyComplaintInput,
  complaintInput,
  followUpInput,
  regionQuery,
  registerLocale,
  replyInput,
  validate,
  webhookEndpointInput,
} from '@lapor/client/contract';
import { enMessages } from '@lapor/client/locales/en';

registerLocale('en', enMessages);
import { validComplaint, withChange } from './fixtures.ts';

const HIDDEN = {
  NUL: '\u0000',
  BEL: '\u0007',
  ESC: '\u001b',
  DEL: '\u007f',
  'C1 CSI': '\u009b',
  'lone CR': '\r',
  RLO: '\u202e',
  LRE: '\u202a',
  RLI: '\u2067',
  PDI: '\u2069',
};

describe('free text refuses control and bidi-override characters', () => {
  for (const [name, char] of Object.entries(HIDDEN)) {
    it(`${name} in title, body, address and the reporter's name`, () => {
      for (const field of ['title', 'body', 'address', 'name'] as const) {
        const input = withChange(validComplaint, (c) => {
          if (field === 'address') c.location!.address = `Jl. Pejang${char}gik`;
          else if (field === 'name') c.reporter.name = `Siti${char} Aminah`;
          else c[field] = `${c[field]}${char} tambahan`;
        });
        const result = validate(complaintInput, input);
        assert.equal(result.success, false, `${name} in ${field}`);
        if (!result.success) {
          const path = { title: 'title', body: 'body', address: 'location.address', name: 'reporter.name' }[field];
          assert.deepEqual(result.issues.map((i) => [i.path, i.code]), [[path, 'invalid_characters']]);
        }
      }
    });
  }

  it('keeps tab, line feed and CRLF, and ordinary Unicode text', () => {
    const input = withChange(validComplaint, (c) => {
      c.body = 'Baris pertama\r\nBaris kedua\n\tberindentasi; nama jalan: ‏Jl. Ahmad Yani, ☕ 🙏🏽 — “kutipan”.';
    });
    const result = validate(complaintInput, input);
    assert.deepEqual(result.success ? [] : result.issues, []);
    assert.equal(CONTROL_CHARACTERS.test('Ibu Ṣāliḥah (عائشة)'), false);
  });

  it('covers every text field of the other inputs', () => {
    const rlo = 'Tindak lanjut \u202egnp.exe sudah dikerjakan';
    assert.equal(validate(followUpInput, { body: rlo }).success, false);
    assert.equal(validate(replyInput, { body: rlo }).success, false);
    assert.equal(validate(agencyComplaintInput, { ...validComplaint, sourceRef: 'REF\u00001' }).success, false);
    assert.equal(validate(regionQuery, { q: 'mata\u0000ram' }).success, false);
    assert.equal(validate(webhookEndpointInput, { url: 'https://dinas.example.go.id/hook', events: ['*'], description: 'a\u0007' }).success, false);
  });

  it('says so in Indonesian and English, naming the field', () => {
    const input = withChange(validComplaint, (c) => (c.title = 'Jalan\u0000 berlubang'));
    const id = validate(complaintInput, input);
    const en = validate(complaintInput, input, { locale: 'en' });
    assert.match(id.success ? '' : id.issues[0]!.message, /^Judul laporan berisi karakter tersembunyi/);
    assert.match(en.success ? '' : en.issues[0]!.message, /^Title contains hidden characters/);
  });
});
