import type { ExposureKey, FormStrings } from './strings.ts';

/** Bahasa Indonesia for the personal-data note: bundled with that chunk. */
export const idExposure: Pick<FormStrings, ExposureKey> = {
  exposureNote: 'Isi laporan dapat dilihat publik. Sepertinya ada NIK, nomor telepon, atau alamat email di sini: hapus bila tidak perlu, atau jadikan laporan rahasia.',
  exposureConfidential: 'Jadikan rahasia',
};
