import type { ReportsStrings } from './strings.ts';

/** Bahasa Indonesia for `<lapor-reports>`: bundled with that element. */
export const idReports: ReportsStrings = {
  reportsTitle: 'Laporan warga',
  reportsIntro: 'Laporan publik yang sudah diverifikasi admin LAPOR!, terbaru di atas. Laporan rahasia dan identitas pelapor tidak pernah ditampilkan.',
  searchLabel: 'Cari laporan',
  searchHint: 'Kata dalam judul atau isi laporan.',
  searchButton: 'Cari',
  tabsLabel: 'Status laporan',
  reportsLoading: 'Memuat laporan…',
  reportsShown: '{count} laporan ditampilkan.',
  loadMore: 'Muat lagi',
  reportsEmpty: 'Belum ada laporan dengan status ini.',
  reportsWaitingNote: 'Laporan yang menunggu verifikasi admin LAPOR! belum ditampilkan untuk umum. Laporan tampil di sini setelah diteruskan ke instansi.',
  reportsEmptySearch: 'Tidak ada laporan yang cocok dengan "{q}". Coba kata lain.',
  reportsError: 'Daftar laporan tidak dapat dimuat. Periksa koneksi Anda, lalu coba lagi.',
  retry: 'Coba lagi',
  reportSubmitted: 'Dikirim {date}',
  reportInstitution: 'Instansi',
  reportArea: 'Lokasi',
  groups: { waiting: 'Menunggu', in_process: 'Diproses', done: 'Selesai' },
  statuses: {
    submitted: 'Menunggu verifikasi',
    on_hold: 'Ditunda',
    forwarded: 'Diteruskan ke instansi',
    followed_up: 'Ditindaklanjuti',
    closed: 'Selesai',
    archived: 'Diarsipkan',
    escalated: 'Dilimpahkan ke Ombudsman RI',
  },
  classifications: {
    complaint: 'Pengaduan',
    aspiration: 'Aspirasi',
    information_request: 'Permintaan informasi',
  },
};
