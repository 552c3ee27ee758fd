import type { RecoveryKey, StatusStrings } from './strings.ts';

/** Bahasa Indonesia for opening a report on another device: bundled with that chunk. */
export const idRecovery: Pick<StatusStrings, RecoveryKey> = {
  recoveryTitle: 'Buka laporan di perangkat ini',
  recoveryIntro:
    'Mengirim laporan dari perangkat lain? Masukkan nomor pelacakan dan e-mail atau nomor HP yang Anda cantumkan di laporan. Kami mengirim kode 6 angka ke sana.',
  recoveryContactLabel: 'E-mail atau nomor HP di laporan',
  recoveryContactHint: 'Misalnya siti@example.id atau 0812 3456 7890.',
  recoveryContactRequired: 'Isi e-mail atau nomor HP yang Anda cantumkan di laporan.',
  recoverySend: 'Kirim kode',
  recoverySent: 'Bila kontak itu tercantum di laporan #{trackingId}, kode 6 angka sudah dikirim ke sana. Kode berlaku {minutes} menit.',
  recoveryCodeLabel: 'Kode 6 angka',
  recoveryCodeHint: 'Dari e-mail atau SMS LAPOR!. Jangan berikan kode ini kepada siapa pun, termasuk petugas.',
  recoveryCodeInvalid: 'Kode terdiri dari 6 angka.',
  recoveryRemember: 'Ingat laporan ini di perangkat ini selama {days} hari',
  recoveryRememberHint: 'Jangan centang di perangkat bersama. Tanpa centang, laporan terbuka sampai halaman ini ditutup.',
  recoveryUnlock: 'Buka laporan',
  recoveryAgain: 'Minta kode baru',
  recoveryCancel: 'Batal',
};
