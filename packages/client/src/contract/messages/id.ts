import { idCitizen } from './id-citizen.ts';
import type { ValidationMessages } from './types.ts';

/**
 * Bahasa Indonesia, complete: {@link idCitizen} with the labels and messages of the
 * agency, webhook and list-query routes, which no citizen meets. Registered by
 * `createClient` of the Node entry and by the sandbox; anywhere else, once by a call:
 * `registerLocale('id', idMessages)`.
 */
export const id: ValidationMessages = {
  fields: {
    ...idCitizen.fields,
    sourceRef: 'Nomor referensi instansi',
    url: 'URL',
    events: 'Jenis peristiwa',
    description: 'Keterangan',
    q: 'Kata kunci',
    type: 'Jenis',
    level: 'Tingkat wilayah',
    parentCode: 'Kode wilayah induk',
    status: 'Status',
    updatedSince: 'Diperbarui sejak',
    cursor: 'Kursor halaman',
    limit: 'Jumlah per halaman',
    regionCode: 'Wilayah',
    statusGroup: 'Kelompok status',
    from: 'Bulan awal',
    to: 'Bulan akhir',
    reason: 'Alasan',
  },
  issues: {
    ...idCitizen.issues,
    invalid_datetime: ({ label }) => `${label} harus berupa waktu ISO 8601 dengan zona waktu.`,
    invalid_url: ({ label }) => `${label} harus berupa alamat http:// atau https:// yang benar.`,
    url_not_public: ({ label }) =>
      `${label} mengarah ke alamat jaringan internal (privat, link-local, atau metadata cloud). Gunakan alamat publik server Anda.`,
    invalid_month: ({ label }) => `${label} harus berupa bulan TTTT-BB, misalnya 2026-01.`,
    invalid_period: ({ max }) => `Bulan awal tidak boleh setelah bulan akhir, dan periode paling panjang ${max} bulan.`,
  },
};
