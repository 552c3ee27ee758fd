// The visibility pages of the docs (docs/id/visibilitas.md, docs/en/visibility.md), made
// from the contract's visibility table. `npm run visibility` writes them
// (scripts/visibility.ts); scripts/test/visibility-docs.test.ts fails when they are stale.
import {
  FACETS,
  PUBLIC_COORDINATE_DECIMALS,
  VISIBILITY_STAGES,
  VISIBILITY_TABLE,
  VIEWERS,
  type Exposure,
  type Facet,
  type Viewer,
  type VisibilityStage,
} from '@lapor/client/contract';

type Lang = 'id' | 'en';

interface Words {
  title: string;
  generated: string;
  intro: string[];
  flags: string[];
  legend: string;
  situation: string;
  stages: Record<VisibilityStage, string>;
  named: string;
  anonymous: string;
  open: string;
  confidential: string;
  viewers: Record<Viewer, { name: string; reads: string; about: string }>;
  facets: Record<Facet, string>;
  exposure: Record<Exposure, string>;
  notes: string[];
}

const WORDS: Record<Lang, Words> = {
  id: {
    title: 'Siapa melihat apa: tabel visibilitas laporan',
    generated: 'Halaman ini dibuat dari tabel visibilitas di `@lapor/client/contract` oleh `npm run visibility`; jangan disunting manual.',
    intro: [
      'Satu tabel di kontrak menentukan bagian laporan mana yang terlihat oleh siapa. Sandbox',
      'membentuk setiap tampilan (publik, pelapor, instansi, admin) dan memilih penerima webhook',
      'dari tabel ini, dan setiap sel diuji lewat HTTP. Rute publik `/v1/complaints/...` hanya',
      'menjawab dengan tampilan publik atau tampilan pelapor, kunci apa pun yang memanggilnya;',
      'tampilan instansi hanya ada di `/v1/agency/...`. Bila satu instansi memegang beberapa peran',
      'pada satu laporan, ia mendapat bagian terluas dari peran-perannya.',
    ],
    flags: [
      '**Rahasia**: laporan tidak ditampilkan untuk publik; hanya pelapor, admin LAPOR!, dan instansi',
      'penerima (disposisi) yang dapat membacanya. **Anonim**: laporan tetap dapat dilihat publik, tetapi',
      'identitas pelapor tidak ditampilkan kepada publik maupun instansi (instansi hanya melihat kabupaten/kota asal pelapor). Admin LAPOR! dapat menandai',
      'laporan anonim atau rahasia selama verifikasi (mis. bila laporan menyebut orang lain), tetapi',
      'tidak dapat menghapus tanda yang dipilih pelapor.',
    ],
    legend: '✓ tampil · ≈ dibulatkan (koordinat sampai 3 desimal; wilayah asal pelapor sampai kabupaten/kota) · — tidak tampil',
    situation: 'Tahap, tanda',
    stages: { unverified: 'belum diverifikasi', disposed: 'sudah didisposisikan' },
    named: 'bernama',
    anonymous: 'anonim',
    open: 'terbuka',
    confidential: 'rahasia',
    viewers: {
      public: { name: 'Publik', reads: 'rute publik tanpa token pelapor', about: 'Siapa saja, dengan kunci apa pun.' },
      reporter: { name: 'Pelapor', reads: 'rute publik dengan header `Reporter-Token`', about: 'Pemegang token pelapor yang diberikan saat laporan dibuat.' },
      host_agency: {
        name: 'Instansi pemilik situs (host)',
        reads: 'rute publik saja; di `/v1/agency` laporan ini 404',
        about: 'Instansi yang situsnya (kunci publiknya) memuat formulir. Memasang formulir tidak memberi hak membaca: laporan tentang pegawai instansi itu sendiri tidak boleh dibacanya hanya karena warga memakai situsnya.',
      },
      disposition: {
        name: 'Instansi penerima (disposisi)',
        reads: '`/v1/agency/complaints/{nomor}` dan `…/events`',
        about: 'Instansi tujuan disposisi LAPOR!. Sebelum verifikasi, instansi yang disarankan warga belum melihat apa pun.',
      },
      redirected_from: {
        name: 'Instansi yang laporannya dialihkan',
        reads: 'rute publik saja; di `/v1/agency` laporan ini 404',
        about: 'Instansi yang pernah menerima laporan lalu dialihkan (bukan wewenang). Ia kehilangan isi laporan dan diberi tahu lewat webhook `complaint.redirected`.',
      },
      agency_submitter: {
        name: 'Instansi pengirim (rute instansi)',
        reads: '`/v1/agency/complaints/{nomor}` dan `…/events`',
        about: 'Instansi yang mengirim laporan atas nama warga lewat `POST /v1/agency/complaints` (kanal pengaduannya sendiri). Ia bertindak sebagai kanal warga: isi laporan sudah dipegangnya, dan ia meneruskan status serta tindak lanjut kepada warga, maka ia melihat laporan dan lini masanya di setiap tahap; identitas pelapor tidak ditampilkan bila laporan anonim. Mengirim laporan tidak menjadikannya instansi penangan. Token pelapor yang dikembalikan rute instansi adalah milik warga: serahkan kepadanya, atau simpan terenkripsi.',
      },
      admin: { name: 'Admin LAPOR!', reads: '`/_sandbox/complaints/{nomor}` (sandbox)', about: 'Admin yang memverifikasi dan mendisposisikan laporan.' },
    },
    facets: {
      title: 'Judul',
      body: 'Isi',
      locationRegion: 'Wilayah',
      locationAddress: 'Alamat',
      locationCoordinates: 'Koordinat',
      attachments: 'Lampiran',
      reporterName: 'Nama pelapor',
      reporterContact: 'Kontak pelapor',
      reporterOrigin: 'Wilayah asal pelapor',
      timeline: 'Lini masa dan tanggapan',
      ratingComment: 'Komentar penilaian',
    },
    exposure: { shown: '✓', approximate: '≈', hidden: '—' },
    notes: [
      `**Koordinat** pada tampilan publik dibulatkan ke ${PUBLIC_COORDINATE_DECIMALS} desimal (sekitar 100 m): cukup untuk`,
      'menemukan jalan berlubang, tidak cukup untuk menemukan rumah pelapor. Pelapor, instansi',
      'penerima, dan admin melihat titik yang tepat.',
      '',
      '**Tahap**: *belum diverifikasi* = dikirim, ditunda, atau diarsipkan tanpa disposisi;',
      '*sudah didisposisikan* = sejak disposisi pertama (diteruskan, ditindaklanjuti, selesai,',
      'dilimpahkan ke Ombudsman RI, atau diarsipkan sesudahnya).',
      '',
      '**Webhook** hanya dikirim kepada instansi yang boleh mengikuti lini masa laporan (instansi',
      'penerima dan instansi pengirim lewat rute instansi), ditambah satu peristiwa',
      '`complaint.redirected` kepada instansi yang ditinggalkan laporan.',
      '',
      '**Penilaian**: setelah laporan selesai, pelapor dapat menilai penanganannya sekali (1–5).',
      'Nilainya tampil di lini masa bagi siapa pun yang melihat lini masa; komentarnya hanya bagi',
      'pelapor, admin, dan instansi yang menangani (umpan balik untuk instansi, tidak diperiksa admin',
      'seperti isi laporan). Laporan baru dapat dinilai setelah selesai, jadi kolom *belum',
      'diverifikasi* untuk komentar penilaian tidak pernah terisi.',
    ],
  },
  en: {
    title: 'Who sees what: the visibility table of a report',
    generated: 'Generated from the visibility table in `@lapor/client/contract` by `npm run visibility`; do not edit by hand.',
    intro: [
      'One table in the contract decides which part of a report each viewer sees. The sandbox',
      'builds every projection (public, reporter, agency, admin) and picks webhook recipients',
      'from it, and every cell is tested over HTTP. The public routes `/v1/complaints/...` answer',
      'only with the public or the reporter projection, whatever key calls them; agency views',
      'exist only under `/v1/agency/...`. An institution holding several roles on one report gets',
      'the widest share of its roles.',
    ],
    flags: [
      '**Confidential** (rahasia): the report is not shown to the public; only the reporter, LAPOR!',
      'admins and the institution it is disposed to can read it. **Anonymous** (anonim): the report',
      "stays public, but the reporter's identity is hidden from the public and from the institution",
      "(which sees only the regency or city the reporter lives in).",
      'LAPOR! admins may mark a report anonymous or confidential during verification (for instance',
      'when it names other people), but cannot clear a flag the reporter chose.',
    ],
    legend: "✓ shown · ≈ rounded (coordinates to 3 decimals; the reporter's area to its regency or city) · — hidden",
    situation: 'Stage, flags',
    stages: { unverified: 'not yet verified', disposed: 'disposed' },
    named: 'named',
    anonymous: 'anonymous',
    open: 'public',
    confidential: 'confidential',
    viewers: {
      public: { name: 'The public', reads: 'public routes without a reporter token', about: 'Anyone, with any key.' },
      reporter: { name: 'The reporter', reads: 'public routes with the `Reporter-Token` header', about: 'Whoever holds the reporter token returned at creation.' },
      host_agency: {
        name: 'Host agency',
        reads: 'public routes only; 404 under `/v1/agency`',
        about: "The institution whose site (publishable key) hosted the form. Hosting the form grants nothing: a report about that agency's own officials must not be readable by it because the citizen used its website.",
      },
      disposition: {
        name: 'Disposition institution',
        reads: '`/v1/agency/complaints/{trackingId}` and `…/events`',
        about: 'The institution LAPOR! disposed the report to. Before verification, the institution the citizen suggested sees nothing.',
      },
      redirected_from: {
        name: 'Institution redirected away from',
        reads: 'public routes only; 404 under `/v1/agency`',
        about: 'An institution that had the report before it was redirected (not its authority). It loses the content and is told by the `complaint.redirected` webhook.',
      },
      agency_submitter: {
        name: 'Submitting agency (agency route)',
        reads: '`/v1/agency/complaints/{trackingId}` and `…/events`',
        about: "An institution that submitted the report on a citizen's behalf through `POST /v1/agency/complaints` (its own complaint channel). It acts as the citizen's channel: it already holds what it sent and relays status and follow-ups back to the citizen, so it sees the report and its timeline at every stage; the reporter's identity is withheld when the report is anonymous. Submitting does not make it the handling body. The reporter token the agency route returns is the citizen's: hand it over, or keep it encrypted.",
      },
      admin: { name: 'LAPOR! admins', reads: '`/_sandbox/complaints/{trackingId}` (sandbox)', about: 'The admins who verify and dispose reports.' },
    },
    facets: {
      title: 'Title',
      body: 'Body',
      locationRegion: 'Region',
      locationAddress: 'Address',
      locationCoordinates: 'Coordinates',
      attachments: 'Attachments',
      reporterName: 'Reporter name',
      reporterContact: 'Reporter contact',
      reporterOrigin: "Reporter's area",
      timeline: 'Timeline and replies',
      ratingComment: 'Rating comment',
    },
    exposure: { shown: '✓', approximate: '≈', hidden: '—' },
    notes: [
      `**Coordinates** in the public projection are rounded to ${PUBLIC_COORDINATE_DECIMALS} decimals (about 100 m): enough`,
      "to find the pothole, not enough to find the reporter's house. The reporter, the disposition",
      'institution and admins see the exact point.',
      '',
      '**Stages**: *not yet verified* = submitted, held, or archived without a disposition;',
      '*disposed* = from the first disposition on (forwarded, followed up, closed, escalated to',
      'Ombudsman RI, or archived afterwards).',
      '',
      '**Webhooks** go only to institutions that may follow the timeline (the disposition',
      'institution and an agency that submitted through the agency route), plus one',
      '`complaint.redirected` event to the institution a report left.',
      '',
      '**Rating**: once a report is closed, the reporter may rate its handling once (1–5). The',
      'rating shows in the timeline to whoever sees the timeline; its comment only to the reporter,',
      'admins and the institutions handling the report (feedback for the institution, not reviewed',
      'by admins as the report was). A report can only be rated after it closed, so the *not yet',
      'verified* column never holds a rating comment.',
    ],
  },
};

/** The page in one language, from the table. */
export function visibilityPage(lang: Lang): string {
  const w = WORDS[lang];
  const out = [`# ${w.title}`, '', `${w.generated}`, '', ...w.intro, '', ...w.flags, '', `${w.legend}`, ''];
  for (const viewer of VIEWERS) {
    const about = w.viewers[viewer];
    out.push(`## ${about.name}`, '', about.about, '', `→ ${about.reads}`, '');
    out.push(`| ${w.situation} | ${FACETS.map((facet) => w.facets[facet]).join(' | ')} |`);
    out.push(`|---|${FACETS.map(() => ':-:').join('|')}|`);
    for (const stage of VISIBILITY_STAGES) {
      for (const cell of VISIBILITY_TABLE.filter((c) => c.viewer === viewer && c.stage === stage)) {
        const situation = `${w.stages[stage]}, ${cell.anonymous ? w.anonymous : w.named}, ${cell.confidential ? w.confidential : w.open}`;
        out.push(`| ${situation} | ${FACETS.map((facet) => w.exposure[cell.facets[facet]]).join(' | ')} |`);
      }
    }
    out.push('');
  }
  out.push(...w.notes, '');
  return out.join('\n');
}

export const VISIBILITY_PAGES = { id: 'docs/id/visibilitas.md', en: 'docs/en/visibility.md' } as const;
