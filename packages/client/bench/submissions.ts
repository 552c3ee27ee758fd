// `npm run bench -w @lapor/client`: the client's overhead against bare fetch on the same
// sandbox in the same run (sequential and concurrent submissions), no loss and no
// duplicates under faults at scale, and the browser entry's size. Prints figures only.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ky from 'ky';
import { createClient } from '@lapor/client';
import { BUDGETS, kb, measure } from '../../../scripts/lib/sizes.ts';
import { startListening } from '../../../scripts/lib/child.ts';
import { sampleReport } from '../../../scripts/lib/sample-report.ts';

const SEQUENTIAL = Number(process.env.BENCH_SEQUENTIAL ?? 500);
const CONCURRENT = Number(process.env.BENCH_CONCURRENT ?? 3000);
const CONCURRENCY = 32;
const NO_LOSS = Number(process.env.BENCH_NO_LOSS ?? 2000);

const report = sampleReport;

const cli = new URL('../../sandbox/src/cli.ts', import.meta.url).pathname;
const dir = await mkdtemp(join(tmpdir(), 'lapor-client-bench-'));

function sandbox(name: string, extra: string[] = []) {
  return startListening([cli, '--port', '0', '--db', join(dir, `${name}.db`), '--rate-limit', 'off', '--quiet', ...extra]);
}

async function bareFetch(url: string): Promise<string> {
  const response = await fetch(`${url}/v1/complaints`, {
    method: 'POST',
    headers: { authorization: 'Bearer pk_test_sandbox', 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
    body: JSON.stringify(report),
  });
  if (response.status !== 201) throw new Error(`HTTP ${response.status}`);
  return ((await response.json()) as { trackingId: string }).trackingId;
}

/** ky by itself, as the client uses it (a key per call, JSON body): what the client's own work adds on top. */
async function bareKy(url: string): Promise<string> {
  const created = await ky
    .post(`${url}/v1/complaints`, { json: report, headers: { authorization: 'Bearer pk_test_sandbox', 'idempotency-key': crypto.randomUUID() } })
    .json<{ trackingId: string }>();
  return created.trackingId;
}

async function run(count: number, concurrency: number, submit: () => Promise<string>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < count) await submit();
    }),
  );
  return count / ((performance.now() - started) / 1000);
}

const lines: string[] = [];
try {
  const plain = await sandbox('plain');
  const lapor = createClient({ endpoint: plain.url, siteKey: 'pk_test_sandbox' });
  const viaClient = () => lapor.complaints.create(report).then((c) => c.trackingId);
  const viaFetch = () => bareFetch(plain.url);
  const viaKy = () => bareKy(plain.url);
  await run(200, 8, viaClient); // warm every path
  await run(200, 8, viaFetch);
  await run(200, 8, viaKy);
  for (const [label, count, concurrency] of [
    ['sequential', SEQUENTIAL, 1],
    ['concurrent', CONCURRENT, CONCURRENCY],
  ] as const) {
    // Alternate the order so neither side always meets a warmer server.
    const fetchFirst = await run(count, concurrency, viaFetch);
    const clientRate = await run(count, concurrency, viaClient);
    const kyRate = await run(count, concurrency, viaKy);
    const fetchRate = (fetchFirst + (await run(count, concurrency, viaFetch))) / 2;
    lines.push(
      `  ${label.padEnd(10)} ${String(count).padStart(5)} × (concurrency ${String(concurrency).padStart(2)}): ` +
        `client ${clientRate.toFixed(0).padStart(5)}/s, bare fetch ${fetchRate.toFixed(0).padStart(5)}/s, client/fetch ${(clientRate / fetchRate).toFixed(2)}` +
        `  (ky alone ${kyRate.toFixed(0).padStart(5)}/s, ky/fetch ${(kyRate / fetchRate).toFixed(2)})`,
    );
  }
  plain.child.kill('SIGTERM');

  const faulty = await sandbox('faulty', ['--faults', 'drop-after-commit=0.2,fail-before-commit=0.1,delay=0.05:1500', '--fault-seed', '7']);
  const tough = createClient({ endpoint: faulty.url, siteKey: 'pk_test_sandbox', timeout: 1000, totalTimeout: 300_000, retry: { limit: 12, baseDelay: 100, maxDelay: 2000 } });
  const started = performance.now();
  const ids: string[] = [];
  let failures = 0;
  let next = 0;
  await Promise.all(
    Array.from({ length: 64 }, async () => {
      while (next++ < NO_LOSS) {
        await tough.complaints.create(report).then(
          (c) => ids.push(c.trackingId),
          () => failures++,
        );
      }
    }),
  );
  const stats = (await (await fetch(`${faulty.url}/_sandbox/stats`)).json()) as { complaints: number };
  faulty.child.kill('SIGTERM');
  lines.push(
    `  no loss under faults (drop-after-commit=0.2, fail-before-commit=0.1, delay=0.05:1500): ${NO_LOSS} submitted, ` +
      `${ids.length} tracking IDs (${new Set(ids).size} distinct), ${failures} failed, ${stats.complaints} stored, ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  for (const budget of BUDGETS) {
    const size = await measure(budget.entry, budget.code);
    lines.push(`  ${budget.name}: ${kb(size.gzip)} gzip (${kb(size.raw)} minified) at once, budget ${kb(budget.gzip)}; ${kb(size.later.gzip)} when needed`);
  }
  for (const [name, code] of [
    ['ky alone', "export { default } from 'ky';"],
    ['zod/mini with the request and response schemas the client uses', "export { complaintInput, replyInput, complaintCreated, publicComplaint, reporterComplaint, timelineEventPage, institutionPage, regionPage, categoryList, attachment, problem } from '@lapor/client/contract';"],
  ] as const) {
    const size = await measure('', code);
    lines.push(`    of which ${name}: ${kb(size.gzip)} gzip`);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
console.log(`\n@lapor/client against the sandbox (file database, WAL)\n${lines.join('\n')}`);
