// `lapor-sandbox trigger`: every event type the sandbox can produce reaches an agency's
// endpoint signed so that both the project's verifier and the official Standard Webhooks
// library accept it; an endpoint with the wrong secret gets an explanation.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { verifyWebhook, type WebhookEvent } from '@lapor/client/webhooks';
import { TRIGGER_TYPES, trigger } from '../src/trigger/index.ts';
import { unusedUrl } from './helpers.ts';

const exec = promisify(execFile);
const secret = `whsec_${randomBytes(24).toString('base64')}`;
const received: Array<{ ours: WebhookEvent; official: unknown }> = [];
let receiver: Server;
let url = '';

before(async () => {
  // A receiver as an agency writes it: raw body, verify, 204; 401 when verification fails.
  receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', async () => {
      const body = Buffer.concat(chunks).toString('utf8');
      try {
        const ours = await verifyWebhook({ payload: body, headers: request.headers as Record<string, string>, secret });
        const official = new Webhook(secret).verify(body, request.headers as Record<string, string>);
        received.push({ ours, official });
        response.writeHead(204).end();
      } catch (error) {
        response.writeHead(401, { 'content-type': 'text/plain' }).end(`invalid signature: ${(error as Error).message}`);
      }
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/lapor`;
});
after(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

describe('lapor-sandbox trigger', () => {
  for (const type of TRIGGER_TYPES) {
    it(`delivers a verifiable ${type}`, async () => {
      const before = received.length;
      const result = await trigger(type, url, secret);
      assert.equal(result.status, 204, result.answer);
      assert.equal(received.length, before + 1);
      const { ours, official } = received.at(-1)!;
      assert.equal(ours.type, type);
      assert.equal(ours.id, result.sent.headers['webhook-id']);
      assert.match(ours.data.trackingId, /^\d{5,12}$/);
      assert.deepEqual(official, JSON.parse(result.sent.body));
    });
  }

  it('explains a refusal by an endpoint that holds another secret, and exits 1', async () => {
    const cli = new URL('../src/cli.ts', import.meta.url).pathname;
    const other = `whsec_${randomBytes(24).toString('base64')}`;
    const run = await exec(process.execPath, ['--conditions=lapor-source', cli, 'trigger', 'complaint.forwarded', '--url', url, '--secret', other]).then(
      () => ({ code: 0, out: '' }),
      (e: { code: number; stdout: string }) => ({ code: e.code, out: e.stdout }),
    );
    assert.equal(run.code, 1);
    assert.match(run.out, /HTTP 401/);
    assert.match(run.out, /raw bytes/);
    assert.match(run.out, /base64 part after 'whsec_'/);
  });

  it('refuses a secret that is not whsec_… and an unknown event type, before sending anything', async () => {
    const before = received.length;
    await assert.rejects(trigger('complaint.forwarded', url, 'my-secret'), /whsec_/);
    const cli = new URL('../src/cli.ts', import.meta.url).pathname;
    const run = await exec(process.execPath, ['--conditions=lapor-source', cli, 'trigger', 'complaint.exploded', '--url', url, '--secret', secret]).then(
      () => ({ code: 0, err: '' }),
      (e: { code: number; stderr: string }) => ({ code: e.code, err: e.stderr }),
    );
    assert.equal(run.code, 2);
    assert.match(run.err, /unknown event type "complaint.exploded"/);
    assert.equal(received.length, before);
  });

  it('says when the endpoint cannot be reached', async () => {
    const result = await trigger('complaint.submitted', `${await unusedUrl()}/hook`, secret, { timeoutMs: 3000 });
    assert.equal(result.status, undefined);
    assert.match(result.answer, /ECONNREFUSED/);
  });
});
