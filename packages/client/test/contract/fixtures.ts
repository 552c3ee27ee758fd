// Valid inputs shared by the contract tests; each test changes one thing.
import type { ComplaintInput } from '@lapor/client/contract';

export const validComplaint = {
  classification: 'complaint',
  title: 'Jalan berlubang di depan SDN 3 Mataram',
  body: 'Lubang sedalam 30 cm sudah dua minggu belum diperbaiki dan membahayakan pengendara.',
  incidentDate: '2026-11-20',
  location: { regionCode: '52.71', address: 'Jl. Pejanggik', lat: -8.58, lng: 116.11 },
  institutionId: 'pemkot-mataram',
  categoryId: 'infrastruktur-jalan',
  attachmentIds: ['att_1', 'att_2'],
  anonymous: false,
  confidential: false,
  reporter: { name: 'Siti Aminah', email: 'siti@example.id', phone: '+6281234567890' },
} satisfies ComplaintInput;

export const validAspiration = {
  classification: 'aspiration',
  title: 'Usul taman baca di kelurahan',
  body: 'Mohon disediakan taman baca untuk anak-anak di kantor kelurahan kami.',
  reporterOrigin: { regionCode: '32.73.01' },
  reporter: { name: 'Budi Santoso', phone: '081234567890' },
} satisfies ComplaintInput;

export const validInformationRequest = {
  classification: 'information_request',
  title: 'Jadwal vaksinasi di puskesmas',
  body: 'Kapan jadwal vaksinasi anak di Puskesmas Cakranegara bulan depan?',
  reporterOrigin: { regionCode: '52' },
  anonymous: true,
  confidential: true,
  reporter: { name: 'Anon Warga', email: 'warga@example.id' },
} satisfies ComplaintInput;

/** A deep copy with one change applied. */
export function withChange<T extends object>(base: T, change: (copy: Record<string, any>) => void): Record<string, any> {
  const copy = structuredClone(base) as Record<string, any>;
  change(copy);
  return copy;
}
