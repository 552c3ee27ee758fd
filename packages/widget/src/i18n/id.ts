import type { ExposureKey, FileKey, ForgetKey, FormStrings, GeoKey, MoreKey, SimilarKey, SuccessKey, SummaryKey, ViewKey } from './strings.ts';

/** Bahasa Indonesia: the default; the entry carries the first section's, later chunks bring what they show. */
export const id: Omit<FormStrings, FileKey | ForgetKey | ViewKey | GeoKey | MoreKey | SuccessKey | SimilarKey | ExposureKey | SummaryKey> = {
  formTitle: 'Sampaikan laporan Anda',
  formIntro: 'Laporan diteruskan ke SP4N-LAPOR!, sistem pengaduan pelayanan publik nasional.',
  draftNote: 'Isian disimpan di perangkat ini selama {days} hari sejak terakhir diubah.',
  required: 'wajib',
  optional: 'tidak wajib',
  classificationLegend: 'Apa yang ingin Anda sampaikan?',
  classificationComplaint: 'Pengaduan',
  classificationComplaintHint: 'Keluhan tentang pelayanan publik yang tidak berjalan semestinya.',
  classificationAspiration: 'Aspirasi',
  classificationAspirationHint: 'Saran atau usulan untuk perbaikan pelayanan publik.',
  classificationInformation: 'Permintaan informasi',
  classificationInformationHint: 'Pertanyaan atau permintaan informasi kepada instansi pemerintah.',
  titleLabel: 'Judul laporan',
  titleHint: 'Ringkas dan jelas, misalnya "Jalan berlubang di depan SDN 3 Mataram".',
  bodyLabel: 'Isi laporan',
  bodyHint: 'Ceritakan apa yang terjadi, di mana, kapan, dan siapa yang terlibat. Jangan cantumkan NIK atau nomor telepon; isi laporan dapat dilihat publik.',
  characters: '{count} dari {max} karakter',
  incidentDateLabel: 'Tanggal kejadian',
  incidentDateHint: 'Tidak boleh setelah hari ini.',
  uploading: 'Mengunggah…',
  draftRestored: 'Isian Anda sebelumnya dipulihkan.',
  discardDraft: 'Mulai dari awal',
  offlineQueued: 'Koneksi terputus. Laporan Anda tersimpan di perangkat ini dan akan dikirim otomatis saat koneksi kembali.',
  outboxSending: 'Koneksi tersambung kembali. Mengirim laporan yang tersimpan…',
};
