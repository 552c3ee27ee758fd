import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createClient, LaporValidationError, type UploadProgress } from '@lapor/client';
import { report, useSandbox } from './sandbox.ts';

const sandbox = useSandbox();
const lapor = () => createClient({ endpoint: sandbox.current().url, siteKey: 'pk_test_sandbox' });

/** A small valid PNG followed by padding, to reach a size. */
function png(size: number): Uint8Array<ArrayBuffer> {
  const header = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
  const bytes = new Uint8Array(size);
  bytes.set(header);
  return bytes;
}

describe('attachments.upload', () => {
  it('uploads a file, reports progress from 0 to 1, and attaches it to a complaint', async () => {
    const events: UploadProgress[] = [];
    const file = new File([png(600_000)], 'lubang.png', { type: 'image/png' });
    const uploaded = await lapor().attachments.upload(file, { onProgress: (p) => events.push(p) });
    assert.equal(uploaded.mimeType, 'image/png');
    assert.equal(uploaded.name, 'lubang.png');
    assert.equal(uploaded.size, 600_000);
    assert.equal(events[0]!.loaded, 0);
    assert.equal(events.at(-1)!.percent, 1);
    for (let i = 1; i < events.length; i++) assert.ok(events[i]!.loaded >= events[i - 1]!.loaded, 'monotonic');
    const created = await lapor().complaints.create({ ...report(), attachmentIds: [uploaded.id] });
    const view = await lapor().complaints.get(created.trackingId, { reporterToken: created.reporterToken });
    assert.deepEqual(view.attachments.map((a) => a.id), [uploaded.id]);
  });

  it('keeps a non-ASCII file name', async () => {
    const uploaded = await lapor().attachments.upload(new Blob([png(100)], { type: 'image/png' }), { filename: 'foto jalan rusak – Ampenan.png' });
    assert.equal(uploaded.name, 'foto jalan rusak – Ampenan.png');
  });

  it('refuses a file over the limit before sending a byte', async () => {
    let requests = 0;
    const client = createClient({
      endpoint: sandbox.current().url,
      siteKey: 'pk_test_sandbox',
      fetch: (input, init) => {
        requests++;
        return fetch(input, init);
      },
    });
    const big = new File([png(2 * 1024 * 1024 + 1)], 'IMG_2041.png', { type: 'image/png' });
    const error = await client.attachments.upload(big).catch((e: unknown) => e);
    assert.ok(error instanceof LaporValidationError);
    assert.equal(error.issues[0]!.code, 'file_too_large');
    assert.match(error.issues[0]!.message, /"IMG_2041\.png" lebih besar dari 2 MB/);
    const zip = await client.attachments.upload(new File([new Uint8Array([0x50, 0x4b, 3, 4])], 'arsip.zip', { type: 'application/zip' })).catch((e: unknown) => e);
    assert.ok(zip instanceof LaporValidationError);
    assert.equal(zip.issues[0]!.code, 'file_type_not_allowed');
    assert.equal(requests, 0);
  });

  it('leaves the final judgement to LAPOR!, which reads the content', async () => {
    const disguised = new File([new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3])], 'foto.jpg', { type: 'image/jpeg' });
    const error = await lapor().attachments.upload(disguised).catch((e: unknown) => e);
    assert.ok(error instanceof Error && 'status' in error && error.status === 415);
  });
});
