import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CLASSIFICATIONS } from '@lapor/client/contract';
import {
  LegacyShapeError,
  categoriesFromLegacy,
  categoryToLegacy,
  classificationFromLegacy,
  classificationToLegacy,
} from '../src/upstream/legacy.ts';

describe('the historic LAPOR! shapes', () => {
  it('classification codes: 1 = Pengaduan, 2 = Permintaan Informasi, 3 = Aspirasi', () => {
    assert.equal(classificationFromLegacy(1), 'complaint');
    assert.equal(classificationFromLegacy('2'), 'information_request');
    assert.equal(classificationFromLegacy(3), 'aspiration');
    for (const classification of CLASSIFICATIONS) assert.equal(classificationFromLegacy(classificationToLegacy(classification)), classification);
    for (const bad of [0, 4, '1.0', '', 'x', '01', 'toString']) assert.throws(() => classificationFromLegacy(bad), LegacyShapeError, String(bad));
  });

  it('topics from gettopics: strings, parent "0" for roots, and back', () => {
    const answer = [
      { id: '1', parent: '0', topic_name: 'Kesehatan' },
      { id: '12', parent: '1', topic_name: ' Jaminan Kesehatan Nasional ' },
      { id: '2', parent: '0', topic_name: 'Pendidikan', extra: 'kept out' },
    ];
    const categories = categoriesFromLegacy(answer);
    assert.deepEqual(categories, [
      { id: '1', parentId: null, name: 'Kesehatan' },
      { id: '12', parentId: '1', name: 'Jaminan Kesehatan Nasional' },
      { id: '2', parentId: null, name: 'Pendidikan' },
    ]);
    assert.deepEqual(categories.map(categoryToLegacy), [
      { id: '1', parent: '0', topic_name: 'Kesehatan' },
      { id: '12', parent: '1', topic_name: 'Jaminan Kesehatan Nasional' },
      { id: '2', parent: '0', topic_name: 'Pendidikan' },
    ]);
    assert.deepEqual(categoriesFromLegacy([{ id: 7, parent: 0, topic_name: 'Lainnya' }]), [{ id: '7', parentId: null, name: 'Lainnya' }], 'numbers too');
  });

  it('refuses what it cannot read, rather than guessing', () => {
    for (const bad of [null, {}, [{ id: '1', topic_name: 'x' }], [{ id: '1', parent: '0', topic_name: ' ' }], [{ id: 'a', parent: '0', topic_name: 'x' }]]) {
      assert.throws(() => categoriesFromLegacy(bad), LegacyShapeError, JSON.stringify(bad));
    }
    assert.throws(() => categoriesFromLegacy([{ id: '5', parent: '9', topic_name: 'Yatim' }]), /parent 9/);
  });
});
