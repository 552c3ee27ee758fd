import { SERVICE_LEVELS } from '@lapor/client/contract';
import type { StatsStrings } from './strings.ts';

/** Bahasa Indonesia for `<lapor-stats>`: bundled with that element. */
export const idStats: StatsStrings = {
  statsTitle: 'Kinerja penanganan laporan',
  statsPeriod: '{from} sampai {to}',
  statsLoading: 'Memuat angka…',
  statsError: 'Angka kinerja tidak dapat dimuat. Periksa koneksi Anda, lalu coba lagi.',
  retry: 'Coba lagi',
  statsAsOf: 'Dihitung pada {date}.',
  received: 'Laporan diterima',
  onTime: `Ditindaklanjuti dalam ${SERVICE_LEVELS.followUpWorkingDays} hari kerja`,
  countOf: '{count} dari {total} laporan',
  medianDays: 'Median waktu sampai tindak lanjut pertama',
  workingDays: '{days} hari kerja',
  closed: 'Selesai',
  escalated: 'Dilimpahkan ke Ombudsman RI',
  rating: 'Rata-rata penilaian pelapor',
  ratingOf: '{average} dari 5',
  ratingCount: '{count} penilaian',
  notYet: 'Belum ada',
  chartTitle: 'Laporan diterima per bulan',
  chartReceived: 'Diterima',
  chartOnTime: 'Ditindaklanjuti tepat waktu',
  tableCaption: 'Laporan diterima per bulan menurut klasifikasi, dan yang ditindaklanjuti tepat waktu',
  month: 'Bulan',
  classifications: {
    complaint: 'Pengaduan',
    aspiration: 'Aspirasi',
    information_request: 'Permintaan informasi',
  },
};
