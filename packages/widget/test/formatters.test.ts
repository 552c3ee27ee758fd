// The number and date formats of the public reports and the handling figures, in Node: the
// same words as `toLocaleString`, from one formatter per locale and options (making one is
// what costs; the figures format dozens of numbers and months in one render).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dateFormat, numberFormat } from '../src/i18n/formatters.ts';

describe('numberFormat and dateFormat', () => {
  it('word numbers and dates as toLocaleString does', () => {
    for (const locale of ['id-ID', 'en-GB']) {
      for (const value of [0, 1.25, 1234.5, 0.873]) {
        assert.equal(numberFormat(locale, { maximumFractionDigits: 1 }).format(value), value.toLocaleString(locale, { maximumFractionDigits: 1 }));
        assert.equal(numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value), value.toLocaleString(locale, { style: 'percent', maximumFractionDigits: 0 }));
      }
      const date = new Date(2026, 10, 27, 12);
      for (const options of [{ day: 'numeric', month: 'long', year: 'numeric' }, { month: 'long', year: 'numeric' }, { month: 'short' }, { month: 'narrow' }] as const) {
        assert.equal(dateFormat(locale, options).format(date), date.toLocaleDateString(locale, options));
      }
    }
  });

  it('make one formatter per locale and options, and keep them apart', () => {
    assert.equal(numberFormat('id-ID', { maximumFractionDigits: 1 }), numberFormat('id-ID', { maximumFractionDigits: 1 }));
    assert.notEqual(numberFormat('id-ID', { maximumFractionDigits: 1 }), numberFormat('en-GB', { maximumFractionDigits: 1 }));
    assert.notEqual(numberFormat('id-ID', { maximumFractionDigits: 1 }), numberFormat('id-ID', { style: 'percent', maximumFractionDigits: 0 }));
    assert.equal(dateFormat('id-ID', { month: 'short' }), dateFormat('id-ID', { month: 'short' }));
    assert.notEqual(dateFormat('id-ID', { month: 'short' }), dateFormat('id-ID', { month: 'narrow' }));
  });
});
