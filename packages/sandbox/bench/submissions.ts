// `npm run bench -w @lapor/sandbox`: complaint submissions per second and latency through
// the sandbox (validation, idempotency, events, SQLite in WAL), side by side in the same
// run with a bare node:http + node:sqlite insert server (the floor). Prints figures only.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { startListening as start } from '../../../scripts/lib/child.ts';
import { sampleReport } from '../../../scripts/lib/sample-report.ts';

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);

const complaint = JSON.stringify(sampleReport);

async function load(url: string, title: string) {
  let n = 0;
  const run = autocannon({
    url: `${url}/v1/complaints`,
    method: 'POST',
    connections: CONNECTIONS,
    duration: DURATION,
    headers: { authorization: 'Bearer pk_test_sandbox', 'content-type': 'application/json' },
    body: complaint,
    requests: [{ setupRequest: (request: Record<string, any>) => ({ ...request, headers: { ...request.headers, 'idempotency-key': `bench-${process.pid}-${n++}` } }) }],
  });
  const result = await run;
  const ok = result['2xx'];
  return {
    title,
    perSecond: ok / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

const dir = await mkdtemp(join(tmpdir(), 'lapor-bench-'));
const here = new URL('.', import.meta.url).pathname;
const results = [];
try {
  const sandbox = await start([join(here, '../src/cli.ts'), '--port', '0', '--db', join(dir, 'sandbox.db'), '--rate-limit', 'off', '--quiet']);
  await load(sandbox.url, 'warm-up').catch(() => undefined);
  results.push(await load(sandbox.url, 'sandbox (validation, idempotency, events, WAL)'));
  sandbox.child.kill('SIGTERM');
  const floor = await start([join(here, 'floor-server.ts'), join(dir, 'floor.db')]);
  results.push(await load(floor.url, 'floor (node:http + node:sqlite insert)'));
  floor.child.kill('SIGTERM');
} finally {
  await rm(dir, { recursive: true, force: true });
}

console.log(`\nComplaint submissions, ${CONNECTIONS} connections, ${DURATION} s each, file database in WAL mode`);
for (const r of results) {
  console.log(
    `  ${r.title.padEnd(50)} ${r.perSecond.toFixed(0).padStart(6)} /s   p50 ${String(r.p50).padStart(3)} ms   p99 ${String(r.p99).padStart(3)} ms` +
      (r.non2xx || r.errors ? `   (non-2xx ${r.non2xx}, errors ${r.errors})` : ''),
  );
}
const [sandboxRun, floorRun] = results;
if (sandboxRun && floorRun) console.log(`  sandbox / floor: ${(sandboxRun.perSecond / floorRun.perSecond).toFixed(2)}`);
