import type { CitizenMessages } from './types.ts';

/**
 * Bahasa Indonesia (default) for what a citizen meets: the form, a reply, a tracking ID
 * and uploads. Browser bundles carry only this part; the labels and messages of the
 * agency, webhook and list-query routes are in `id.ts`, which `createClient` of the Node
 * entry and the sandbox register (see `registerLocale`).
 */
export const idCitizen = {
  fields: {
    classification: 'Klasifikasi laporan',
    title: 'Judul laporan',
    body: 'Isi laporan',
    incidentDate: 'Tanggal kejadian',
    location: 'Lokasi kejadian',
    'location.regionCode': 'Wilayah lokasi kejadian',
    'location.address': 'Alamat lokasi kejadian',
    'location.lat': 'Garis lintang',
    'location.lng': 'Garis bujur',
    reporterOrigin: 'Asal pelapor',
    'reporterOrigin.regionCode': 'Wilayah asal pelapor',
    institutionId: 'Instansi tujuan',
    categoryId: 'Kategori',
    attachmentIds: 'Lampiran',
    anonymous: 'Anonim',
    confidential: 'Rahasia',
    reporter: 'Data pelapor',
    'reporter.name': 'Nama pelapor',
    'reporter.email': 'Email',
    'reporter.phone': 'Nomor telepon',
    captchaToken: 'Verifikasi anti-spam',
    trackingId: 'Nomor pelacakan',
    file: 'Berkas',
    input: 'Isian',
  },
  issues: {
    required: ({ label }) => `${label} wajib diisi.`,
    invalid_type: ({ label }) => `${label} tidak valid. Periksa kembali isiannya.`,
    too_short: ({ label, min }) => `${label} minimal ${min} karakter.`,
    too_long: ({ label, max }) => `${label} maksimal ${max} karakter. Persingkat isinya.`,
    too_small: ({ label, min }) => `${label} tidak boleh kurang dari ${min}.`,
    too_big: ({ label, max }) => `${label} tidak boleh lebih dari ${max}.`,
    too_many: ({ label, max }) => `${label} paling banyak ${max}. Hapus sebagian.`,
    invalid_option: ({ label }) => `Pilih ${label.toLowerCase()} dari pilihan yang tersedia.`,
    invalid_format: ({ label }) => `Format ${label.toLowerCase()} tidak sesuai.`,
    invalid_email: () => 'Masukkan alamat email yang benar, misalnya nama@contoh.id.',
    invalid_phone: () => 'Masukkan nomor telepon yang benar, misalnya 081234567890 atau +6281234567890.',
    invalid_date: ({ label }) => `${label} harus berupa tanggal yang benar (TTTT-BB-HH).`,
    date_in_future: ({ label }) => `${label} tidak boleh setelah hari ini.`,
    invalid_region_code: ({ label }) => `Pilih ${label.toLowerCase()} dari daftar wilayah.`,
    invalid_tracking_id: () => 'Nomor pelacakan terdiri atas 5 sampai 12 angka, misalnya 1916449.',
    invalid_id: ({ label }) => `Pilih ${label.toLowerCase()} dari daftar.`,
    contact_required: () => 'Isi email atau nomor telepon agar Anda dapat dihubungi tentang laporan ini.',
    not_applicable: ({ label }) => `${label} hanya diisi untuk pengaduan. Kosongkan isian ini.`,
    duplicate: ({ label }) => `${label} berisi data yang sama lebih dari sekali.`,
    unknown_field: ({ key }) => `Isian "${key}" tidak dikenal. Hapus isian ini.`,
    file_type_not_allowed: ({ filename }) =>
      `Jenis berkas "${filename}" tidak didukung. Gunakan foto, PDF, dokumen Office, teks, audio atau video.`,
    file_too_large: ({ filename, max }) =>
      `Berkas "${filename}" lebih besar dari ${formatBytes(max)}. Perkecil atau pilih berkas lain.`,
    file_empty: ({ filename }) => `Berkas "${filename}" kosong. Pilih berkas lain.`,
    invalid_characters: ({ label }) =>
      `${label} berisi karakter tersembunyi (karakter kontrol atau pembalik arah teks). Ketik ulang bagian yang disalin dari tempat lain.`,
    invalid_filename: ({ filename }) => `Nama berkas "${filename}" tidak dapat dipakai. Ganti nama berkas lalu unggah lagi.`,
  },
} satisfies CitizenMessages;

function formatBytes(bytes: number | bigint | undefined): string {
  const mb = Number(bytes ?? 0) / (1024 * 1024);
  return `${mb.toLocaleString('id-ID', { maximumFractionDigits: 1 })} MB`;
}
