// One realistic complaint (a pothole in Mataram): what `lapor-sandbox trigger` files to
// produce events, and what the project's tests and benchmarks submit.
import type { ComplaintInput } from '@lapor/client/contract';

export const sampleReport = {
  classification: 'complaint',
  title: 'Jalan berlubang di depan SDN 3 Mataram',
  body: 'Lubang sedalam 30 cm sudah dua minggu belum diperbaiki dan membahayakan pengendara.',
  incidentDate: '2026-11-20',
  location: { regionCode: '52.71', address: 'Jl. Pejanggik' },
  reporter: { name: 'Siti Aminah', email: 'siti@example.id' },
} as const satisfies ComplaintInput;

/** A fresh copy to send or to change. */
export function sampleComplaint(): ComplaintInput {
  return structuredClone(sampleReport) as ComplaintInput;
}
