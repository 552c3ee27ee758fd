import { ATTACHMENT_TYPES, attachmentMimeType } from '@lapor/client/contract';

const ascii = (bytes: Uint8Array, start: number, end: number) =>
  Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.max(0, Math.min(end, bytes.length) - start)).toString('latin1');

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  return signature.every((b, i) => bytes[offset + i] === b);
}

/** Whether the bytes are UTF-8 text without control characters other than whitespace. */
function isText(bytes: Uint8Array): boolean {
  let end = Math.min(bytes.length, 64 * 1024);
  // A sample cut inside a multi-byte character: end it before that character.
  if (end < bytes.length) while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80) end--;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end));
    return !/[\u0000-\u0008\u000E-\u001F\u007F]/.test(text);
  } catch {
    return false;
  }
}

/**
 * The MIME type of a file judged by its content (magic bytes), limited to the contract's
 * allow-list, or `undefined` when the content is not an allowed type. The name only
 * tells apart formats that share a container (doc/xls/ppt; docx/xlsx/pptx).
 */
export function sniffMimeType(bytes: Uint8Array, filename: string): string | undefined {
  if (bytes.length === 0) return undefined;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return ATTACHMENT_TYPES.jpg;
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return ATTACHMENT_TYPES.png;
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return ATTACHMENT_TYPES.gif;
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return ATTACHMENT_TYPES.webp;
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WAVE') return ATTACHMENT_TYPES.wav;
  if (ascii(bytes, 0, 5) === '%PDF-') return ATTACHMENT_TYPES.pdf;
  if (ascii(bytes, 0, 4) === 'OggS') return ATTACHMENT_TYPES.ogg;
  if (ascii(bytes, 0, 3) === 'ID3' || (bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xe0) === 0xe0)) return ATTACHMENT_TYPES.mp3;
  if (startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) return ATTACHMENT_TYPES.webm;
  if (ascii(bytes, 4, 8) === 'ftyp') {
    return ascii(bytes, 8, 10) === 'qt' ? ATTACHMENT_TYPES.mov : ATTACHMENT_TYPES.mp4;
  }
  const named = attachmentMimeType(filename);
  // OLE compound file: the legacy Office formats.
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    const legacy: string[] = [ATTACHMENT_TYPES.doc, ATTACHMENT_TYPES.xls, ATTACHMENT_TYPES.ppt];
    return named && legacy.includes(named) ? named : ATTACHMENT_TYPES.doc;
  }
  // ZIP: only the Office Open XML formats; other archives are not allowed.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const head = ascii(bytes, 0, Math.min(bytes.length, 256 * 1024));
    if (head.includes('word/')) return ATTACHMENT_TYPES.docx;
    if (head.includes('xl/')) return ATTACHMENT_TYPES.xlsx;
    if (head.includes('ppt/')) return ATTACHMENT_TYPES.pptx;
    return undefined;
  }
  if (isText(bytes)) return ATTACHMENT_TYPES.txt;
  return undefined;
}
