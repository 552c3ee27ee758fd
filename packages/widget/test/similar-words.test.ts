// Which words of a title the similar-report hint searches for, in Node.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { searchWords } from '../src/form/similar.ts';

describe('the words the similar-report hint searches for', () => {
  it('takes the two longest words that say something, in title order, cut to six letters', () => {
    assert.deepEqual(searchWords('Jalan berlubang di depan SDN 3 Mataram'), ['berlub', 'matara']);
    assert.deepEqual(searchWords('Sampah menumpuk di pasar'), ['sampah', 'menump']);
  });

  it('skips short words, numbers and words that say nothing; folds case and accents', () => {
    assert.deepEqual(searchWords('Ada yang tidak beres di RT 05 sejak 2024'), ['beres']);
    assert.deepEqual(searchWords('KÉRUSAKAN pipa'), ['kerusa', 'pipa']);
    assert.deepEqual(searchWords('di ke dari'), []);
    assert.deepEqual(searchWords(''), []);
  });
});
