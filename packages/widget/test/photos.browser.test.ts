import { expect } from '@esm-bundle/chai';
import { downscalePhoto } from '../src/shared/photos.ts';

/**
 * A landscape JPEG as a phone camera writes it: the sensor's pixels as taken, and an EXIF
 * orientation saying how to turn them (6: turn 90° clockwise, so the photo is portrait).
 */
async function cameraPhoto(orientation: number): Promise<File> {
  const canvas = new OffscreenCanvas(300, 200);
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#2a6';
  context.fillRect(0, 0, 300, 200);
  const jpeg = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 })).arrayBuffer());
  // APP1 "Exif": a big-endian TIFF header and one IFD entry, Orientation (0x0112), SHORT.
  const tiff = [0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0, 0, 0, 0, 0];
  const payload = [...new TextEncoder().encode('Exif'), 0, 0, ...tiff];
  const app1 = [0xff, 0xe1, (payload.length + 2) >> 8, (payload.length + 2) & 0xff, ...payload];
  return new File([jpeg.slice(0, 2), new Uint8Array(app1), jpeg.slice(2)], 'IMG_20261120_101500.jpg', { type: 'image/jpeg' });
}

describe('photo downscaling', () => {
  it('keeps the orientation the camera recorded: a portrait photo stays portrait', async () => {
    const photo = await cameraPhoto(6);
    const small = await downscalePhoto(photo, 2 * 1024 * 1024);
    expect(small?.type).to.equal('image/jpeg');
    expect(small!.name).to.equal('IMG_20261120_101500.jpg');
    // The new JPEG has no EXIF: its pixels themselves must stand upright.
    const bitmap = await createImageBitmap(small!);
    expect([bitmap.width, bitmap.height]).to.deep.equal([200, 300]);
  });

  it('leaves a photo without a turn as it is', async () => {
    const small = await downscalePhoto(await cameraPhoto(1), 2 * 1024 * 1024);
    const bitmap = await createImageBitmap(small!);
    expect([bitmap.width, bitmap.height]).to.deep.equal([300, 200]);
  });
});
