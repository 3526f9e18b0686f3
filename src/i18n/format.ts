import type { PartialDate } from '../data/schema/common';
import { LOCALE, type Lang } from './lang';

type Formatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat | Intl.Collator;
const cache = new Map<string, Formatter>();

/** Intl formatters are costly to create: one per key, made on first use. */
function cached<T extends Formatter>(key: string, make: () => T, isKind: (f: Formatter) => f is T): T {
  const hit = cache.get(key);
  if (hit && isKind(hit)) return hit;
  const made = make();
  cache.set(key, made);
  return made;
}
const isNumberFormat = (f: Formatter): f is Intl.NumberFormat => f instanceof Intl.NumberFormat;
const isDateFormat = (f: Formatter): f is Intl.DateTimeFormat => f instanceof Intl.DateTimeFormat;
const isListFormat = (f: Formatter): f is Intl.ListFormat => f instanceof Intl.ListFormat;
const isCollator = (f: Formatter): f is Intl.Collator => f instanceof Intl.Collator;

/** The language's order of names, ignoring case and accents ("Øyde" after "Oslo" in nb): one per language. */
export function nameCollator(lang: Lang): Intl.Collator {
  return cached(`collator:${lang}`, () => new Intl.Collator(LOCALE[lang], { sensitivity: 'base' }), isCollator);
}

/** 68 → "68 %" (nb, with a non-breaking space) or "68%" (en). Input is a percentage 0–100. */
export function formatPercent(value: number, lang: Lang): string {
  const format = cached(
    `pct:${lang}`,
    () => new Intl.NumberFormat(LOCALE[lang], { style: 'percent', maximumFractionDigits: 1 }),
    isNumberFormat,
  );
  return format.format(value / 100);
}

export function formatNumber(value: number, lang: Lang): string {
  const format = cached(`num:${lang}`, () => new Intl.NumberFormat(LOCALE[lang]), isNumberFormat);
  return format.format(value);
}

/**
 * Makes the language's number formats ahead of their first use. A page's first Intl object loads ICU's
 * locale data, tens of milliseconds on a phone: made in a task of its own before hydration, that cost
 * does not lengthen a hydration slice (start-client.tsx).
 */
export function prepareNumberFormats(lang: Lang): void {
  formatNumber(0, lang);
  formatPercent(0, lang);
}

/** A date at its own precision: "2002", "juni 2014", "11. juni 2009" / "June 2014", "11 June 2009". */
export function formatPartialDate(date: PartialDate, lang: Lang): string {
  if (date.precision === 'year') return String(date.year);
  const utc = new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    date.precision === 'month'
      ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
      : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  const format = cached(
    `date:${lang}:${date.precision}`,
    () => new Intl.DateTimeFormat(LOCALE[lang], options),
    isDateFormat,
  );
  return format.format(utc);
}

/** "2018–2019" style range; a single date when there is no end or it equals the start. */
export function formatDateRange(start: PartialDate, end: PartialDate | null, lang: Lang): string {
  if (end === null || end.raw === start.raw) return formatPartialDate(start, lang);
  return `${formatPartialDate(start, lang)}–${formatPartialDate(end, lang)}`;
}

/** ["a", "b", "c"] → "a, b og c" / "a, b and c" ("a, b eller c" / "a, b or c" as a disjunction). */
export function formatList(
  items: readonly string[],
  lang: Lang,
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  const format = cached(`list:${lang}:${type}`, () => new Intl.ListFormat(LOCALE[lang], { type }), isListFormat);
  return format.format(items);
}
