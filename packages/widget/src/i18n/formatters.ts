// Locale-aware number and date formats for the elements that show figures and dates (the
// public reports and the handling figures; the form words its few numbers by hand).

/**
 * Intl formatters by kind, locale and options, each made once: making one costs far more
 * than using it (`toLocaleString` with options makes a new one at every call), and the
 * figures and the list format dozens of numbers, months and dates in one render.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

/** A number formatter for `locale` and `options`, shared by every element. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n ${locale} ${JSON.stringify(options)}`;
  let format = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!format) formatters.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

/** A date formatter for `locale` and `options`, shared by every element. */
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d ${locale} ${JSON.stringify(options)}`;
  let format = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}
