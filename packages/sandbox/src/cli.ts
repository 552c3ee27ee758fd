// `lapor-sandbox`: run a local SP4N-LAPOR! from the command line.
import { parseArgs } from 'node:util';
import { FaultSpecError, parseFaults } from './http/faults.ts';
import { DEFAULT_DB, TEST_KEYS, startSandbox } from './index.ts';

// Subcommands run and exit before the server's own options are read.
const subcommand = process.argv[2];
if (subcommand === 'doctor') {
  const { doctorCommand } = await import('./doctor/cli.ts');
  process.exit(await doctorCommand(process.argv.slice(3)));
}
if (subcommand === 'trigger') {
  const { triggerCommand } = await import('./trigger/cli.ts');
  process.exit(await triggerCommand(process.argv.slice(3)));
}

const HELP = `lapor-sandbox: a local SP4N-LAPOR! for demos, tests and CI

Usage: lapor-sandbox [options]
       lapor-sandbox doctor <page-url>   check an agency page that embeds the widget (--help for more)
       lapor-sandbox trigger <event-type> --url URL --secret whsec_…   send a signed test event

  --port N            port to listen on (default 4010; 0 picks a free port)
  --host HOST         interface to listen on (default 127.0.0.1)
  --db FILE           SQLite database (default ${DEFAULT_DB}; ":memory:" keeps nothing)
  --faults SPEC       inject faults, e.g. drop-after-commit=0.2,fail-before-commit=0.1,delay=0.05:3000
  --fault-seed N      make the injected faults reproducible
  --rate-limit N/min  requests per minute per key and address (default 600/min), or "off"
  --clock real|manual manual: move time with POST /_sandbox/clock {"advanceDays": 3}
  --clock-start ISO   where a manual clock starts (first run of a database), e.g. 2026-12-21T09:00:00+07:00
  --leave-days LIST   extra non-working days (cuti bersama), comma-separated YYYY-MM-DD
  --admin-token T     require "Authorization: Bearer T" on /_sandbox (or LAPOR_SANDBOX_ADMIN_TOKEN;
                      at least 16 characters)
  --allowed-hosts L   extra Host names allowed on /_sandbox, comma-separated (localhost,
                      127.0.0.1, [::1] and --host always are)
  --quiet             no access log
  -h, --help          this help
`;

function fail(message: string): never {
  process.stderr.write(`lapor-sandbox: ${message}\n\n${HELP}`);
  process.exit(2);
}

let values: Record<string, string | boolean | undefined>;
try {
  ({ values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      db: { type: 'string' },
      faults: { type: 'string' },
      'fault-seed': { type: 'string' },
      'rate-limit': { type: 'string' },
      clock: { type: 'string' },
      'clock-start': { type: 'string' },
      'leave-days': { type: 'string' },
      'admin-token': { type: 'string' },
      'allowed-hosts': { type: 'string' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  }));
} catch (error) {
  fail((error as Error).message);
}
if (values.help) {
  process.stdout.write(HELP);
  process.exit(0);
}

const port = Number(values.port ?? process.env.LAPOR_SANDBOX_PORT ?? 4010);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be 0–65535, got "${values.port}"`);
let rateLimit: number | 'off' = 600;
if (values['rate-limit'] !== undefined) {
  const text = String(values['rate-limit']);
  if (text === 'off') rateLimit = 'off';
  else {
    const match = /^(\d+)(?:\/min)?$/.exec(text);
    if (!match || Number(match[1]) < 1) fail(`--rate-limit must be N/min or off, got "${text}"`);
    rateLimit = Number(match[1]);
  }
}
const clock = values.clock ?? 'real';
if (clock !== 'real' && clock !== 'manual') fail(`--clock must be real or manual, got "${clock}"`);
const clockStart = values['clock-start'] === undefined ? undefined : String(values['clock-start']);
if (clockStart !== undefined && (clock !== 'manual' || Number.isNaN(Date.parse(clockStart)))) {
  fail('--clock-start needs --clock manual and an ISO 8601 instant, e.g. 2026-12-21T09:00:00+07:00');
}
const faultSeed = values['fault-seed'] === undefined ? undefined : Number(values['fault-seed']);
if (faultSeed !== undefined && !Number.isInteger(faultSeed)) fail('--fault-seed must be an integer');
const leave = values['leave-days'] ? String(values['leave-days']).split(',').map((d) => d.trim()) : [];
if (leave.some((d) => !/^\d{4}-\d{2}-\d{2}$/.test(d))) fail('--leave-days takes dates as YYYY-MM-DD, comma-separated');
const adminToken = (values['admin-token'] as string | undefined) ?? (process.env.LAPOR_SANDBOX_ADMIN_TOKEN || undefined);
if (adminToken !== undefined && adminToken.length < 16) fail('--admin-token must be at least 16 characters');
const allowedHosts = values['allowed-hosts'] ? String(values['allowed-hosts']).split(',').map((h) => h.trim()).filter(Boolean) : [];
if (allowedHosts.some((h) => !/^(?:\[[0-9a-f:.]+\]|[a-z0-9.-]+)$/i.test(h))) fail('--allowed-hosts takes host names without scheme or port, comma-separated');
let faults;
try {
  faults = values.faults ? parseFaults(String(values.faults)) : undefined;
} catch (error) {
  if (error instanceof FaultSpecError) fail(`--faults: ${error.message}`);
  throw error;
}

const sandbox = await startSandbox({
  port,
  host: values.host as string | undefined,
  db: values.db as string | undefined,
  faults,
  faultSeed,
  rateLimit,
  clock,
  ...(clockStart ? { clockStart } : {}),
  collectiveLeave: leave,
  log: !values.quiet,
  ...(adminToken === undefined ? {} : { adminToken }),
  allowedHosts,
}).catch((error: NodeJS.ErrnoException) => {
  if (error.code === 'EADDRINUSE') fail(`port ${port} is in use; choose another with --port N (or LAPOR_SANDBOX_PORT=N), or --port 0 for any free port`);
  throw error;
});

process.stderr.write(
  [
    `LAPOR! sandbox listening on ${sandbox.url}`,
    `  database     ${values.db ?? DEFAULT_DB}`,
    `  clock        ${clock}${faults ? `\n  faults       ${values.faults}` : ''}`,
    `  publishable  ${TEST_KEYS.publishable}  (origins ${TEST_KEYS.origins.join(', ')})`,
    `  secret       ${TEST_KEYS.secret}  (institution ${TEST_KEYS.institutionId})`,
    `  OpenAPI      ${sandbox.url}/openapi.json   admin ${sandbox.url}/_sandbox${adminToken ? ' (admin token required)' : ''}`,
    '',
  ].join('\n'),
);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1);
    stopping = true;
    process.stderr.write('\nstopping the sandbox…\n');
    void sandbox.close().then(() => process.exit(0));
  });
}
