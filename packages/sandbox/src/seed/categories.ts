// The topic tree (kategori) citizens choose from: top-level topics as lapor.go.id groups
// reports, each with children. Ids are stable slugs.
export interface CategorySeed {
  id: string;
  name: string;
  children?: Array<{ id: string; name: string }>;
}

export const CATEGORIES: readonly CategorySeed[] = [
  {
    id: 'kesehatan',
    name: 'Kesehatan',
    children: [
      { id: 'kesehatan-jkn', name: 'Jaminan Kesehatan Nasional (JKN/KIS)' },
      { id: 'kesehatan-puskesmas', name: 'Pelayanan Puskesmas dan Rumah Sakit' },
      { id: 'kesehatan-obat', name: 'Obat dan Makanan' },
      { id: 'kesehatan-imunisasi', name: 'Imunisasi dan Gizi' },
    ],
  },
  {
    id: 'pendidikan',
    name: 'Pendidikan',
    children: [
      { id: 'pendidikan-ppdb', name: 'Penerimaan Peserta Didik Baru' },
      { id: 'pendidikan-bantuan', name: 'Bantuan Pendidikan (PIP/KIP)' },
      { id: 'pendidikan-guru', name: 'Guru dan Tenaga Kependidikan' },
      { id: 'pendidikan-sarana', name: 'Sarana dan Prasarana Sekolah' },
    ],
  },
  {
    id: 'infrastruktur',
    name: 'Infrastruktur',
    children: [
      { id: 'infrastruktur-jalan', name: 'Jalan dan Jembatan' },
      { id: 'infrastruktur-drainase', name: 'Drainase dan Banjir' },
      { id: 'infrastruktur-air', name: 'Air Bersih' },
      { id: 'infrastruktur-penerangan', name: 'Penerangan Jalan Umum' },
    ],
  },
  {
    id: 'kependudukan',
    name: 'Administrasi Kependudukan',
    children: [
      { id: 'kependudukan-ektp', name: 'KTP Elektronik' },
      { id: 'kependudukan-kk', name: 'Kartu Keluarga' },
      { id: 'kependudukan-akta', name: 'Akta Kelahiran dan Kematian' },
    ],
  },
  {
    id: 'sosial',
    name: 'Sosial dan Kesejahteraan',
    children: [
      { id: 'sosial-bansos', name: 'Bantuan Sosial (PKH, BPNT)' },
      { id: 'sosial-disabilitas', name: 'Penyandang Disabilitas' },
      { id: 'sosial-lansia', name: 'Lanjut Usia' },
    ],
  },
  {
    id: 'lingkungan',
    name: 'Lingkungan Hidup dan Kehutanan',
    children: [
      { id: 'lingkungan-sampah', name: 'Sampah' },
      { id: 'lingkungan-pencemaran', name: 'Pencemaran Air dan Udara' },
      { id: 'lingkungan-hutan', name: 'Kehutanan dan Kebakaran Hutan' },
    ],
  },
  {
    id: 'ketertiban',
    name: 'Ketentraman, Ketertiban Umum, dan Perlindungan Masyarakat',
    children: [
      { id: 'ketertiban-pkl', name: 'Pedagang Kaki Lima' },
      { id: 'ketertiban-parkir', name: 'Parkir Liar' },
      { id: 'ketertiban-kebisingan', name: 'Gangguan dan Kebisingan' },
    ],
  },
  {
    id: 'perhubungan',
    name: 'Perhubungan',
    children: [
      { id: 'perhubungan-angkutan', name: 'Angkutan Umum' },
      { id: 'perhubungan-lalu-lintas', name: 'Lalu Lintas dan Rambu' },
      { id: 'perhubungan-pelabuhan', name: 'Pelabuhan dan Bandara' },
    ],
  },
  {
    id: 'ketenagakerjaan',
    name: 'Ketenagakerjaan',
    children: [
      { id: 'ketenagakerjaan-upah', name: 'Upah dan Hak Pekerja' },
      { id: 'ketenagakerjaan-pmi', name: 'Pekerja Migran Indonesia' },
      { id: 'ketenagakerjaan-jaminan', name: 'Jaminan Sosial Ketenagakerjaan' },
    ],
  },
  {
    id: 'energi',
    name: 'Energi dan Sumber Daya Alam',
    children: [
      { id: 'energi-listrik', name: 'Listrik' },
      { id: 'energi-bbm', name: 'BBM dan LPG' },
    ],
  },
  {
    id: 'pertanian',
    name: 'Pertanian dan Peternakan',
    children: [
      { id: 'pertanian-pupuk', name: 'Pupuk Bersubsidi' },
      { id: 'pertanian-ternak', name: 'Kesehatan Hewan dan Ternak' },
    ],
  },
  {
    id: 'ekonomi',
    name: 'Ekonomi dan Keuangan',
    children: [
      { id: 'ekonomi-perbankan', name: 'Perbankan dan Pinjaman Online' },
      { id: 'ekonomi-pajak', name: 'Perpajakan' },
      { id: 'ekonomi-umkm', name: 'UMKM dan Koperasi' },
    ],
  },
  {
    id: 'pertanahan',
    name: 'Pertanahan',
    children: [
      { id: 'pertanahan-sertifikat', name: 'Sertifikat Tanah' },
      { id: 'pertanahan-sengketa', name: 'Sengketa Tanah' },
    ],
  },
  {
    id: 'hukum',
    name: 'Hukum dan Keamanan',
    children: [
      { id: 'hukum-kepolisian', name: 'Pelayanan Kepolisian' },
      { id: 'hukum-narkoba', name: 'Penyalahgunaan Narkoba' },
    ],
  },
  {
    id: 'aparatur',
    name: 'Reformasi Birokrasi dan Aparatur',
    children: [
      { id: 'aparatur-pungli', name: 'Pungutan Liar' },
      { id: 'aparatur-asn', name: 'Disiplin dan Netralitas ASN' },
      { id: 'aparatur-pelayanan', name: 'Standar Pelayanan Publik' },
    ],
  },
  {
    id: 'komunikasi',
    name: 'Komunikasi dan Informatika',
    children: [
      { id: 'komunikasi-internet', name: 'Jaringan Internet dan Telekomunikasi' },
      { id: 'komunikasi-hoaks', name: 'Konten Negatif dan Hoaks' },
    ],
  },
  {
    id: 'perumahan',
    name: 'Perumahan dan Permukiman',
    children: [
      { id: 'perumahan-rtlh', name: 'Rumah Tidak Layak Huni' },
      { id: 'perumahan-kpr', name: 'Perumahan Bersubsidi' },
    ],
  },
  { id: 'lainnya', name: 'Topik Lainnya' },
];
