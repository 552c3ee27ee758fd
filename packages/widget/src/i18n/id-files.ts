import type { FileKey, FormStrings } from './strings.ts';

/** Bahasa Indonesia for the file list: bundled with the attachments chunk. */
export const idFiles: Pick<FormStrings, FileKey> = {
  uploaded: 'Terunggah',
  resized: 'Foto diperkecil: {from} → {to}',
  uploadFailed: 'Gagal mengunggah.',
  uploadWaiting: 'Menunggu koneksi. Berkas disimpan di perangkat ini dan diunggah otomatis.',
  cancel: 'Batal',
  retry: 'Coba lagi',
  remove: 'Hapus',
  removeFile: 'Hapus {name}',
};
