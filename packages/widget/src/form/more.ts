// The rest of the form, below its first section: where and to whom, attachments, privacy,
// the reporter, consent and the submit button, with their Indonesian and their styles.
// A chunk the form starts loading as soon as it connects: the first section (what the
// report is, its title and body) renders from the entry's own bytes, and the citizen can
// type while this arrives; `updateComplete` waits for it.
import { css, html, nothing, type TemplateResult } from 'lit';
import { ATTACHMENT_TYPES, LIMITS } from '@lapor/client/contract';
import { fileSize, format, type FormStrings, type Language } from '../i18n/index.ts';
import type { MoreKey } from '../i18n/strings.ts';
import type { AttachmentList } from './attachments.ts';
import type { Combobox } from './combobox.ts';

export { Combobox } from './combobox.ts';
export { errorSummary } from './error-summary.ts';
export { idSummary } from '../i18n/id-summary.ts';
import { summaryStyles } from './error-summary.ts';
import { checkbox, textField, type Controls } from './controls.ts';
import type { DeviceEraser } from './forget.ts';
import type { SimilarReports } from './similar.ts';
import { nextTask } from '../shared/load.ts';

/** Bahasa Indonesia for the rest of the form: bundled with it. */
export const idMore: Pick<FormStrings, MoreKey> = {
  locationLabel: 'Lokasi kejadian',
  locationHint: 'Ketik nama kabupaten/kota atau kecamatan, lalu pilih dari daftar.',
  originLabel: 'Asal pelapor',
  originHint: 'Kabupaten/kota tempat Anda tinggal. Ketik lalu pilih dari daftar.',
  addressLabel: 'Alamat atau patokan',
  addressHint: 'Misalnya nama jalan, nomor rumah, atau bangunan terdekat.',
  useMyLocation: 'Gunakan lokasi saya',
  geoHint: 'Titik lokasi dapat ditampilkan untuk publik bersama laporan.',
  institutionLabel: 'Instansi tujuan',
  institutionHint: 'Usulan Anda; admin LAPOR! yang menentukan instansi yang berwenang.',
  categoryLabel: 'Kategori',
  categoryHint: 'Topik yang paling sesuai dengan laporan Anda.',
  searchPlaceholder: 'Ketik untuk mencari',
  clearSelection: 'Hapus pilihan',
  attachmentsLabel: 'Lampiran',
  attachmentsHint: 'Foto, dokumen, audio, atau video. Paling banyak {max} berkas, masing-masing paling besar {size}. Foto besar diperkecil; data lokasi dan perangkat di dalam foto dihapus.',
  chooseFiles: 'Pilih berkas',
  dropFiles: 'atau seret berkas ke sini',
  privacyLegend: 'Privasi',
  anonymousLabel: 'Anonim',
  anonymousHint: 'Identitas Anda tidak ditampilkan kepada publik maupun instansi; isi laporan tetap dapat dilihat publik.',
  confidentialLabel: 'Rahasia',
  confidentialHint: 'Tidak ditampilkan untuk publik; hanya Anda, admin LAPOR!, dan instansi penerima yang dapat membacanya.',
  reporterLegend: 'Data pelapor',
  reporterHint: 'Agar Anda dapat dihubungi tentang laporan ini. Isi email atau nomor telepon.',
  nameLabel: 'Nama lengkap',
  emailLabel: 'Email',
  phoneLabel: 'Nomor telepon',
  phoneHint: 'Misalnya 081234567890.',
  keepContactLabel: 'Simpan data kontak saya di perangkat ini',
  keepContactHint: 'Tanpa centang ini, nama, email, dan nomor telepon tidak disimpan dalam draf.',
  consentLabel: 'Saya menyatakan laporan ini benar dan setuju data saya diproses oleh pengelola SP4N-LAPOR! dan instansi penerima laporan untuk menindaklanjutinya.',
  privacyLink: 'Pemberitahuan privasi instansi (tab baru)',
  rememberLabel: 'Ingat laporan ini di perangkat ini selama {days} hari',
  rememberHint: 'Menyimpan nomor pelacakan dan kode akses laporan agar Anda dapat memantau dan menanggapinya dari peramban ini. Jangan centang di perangkat bersama.',
  forgetDevice: 'Hapus data laporan di perangkat ini',
  submit: 'Kirim laporan',
};

/** Styles of the rest of the form (the first section needs only the shared ones). */
export const moreStyles = css`
  ${summaryStyles}
  /* Below the fold on a phone: laid out and painted only near the viewport, so that the rest
     of the form arriving is not one long layout. Still in the tab order and the accessibility
     tree. The heights are the groups' on a 320 px wide phone (their real ones are remembered
     once shown): a control of a group not laid out yet is placed as if the group were this
     high (checkers such as axe hit-test it), so no group may be taller. Focus
     rings reach 5px outside a control: the clip margin (the padding above and below, where
     it is not supported) keeps them from being cut at the group's edge by its paint
     containment, without widening the form. */
  .later {
    content-visibility: auto;
    contain-intrinsic-size: auto var(--_height);
    overflow-clip-margin: 6px;
    padding-block: 6px;
    margin-block: -6px;
  }
  .group-where {
    --_height: 48rem;
  }
  .group-files {
    --_height: 38rem;
  }
  .group-reporter {
    --_height: 70rem;
  }
  /* A group not rendered yet holds its place. */
  .later.pending {
    height: var(--_height);
  }
  [role='listbox'] {
    list-style: none;
    margin: 0.25em 0 0;
    padding: 0.25em 0;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    max-height: 18em;
    overflow-y: auto;
  }
  [role='option'] {
    display: flex;
    flex-direction: column;
    min-height: 44px;
    justify-content: center;
    padding: 0.35em 0.75em;
    cursor: pointer;
  }
  [role='option'][aria-selected='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .option-note {
    font-size: 0.85em;
    opacity: 0.85;
  }
  .combobox {
    position: relative;
  }
  .combobox-control {
    display: flex;
    gap: 0.5em;
    align-items: stretch;
  }
  .combobox-control input {
    flex: 1;
  }
  .dropzone {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em;
    padding: var(--_space);
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .dropzone:focus-within {
    outline: 3px solid var(--_focus);
  }
  .dropzone .hint {
    margin: 0;
  }
  .honeypot {
    position: absolute;
    left: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
  button[type='submit'] {
    font-size: 1.1em;
    padding: 0.6em 1.5em;
  }
  @container (max-width: 30rem) {
    button[type='submit'] {
      width: 100%;
    }
  }
`;

/** What the file picker offers: any photo, audio or video (phones then offer the camera), and the contract's documents. */
const ACCEPT = [...new Set(Object.entries(ATTACHMENT_TYPES).map(([ext, mime]) => (/^(image|audio|video)\//.test(mime) ? mime.replace(/\/.*/, '/*') : `.${ext}`)))].join(',');

/** What the rest of the form reads from `<lapor-form>` and asks it to do. */
export interface MoreHost extends Controls {
  readonly language: Language;
  readonly pickers: Record<'location' | 'origin' | 'institution' | 'category', Combobox>;
  /** What "use my location" says. */
  geo: string;
  readonly attachments: AttachmentList | undefined;
  readonly drafts: boolean;
  readonly rememberDays: number;
  readonly privacyUrl: string;
  readonly eraser: DeviceEraser | undefined;
  /** The similar-report hint (its own chunk), once the citizen has written enough for it. */
  readonly similar: Pick<SimilarReports, 'render'> | undefined;
  honeypot: string;
  locate(): void;
  attach(files: File[], hint: string): void;
  eraseDevice(): void;
}

function attachmentsField(host: MoreHost, t: FormStrings): TemplateResult {
  const list = host.attachments;
  const error = host.state.errors.get('attachments');
  const hint = format(t.attachmentsHint, { max: LIMITS.attachmentsMax, size: fileSize(LIMITS.attachmentBytesMax, host.language) });
  const pick = (files: FileList | null | undefined) => {
    if (files?.length) host.attach([...files], hint);
  };
  return html`<div class="field ${error ? 'has-error' : ''}" part="field">
    <span class="label" id="attachments-label">${t.attachmentsLabel} <span class="optional">(${t.optional})</span></span>
    <p class="hint" id="attachments-hint" part="hint">${hint}</p>
    ${error ? html`<p class="error-message" id="attachments-error">${error}</p>` : nothing}
    <div
      class="dropzone"
      @dragover=${(event: DragEvent) => event.preventDefault()}
      @drop=${(event: DragEvent) => {
        event.preventDefault();
        pick(event.dataTransfer?.files);
      }}
    >
      <label class="button secondary" for="attachments" part="button">${t.chooseFiles}</label>
      <input
        id="attachments"
        class="visually-hidden"
        type="file"
        multiple
        accept=${ACCEPT}
        aria-describedby="attachments-hint${error ? ' attachments-error' : ''}"
        ?disabled=${(list?.items.length ?? 0) >= LIMITS.attachmentsMax}
        @change=${(event: Event) => {
          const input = event.target as HTMLInputElement;
          pick(input.files);
          input.value = '';
        }}
      />
      <span class="hint">${t.dropFiles}</span>
    </div>
    ${list?.render(t, host.language) ?? nothing}
  </div>`;
}

/** How long the main thread works before it yields: well under a long task's 50 ms, also on a phone four times slower. */
const SLICE_MS = 15;

/**
 * Yields (see `nextTask()`) if the work since `since` (a `performance.now()`) took longer than
 * a slice; resolves to when the next slice starts. On a fast device several groups of the
 * form render in one task, on a slow one each in its own.
 */
export async function nextSlice(since: number): Promise<number> {
  if (performance.now() - since < SLICE_MS) return since;
  await nextTask();
  return performance.now();
}

/** How many groups the rest of the form has: the form renders them one or more a task (see `nextSlice()`). */
export const MORE_GROUPS = 3;

/**
 * Everything below the body (and the incident date), in the order the citizen meets it: in
 * three groups, of which the first `shown` are rendered and the others hold their place.
 */
export function renderMore(host: MoreHost, shown = MORE_GROUPS): TemplateResult {
  // The form added this chunk's Indonesian to its table (English is complete).
  const t = host.t as FormStrings;
  const { fields, errors, phase } = host.state;
  const complaint = fields.classification === 'complaint';
  const { pickers } = host;
  const where = () =>
    html`${complaint || fields.classification === ''
        ? html`${pickers.location.render(t, { label: t.locationLabel, hint: t.locationHint, error: errors.get('location'), required: complaint })}
            ${textField(host, 'address', { label: t.addressLabel, hint: t.addressHint, autocomplete: 'street-address' })}
            <div class="field geo">
              <p class="hint" id="geo-hint">${t.geoHint}</p>
              <button type="button" class="secondary" part="button" aria-describedby="geo-hint" @click=${() => host.locate()}>${t.useMyLocation}</button>
              <p class="hint" role="status">${host.geo}</p>
            </div>`
        : pickers.origin.render(t, { label: t.originLabel, hint: t.originHint, error: errors.get('origin'), required: true })}
      ${host.similar?.render(host.t, host.language) ?? nothing}
      ${pickers.institution.render(t, { label: t.institutionLabel, hint: t.institutionHint, error: errors.get('institution') })}
      ${pickers.category.render(t, { label: t.categoryLabel, hint: t.categoryHint, error: errors.get('category') })}`;
  const files = () =>
    html`${attachmentsField(host, t)}
      <fieldset>
        <legend>${t.privacyLegend}</legend>
        ${checkbox(host, 'anonymous', t.anonymousLabel, t.anonymousHint)} ${checkbox(host, 'confidential', t.confidentialLabel, t.confidentialHint)}
      </fieldset>`;
  const reporter = () =>
    html`<fieldset aria-describedby="reporter-hint">
        <legend>${t.reporterLegend}</legend>
        <p class="hint" id="reporter-hint">${t.reporterHint}</p>
        ${textField(host, 'name', { label: t.nameLabel, required: true, autocomplete: 'name' })}
        ${textField(host, 'email', { label: t.emailLabel, type: 'email', autocomplete: 'email' })}
        ${textField(host, 'phone', { label: t.phoneLabel, hint: t.phoneHint, type: 'tel', autocomplete: 'tel', inputmode: 'tel' })}
        ${host.drafts ? checkbox(host, 'keepContact', t.keepContactLabel, t.keepContactHint) : nothing}
      </fieldset>
      <div class="honeypot" aria-hidden="true">
        <label for="website">Website</label>
        <input id="website" type="text" tabindex="-1" autocomplete="off" .value=${host.honeypot} @input=${(e: Event) => (host.honeypot = (e.target as HTMLInputElement).value)} />
      </div>
      ${host.rememberDays > 0 ? checkbox(host, 'remember', format(t.rememberLabel, { days: host.rememberDays }), t.rememberHint) : nothing}
      ${checkbox(host, 'consent', t.consentLabel)}
      ${/^(https?:|\/)/.test(host.privacyUrl) ? html`<p><a href=${host.privacyUrl} target="_blank" rel="noopener">${t.privacyLink}</a></p>` : nothing}
      <button type="submit" part="button submit" ?disabled=${phase === 'sending'}>${phase === 'sending' ? t.sending : t.submit}</button>
      ${host.eraser?.render(t) ?? nothing}
      <p><button type="button" class="link" @click=${() => host.eraseDevice()}>${t.forgetDevice}</button></p>`;
  const groups = [
    ['where', where],
    ['files', files],
    ['reporter', reporter],
  ] as const;
  // Each group is laid out only once it comes near the viewport (see `.later`).
  return html`${groups.map(([name, content], i) => html`<div class="later group-${name} ${i < shown ? '' : 'pending'}">${i < shown ? content() : nothing}</div>`)}`;
}
