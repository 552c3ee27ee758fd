import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { strToU8, zipSync } from 'fflate';
import { attachment } from '@lapor/client/contract';
import { startSandbox } from '@lapor/sandbox';
import { call, useSandbox } from './helpers.ts';

const api = useSandbox({ attachmentBytesMax: 64 * 1024 });

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const ZIP = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('data.csv some archive content')]);

/** A minimal Office Open XML package: the manifest names `main` with `type`; `parts` are the entries. */
function office(main: string, type: string, parts: string[] = [main]): Buffer {
  const manifest =
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/${main}" ContentType="${type}"/></Types>`;
  const files: Record<string, Uint8Array> = { '[Content_Types].xml': strToU8(manifest) };
  for (const part of parts) files[part] = strToU8('<?xml version="1.0"?><document/>');
  return Buffer.from(zipSync(files));
}
const DOCX = office('word/document.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml');
const XLSX = office('xl/workbook.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml');
const PPTX = office('ppt/presentation.xml', 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml');

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

describe('hostile attachments', () => {
  it('a short body such as "MZ" is judged like any other, never a 500', async () => {
    const mz = await upload(Buffer.from('MZ'), 'program.exe');
    assert.equal(mz.status, 201);
    assert.deepEqual([mz.body.mimeType, mz.body.name], ['text/plain', 'program.txt']);
    for (const bytes of [[0x00], [0x50, 0x4b, 0x03, 0x04], [0xd0, 0xcf, 0x11, 0xe0], [0, 0, 0, 0, 0x66, 0x74], [0xff, 0xfb]]) {
      const answer = await upload(Buffer.from(bytes), 'x.bin');
      assert.equal(answer.status, 415, Buffer.from(bytes).toString('hex'));
    }
  });

  it('identifies Office files by their ZIP directory, not by a byte search', async () => {
    assert.equal((await upload(XLSX, 'anggaran.xlsx')).body.mimeType, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    assert.equal((await upload(PPTX, 'paparan.pptx')).body.mimeType, 'application/vnd.openxmlformats-officedocument.presentationml.presentation');
    // An ordinary archive whose entry path happens to contain "word/".
    const archive = Buffer.from(zipSync({ 'password/notes.txt': strToU8('rahasia'), 'xl/x.txt': strToU8('x') }));
    assert.equal((await upload(archive, 'catatan.docx')).status, 415);
    // A manifest naming a main part the archive does not have.
    const hollow = office('word/document.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml', []);
    assert.equal((await upload(hollow, 'kosong.docx')).status, 415);
    // Macro-enabled documents are not on the allow-list.
    const macro = office('word/document.xml', 'application/vnd.ms-word.document.macroEnabled.main+xml');
    assert.equal((await upload(macro, 'makro.docx')).status, 415);
    // A truncated archive.
    assert.equal((await upload(DOCX.subarray(0, DOCX.length - 30), 'rusak.docx')).status, 415);
  });

  it('stores the name with the extension of the detected type', async () => {
    assert.equal((await upload(PNG, 'foto.exe')).body.name, 'foto.png');
    assert.equal((await upload(Buffer.from('<html><script>alert(1)</script></html>'), 'laporan.html')).body.name, 'laporan.txt');
    assert.equal((await upload(DOCX, 'surat')).body.name, 'surat.docx');
    assert.equal((await upload(PDF, 'Rapat 12.05.pdf')).body.name, 'Rapat 12.05.pdf');
    assert.equal((await upload(PNG, 'foto.PNG')).body.name, 'foto.PNG');
  });

  it('strips control and bidi characters from names, and refuses "." and ".."', async () => {
    const answer = await api.request('POST', '/v1/attachments', {
      raw: new Uint8Array(PNG),
      headers: { 'content-type': 'image/png', 'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent('foto\u202Egnp.exe')}` },
    });
    assert.equal(answer.status, 201);
    assert.equal(answer.body.name, 'fotognp.png');
    for (const name of ['.', '..', '../..']) {
      const refused = await upload(PNG, name);
      assert.equal(refused.status, 422, name);
      assert.deepEqual(refused.body.errors.map((e: any) => [e.path, e.code]), [['file', 'invalid_filename']]);
    }
  });

  it('judges text by the whole file, not its first 64 KB', async () => {
    const sandbox = await startSandbox({ port: 0, db: ':memory:', rateLimit: 'off' });
    try {
      const body = Buffer.concat([Buffer.from('Catatan. '.repeat(10_000)), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00])]);
      const answer = await call(sandbox.url, 'POST', '/v1/attachments', {
        raw: new Uint8Array(body),
        headers: { 'content-type': 'text/plain', 'content-disposition': 'attachment; filename="catatan.txt"' },
      });
      assert.equal(answer.status, 415);
    } finally {
      await sandbox.close();
    }
  });
});
