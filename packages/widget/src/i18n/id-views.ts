import type { FormStrings, ViewKey } from './strings.ts';

/** Bahasa Indonesia for the error summary, search results, sending and the confirmation: bundled with the transport chunk. */
export const idViews: Pick<FormStrings, ViewKey> = {
  uploadRefused: 'Hapus berkas yang ditolak sebelum mengirim.',
  consentRequired: 'Centang pernyataan persetujuan untuk mengirim laporan.',
  serverError: 'Laporan belum terkirim: {detail}',
  errorSummaryTitle: 'Ada yang perlu diperbaiki',
  successTitle: 'Laporan terkirim',
  successTrackingLabel: 'Nomor pelacakan',
  searching: 'Mencari…',
  noResults: 'Tidak ada hasil. Coba kata lain.',
  resultsCount: '{count} hasil tersedia. Gunakan panah atas dan bawah untuk memilih.',
  sending: 'Mengirim laporan…',
};
