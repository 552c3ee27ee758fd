// Photos before they leave the device. Phone photos are often 3–8 MB; LAPOR! takes 2 MB:
// downscale in the browser, keeping the orientation the camera recorded, until the JPEG
// fits. And whatever their size, photos lose their metadata (EXIF, XMP, IPTC, comments:
// GPS position, time, phone model), which has identified "anonymous" reporters before.
// Loaded with the first photo.

const MAX_SIDE = 2560;

async function encode(bitmap: ImageBitmap, width: number, height: number, quality: number): Promise<Blob> {
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(width, height);
    canvas.getContext('2d')!.drawImage(bitmap, 0, 0, width, height);
    return canvas.convertToBlob({ type: 'image/jpeg', quality });
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0, width, height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('encode failed'))), 'image/jpeg', quality));
}

/**
 * The photo's pixels, upright. Firefox's createImageBitmap refuses a JPEG that starts with
 * its EXIF block, as phone cameras write them ("could not be decoded"), where an <img>
 * decodes it: that is the second way (it needs `blob:` images, allowed by the usual CSP).
 */
async function decode(file: File): Promise<ImageBitmap | undefined> {
  try {
    return await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    if (typeof Image === 'undefined') return undefined;
  }
  const url = URL.createObjectURL(file);
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return await createImageBitmap(image, { imageOrientation: 'from-image' });
  } catch {
    return undefined;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * A JPEG of the photo no larger than `maxBytes`, or `undefined` when the browser cannot
 * decode it (then the original is left for the size check to refuse, with its name).
 */
export async function downscalePhoto(file: File, maxBytes: number): Promise<File | undefined> {
  const bitmap = await decode(file);
  if (!bitmap) return undefined;
  try {
    let scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
    for (let round = 0; round < 12; round++) {
      const width = Math.max(1, Math.round(bitmap.width * scale));
      const height = Math.max(1, Math.round(bitmap.height * scale));
      for (const quality of [0.85, 0.72, 0.6]) {
        const blob = await encode(bitmap, width, height, quality);
        if (blob.size <= maxBytes) {
          const name = file.name.replace(/\.[^.]*$/, '') + '.jpg';
          return new File([blob], name, { type: 'image/jpeg', lastModified: file.lastModified });
        }
      }
      scale *= 0.75;
    }
    return undefined;
  } finally {
    bitmap.close();
  }
}

const utf = (bytes: Uint8Array, start: number, length: number) => String.fromCharCode(...bytes.subarray(start, start + length));

/**
 * The EXIF orientation (1–8) in an APP1 segment's TIFF data, or 1: the one tag kept, so
 * that a portrait photo stays upright.
 */
function exifOrientation(bytes: Uint8Array, tiff: number): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  const little = utf(bytes, tiff, 2) === 'II';
  const ifd = tiff + view.getUint32(tiff + 4, little);
  for (let i = 0, count = view.getUint16(ifd, little); i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (view.getUint16(entry, little) === 0x0112) return view.getUint16(entry + 8, little);
  }
  return 1;
}

/** A minimal EXIF segment holding only an orientation (big-endian TIFF, one IFD entry). */
function orientationSegment(orientation: number): Uint8Array {
  // prettier-ignore
  return new Uint8Array([0xff, 0xe1, 0, 34, 0x45, 0x78, 0x69, 0x66, 0, 0, 0x4d, 0x4d, 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0, 0, 0, 0, 0]);
}

/**
 * The JPEG without its metadata segments: only JFIF (APP0), an ICC colour profile (APP2)
 * and Adobe's colour transform (APP14) stay among the APPn segments, comments go, and
 * nothing after the image (phones append preview images there). `undefined` when the
 * bytes are not a JPEG this can walk.
 */
function stripJpeg(bytes: Uint8Array): Uint8Array | undefined {
  const parts: Uint8Array[] = [bytes.subarray(0, 2)];
  let orientation = 1;
  let i = 2;
  while (i + 1 < bytes.length) {
    if (bytes[i] !== 0xff) return undefined;
    const marker = bytes[i + 1]!;
    if (marker === 0xff) {
      i++;
      continue;
    }
    // Markers without a length: the end of the image (all after it goes), restarts.
    if (marker === 0xd9 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      parts.push(bytes.subarray(i, i + 2));
      if (marker === 0xd9) break;
      i += 2;
      continue;
    }
    if (i + 4 > bytes.length) return undefined;
    const end = i + 2 + ((bytes[i + 2]! << 8) | bytes[i + 3]!);
    if (end > bytes.length) return undefined;
    const app = marker >= 0xe0 && marker <= 0xef;
    if (marker === 0xe1 && utf(bytes, i + 4, 6) === 'Exif\0\0') orientation = exifOrientation(bytes, i + 10);
    const keep = app ? marker === 0xe0 || marker === 0xee || (marker === 0xe2 && utf(bytes, i + 4, 12) === 'ICC_PROFILE\0') : marker !== 0xfe;
    if (keep) parts.push(bytes.subarray(i, end));
    i = end;
    if (marker === 0xda) {
      // Entropy-coded data runs to the next marker that is not a stuffed 0xFF00 or a restart.
      let j = i;
      while (j + 1 < bytes.length && !(bytes[j] === 0xff && bytes[j + 1] !== 0 && (bytes[j + 1]! < 0xd0 || bytes[j + 1]! > 0xd7))) j++;
      parts.push(bytes.subarray(i, j));
      i = j;
    }
  }
  // After JFIF's APP0 when there is one: it must come first.
  if (orientation > 1 && orientation <= 8) parts.splice(parts[1]?.[1] === 0xe0 ? 2 : 1, 0, orientationSegment(orientation));
  return concat(parts);
}

/** The PNG without its text, EXIF and time chunks (tEXt, zTXt, iTXt, eXIf, tIME). */
function stripPng(bytes: Uint8Array): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  const parts: Uint8Array[] = [bytes.subarray(0, 8)];
  for (let i = 8; i + 12 <= bytes.length; ) {
    const end = i + 12 + view.getUint32(i);
    if (!/^(tEXt|zTXt|iTXt|eXIf|tIME)$/.test(utf(bytes, i + 4, 4))) parts.push(bytes.subarray(i, end));
    i = end;
  }
  return concat(parts);
}

/** The WebP without its EXIF and XMP chunks (and their flags in VP8X). */
function stripWebp(bytes: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [bytes.slice(0, 12)];
  for (let i = 12; i + 8 <= bytes.length; ) {
    const end = i + 8 + ((new DataView(bytes.buffer, bytes.byteOffset).getUint32(i + 4, true) + 1) & ~1);
    const type = utf(bytes, i, 4);
    if (type === 'VP8X') {
      const chunk = bytes.slice(i, end);
      chunk[8]! &= ~0x0c;
      parts.push(chunk);
    } else if (type !== 'EXIF' && type !== 'XMP ') parts.push(bytes.subarray(i, end));
    i = end;
  }
  const out = concat(parts);
  new DataView(out.buffer).setUint32(4, out.length - 8, true);
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * The photo as it may leave the device: without metadata, and made smaller when over
 * `maxBytes` (re-encoding through a canvas carries no metadata either). Other files come
 * back as they are. `undefined` for a photo that cannot be cleaned: it is not uploaded.
 */
export async function cleanPhoto(file: File, maxBytes: number): Promise<File | undefined> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const kind = bytes[0] === 0xff && bytes[1] === 0xd8 ? 'jpeg' : utf(bytes, 1, 3) === 'PNG' ? 'png' : utf(bytes, 8, 4) === 'WEBP' ? 'webp' : '';
  if (!kind) return file;
  if (file.size > maxBytes) return downscalePhoto(file, maxBytes);
  let clean: Uint8Array | undefined;
  try {
    clean = kind === 'jpeg' ? stripJpeg(bytes) : kind === 'png' ? stripPng(bytes) : stripWebp(bytes);
  } catch {
    // Truncated or odd structure: the canvas below still makes a clean copy.
  }
  // A JPEG this cannot walk is re-encoded at full size instead.
  if (!clean) return downscalePhoto(file, maxBytes);
  return new File([clean as Uint8Array<ArrayBuffer>], file.name, { type: file.type || `image/${kind}`, lastModified: file.lastModified });
}
