// `npm run version` runs this after `changeset version`: the widget's VERSION (compared when
// two copies meet on one page) follows the version changesets just wrote to its package.json.
// scripts/test/installed.test.ts fails when they differ.
import { readFile, writeFile } from 'node:fs/promises';

const root = new URL('../', import.meta.url);
const { version } = JSON.parse(await readFile(new URL('packages/widget/package.json', root), 'utf8')) as { version: string };
const file = new URL('packages/widget/src/shared/define.ts', root);
const source = await readFile(file, 'utf8');
const pattern = /^export const VERSION = '[^']*';$/m;
if (!pattern.test(source)) throw new Error('packages/widget/src/shared/define.ts: no `export const VERSION = \'…\';` line to update');
const updated = source.replace(pattern, `export const VERSION = '${version}';`);
if (updated !== source) {
  await writeFile(file, updated);
  console.log(`@lapor/widget VERSION → ${version}`);
}
