// What the doctor says, in English and Bahasa Indonesia. Each sentence names the problem
// and what to change; codes stay the same in both languages.

const en = {
  page_unreachable: (url: string, why: string) => `The page ${url} could not be loaded (${why}).`,
  page_status: (url: string, status: number) => `The page ${url} answered HTTP ${status}.`,
  secret_key_exposed: (key: string) =>
    `A secret key (${key}) is visible in the page. Every visitor can read it: revoke it now, and keep secret keys on the server (or behind createProxyHandler).`,
  no_element: () => 'No <lapor-form> or <lapor-status> element on the page.',
  no_script: () => 'No script tag loads lapor-widget.js, so the elements never upgrade and citizens see only the fallback link.',
  script_not_module: (src: string) => `The script ${src} must be loaded with type="module"; as a classic script it fails to parse.`,
  csp_script: (directive: string, source: string) => `The page's Content-Security-Policy blocks the widget script and its chunks: add ${source} to ${directive}.`,
  csp_script_ok: () => "The page's CSP allows the widget script and its chunks.",
  integrity_missing: (src: string) => `The script ${src} has no integrity attribute: pin it with the SRI hash from integrity.json.`,
  integrity_mismatch: (src: string) =>
    `The integrity attribute does not match the file at ${src} (an older or newer file?): browsers will refuse it. Copy the hash from the integrity.json of the version you serve.`,
  integrity_ok: () => 'The integrity hash matches the widget file.',
  crossorigin_missing: () => 'The script tag has no crossorigin attribute; add crossorigin so the integrity check and module loading work from a CDN.',
  script_unreachable: (src: string, why: string) => `The widget file ${src} could not be loaded (${why}).`,
  script_cors: (origin: string, page: string) =>
    `${origin} serves the widget without Access-Control-Allow-Origin for ${page}: module scripts from another origin need it.`,
  mixed_content: (url: string) => `${url} is http on an https page: browsers block it (mixed content). Use https.`,
  trusted_types_policy: () => "The page's trusted-types directive does not allow the policy lit-html: add lit-html (the widget is built on Lit).",
  trusted_types_duplicates: () => "The trusted-types directive lacks 'allow-duplicates': a second copy of the widget on the page (another plugin, say) would fail to start.",
  endpoint_missing: (element: string) => `<${element}> has no endpoint attribute.`,
  site_key_invalid: (element: string, key: string) => `<${element}> has site-key "${key}…", which is not a publishable key (pk_…).`,
  csp_connect: (directive: string, source: string) => `The page's Content-Security-Policy blocks requests to the endpoint: add ${source} to ${directive}.`,
  csp_connect_ok: (origin: string) => `The page's CSP allows requests to ${origin}.`,
  endpoint_origin: (endpoint: string, page: string) =>
    `${endpoint} does not allow requests from ${page} (CORS preflight refused): add ${page} to the allowed origins of the publishable key.`,
  endpoint_ok: (endpoint: string) => `${endpoint} answers and accepts this page's key and origin.`,
  key_origin: (key: string, page: string) => `The publishable key ${key} does not allow the origin ${page}: add it to the key's allowed origins.`,
  key_refused: (key: string) => `The endpoint refuses the publishable key ${key} (unknown or revoked).`,
  endpoint_status: (endpoint: string, status: number) => `${endpoint} answered HTTP ${status} to a directory request.`,
  endpoint_unreachable: (endpoint: string, why: string) => `The endpoint ${endpoint} does not answer (${why}).`,
};

const id: typeof en = {
  page_unreachable: (url, why) => `Halaman ${url} tidak dapat dimuat (${why}).`,
  page_status: (url, status) => `Halaman ${url} menjawab HTTP ${status}.`,
  secret_key_exposed: (key) =>
    `Kunci rahasia (${key}) terlihat di halaman. Setiap pengunjung dapat membacanya: cabut sekarang, dan simpan kunci rahasia hanya di server (atau di balik createProxyHandler).`,
  no_element: () => 'Tidak ada elemen <lapor-form> atau <lapor-status> di halaman.',
  no_script: () => 'Tidak ada tag script yang memuat lapor-widget.js, sehingga elemen tidak pernah aktif dan warga hanya melihat tautan cadangan.',
  script_not_module: (src) => `Script ${src} harus dimuat dengan type="module"; sebagai script klasik ia gagal diurai.`,
  csp_script: (directive, source) => `Content-Security-Policy halaman memblokir script widget dan potongannya: tambahkan ${source} ke ${directive}.`,
  csp_script_ok: () => 'CSP halaman mengizinkan script widget dan potongannya.',
  integrity_missing: (src) => `Script ${src} tidak memiliki atribut integrity: kunci dengan hash SRI dari integrity.json.`,
  integrity_mismatch: (src) =>
    `Atribut integrity tidak cocok dengan berkas di ${src} (berkas versi lain?): peramban akan menolaknya. Salin hash dari integrity.json versi yang Anda sajikan.`,
  integrity_ok: () => 'Hash integrity cocok dengan berkas widget.',
  crossorigin_missing: () => 'Tag script tidak memiliki atribut crossorigin; tambahkan crossorigin agar pemeriksaan integrity dan pemuatan modul dari CDN berjalan.',
  script_unreachable: (src, why) => `Berkas widget ${src} tidak dapat dimuat (${why}).`,
  script_cors: (origin, page) => `${origin} menyajikan widget tanpa Access-Control-Allow-Origin untuk ${page}: script modul dari origin lain memerlukannya.`,
  mixed_content: (url) => `${url} memakai http di halaman https: peramban memblokirnya (mixed content). Gunakan https.`,
  trusted_types_policy: () => 'Direktif trusted-types halaman tidak mengizinkan kebijakan lit-html: tambahkan lit-html (widget dibangun dengan Lit).',
  trusted_types_duplicates: () =>
    "Direktif trusted-types tidak memuat 'allow-duplicates': salinan kedua widget di halaman (misalnya dari plugin lain) akan gagal berjalan.",
  endpoint_missing: (element) => `<${element}> tidak memiliki atribut endpoint.`,
  site_key_invalid: (element, key) => `<${element}> memakai site-key "${key}…", yang bukan kunci publik (pk_…).`,
  csp_connect: (directive, source) => `Content-Security-Policy halaman memblokir permintaan ke endpoint: tambahkan ${source} ke ${directive}.`,
  csp_connect_ok: (origin) => `CSP halaman mengizinkan permintaan ke ${origin}.`,
  endpoint_origin: (endpoint, page) =>
    `${endpoint} tidak menerima permintaan dari ${page} (preflight CORS ditolak): tambahkan ${page} ke origin yang diizinkan untuk kunci publik.`,
  endpoint_ok: (endpoint) => `${endpoint} menjawab dan menerima kunci serta origin halaman ini.`,
  key_origin: (key, page) => `Kunci publik ${key} tidak mengizinkan origin ${page}: tambahkan ke daftar origin kunci tersebut.`,
  key_refused: (key) => `Endpoint menolak kunci publik ${key} (tidak dikenal atau sudah dicabut).`,
  endpoint_status: (endpoint, status) => `${endpoint} menjawab HTTP ${status} untuk permintaan direktori.`,
  endpoint_unreachable: (endpoint, why) => `Endpoint ${endpoint} tidak menjawab (${why}).`,
};

export const doctorMessages = { en, id };
export type DoctorLanguage = keyof typeof doctorMessages;
