// Phone photos are often 3–8 MB; LAPOR! takes 2 MB. Downscale in the browser, keeping the
// orientation the camera recorded, until the JPEG fits. Loaded only when a photo is too big.

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
