import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { attachment } from '@lapor/client/contract';
import { useSandbox } from './helpers.ts';

const api = useSandbox({ attachmentBytesMax: 64 * 1024 });

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const ZIP = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('data.csv some archive content')]);
const DOCX = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('[Content_Types].xml word/document.xml')]);

function upload(data: Buffer, filename: string, type = 'application/octet-stream', key?: string) {
  return api.request('POST', '/v1/attachments', {
    key,
    raw: new Uint8Array(data),
    headers: { 'content-type': type, 'content-disposition': `attachment; filename="${filename}"` },
  });
}

describe('attachments', () => {
  it('stores an allowed file and tells its type from the content', async () => {
    const { status, body } = await upload(PNG, 'foto jalan.png', 'image/jpeg');
    assert.equal(status, 201);
    const stored = attachment.parse(body);
    assert.equal(stored.mimeType, 'image/png', 'the declared type does not matter');
    assert.equal(stored.name, 'foto jalan.png');
    assert.equal(stored.size, PNG.length);
    assert.equal(stored.sha256, createHash('sha256').update(PNG).digest('hex'));
    assert.equal((await upload(PDF, 'surat.pdf')).body.mimeType, 'application/pdf');
    assert.equal((await upload(DOCX, 'laporan.docx')).body.mimeType.endsWith('wordprocessingml.document'), true);
    assert.equal((await upload(Buffer.from('Catatan kejadian, Senin pagi.'), 'catatan.txt')).body.mimeType, 'text/plain');
  });

  it('refuses an archive or a binary, whatever the name says', async () => {
    const zip = await upload(ZIP, 'foto.jpg', 'image/jpeg');
    assert.equal(zip.status, 415);
    assert.deepEqual(zip.body.errors.map((e: any) => [e.path, e.code]), [['file', 'file_type_not_allowed']]);
    assert.match(zip.body.errors[0].message, /"foto\.jpg"/);
    const binary = await upload(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3]), 'program.txt');
    assert.equal(binary.status, 415);
  });

  it('refuses a file over the limit with 413 and an empty file with 422', async () => {
    const big = await upload(Buffer.concat([PNG, Buffer.alloc(65 * 1024)]), 'besar.png');
    assert.equal(big.status, 413);
    assert.equal(big.body.code, 'payload_too_large');
    const empty = await upload(Buffer.alloc(0), 'kosong.png');
    assert.equal(empty.status, 422);
    assert.equal(empty.body.errors[0].code, 'file_empty');
  });

  it('deduplicates the same upload', async () => {
    const a = await upload(PDF, 'bukti.pdf');
    const b = await upload(PDF, 'bukti.pdf');
    assert.equal(a.body.id, b.body.id);
  });

  it('lets a complaint reference only attachments uploaded with the same key', async () => {
    const { body: mine } = await upload(PNG, 'lubang.png');
    const ok = await api.submit({ attachmentIds: [mine.id] });
    assert.equal(ok.status, 201);
    const view = await api.request('GET', `/v1/complaints/${ok.body.trackingId}`, { headers: { 'reporter-token': ok.body.reporterToken } });
    assert.deepEqual(view.body.attachments.map((a: any) => a.id), [mine.id]);

    const { body: key } = await api.request('POST', '/_sandbox/keys', { key: null, idempotencyKey: null, body: { kind: 'publishable' } });
    const { body: theirs } = await upload(PDF, 'milik-orang-lain.pdf', 'application/pdf', key.key);
    const refused = await api.submit({ attachmentIds: [theirs.id] });
    assert.equal(refused.status, 422);
    assert.equal(refused.body.code, 'attachment_not_found');
    assert.equal(refused.body.errors[0].path, 'attachmentIds.0');
  });
});
