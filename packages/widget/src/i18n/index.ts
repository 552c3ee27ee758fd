import { id } from './id.ts';
import type { Strings } from './strings.ts';

export type { Strings } from './strings.ts';
export { format } from './strings.ts';

/** Languages the widget speaks. */
export type Language = 'id' | 'en';

/** Deep-partial overrides of a string table. */
export type StringOverrides = Partial<Omit<Strings, 'statuses' | 'events' | 'classifications'>> & {
  statuses?: Partial<Strings['statuses']>;
  events?: Partial<Strings['events']>;
  classifications?: Partial<Strings['classifications']>;
};

/** The language for an element: its `lang`, else the nearest `lang` up the page, else Indonesian. */
export function languageOf(element: HTMLElement, attribute: string | null | undefined): Language {
  const tag = attribute || element.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'id';
  return tag.toLowerCase().startsWith('en') ? 'en' : 'id';
}

const loaded: Partial<Record<Language, Strings>> = { id };

/** A language's table, loading it as a chunk the first time it is asked for. */
export async function loadStrings(language: Language): Promise<Strings> {
  if (!loaded[language]) {
    const [{ en }] = await Promise.all([import('./en.ts'), import('@lapor/client/locales/en')]);
    loaded.en = en;
  }
  return loaded[language]!;
}

/** The table already at hand (Indonesian until another language has loaded). */
export function stringsAtHand(language: Language): Strings {
  return loaded[language] ?? id;
}

/** A table with an agency's overrides applied. */
export function withOverrides(strings: Strings, overrides: StringOverrides | undefined): Strings {
  if (!overrides) return strings;
  return {
    ...strings,
    ...overrides,
    statuses: { ...strings.statuses, ...overrides.statuses },
    events: { ...strings.events, ...overrides.events },
    classifications: { ...strings.classifications, ...overrides.classifications },
  } as Strings;
}
