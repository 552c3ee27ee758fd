import type { FormStrings, ViewKey } from './strings.ts';

/** Bahasa Indonesia for checking and sending and the confirmation's fallback: bundled with the transport chunk. */
export const idViews: Pick<FormStrings, ViewKey> = {
  uploadRefused: 'Hapus berkas yang ditolak sebelum mengirim.',
  consentRequired: 'Centang pernyataan persetujuan untuk mengirim laporan.',
  serverError: 'Laporan belum terkirim: {detail}',
  successTitle: 'Laporan terkirim',
  successTrackingLabel: 'Nomor pelacakan',
  sending: 'Mengirim laporan…',
};

