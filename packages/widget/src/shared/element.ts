import { LitElement, adoptStyles, type CSSResult, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { ComplaintCreated } from '@lapor/client/contract';
import type { LaporConnection } from '@lapor/client';
import { languageOf, overridden, type Language, type TableOverrides } from '../i18n/index.ts';
import { VERSION } from './define.ts';
import { loadTransport, type Transport } from './load.ts';

/** Fired when a report is submitted: `detail.trackingId`. Bubbles out of the shadow root. */
export interface LaporSubmittedDetail {
  trackingId: string;
  status: string;
  dueDates: ComplaintCreated['dueDates'];
}

/** Fired when something goes wrong that the citizen is told about: `detail.code`, `detail.message`. */
export interface LaporErrorDetail {
  code: string;
  message: string;
}

/** The events the elements fire, by name. */
export interface LaporEvents {
  'lapor-submitted': LaporSubmittedDetail;
  'lapor-error': LaporErrorDetail;
}

/** English tables already loaded, by element class: an element added later speaks English from its first render. */
const englishTables = new Map<object, object>();

/**
 * What every LAPOR! element shares (`<lapor-form>`, `<lapor-status>`, `<lapor-reports>`,
 * `<lapor-stats>`): the attributes (`endpoint`, `site-key`, `lang`, `theme`, `strings`), the
 * language and the string table `T` with the agency's overrides, one connection to LAPOR!
 * per endpoint, key and language (for the client's calls), styles and strings that chunks
 * bring, and `emit()` for the events a page listens to. Subclasses give their Indonesian table and a loader of the English one.
 */
export abstract class LaporElement<T extends object> extends LitElement {
  static readonly version = VERSION;

  // Subclasses declare only their own: Lit adds these to them.
  static override properties: PropertyDeclarations = {
    endpoint: { type: String },
    siteKey: { type: String, attribute: 'site-key' },
    lang: { type: String },
    theme: { type: String, reflect: true },
    strings: { attribute: false },
  };

  /** Base URL of LAPOR!, the sandbox, or the agency's proxy. */
  endpoint = '';
  /** Publishable key (`pk_…`). Leave empty when `endpoint` is a proxy that adds it. */
  siteKey = '';
  /** `id` (default) or `en`; else the page's `lang`. */
  override lang = '';
  /** `light`, `dark`, or unset to follow the device. */
  theme: 'light' | 'dark' | undefined;
  /** Replacements for any visible or accessible string: a string, or entries of a group such as `statuses`. */
  strings: TableOverrides<T> | undefined;

  /** The language in use (from `lang`, or the page). */
  protected language: Language = 'id';
  /** The strings in use: the language's table with the agency's overrides. */
  protected t!: T;
  /** Indonesian strings that chunks brought (shown only after those chunks load). */
  #later: Partial<T> = {};
  #styles: CSSResult[] = [];
  #client: LaporConnection | undefined;
  #clientKey = '';

  /** The element's Indonesian table, as its first bytes carry it. */
  protected abstract indonesian(): T;
  /** The element's English table, a chunk loaded the first time `lang` asks for it. */
  protected abstract english(): Promise<T>;

  #table(): T {
    // English (once loaded) is complete; Indonesian is the first bytes' table plus what chunks brought.
    const english = this.language === 'en' && englishTables.get(this.constructor);
    return overridden((english || { ...this.indonesian(), ...this.#later }) as T, this.strings);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang') || changed.has('strings') || !this.hasUpdated) {
      this.language = languageOf(this, this.lang);
      this.t = this.#table();
      if (this.language === 'en' && !englishTables.has(this.constructor)) {
        void this.english().then((table) => {
          englishTables.set(this.constructor, table);
          if (this.language !== 'en') return;
          this.t = this.#table();
          this.requestUpdate();
        });
      }
    }
  }

  /** Adds the Indonesian strings a chunk brings (the agency's overrides still win). */
  protected addStrings(table: Partial<T>): void {
    this.#later = { ...this.#later, ...table };
    if (this.t) this.t = this.#table();
    this.requestUpdate();
  }

  /** Adds styles a chunk brings for what it shows (the first render does not pay for them). */
  protected addStyles(styles: CSSResult): void {
    if (this.#styles.includes(styles) || !(this.renderRoot instanceof ShadowRoot)) return;
    this.#styles.push(styles);
    adoptStyles(this.renderRoot, [...(this.constructor as typeof LitElement).elementStyles, ...this.#styles]);
  }

  /**
   * The transport chunk and a connection to this element's endpoint, with its key and
   * language (one per element, made again when they change). `client` is a connection for
   * the client's calls one by one (`createComplaint(client, …)`): each element's chunk brings
   * the calls it makes, and the form's transport chunk only those made before a report is sent.
   */
  protected async connection(): Promise<{ t: Transport; client: LaporConnection }> {
    const t = await loadTransport();
    const key = `${this.endpoint}|${this.siteKey}|${this.language}`;
    if (!this.#client || key !== this.#clientKey) {
      this.#client = t.connect({ endpoint: this.endpoint, ...(this.siteKey ? { siteKey: this.siteKey } : {}), locale: this.language });
      this.#clientKey = key;
    }
    return { t, client: this.#client };
  }

  /** Fires one of the elements' events: bubbling, and out of the shadow root. */
  protected emit<K extends keyof LaporEvents>(type: K, detail: LaporEvents[K]): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}
