// The browser entry loads the wording of validation problems (the contract's validation
// module with its messages) only when an input is invalid. Run in a process of its own, on
// the browser entry's sources: there nothing else imports that module, and a resolve hook
// sees when it is asked for and can refuse it, as a page that went offline would.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { report, useSandbox } from './sandbox.ts';

const run = promisify(execFile);
const browserEntry = new URL('../../src/browser.ts', import.meta.url).href;

const program = `
import { registerHooks } from 'node:module';
let offline = false;
let asked = 0;
registerHooks({
  resolve(specifier, context, next) {
    const resolved = next(specifier, context);
    if (resolved.url.endsWith('/contract/validation.ts')) {
      asked++;
      if (offline) throw new TypeError('Failed to fetch dynamically imported module');
    }
    return resolved;
  },
});
const { createClient, LaporHttpError, LaporNetworkError, LaporValidationError } = await import(${JSON.stringify(browserEntry)});
const client = createClient({ endpoint: process.env.SANDBOX_URL, siteKey: 'pk_test_sandbox' });
const invalid = { ...JSON.parse(process.env.REPORT), title: 'Ab' };
const seen = {};
const created = await client.complaints.create(JSON.parse(process.env.REPORT));
const read = await client.complaints.get(created.trackingId).catch((error) => error);
seen.valid = { asked, created: typeof created.trackingId, read: read instanceof LaporHttpError ? read.status : 'read' };
offline = true;
const unworded = await client.complaints.create(invalid).catch((error) => error);
seen.offline = { network: unworded instanceof LaporNetworkError, code: unworded.code };
offline = false;
const worded = await client.complaints.create(invalid).catch((error) => error);
seen.online = { validation: worded instanceof LaporValidationError, issues: worded.issues?.map((i) => [i.path, i.code, i.message]) };
console.log(JSON.stringify(seen));
`;

const sandbox = useSandbox();

describe('the browser entry words validation problems when it needs to', () => {
  it('sends and reads valid input without loading the wording, and words an invalid one once it can', async () => {
    const { stdout } = await run(process.execPath, ['--input-type=module', '--eval', program], {
      env: { ...process.env, NODE_OPTIONS: '', SANDBOX_URL: sandbox.current().url, REPORT: JSON.stringify(report()) },
    });
    const seen = JSON.parse(stdout) as Record<string, any>;
    // A report sent and read back (404: not public before LAPOR! forwards it) without the wording.
    assert.deepEqual(seen.valid, { asked: 0, created: 'string', read: 404 });
    // The wording could not be fetched: the call fails as a lost connection would.
    assert.deepEqual(seen.offline, { network: true, code: 'network_error' });
    // Back online: the same input gets its message in Indonesian.
    assert.deepEqual(seen.online, { validation: true, issues: [['title', 'too_short', 'Judul laporan minimal 5 karakter.']] });
  });
});
