// What <lapor-reports> and <lapor-stats> share: where LAPOR! is, the key, the institution
// shown, the language with its string table, and a client for public reads. Each element is
// a chunk of its own (never in the form's entry), so this base travels only with them.
import { LitElement, type PropertyValues } from 'lit';
import { languageOf, type Language } from '../i18n/index.ts';
import { VERSION } from './define.ts';
import { loadTransport, type Transport } from './load.ts';

/** Overrides of a string table: any string, and any entry of a nested group (`statuses`, …). */
export type TableOverrides<S> = { [K in keyof S]?: S[K] extends string ? string : Partial<S[K]> };

/** A table with an agency's overrides applied, one level deep into the groups. */
export function overridden<S extends object>(table: S, overrides: TableOverrides<S> | undefined): S {
  if (!overrides) return table;
  const merged: Record<string, unknown> = { ...(table as Record<string, unknown>) };
  for (const [key, value] of Object.entries(overrides)) {
    const base = (table as Record<string, unknown>)[key];
    merged[key] = value && typeof value === 'object' && base && typeof base === 'object' ? { ...base, ...value } : value;
  }
  return merged as S;
}

/** A client call for a page that waits: one quick retry, then the element says it failed and offers "Coba lagi". */
export const PUBLIC_READ = { retry: { limit: 1, baseDelay: 300 }, totalTimeout: 20_000 } as const;

/**
 * The base of the elements that show public data of an institution. Subclasses give their
 * Indonesian table, a loader of the English one, and `fetchData()`, which runs again when
 * `endpoint`, `site-key`, `institution-id` or another of `dataProperties` changes.
 */
export abstract class PublicDataElement<S extends object> extends LitElement {
  static readonly version = VERSION;

  static override properties = {
    endpoint: { type: String },
    siteKey: { type: String, attribute: 'site-key' },
    institutionId: { type: String, attribute: 'institution-id' },
    lang: { type: String },
    theme: { type: String, reflect: true },
    strings: { attribute: false },
  };

  /** Base URL of LAPOR!, the sandbox, or the agency's proxy. */
  endpoint = '';
  /** Publishable key (`pk_…`). Leave empty when `endpoint` is a proxy that adds it. */
  siteKey = '';
  /** The institution whose reports or figures are shown, e.g. `pemkot-mataram`. */
  institutionId = '';
  /** `id` (default) or `en`; else the page's `lang`. */
  override lang = '';
  /** `light`, `dark`, or unset to follow the device. */
  theme: 'light' | 'dark' | undefined;
  /** Replacements for any visible or accessible string. */
  strings: TableOverrides<S> | undefined;

  protected language: Language = 'id';
  protected abstract readonly indonesian: S;
  protected t!: S;
  /** Properties that change what is fetched, besides `endpoint`, `siteKey` and `institutionId`. */
  protected readonly dataProperties: readonly string[] = [];

  /** The English table, loaded as a chunk the first time it is asked for. */
  protected abstract english(): Promise<S>;
  /** Fetches what the element shows (again). */
  protected abstract fetchData(): Promise<void>;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang') || changed.has('strings') || !this.hasUpdated) {
      this.language = languageOf(this, this.lang);
      this.t = overridden(this.indonesian, this.strings);
      if (this.language === 'en') {
        void this.english().then((table) => {
          this.t = overridden(table, this.strings);
          this.requestUpdate();
        });
      }
    }
  }

  protected override updated(changed: PropertyValues): void {
    const keys = ['endpoint', 'siteKey', 'institutionId', 'lang', ...this.dataProperties];
    if (this.endpoint && keys.some((key) => changed.has(key))) void this.fetchData();
  }

  #client: ReturnType<Transport['createClient']> | undefined;
  #clientKey = '';

  /** A client for this element's endpoint, key and language (the transport chunk, shared with the form). */
  protected async client(): Promise<ReturnType<Transport['createClient']>> {
    const t = await loadTransport();
    const key = `${this.endpoint}|${this.siteKey}|${this.language}`;
    if (!this.#client || key !== this.#clientKey) {
      this.#client = t.createClient({ endpoint: this.endpoint, ...(this.siteKey ? { siteKey: this.siteKey } : {}), locale: this.language });
      this.#clientKey = key;
    }
    return this.#client;
  }

  /** A date as the language writes it: `27 November 2026`. */
  protected date(iso: string, options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' }): string {
    return new Date(iso.length === 10 ? `${iso}T12:00:00` : iso).toLocaleDateString(this.language === 'en' ? 'en-GB' : 'id-ID', options);
  }

  /** Tells the page something failed (`lapor-error`, as the other elements do). */
  protected failed(error: unknown, message: string): void {
    this.dispatchEvent(
      new CustomEvent('lapor-error', { detail: { code: (error as { code?: string }).code ?? 'error', message }, bubbles: true, composed: true }),
    );
  }
}
