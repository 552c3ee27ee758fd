import type { ForgetKey, FormStrings } from './strings.ts';

/** Bahasa Indonesia for erasing the report data on the device: bundled with that chunk. */
export const idForget: Pick<FormStrings, ForgetKey> = {
  forgetUnsent: 'Ada laporan yang belum terkirim di perangkat ini. Jika dihapus, laporan itu tidak akan dikirim.',
  forgetConfirm: 'Hapus tetap',
  forgetCancel: 'Jangan hapus',
  forgetDone: 'Data laporan di perangkat ini sudah dihapus: draf, berkas yang menunggu, laporan yang belum terkirim, dan laporan yang diingat.',
};
