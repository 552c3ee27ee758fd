// The one sample complaint that tests and benchmarks submit (a pothole in Mataram), so that
// they all exercise the same valid input; a test that needs a variation spreads it.
import type { ComplaintInput } from '@lapor/client/contract';

export const sampleReport = {
  classification: 'complaint',
  title: 'Jalan berlubang di depan SDN 3 Mataram',
  body: 'Lubang sedalam 30 cm sudah dua minggu belum diperbaiki dan membahayakan pengendara.',
  incidentDate: '2026-11-20',
  location: { regionCode: '52.71', address: 'Jl. Pejanggik' },
  reporter: { name: 'Siti Aminah', email: 'siti@example.id' },
} as const satisfies ComplaintInput;
