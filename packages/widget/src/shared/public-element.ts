// The thin layer <lapor-reports> and <lapor-stats> add to the elements' base: the institution
// shown, fetching again when what is shown changes, and dates in the language. Each element
// is a chunk of its own (never in the form's entry), so this layer travels only with them.
import type { PropertyDeclarations, PropertyValues } from 'lit';
import { dateFormat } from '../i18n/formatters.ts';
import { LaporElement } from './element.ts';

/** A client call for a page that waits: one quick retry, then the element says it failed and offers "Coba lagi". */
export const PUBLIC_READ = { retry: { limit: 1, baseDelay: 300 }, totalTimeout: 20_000 } as const;

/**
 * The base of the elements that show public data of an institution. Subclasses give their
 * Indonesian table, a loader of the English one, and `fetchData()`, which runs again when
 * `endpoint`, `site-key`, `institution-id`, `lang` or another of `dataProperties` changes.
 */
export abstract class PublicDataElement<S extends object> extends LaporElement<S> {
  // The base's attributes come with it (Lit adds them).
  static override properties: PropertyDeclarations = {
    institutionId: { type: String, attribute: 'institution-id' },
  };

  /** The institution whose reports or figures are shown, e.g. `pemkot-mataram`. */
  institutionId = '';

  /** Properties that change what is fetched, besides `endpoint`, `siteKey` and `institutionId`. */
  protected readonly dataProperties: readonly string[] = [];

  /** Fetches what the element shows (again). */
  protected abstract fetchData(): Promise<void>;

  protected override updated(changed: PropertyValues): void {
    const keys = ['endpoint', 'siteKey', 'institutionId', 'lang', ...this.dataProperties];
    if (this.endpoint && keys.some((key) => changed.has(key))) void this.fetchData();
  }

  /** A date as the language writes it: `27 November 2026`. */
  protected date(iso: string, options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' }): string {
    return dateFormat(this.language === 'en' ? 'en-GB' : 'id-ID', options).format(new Date(iso.length === 10 ? `${iso}T12:00:00` : iso));
  }

  /** Tells the page a read failed: `lapor-error` with the client's error code. */
  protected failed(error: unknown, message: string): void {
    this.emit('lapor-error', { code: (error as { code?: string }).code ?? 'error', message });
  }
}
