import { getDistricts, getProvinces, getRegencies } from 'idn-area-data';
import type { Database } from '../db/database.ts';
import { searchText } from '../domain/search.ts';
import { CATEGORIES } from './categories.ts';
import { INSTITUTIONS, TEST_INSTITUTION_ID } from './institutions.ts';

/** The fixed, documented test keys. */
export const TEST_KEYS = {
  publishable: 'pk_test_sandbox',
  secret: 'sk_test_sandbox',
  origins: ['http://localhost:*', 'http://127.0.0.1:*'],
  institutionId: TEST_INSTITUTION_ID,
} as const;

/** Fills an empty database: regions, institutions, topics and the test keys. */
export async function seed(db: Database, now: number): Promise<void> {
  if (db.get('SELECT 1 AS x FROM settings WHERE name = ?', 'seeded')) return;
  const [provinces, regencies, districts] = await Promise.all([
    getProvinces(),
    getRegencies({ transform: true }),
    getDistricts({ transform: true }),
  ]);
  db.transaction(() => {
    const region = 'INSERT INTO regions (code, name, level, parent_code, search) VALUES (?, ?, ?, ?, ?)';
    for (const p of provinces) db.run(region, p.code, p.name, 'province', null, searchText(p.name));
    for (const r of regencies) db.run(region, r.code, r.name, 'regency', r.provinceCode, searchText(r.name));
    for (const d of districts) db.run(region, d.code, d.name, 'district', d.regencyCode, searchText(d.name));

    for (const i of INSTITUTIONS) {
      db.run(
        'INSERT INTO institutions (id, name, short_name, type, region_code, search) VALUES (?, ?, ?, ?, ?, ?)',
        i.id,
        i.name,
        i.shortName ?? null,
        i.type,
        i.regionCode ?? null,
        searchText(`${i.name} ${i.shortName ?? ''}`),
      );
    }

    let position = 0;
    for (const topic of CATEGORIES) {
      db.run('INSERT INTO categories (id, parent_id, name, position) VALUES (?, ?, ?, ?)', topic.id, null, topic.name, position++);
      for (const child of topic.children ?? []) {
        db.run('INSERT INTO categories (id, parent_id, name, position) VALUES (?, ?, ?, ?)', child.id, topic.id, child.name, position++);
      }
    }

    db.run(
      'INSERT INTO api_keys (key, kind, institution_id, origins, created_at) VALUES (?, ?, ?, ?, ?)',
      TEST_KEYS.publishable,
      'publishable',
      TEST_KEYS.institutionId,
      JSON.stringify(TEST_KEYS.origins),
      now,
    );
    db.run(
      'INSERT INTO api_keys (key, kind, institution_id, origins, created_at) VALUES (?, ?, ?, ?, ?)',
      TEST_KEYS.secret,
      'secret',
      TEST_KEYS.institutionId,
      '[]',
      now,
    );
    db.run('INSERT INTO settings (name, value) VALUES (?, ?)', 'seeded', new Date(now).toISOString());
  });
}
