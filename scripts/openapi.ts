// Writes docs/openapi.json from the contract's schemas: `npm run openapi`.
import { mkdir, writeFile } from 'node:fs/promises';
import { buildOpenApiDocument } from '@lapor/client/openapi';

const target = new URL('../docs/openapi.json', import.meta.url);
await mkdir(new URL('.', target), { recursive: true });
await writeFile(target, `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`);
console.log(`wrote ${target.pathname.split('/').slice(-2).join('/')}`);
