import { SERVICE_LEVELS } from '@lapor/client/contract';
import type { FormStrings, ViewKey } from './strings.ts';

/** Bahasa Indonesia for the error summary and the confirmation: bundled with the transport chunk. */
export const idViews: Pick<FormStrings, ViewKey> = {
  uploadRefused: 'Hapus berkas yang ditolak sebelum mengirim.',
  consentRequired: 'Centang pernyataan persetujuan untuk mengirim laporan.',
  serverError: 'Laporan belum terkirim: {detail}',
  errorSummaryTitle: 'Ada yang perlu diperbaiki',
  successTitle: 'Laporan terkirim',
  successTrackingLabel: 'Nomor pelacakan',
  copy: 'Salin',
  copied: 'Nomor pelacakan disalin.',
  successNext: `Admin LAPOR! memverifikasi dan meneruskan laporan Anda ke instansi berwenang dalam ${SERVICE_LEVELS.verificationWorkingDays} hari kerja (paling lambat {date}).`,
  successFollow: `Instansi menindaklanjuti dalam ${SERVICE_LEVELS.followUpWorkingDays} hari kerja setelah menerima laporan. Simpan nomor pelacakan untuk memantau laporan Anda.`,
  successStatusLink: 'Pantau laporan',
  newReport: 'Buat laporan baru',
  exposureNote: 'Isi laporan dapat dilihat publik. Sepertinya ada NIK, nomor telepon, atau alamat email di sini: hapus bila tidak perlu, atau jadikan laporan rahasia.',
  exposureConfidential: 'Jadikan rahasia',
};
