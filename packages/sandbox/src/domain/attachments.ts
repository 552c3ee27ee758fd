import { unzipSync } from 'fflate';
import { ATTACHMENT_TYPES, attachmentMimeType } from '@lapor/client/contract';

/** Bytes `start` to `end` as Latin-1 text; shorter (or empty) when the file is shorter. */
const ascii = (bytes: Uint8Array, start: number, end: number) =>
  start >= bytes.length ? '' : Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.min(end, bytes.length) - start).toString('latin1');

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  return signature.every((b, i) => bytes[offset + i] === b);
}

/**
 * Whether the whole file is UTF-8 text without control characters other than whitespace.
 * All of it: a text head in front of a binary tail (an HTML page after a harmless line,
 * an executable after a short note) is not a text file.
 */
function isText(bytes: Uint8Array): boolean {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return !/[\u0000-\u0008\u000E-\u001F\u007F]/.test(text);
  } catch {
    return false;
  }
}

/** The content type of the main part of each Office Open XML format on the allow-list. */
const OFFICE_MAIN_PARTS: Record<string, string> = {
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml': ATTACHMENT_TYPES.docx,
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml': ATTACHMENT_TYPES.xlsx,
  'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml': ATTACHMENT_TYPES.pptx,
};

/** Limits for reading an archive: a hostile ZIP may claim millions of entries or a huge manifest. */
const ZIP_ENTRIES_MAX = 20_000;
const CONTENT_TYPES_BYTES_MAX = 512 * 1024;

/**
 * The Office Open XML type of a ZIP, read from its central directory: `[Content_Types].xml`
 * must name exactly one main part of a Word, Excel or PowerPoint document, and that part
 * must be in the archive. Anything else (a plain archive, a macro-enabled or template
 * format, a damaged file) is `undefined`: archives are not allowed.
 */
function officeType(bytes: Uint8Array): string | undefined {
  const names = new Set<string>();
  let manifest: Uint8Array | undefined;
  try {
    const files = unzipSync(bytes, {
      filter(file) {
        if (names.size >= ZIP_ENTRIES_MAX) throw new RangeError('too many entries');
        names.add(file.name.toLowerCase());
        // Only the manifest is inflated, and only when it is of a sane size.
        return file.name === '[Content_Types].xml' && file.originalSize <= CONTENT_TYPES_BYTES_MAX && (file.compression === 0 || file.compression === 8);
      },
    });
    manifest = files['[Content_Types].xml'];
  } catch {
    return undefined;
  }
  if (!manifest) return undefined;
  let xml: string;
  try {
    xml = new TextDecoder('utf-8', { fatal: true }).decode(manifest);
  } catch {
    return undefined;
  }
  const found = new Set<string>();
  for (const [tag] of xml.matchAll(/<Override\b[^>]*>/g)) {
    const part = /\bPartName\s*=\s*"([^"]*)"/.exec(tag)?.[1];
    const type = /\bContentType\s*=\s*"([^"]*)"/.exec(tag)?.[1]?.trim().toLowerCase();
    const mime = type ? OFFICE_MAIN_PARTS[type] : undefined;
    // Part names are case-insensitive in Office packages.
    if (mime && part && names.has(part.replace(/^\//, '').toLowerCase())) found.add(mime);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** ISO base media brands of still images (HEIC, AVIF): `ftyp` files that are not videos. */
const IMAGE_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1', 'avif', 'avis']);

/**
 * The MIME type of a file judged by its content (magic bytes, the ZIP directory, the
 * whole text), limited to the contract's allow-list, or `undefined` when the content is
 * not an allowed type. The name only tells apart the legacy Office formats, which share
 * one container (doc/xls/ppt). Never throws, whatever the bytes.
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
  if (ascii(bytes, 0, 3) === 'ID3' || (bytes.length >= 4 && bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xe0) === 0xe0)) return ATTACHMENT_TYPES.mp3;
  if (startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) return ATTACHMENT_TYPES.webm;
  if (ascii(bytes, 4, 8) === 'ftyp' && bytes.length >= 12) {
    const brand = ascii(bytes, 8, 12);
    if (IMAGE_BRANDS.has(brand.toLowerCase())) return undefined;
    return brand.startsWith('qt') ? ATTACHMENT_TYPES.mov : ATTACHMENT_TYPES.mp4;
  }
  // OLE compound file: the legacy Office formats.
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    const named = attachmentMimeType(filename);
    const legacy: string[] = [ATTACHMENT_TYPES.doc, ATTACHMENT_TYPES.xls, ATTACHMENT_TYPES.ppt];
    return named && legacy.includes(named) ? named : ATTACHMENT_TYPES.doc;
  }
  // ZIP: only the Office Open XML formats; other archives are not allowed.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return officeType(bytes);
  if (isText(bytes)) return ATTACHMENT_TYPES.txt;
  return undefined;
}

/** Extensions on the allow-list by MIME type, the usual one first (`image/jpeg` → jpg, jpeg). */
const EXTENSIONS = /*#__PURE__*/ (() => {
  const byType = new Map<string, string[]>();
  for (const [extension, type] of Object.entries(ATTACHMENT_TYPES)) byType.set(type, [...(byType.get(type) ?? []), extension]);
  return byType;
})();

/**
 * The name a file is stored under: the sender's name, ending in an extension of the type
 * found in its content. A PNG sent as `foto.exe` is kept as `foto.png`, a text sent as
 * `laporan.html` as `laporan.txt`, so that nobody who later downloads it opens it as
 * something it is not. An extension of the right type is kept (`foto.jpeg`).
 */
export function storedName(name: string, mimeType: string): string {
  const extensions = EXTENSIONS.get(mimeType) ?? ['bin'];
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1) : '';
  if (extensions.includes(extension.toLowerCase())) return name;
  // Replace what looks like an extension ("exe", "html", "v2"); keep other dotted names whole ("Rapat 12.05").
  const stem = dot > 0 && /^[a-z0-9]{1,8}$/i.test(extension) && /[a-z]/i.test(extension) ? name.slice(0, dot) : name;
  const wanted = extensions[0]!;
  return `${stem.slice(0, 255 - wanted.length - 1) || 'lampiran'}.${wanted}`;
}
