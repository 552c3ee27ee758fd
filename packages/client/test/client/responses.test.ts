// How each build checks answers. Node checks every answer against the contract; the
// browser build checks what a page reads and passes the rest through, which keeps the full
// response schemas out of citizens' downloads. Both meet a real sandbox through a real
// HTTP server in front of it that can bend one answer, as a newer or broken server might.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient, LaporInvalidResponseError } from '@lapor/client';
import { createClient as createBrowserClient } from '../../src/browser.ts';
import { report, useSandbox } from './sandbox.ts';

const sandbox = useSandbox();
let front: Server;
let frontUrl = '';
/** What the server in front does to the next answer to a new complaint. */
let bend: (answer: Record<string, unknown>) => Record<string, unknown> = (answer) => answer;

before(async () => {
  front = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const upstream = await fetch(`${sandbox.current().url}${req.url}`, {
      method: req.method,
      headers: Object.fromEntries(Object.entries(req.headers).filter(([name]) => name !== 'host' && name !== 'connection')) as Record<string, string>,
      body: chunks.length ? Buffer.concat(chunks) : undefined,
    });
    let text = await upstream.text();
    if (req.method === 'POST' && upstream.status === 201) text = JSON.stringify(bend(JSON.parse(text) as Record<string, unknown>));
    res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
    res.end(text);
  });
  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
  frontUrl = `http://127.0.0.1:${(front.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((resolve) => front.close(() => resolve())));

const withoutDueDates = ({ dueDates: _, ...answer }: Record<string, unknown>) => answer;
const withoutTrackingId = ({ trackingId: _, ...answer }: Record<string, unknown>) => answer;

describe('response checks', () => {
  it('Node checks an answer against the whole contract: a creation answer without dueDates is refused', async () => {
    bend = withoutDueDates;
    const lapor = createClient({ endpoint: frontUrl, siteKey: 'pk_test_sandbox' });
    await assert.rejects(lapor.complaints.create(report()), (error: unknown) => {
      assert.ok(error instanceof LaporInvalidResponseError);
      assert.deepEqual(error.details, ['dueDates: invalid_type']);
      return true;
    });
  });

  it('the browser build passes what a page does not read through as sent, and keeps every field', async () => {
    bend = (answer) => ({ ...withoutDueDates(answer), status: 'a_status_of_tomorrow', extra: { kept: true } });
    const lapor = createBrowserClient({ endpoint: frontUrl, siteKey: 'pk_test_sandbox' });
    const created = await lapor.complaints.create(report());
    assert.match(created.trackingId, /^\d{5,12}$/);
    assert.equal(created.status, 'a_status_of_tomorrow');
    assert.deepEqual((created as Record<string, unknown>).extra, { kept: true });
  });

  it('the browser build still refuses an answer without what a page reads (the tracking ID)', async () => {
    bend = withoutTrackingId;
    const lapor = createBrowserClient({ endpoint: frontUrl, siteKey: 'pk_test_sandbox' });
    await assert.rejects(lapor.complaints.create(report()), (error: unknown) => {
      assert.ok(error instanceof LaporInvalidResponseError);
      assert.deepEqual(error.details, ['trackingId: invalid_type']);
      return true;
    });
  });

  it('both builds read the same untouched answer alike', async () => {
    bend = (answer) => answer;
    const read = [];
    for (const make of [createClient, createBrowserClient]) {
      const created = await make({ endpoint: frontUrl, siteKey: 'pk_test_sandbox' }).complaints.create(report());
      assert.equal(created.status, 'submitted');
      assert.ok(created.reporterToken);
      assert.ok(created.dueDates.verification);
      // What differs between two reports aside, both builds hand the page the same answer.
      const { trackingId, reporterToken, publicUrl, createdAt, ...rest } = created;
      read.push({ ...rest, publicUrl: publicUrl?.replace(trackingId, '{trackingId}'), createdAt: typeof createdAt });
    }
    assert.deepEqual(read[0], read[1]);
  });
});
