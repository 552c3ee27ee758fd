// The PHP verification printed in the webhook docs is the example's, which its
// end-to-end test runs: the docs cannot drift into code nobody ran.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

const read = (path: string) => readFile(new URL(`../../../${path}`, import.meta.url), 'utf8');

/** `lapor_verify_webhook` as written in a file, without comments. */
function verifier(text: string): string {
  const start = text.indexOf('function lapor_verify_webhook(');
  assert.ok(start >= 0, 'lapor_verify_webhook is shown');
  const end = text.indexOf('\n}\n', start);
  return text
    .slice(start, end + 2)
    .split('\n')
    .filter((line) => !/^\s*\/\//.test(line))
    .map((line) => line.replace(/\s*\/\/.*$/, ''))
    .join('\n');
}

it('the webhook docs (en, id) show the PHP verifier of examples/php-agency', async () => {
  const example = verifier(await read('examples/php-agency/src/webhook.php'));
  assert.match(example, /hash_hmac\('sha256', "\$id\.\$timestamp\.\$body", \$key, true\)/);
  for (const doc of ['docs/en/server-integration.md', 'docs/id/integrasi-server.md']) {
    assert.equal(verifier(await read(doc)), example, doc);
  }
});
