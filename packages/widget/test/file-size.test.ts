// File sizes in hints and the attachment list, in Node (no DOM): worded as the locale would
// word them, without the locale's number format (its first use loads the locale's data in
// the middle of the form's first render).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileSize } from '../src/i18n/index.ts';

const MB = 1024 * 1024;

describe('fileSize', () => {
  it('words sizes as id-ID and en-GB do', () => {
    const sizes = [1, 512, 1024, 85 * 1024, 999 * 1024, 1000 * 1024, 1023 * 1024, MB - 1, MB, 1.4 * MB, 1.45 * MB, 1.96 * MB, 2 * MB, 10 * MB, 999.97 * MB, 1024 * MB, 12345.6 * MB];
    for (const bytes of sizes) {
      const small = bytes < MB;
      const value = small ? Math.max(1, Math.round(bytes / 1024)) : bytes / MB;
      for (const [language, locale] of [['id', 'id-ID'], ['en', 'en-GB']] as const) {
        const expected = `${value.toLocaleString(locale, { maximumFractionDigits: 1 })} ${small ? 'KB' : 'MB'}`;
        assert.equal(fileSize(bytes, language), expected, `${bytes} bytes in ${language}`);
      }
    }
    assert.equal(fileSize(1.4 * MB, 'id'), '1,4 MB');
    assert.equal(fileSize(85 * 1024, 'en'), '85 KB');
  });

  it('does not use the locale-aware number format', () => {
    const { toLocaleString } = Number.prototype;
    const { NumberFormat } = Intl;
    Number.prototype.toLocaleString = () => assert.fail('toLocaleString loads the locale data');
    Intl.NumberFormat = (() => assert.fail('Intl.NumberFormat loads the locale data')) as unknown as typeof Intl.NumberFormat;
    try {
      assert.equal(fileSize(10 * MB, 'id'), '10 MB');
      assert.equal(fileSize(1536 * 1024, 'en'), '1.5 MB');
    } finally {
      Number.prototype.toLocaleString = toLocaleString;
      Intl.NumberFormat = NumberFormat;
    }
  });
});
