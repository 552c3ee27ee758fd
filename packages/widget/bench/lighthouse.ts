// `npm run bench:lighthouse -w @lapor/widget` (and part of `npm run bench`): Lighthouse's
// default mobile profile (a mid-range phone on slow 4G, throttling simulated as PageSpeed
// Insights does) on the agency-site example's pages, served by its real server (with the
// compression it uses) and a real sandbox on free ports: the form `/`, the status page
// `/status` and the public reports `/laporan` (with a few public reports filed first, as a
// live site has). Prints the performance score and its metrics, and the accessibility and
// best-practices scores, with the audits that lost points. Prints figures; fails nothing.
//   LIGHTHOUSE_REPORTS=folder   also writes each run's full HTML report there
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import lighthouse, { type Result } from 'lighthouse';
import { startSandbox } from '@lapor/sandbox';
import { startAgencySite } from '../../../examples/agency-site/server.ts';
import { sampleReport } from '../../../scripts/lib/sample-report.ts';
import { launchChromium } from '../../../scripts/lib/chromium.ts';

/** Runs of the form page; the one with the median performance score is shown, as PageSpeed advises. */
const FORM_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const reportsDir = process.env.LIGHTHOUSE_REPORTS;
const adminToken = 'bench-lighthouse-admin-token-0123456789';

const sandbox = await startSandbox({ port: 0, db: ':memory:', rateLimit: 'off', adminToken });
const site = await startAgencySite({ port: 0, sandboxUrl: sandbox.url });

/** Files a public report and has LAPOR!'s admins forward it to the city, so that `/laporan` lists it. */
async function filePublicReport(title: string): Promise<void> {
  const response = await fetch(`${sandbox.url}/v1/complaints`, {
    method: 'POST',
    headers: { authorization: 'Bearer pk_test_sandbox', 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
    body: JSON.stringify({ ...sampleReport, title }),
  });
  const { trackingId } = (await response.json()) as { trackingId: string };
  await fetch(`${sandbox.url}/_sandbox/complaints/${trackingId}/forward`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
    body: JSON.stringify({ institutionId: 'pemkot-mataram' }),
  });
}
for (const title of ['Jalan berlubang di depan SDN 3 Mataram', 'Lampu jalan mati di Jl. Pejanggik', 'Sampah menumpuk di Pasar Kebon Roek']) {
  await filePublicReport(title);
}

// Lighthouse drives a Chromium that is already running (the system's; nothing downloads a
// browser) through its debugging port; each run opens its own tab and clears the cache.
const browser = await launchChromium({ defaultViewport: null });
const port = Number(new URL(browser.wsEndpoint()).port);

async function audit(path: string, run: number): Promise<Result> {
  const result = await lighthouse(`${site.url}${path}`, { port, logLevel: 'error', onlyCategories: CATEGORIES, output: 'html' });
  if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
  if (result.lhr.runtimeError) throw new Error(`Lighthouse on ${path}: ${result.lhr.runtimeError.message}`);
  if (reportsDir) {
    await mkdir(reportsDir, { recursive: true });
    const name = (path.slice(1) || 'index').replaceAll(/[^a-z0-9]+/gi, '-');
    await writeFile(join(reportsDir, `${name}-${run + 1}.html`), String(result.report));
  }
  return result.lhr;
}

const score = (lhr: Result, category: string) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
const metric = (lhr: Result, id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The audits that cost a category points (weighted, not passed), by id. */
function lost(lhr: Result, category: string): string[] {
  return (lhr.categories[category]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
    .map((ref) => ref.id);
}

/** Performance audits with estimated savings: where a score under 100 comes from. */
function opportunities(lhr: Result): string[] {
  return Object.values(lhr.audits)
    .filter((a) => a.score !== null && a.score < 1 && a.metricSavings && Object.values(a.metricSavings).some((v) => (v ?? 0) > 0))
    .map((a) => a.id);
}

const lines: string[] = [];
let version = '';
try {
  for (const [path, runs] of [['/', FORM_RUNS], ['/status', 1], ['/laporan', 1]] as const) {
    const results: Result[] = [];
    for (let i = 0; i < runs; i++) results.push(await audit(path, i));
    const sorted = [...results].sort((a, b) => score(a, 'performance') - score(b, 'performance'));
    const lhr = sorted[Math.floor(sorted.length / 2)]!;
    version = lhr.lighthouseVersion;
    // Lighthouse's own measure of the machine's speed at each run (higher is faster): the
    // simulated timings scale with it, so a busy machine shows here first.
    const speed = results.map((r) => Math.round(r.environment.benchmarkIndex)).join(', ');
    const all = runs > 1 ? ` (median of ${runs}: ${results.map((r) => score(r, 'performance')).join(', ')}; machine benchmark index ${speed})` : ` (machine benchmark index ${speed})`;
    lines.push(
      `  ${path.padEnd(9)} performance ${String(score(lhr, 'performance')).padStart(3)}${all}`,
      `            FCP ${seconds(metric(lhr, 'first-contentful-paint'))}  LCP ${seconds(metric(lhr, 'largest-contentful-paint'))}  TBT ${metric(lhr, 'total-blocking-time').toFixed(0)} ms  CLS ${metric(lhr, 'cumulative-layout-shift').toFixed(3)}  Speed Index ${seconds(metric(lhr, 'speed-index'))}`,
      `            accessibility ${score(lhr, 'accessibility')}  best practices ${score(lhr, 'best-practices')}`,
    );
    const misses = [...lost(lhr, 'accessibility'), ...lost(lhr, 'best-practices'), ...opportunities(lhr)];
    if (misses.length > 0) lines.push(`            to look at: ${misses.join(', ')}`);
    // Lighthouse 12.2 reads some newer Chromium traces only in part (the layout-shift and LCP
    // element audits); said here so that a missing audit is not read as a pass.
    const errors = Object.values(lhr.audits).filter((a) => a.scoreDisplayMode === 'error').map((a) => a.id);
    if (errors.length > 0) lines.push(`            could not run with this Chromium: ${errors.join(', ')}`);
  }
} finally {
  await browser.close();
  await site.close();
  await sandbox.close();
}
console.log(`\n@lapor/widget Lighthouse ${version} (mobile profile, simulated slow 4G and CPU ×4) on the agency-site example\n${lines.join('\n')}`);
