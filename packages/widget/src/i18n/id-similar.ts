import type { FormStrings, SimilarKey } from './strings.ts';

/** Bahasa Indonesia for the similar-report hint: bundled with that chunk. */
export const idSimilar: Pick<FormStrings, SimilarKey> = {
  similarTitle: 'Mungkin sudah ada laporan serupa',
  similarHint: 'Laporan publik di wilayah yang sama dengan judul mirip. Bila salah satunya tentang masalah yang sama, Anda dapat memantaunya; Anda tetap dapat mengirim laporan Anda.',
  newTab: 'tab baru',
};
