import type { FormStrings, SummaryKey } from './strings.ts';

/** Bahasa Indonesia for the error summary and the pickers' search results: bundled with the rest of the form. */
export const idSummary: Pick<FormStrings, SummaryKey> = {
  errorSummaryTitle: 'Ada yang perlu diperbaiki',
  searching: 'Mencari…',
  noResults: 'Tidak ada hasil. Coba kata lain.',
  resultsCount: '{count} hasil tersedia. Gunakan panah atas dan bawah untuk memilih.',
};
