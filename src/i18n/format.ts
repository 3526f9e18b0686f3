import type { PartialDate } from '../data/schema/common';
import { LOCALE, type Lang } from './lang';
import { plainList, plainMonthDate, plainNumber, plainPercent } from './plain-format';

type Formatter = Intl.NumberFormat | Intl.Collator;
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
const isCollator = (f: Formatter): f is Intl.Collator => f instanceof Intl.Collator;

/** The language's order of names, ignoring case and accents ("Øyde" after "Oslo" in nb): one per language. */
export function nameCollator(lang: Lang): Intl.Collator {
  return cached(`collator:${lang}`, () => new Intl.Collator(LOCALE[lang], { sensitivity: 'base' }), isCollator);
}

/** 68 → "68 %" (nb, with a non-breaking space) or "68%" (en). Input is a percentage 0–100. */
export function formatPercent(value: number, lang: Lang): string {
  const plain = plainPercent(value, lang);
  if (plain !== null) return plain;
  const format = cached(
    `pct:${lang}`,
    () => new Intl.NumberFormat(LOCALE[lang], { style: 'percent', maximumFractionDigits: 1 }),
    isNumberFormat,
  );
  return format.format(value / 100);
}

/** 1234 → "1 234" (nb) or "1,234" (en); as `Intl.NumberFormat` writes it (plain-format.ts for the usual values). */
export function formatNumber(value: number, lang: Lang): string {
  const plain = plainNumber(value, lang);
  if (plain !== null) return plain;
  const format = cached(`num:${lang}`, () => new Intl.NumberFormat(LOCALE[lang]), isNumberFormat);
  return format.format(value);
}

/** A date at its own precision: "2002", "juni 2014", "11. juni 2009" / "June 2014", "11 June 2009". */
export function formatPartialDate(date: PartialDate, lang: Lang): string {
  if (date.precision === 'year') return String(date.year);
  return plainMonthDate(date.year, date.month ?? 1, date.precision === 'day' ? (date.day ?? 1) : null, lang);
}

/** "2018–2019" style range; a single date when there is no end or it equals the start. */
export function formatDateRange(start: PartialDate, end: PartialDate | null, lang: Lang): string {
  if (end === null || end.raw === start.raw) return formatPartialDate(start, lang);
  return `${formatPartialDate(start, lang)}–${formatPartialDate(end, lang)}`;
}

/**
 * ["a", "b", "c"] → "a, b og c" / "a, b and c" ("a, b eller c" / "a, b or c" as a disjunction), as
 * Intl.ListFormat joins them.
 */
export function formatList(
  items: readonly string[],
  lang: Lang,
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  return plainList(items, lang, type);
}
