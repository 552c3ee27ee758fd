import type { RatingKey, StatusStrings } from './strings.ts';

/** Bahasa Indonesia for rating a closed report: bundled with that chunk. */
export const idRating: Pick<StatusStrings, RatingKey> = {
  ratingYours: 'Penilaian Anda: {rating} dari 5',
  ratingLegend: 'Seberapa puas Anda dengan penanganan laporan ini?',
  ratingHint: 'Penilaian hanya dapat diberikan sekali. Instansi yang menangani membaca komentar Anda; publik hanya melihat nilainya.',
  rating1: '1, sangat tidak puas',
  rating2: '2, tidak puas',
  rating3: '3, cukup',
  rating4: '4, puas',
  rating5: '5, sangat puas',
  ratingCommentLabel: 'Komentar (tidak wajib)',
  ratingCommentHint: 'Apa yang sudah baik dan apa yang perlu diperbaiki? Paling banyak 1.000 karakter.',
  ratingSend: 'Kirim penilaian',
  ratingRequired: 'Pilih nilai dari 1 sampai 5.',
  ratingSent: 'Terima kasih, penilaian Anda sudah terkirim.',
};
