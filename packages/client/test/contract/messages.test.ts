import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ISSUE_CODES, complaintInput, formatIssue, idMessages, registerLocale, resolveLocale, validate } from '@lapor/client/contract';
import { enMessages } from '@lapor/client/locales/en';
import { createClient } from '@lapor/client';
import { validComplaint, withChange } from './fixtures.ts';

describe('validation messages', () => {
  // Runs first: the tests below use the English table this registers.
  it('are English only once registered by a call (importing the table has no side effect)', () => {
    assert.equal(resolveLocale('en'), 'id');
    registerLocale('en', enMessages);
    assert.equal(resolveLocale('en'), 'en');
  });

  // Runs before anything registers the complete Indonesian table.
  it('built in are only what a citizen meets; the agency and webhook routes\' once registered (createClient in Node does)', () => {
    // Browser bundles carry the citizen's part: a code of another route still reads as a sentence.
    assert.equal(formatIssue('url_not_public', ['url']), 'Isian tidak valid. Periksa kembali isiannya.');
    assert.equal(formatIssue('required', ['sourceRef']), 'Isian wajib diisi.');
    assert.equal(formatIssue('required', ['reporter', 'name']), 'Nama pelapor wajib diisi.');
    createClient({ endpoint: 'http://localhost:4010', siteKey: 'pk_test_sandbox' });
    assert.match(formatIssue('url_not_public', ['url']), /^URL mengarah ke alamat jaringan internal/);
    assert.equal(formatIssue('required', ['sourceRef']), 'Nomor referensi instansi wajib diisi.');
    assert.equal(formatIssue('invalid_month', ['from']), 'Bulan awal harus berupa bulan TTTT-BB, misalnya 2026-01.');
  });

  it('are Indonesian by default and say how to fix the input', () => {
    assert.equal(formatIssue('too_short', ['title'], { min: 5 }), 'Judul laporan minimal 5 karakter.');
    assert.equal(formatIssue('required', ['incidentDate']), 'Tanggal kejadian wajib diisi.');
    assert.equal(formatIssue('too_many', ['attachmentIds', 5], { max: 5 }), 'Lampiran paling banyak 5. Hapus sebagian.');
  });

  it('are English on request', () => {
    assert.equal(formatIssue('too_short', ['title'], { min: 5 }, { locale: 'en' }), 'Title must be at least 5 characters.');
    assert.equal(formatIssue('required', ['reporter', 'name'], {}, { locale: 'en-GB' }), 'Enter your name.');
  });

  it('fall back to Indonesian for other languages', () => {
    assert.equal(resolveLocale('fr'), 'id');
    assert.equal(resolveLocale(undefined), 'id');
    assert.equal(resolveLocale('EN_us'), 'en');
  });

  it('exist for every code in both languages, naming the field', () => {
    for (const [locale, table] of Object.entries({ id: idMessages, en: enMessages })) {
      for (const code of ISSUE_CODES) {
        const message = table.issues[code]({ label: 'LABEL', min: 1, max: 9, key: 'KEY', filename: 'foto.heic' });
        assert.ok(message.length > 10, `${locale}.${code}`);
        assert.ok(/[.!]$/.test(message), `${locale}.${code} is a sentence`);
      }
    }
  });

  it('come from validate in the chosen language', () => {
    const input = withChange(validComplaint, (c) => (c.title = 'Abc'));
    const id = validate(complaintInput, input);
    const en = validate(complaintInput, input, { locale: 'en' });
    assert.equal(id.success || id.issues[0]!.message, 'Judul laporan minimal 5 karakter.');
    assert.equal(en.success || en.issues[0]!.message, 'Title must be at least 5 characters.');
  });

  it('can be overridden by the agency, label or message', () => {
    const input = withChange(validComplaint, (c) => (c.title = 'Abc'));
    const label = validate(complaintInput, input, { messages: { fields: { title: 'Perihal' } } });
    assert.equal(label.success || label.issues[0]!.message, 'Perihal minimal 5 karakter.');
    const message = validate(complaintInput, input, {
      messages: { issues: { too_short: ({ label, min }) => `${label}: paling sedikit ${min} huruf.` } },
    });
    assert.equal(message.success || message.issues[0]!.message, 'Judul laporan: paling sedikit 5 huruf.');
  });

  it('name the file for attachment problems', () => {
    assert.match(formatIssue('file_too_large', ['file'], { filename: 'IMG_2041.jpg', max: 2 * 1024 * 1024 }), /"IMG_2041\.jpg" lebih besar dari 2 MB/);
    assert.match(formatIssue('file_type_not_allowed', ['file'], { filename: 'data.zip' }, { locale: 'en' }), /"data\.zip" is not a supported file type/);
  });
});
