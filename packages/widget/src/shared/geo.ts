// The device's position, asked for only when the citizen presses "Gunakan lokasi saya":
// a chunk of its own, so the form's first bytes do not carry it (nor what it says).
import type { FormStrings, GeoKey } from '../i18n/strings.ts';

/** Bahasa Indonesia for the location button's progress. */
export const idGeo: Pick<FormStrings, GeoKey> = {
  locating: 'Mencari lokasi…',
  located: 'Titik lokasi tersimpan ({lat}, {lng}).',
  locationFailed: 'Lokasi tidak dapat ditentukan. Isi alamat secara manual.',
};

/** Latitude and longitude to five decimals (about a metre), or a rejection when refused or unavailable. */
export function currentPosition(): Promise<{ lat: number; lng: number }> {
  return new Promise((resolve, reject) => {
    if (!('geolocation' in navigator)) return reject(new Error('geolocation unavailable'));
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => resolve({ lat: Math.round(coords.latitude * 1e5) / 1e5, lng: Math.round(coords.longitude * 1e5) / 1e5 }),
      reject,
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  });
}
