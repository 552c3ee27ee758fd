import { registerMessages } from '../shared/load.ts';
import type { EntryStrings, FormStrings, Strings } from './strings.ts';

export type { EntryStrings, FormStrings, ReportsStrings, StatsStrings, StatusEntryStrings, StatusStrings, Strings } from './strings.ts';
export { format } from './strings.ts';

/** Languages the widget speaks. */
export type Language = 'id' | 'en';

/** Overrides of a string table: any string, and any entry of a nested group (`statuses`, …). */
export type TableOverrides<S> = { [K in keyof S]?: S[K] extends string ? string : Partial<S[K]> };

/** Overrides of the form's and the status view's strings (`<lapor-form>`, `<lapor-status>`). */
export type StringOverrides = TableOverrides<Strings>;

/** A table with an agency's overrides applied, one level deep into the groups (`statuses`, …). */
export function overridden<S extends object>(table: S, overrides: TableOverrides<S> | undefined): S {
  if (!overrides) return table;
  const merged: Record<string, unknown> = { ...(table as Record<string, unknown>) };
  for (const [key, value] of Object.entries(overrides)) {
    const base = (table as Record<string, unknown>)[key];
    merged[key] = value && typeof value === 'object' && base && typeof base === 'object' ? { ...base, ...value } : value;
  }
  return merged as S;
}

/** The language for an element: its `lang`, else the nearest `lang` up the page, else Indonesian. */
export function languageOf(element: HTMLElement, attribute: string | null | undefined): Language {
  const tag = attribute || element.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'id';
  return tag.toLowerCase().startsWith('en') ? 'en' : 'id';
}

let english: Strings | undefined;

/** English, loaded as a chunk (with English validation messages) the first time it is asked for. */
export async function loadEnglish(): Promise<Strings> {
  if (!english) {
    const [{ en }, { enMessages }] = await Promise.all([import('./en.ts'), import('./validation-en.ts')]);
    registerMessages('en', enMessages);
    english = en;
  }
  return english;
}

/**
 * The strings a chunk shows, completed with its own Indonesian: `strings` (the form's
 * table, overrides applied) wins, so English and an agency's wording stay in force.
 */
export function completed<K extends keyof FormStrings>(defaults: Pick<FormStrings, K>, strings: EntryStrings): FormStrings {
  return { ...defaults, ...strings } as FormStrings;
}

/**
 * A file size worded for the language: `2 MB`, `1,4 MB`, `85 KB` (below 1 MB), `1.024 MB`.
 * Written out by hand rather than with `toLocaleString`: the first locale-aware number
 * format on a page loads the locale's data, which cost about 90 ms of main thread (more
 * on a slow phone) in the middle of the form's first render, for one hint.
 */
export function fileSize(bytes: number, language: Language): string {
  const small = bytes < 1024 * 1024;
  const tenths = small ? Math.max(1, Math.round(bytes / 1024)) * 10 : Math.round((bytes * 10) / (1024 * 1024));
  const [group, decimal] = language === 'en' ? [',', '.'] : ['.', ','];
  const whole = String(Math.floor(tenths / 10)).replace(/\B(?=(\d{3})+$)/g, group);
  return `${whole}${tenths % 10 ? decimal + (tenths % 10) : ''} ${small ? 'KB' : 'MB'}`;
}
