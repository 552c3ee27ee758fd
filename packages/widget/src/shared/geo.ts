// The device's position, asked for only when the citizen presses "Gunakan lokasi saya":
// a chunk of its own, so the form's first bytes do not carry it (nor what it says).
import { completed, format } from '../i18n/index.ts';
import type { FormStrings, GeoKey } from '../i18n/strings.ts';
import type { Controls } from '../form/controls.ts';

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

/** What "use my location" reads and changes on the form. */
export interface GeoHost extends Controls {
  /** What the button says (progress, the point, or why not). */
  geo: string;
  /** Renders again. */
  show(): void;
}

/** "Gunakan lokasi saya": asks the device, keeps the point in the fields, and says how it went. */
export async function locate(form: GeoHost): Promise<void> {
  const t = completed(idGeo, form.t);
  const { fields } = form.state;
  form.geo = t.locating;
  form.show();
  try {
    ({ lat: fields.lat, lng: fields.lng } = await currentPosition());
    form.geo = format(t.located, { lat: fields.lat, lng: fields.lng });
    form.changed();
  } catch {
    form.geo = t.locationFailed;
  }
  form.show();
}
