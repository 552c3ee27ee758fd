// `lapor-sandbox trigger <event-type> --url <webhook-url> --secret <whsec_…>`: prints what
// the endpoint answered and how long it took; exits 0 on 2xx, 1 otherwise, 2 on bad usage.
import { parseArgs } from 'node:util';
import type { WebhookEventType } from '@lapor/client/contract';
import { TRIGGER_TYPES, TriggerError, trigger, type TriggerResult } from './index.ts';

export const TRIGGER_HELP = `Usage: lapor-sandbox trigger <event-type> --url <webhook-url> --secret <whsec_…>

Sends one realistic webhook of <event-type> to your endpoint, signed as LAPOR! signs it
(Standard Webhooks: webhook-id, webhook-timestamp, webhook-signature), and prints the
answer and its time. A private in-memory sandbox produces the event by walking a
complaint through the lifecycle, so the body is exactly what a delivery carries.

Event types: ${TRIGGER_TYPES.join(', ')}

  --url URL        your webhook endpoint
  --secret SECRET  the endpoint's signing secret (whsec_…)
  --timeout MS     how long to wait for the answer (default 15000)
  --json           print the result as JSON
  -h, --help       this help
`;

async function write(text: string): Promise<void> {
  await new Promise<void>((resolve) => process.stdout.write(text, () => resolve()));
}

/** Why an endpoint may have refused a correctly signed delivery: the usual mistakes, in order. */
export function explainRefusal(result: TriggerResult): string[] {
  const h = result.sent.headers;
  return [
    `Your endpoint answered ${result.status}. The delivery was signed correctly; the usual reasons a receiver rejects it:`,
    '  1. It verifies a re-serialised body (JSON.parse then JSON.stringify, a framework\'s parsed request) instead of the raw bytes as received.',
    "  2. It uses another secret, or the whole 'whsec_…' string as the HMAC key: the key is the base64 part after 'whsec_', decoded to bytes.",
    `  3. It signs something else: the signed content is "<webhook-id>.<webhook-timestamp>.<body>", here "${h['webhook-id']}.${h['webhook-timestamp']}.{…${result.sent.body.length} bytes}".`,
    "  4. It compares the whole header: webhook-signature may hold several space-separated 'v1,<base64>' entries during a secret rotation; accept if any matches.",
    `  5. Its clock is off: the timestamp ${h['webhook-timestamp']} is now; a receiver refuses timestamps outside its tolerance (5 minutes is usual).`,
    `  Sent: webhook-signature: ${h['webhook-signature']}`,
  ];
}

/** Runs the command; resolves with the exit code. */
export async function triggerCommand(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        url: { type: 'string' },
        secret: { type: 'string' },
        timeout: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    process.stderr.write(`lapor-sandbox trigger: ${(error as Error).message}\n\n${TRIGGER_HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    await write(TRIGGER_HELP);
    return 0;
  }
  const type = positionals[0] as WebhookEventType;
  const timeoutMs = values.timeout === undefined ? 15_000 : Number(values.timeout);
  const problem = [
    positionals.length !== 1 && 'give exactly one event type',
    positionals.length === 1 && !TRIGGER_TYPES.includes(type) && `unknown event type "${type}"`,
    !values.url && '--url is required',
    values.url && !/^https?:\/\//.test(values.url) && `--url must be an http(s) URL, got "${values.url}"`,
    !values.secret && '--secret is required',
    !(Number.isInteger(timeoutMs) && timeoutMs > 0) && '--timeout must be a positive number of milliseconds',
  ].find(Boolean);
  if (problem) {
    process.stderr.write(`lapor-sandbox trigger: ${problem}\n\n${TRIGGER_HELP}`);
    return 2;
  }
  let result: TriggerResult;
  try {
    result = await trigger(type, values.url!, values.secret!, { timeoutMs });
  } catch (error) {
    if (!(error instanceof TriggerError)) throw error;
    process.stderr.write(`lapor-sandbox trigger: ${error.message}\n`);
    return 2;
  }
  const delivered = result.status !== undefined && result.status >= 200 && result.status < 300;
  if (values.json) {
    await write(`${JSON.stringify(result, null, 2)}\n`);
    return delivered ? 0 : 1;
  }
  const lines = [`${type} → ${values.url}`, `  webhook-id ${result.sent.headers['webhook-id']}, ${result.sent.body.length} bytes`];
  if (result.status === undefined) lines.push(`✖ Your endpoint could not be reached (${result.answer}) after ${result.ms} ms.`);
  else lines.push(`${delivered ? '✓' : '✖'} HTTP ${result.status} in ${result.ms} ms${result.answer ? `: ${result.answer.replace(/\s+/g, ' ').slice(0, 200)}` : ''}`);
  if (delivered && result.ms > 5000) lines.push('! Your endpoint took over 5 s: answer first and do the work afterwards, or deliveries will time out and be retried.');
  if (result.status !== undefined && result.status >= 300 && result.status < 400) lines.push('! Your endpoint redirected: deliveries do not follow redirects; register the final URL.');
  if (result.status !== undefined && result.status >= 400 && result.status < 500) lines.push(...explainRefusal(result));
  if (result.status !== undefined && result.status >= 500) lines.push('  Your endpoint failed while handling the delivery; LAPOR! would retry it with growing waits.');
  await write(`${lines.join('\n')}\n`);
  return delivered ? 0 : 1;
}
