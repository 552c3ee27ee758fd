// Proof that the OpenAPI document alone is enough to integrate: types generated from
// docs/openapi.json by openapi-typescript, used with openapi-fetch (neither knows our
// contract), type-checked with tsc and run with Node against a real sandbox.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import openapiTS, { astToString } from 'openapi-typescript';
import { sampleReport } from '../../../../scripts/lib/sample-report.ts';
import { useSandbox } from '../client/sandbox.ts';

const run = promisify(execFile);
const root = new URL('../../../../', import.meta.url);
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

// What a team outside this repository would write, knowing only the document.
const PROGRAM = `import createClient from 'openapi-fetch';
import type { paths, webhooks } from './schema.ts';

type NewReport = paths['/v1/complaints']['post']['requestBody']['content']['application/json'];

const client = createClient<paths>({
  baseUrl: process.env.LAPOR_BASE_URL!,
  headers: { Authorization: 'Bearer pk_test_sandbox' },
});

const report: NewReport = ${JSON.stringify(sampleReport, null, 2)};
// @ts-expect-error: the document limits classification to its three values
const misfiled: NewReport = { ...report, classification: 'pengaduan' };
void misfiled;

// A webhook receiver reads the fields of its event type.
type Forwarded = webhooks['complaint.forwarded']['post']['requestBody']['content']['application/json'];
const forwardedTo = (delivery: Forwarded): string => delivery.data.event.institution.name;
void forwardedTo;

const created = await client.POST('/v1/complaints', {
  params: { header: { 'Idempotency-Key': crypto.randomUUID() } },
  body: report,
});
if (!created.data) throw new Error(JSON.stringify(created.error));
const trackingId: string = created.data.trackingId;

const view = await client.GET('/v1/complaints/{trackingId}', {
  params: { path: { trackingId }, header: { 'Reporter-Token': created.data.reporterToken } },
});
if (!view.data) throw new Error(JSON.stringify(view.error));

const refused = await client.POST('/v1/complaints', {
  params: { header: { 'Idempotency-Key': crypto.randomUUID() } },
  body: { ...report, title: 'x' },
});
const code: string | undefined = refused.error?.code;

console.log(JSON.stringify({ trackingId, status: created.data.status, view: view.data.view, refused: refused.response.status, code }));
`;

describe('a client generated from docs/openapi.json alone', () => {
  const sandbox = useSandbox();
  let dir: string;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lapor-openapi-'));
    // The packages a team would install: openapi-fetch, TypeScript and Node's types.
    await symlink(new URL('node_modules', root).pathname, join(dir, 'node_modules'), 'dir');
    await writeFile(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
    await writeFile(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          lib: ['ES2024', 'DOM'],
          types: ['node'],
          strict: true,
          noEmit: true,
          allowImportingTsExtensions: true,
          skipLibCheck: true,
        },
        files: ['submit.ts'],
      }),
    );
    await writeFile(join(dir, 'schema.ts'), astToString(await openapiTS(new URL('docs/openapi.json', root))));
    await writeFile(join(dir, 'submit.ts'), PROGRAM);
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('type-checks with openapi-fetch, typed webhook payloads too, and a wrong field value is a type error', async () => {
    await run(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json')], { cwd: dir });
  });

  it('submits a report to a real sandbox, reads it back, and gets a typed problem for a bad one', async () => {
    const { stdout } = await run(process.execPath, [join(dir, 'submit.ts')], {
      cwd: dir,
      env: { ...process.env, NODE_OPTIONS: '', LAPOR_BASE_URL: sandbox.current().url },
    });
    const result = JSON.parse(stdout) as { trackingId: string; status: string; view: string; refused: number; code: string };
    assert.match(result.trackingId, /^\d{5,12}$/);
    assert.deepEqual({ ...result, trackingId: undefined }, { trackingId: undefined, status: 'submitted', view: 'reporter', refused: 422, code: 'validation_failed' });
    const stored = await sandbox.admin('/complaints');
    assert.ok(stored.data.some((c: { trackingId: string }) => c.trackingId === result.trackingId), 'the sandbox stored it');
  });
});
