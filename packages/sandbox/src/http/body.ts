import type { IncomingMessage } from 'node:http';
import { ProblemError } from './problem.ts';

/**
 * Reads a request body up to `limit` bytes. Larger bodies fail with 413 as soon as the
 * declared length or the bytes read pass the limit, without buffering the rest.
 */
export async function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(request.headers['content-length'] ?? NaN);
  if (declared > limit) throw tooLarge(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw tooLarge(limit);
    chunks.push(chunk);
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size);
}

function tooLarge(limit: number): ProblemError {
  const size = limit >= 1024 * 1024 ? `${(limit / (1024 * 1024)).toLocaleString('id-ID', { maximumFractionDigits: 1 })} MB` : `${Math.round(limit / 1024)} KB`;
  return new ProblemError('payload_too_large', { detail: { id: `Ukuran maksimum adalah ${size}.`, en: `The largest allowed size is ${size}.` }, headers: { connection: 'close' } });
}

/** Parses a JSON body of a request that must be `application/json`. */
export function parseJson(request: IncomingMessage, body: Buffer): unknown {
  const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json' && !type.endsWith('+json')) {
    throw new ProblemError('unsupported_media_type', { detail: { id: 'Kirim isi permintaan sebagai application/json.', en: 'Send the request body as application/json.' } });
  }
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body)) as unknown;
  } catch {
    throw new ProblemError('invalid_json', { detail: { id: 'Isi permintaan harus JSON UTF-8 yang sah.', en: 'The request body must be valid UTF-8 JSON.' } });
  }
}

/**
 * Characters a stored file name loses: C0 and C1 controls, DEL, the bidirectional marks,
 * embeddings, overrides and isolates, zero-width characters, line and paragraph
 * separators, and the byte-order mark. `foto\u202Egnp.exe`, which shows as
 * "fotoexe.png", becomes `fotognp.exe`. (Free-text fields refuse these characters
 * instead; a file name is the sender's operating system's, not something they typed.)
 */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/**
 * The file name from `Content-Disposition` (`filename*=UTF-8''…` preferred over
 * `filename="…"`), without any folder part and without invisible characters.
 */
export function dispositionFilename(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  let name: string | undefined;
  if (extended) {
    try {
      name = decodeURIComponent(extended[1]!.trim());
    } catch {
      name = undefined;
    }
  }
  if (!name) {
    const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]+))/.exec(header);
    name = plain ? (plain[1] ?? plain[2])?.replace(/\\(.)/g, '$1') : undefined;
  }
  name = name?.split(/[\\/]/).pop()?.replace(INVISIBLE, '').trim().slice(0, 255);
  return name || undefined;
}
