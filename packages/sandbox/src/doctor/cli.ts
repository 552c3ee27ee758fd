// `lapor-sandbox doctor <page-url> [--lang id|en] [--json]`: prints each finding and exits
// 1 when something would break the widget for citizens, 0 otherwise, 2 on bad usage.
import { parseArgs } from 'node:util';
import { runDoctor, type FindingLevel } from './index.ts';
import { doctorMessages, type DoctorLanguage } from './messages.ts';

export const DOCTOR_HELP = `Usage: lapor-sandbox doctor <page-url> [options]

Loads an agency page that embeds the LAPOR! widget (HTML and headers; no script runs) and
names what would stop the widget from working: CSP directives, the script tag's
integrity and crossorigin, the endpoint and the publishable key's allowed origins, a
secret key in the page, mixed content. Exits 1 when something would break.

  --lang id|en   language of the report (default en)
  --json         print the findings as JSON
  --timeout MS   per-request timeout (default 10000)
  -h, --help     this help
`;

const MARK: Record<FindingLevel, string> = { error: '✖', warning: '!', ok: '✓' };

async function write(text: string): Promise<void> {
  await new Promise<void>((resolve) => process.stdout.write(text, () => resolve()));
}

/** Runs the command; resolves with the exit code. */
export async function doctorCommand(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { lang: { type: 'string' }, json: { type: 'boolean' }, timeout: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    process.stderr.write(`lapor-sandbox doctor: ${(error as Error).message}\n\n${DOCTOR_HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    await write(DOCTOR_HELP);
    return 0;
  }
  const lang = (values.lang ?? 'en') as DoctorLanguage;
  const timeoutMs = values.timeout === undefined ? undefined : Number(values.timeout);
  const problems = [
    positionals.length !== 1 && 'give exactly one page URL',
    !(lang in doctorMessages) && `--lang must be id or en, got "${values.lang}"`,
    timeoutMs !== undefined && !(Number.isInteger(timeoutMs) && timeoutMs > 0) && '--timeout must be a positive number of milliseconds',
    positionals.length === 1 && !URL.canParse(positionals[0]!) && `not a URL: "${positionals[0]}"`,
  ].filter(Boolean);
  if (problems.length) {
    process.stderr.write(`lapor-sandbox doctor: ${problems[0]}\n\n${DOCTOR_HELP}`);
    return 2;
  }
  const report = await runDoctor(positionals[0]!, { lang, ...(timeoutMs ? { timeoutMs } : {}) });
  if (values.json) await write(`${JSON.stringify(report, null, 2)}\n`);
  else {
    const lines = report.findings.map((f) => `${MARK[f.level]} ${f.message}`);
    const errors = report.findings.filter((f) => f.level === 'error').length;
    const warnings = report.findings.filter((f) => f.level === 'warning').length;
    const summary =
      lang === 'id'
        ? `${errors} masalah, ${warnings} peringatan: ${report.ok ? 'widget dapat berjalan di halaman ini.' : 'perbaiki masalah di atas sebelum ditayangkan.'}`
        : `${errors} problem(s), ${warnings} warning(s): ${report.ok ? 'the widget can work on this page.' : 'fix the problems above before going live.'}`;
    await write(`${report.url}\n\n${lines.join('\n')}\n\n${summary}\n`);
  }
  return report.ok ? 0 : 1;
}
