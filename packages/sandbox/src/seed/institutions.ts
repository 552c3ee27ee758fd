// Real Indonesian public bodies that receive complaints through SP4N-LAPOR!. Names as the
// bodies call themselves; ids are stable slugs used in examples and tests.
import type { Institution } from '@lapor/client/contract';

type Seed = Pick<Institution, 'id' | 'name' | 'shortName' | 'type'> & { regionCode?: string | null };

const ministries: Seed[] = [
  ['kemendagri', 'Kementerian Dalam Negeri', 'Kemendagri'],
  ['kemenkeu', 'Kementerian Keuangan', 'Kemenkeu'],
  ['kemenkes', 'Kementerian Kesehatan', 'Kemenkes'],
  ['kemendikdasmen', 'Kementerian Pendidikan Dasar dan Menengah', 'Kemendikdasmen'],
  ['kemendiktisaintek', 'Kementerian Pendidikan Tinggi, Sains, dan Teknologi', 'Kemendiktisaintek'],
  ['kemenag', 'Kementerian Agama', 'Kemenag'],
  ['kemensos', 'Kementerian Sosial', 'Kemensos'],
  ['kemenhub', 'Kementerian Perhubungan', 'Kemenhub'],
  ['kemenpu', 'Kementerian Pekerjaan Umum', 'Kementerian PU'],
  ['kemnaker', 'Kementerian Ketenagakerjaan', 'Kemnaker'],
  ['kementan', 'Kementerian Pertanian', 'Kementan'],
  ['kemenkumham', 'Kementerian Hukum', 'Kemenkum'],
  ['kemenpanrb', 'Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi', 'KemenPANRB'],
  ['kemkomdigi', 'Kementerian Komunikasi dan Digital', 'Komdigi'],
  ['kemendag', 'Kementerian Perdagangan', 'Kemendag'],
  ['kemenlu', 'Kementerian Luar Negeri', 'Kemenlu'],
  ['kemenlh', 'Kementerian Lingkungan Hidup', 'KLH'],
  ['esdm', 'Kementerian Energi dan Sumber Daya Mineral', 'Kementerian ESDM'],
  ['atrbpn', 'Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional', 'ATR/BPN'],
].map(([id, name, shortName]) => ({ id: id!, name: name!, shortName: shortName!, type: 'ministry' }));

const agencies: Seed[] = [
  ['polri', 'Kepolisian Negara Republik Indonesia', 'Polri'],
  ['ojk', 'Otoritas Jasa Keuangan', 'OJK'],
  ['bpjs-kesehatan', 'BPJS Kesehatan', 'BPJS Kesehatan'],
  ['bpjs-ketenagakerjaan', 'BPJS Ketenagakerjaan', 'BPJS Ketenagakerjaan'],
  ['bpom', 'Badan Pengawas Obat dan Makanan', 'BPOM'],
  ['bkn', 'Badan Kepegawaian Negara', 'BKN'],
  ['bmkg', 'Badan Meteorologi, Klimatologi, dan Geofisika', 'BMKG'],
  ['bnn', 'Badan Narkotika Nasional', 'BNN'],
  ['bps', 'Badan Pusat Statistik', 'BPS'],
  ['kpk', 'Komisi Pemberantasan Korupsi', 'KPK'],
  ['kejagung', 'Kejaksaan Republik Indonesia', 'Kejaksaan'],
  ['bnpb', 'Badan Nasional Penanggulangan Bencana', 'BNPB'],
  ['ditjen-imigrasi', 'Direktorat Jenderal Imigrasi', 'Imigrasi'],
  ['ombudsman', 'Ombudsman Republik Indonesia', 'Ombudsman RI'],
  ['lkpp', 'Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah', 'LKPP'],
  ['bp2mi', 'Badan Pelindungan Pekerja Migran Indonesia', 'BP2MI'],
].map(([id, name, shortName]) => ({ id: id!, name: name!, shortName: shortName!, type: 'agency' }));

const provinces: Seed[] = [
  ['pemprov-aceh', 'Pemerintah Aceh', '11'],
  ['pemprov-sumut', 'Pemerintah Provinsi Sumatera Utara', '12'],
  ['pemprov-sumbar', 'Pemerintah Provinsi Sumatera Barat', '13'],
  ['pemprov-dki', 'Pemerintah Provinsi DKI Jakarta', '31'],
  ['pemprov-jabar', 'Pemerintah Daerah Provinsi Jawa Barat', '32'],
  ['pemprov-jateng', 'Pemerintah Provinsi Jawa Tengah', '33'],
  ['pemda-diy', 'Pemerintah Daerah Daerah Istimewa Yogyakarta', '34'],
  ['pemprov-jatim', 'Pemerintah Provinsi Jawa Timur', '35'],
  ['pemprov-bali', 'Pemerintah Provinsi Bali', '51'],
  ['pemprov-ntb', 'Pemerintah Provinsi Nusa Tenggara Barat', '52'],
  ['pemprov-ntt', 'Pemerintah Provinsi Nusa Tenggara Timur', '53'],
  ['pemprov-kaltim', 'Pemerintah Provinsi Kalimantan Timur', '64'],
  ['pemprov-sulsel', 'Pemerintah Provinsi Sulawesi Selatan', '73'],
  ['pemprov-papua', 'Pemerintah Provinsi Papua', '91'],
].map(([id, name, regionCode]) => ({ id: id!, name: name!, shortName: null, type: 'provincial_government', regionCode: regionCode! }));

const regencies: Seed[] = [
  ['pemkot-mataram', 'Pemerintah Kota Mataram', '52.71'],
  ['pemkab-lombok-barat', 'Pemerintah Kabupaten Lombok Barat', '52.01'],
  ['pemkab-lombok-timur', 'Pemerintah Kabupaten Lombok Timur', '52.03'],
  ['pemkot-bandung', 'Pemerintah Kota Bandung', '32.73'],
  ['pemkab-bogor', 'Pemerintah Kabupaten Bogor', '32.01'],
  ['pemkot-surabaya', 'Pemerintah Kota Surabaya', '35.78'],
  ['pemkot-semarang', 'Pemerintah Kota Semarang', '33.74'],
  ['pemkot-yogyakarta', 'Pemerintah Kota Yogyakarta', '34.71'],
  ['pemkot-medan', 'Pemerintah Kota Medan', '12.71'],
  ['pemkot-makassar', 'Pemerintah Kota Makassar', '73.71'],
  ['pemkot-denpasar', 'Pemerintah Kota Denpasar', '51.71'],
  ['pemkot-banda-aceh', 'Pemerintah Kota Banda Aceh', '11.71'],
  ['pemkot-kupang', 'Pemerintah Kota Kupang', '53.71'],
  ['pemkot-balikpapan', 'Pemerintah Kota Balikpapan', '64.71'],
].map(([id, name, regionCode]) => ({ id: id!, name: name!, shortName: null, type: 'regency_government', regionCode: regionCode! }));

const enterprises: Seed[] = [
  ['pln', 'PT PLN (Persero)', 'PLN'],
  ['pertamina', 'PT Pertamina (Persero)', 'Pertamina'],
  ['kai', 'PT Kereta Api Indonesia (Persero)', 'KAI'],
  ['telkom', 'PT Telkom Indonesia (Persero) Tbk', 'Telkom'],
  ['posind', 'PT Pos Indonesia (Persero)', 'Pos Indonesia'],
  ['bri', 'PT Bank Rakyat Indonesia (Persero) Tbk', 'BRI'],
  ['jasamarga', 'PT Jasa Marga (Persero) Tbk', 'Jasa Marga'],
  ['pelni', 'PT Pelayaran Nasional Indonesia (Persero)', 'PELNI'],
  ['asdp', 'PT ASDP Indonesia Ferry (Persero)', 'ASDP'],
].map(([id, name, shortName]) => ({ id: id!, name: name!, shortName: shortName!, type: 'state_owned_enterprise' }));

const universities: Seed[] = [
  ['ui', 'Universitas Indonesia', 'UI'],
  ['ugm', 'Universitas Gadjah Mada', 'UGM'],
  ['itb', 'Institut Teknologi Bandung', 'ITB'],
  ['unair', 'Universitas Airlangga', 'Unair'],
  ['unram', 'Universitas Mataram', 'Unram'],
  ['unhas', 'Universitas Hasanuddin', 'Unhas'],
  ['ipb', 'IPB University', 'IPB'],
].map(([id, name, shortName]) => ({ id: id!, name: name!, shortName: shortName!, type: 'university' }));

const missions: Seed[] = [
  ['kbri-kuala-lumpur', 'KBRI Kuala Lumpur', null],
  ['kbri-singapura', 'KBRI Singapura', null],
  ['kbri-tokyo', 'KBRI Tokyo', null],
  ['kjri-hong-kong', 'KJRI Hong Kong', null],
  ['kjri-jeddah', 'KJRI Jeddah', null],
].map(([id, name]) => ({ id: id!, name: name!, shortName: null, type: 'overseas_mission' }));

/** Every seeded institution. */
export const INSTITUTIONS: readonly Seed[] = [
  ...ministries,
  ...agencies,
  ...provinces,
  ...regencies,
  ...enterprises,
  ...universities,
  ...missions,
];

/** The institution `sk_test_sandbox` is scoped to. */
export const TEST_INSTITUTION_ID = 'pemkot-mataram';
