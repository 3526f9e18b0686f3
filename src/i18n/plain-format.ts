import type { Lang } from './lang';

/*
 * Numbers, dates and lists written as Intl writes them for the app's locales (nb-NO, en-GB), without
 * Intl. A page's first `Intl.NumberFormat`, `DateTimeFormat` or `ListFormat` loads ICU's data for it:
 * 60–85 ms at 4× CPU in one task that cannot be split, on every page, while the app starts (ADR 036,
 * item 9). The number functions cover the values the app shows and return null for any other (one Intl
 * would round, an exponent, −0); format.ts then asks Intl. format.test.ts checks them against Intl.
 */

const MINUS: Record<Lang, string> = { nb: '\u2212', en: '-' };
const GROUP: Record<Lang, string> = { nb: '\u00a0', en: ',' };
const DECIMAL: Record<Lang, string> = { nb: ',', en: '.' };

/** "1234567" → "1 234 567" (nb, non-breaking spaces) or "1,234,567" (en). */
function groupDigits(digits: string, lang: Lang): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, GROUP[lang]);
}

/**
 * A number as `new Intl.NumberFormat(locale)` writes it (at most three decimals, grouped), when its
 * shortest form has at most `maxDecimals` decimals and no exponent: nothing to round. Else null.
 */
function plainDecimal(value: number, lang: Lang, maxDecimals: number): string | null {
  if (!Number.isFinite(value) || Object.is(value, -0) || Math.abs(value) > Number.MAX_SAFE_INTEGER) return null;
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(String(value));
  if (!match) return null;
  const [, sign = '', whole = '', fraction = ''] = match;
  if (fraction.length > maxDecimals) return null;
  const number = groupDigits(whole, lang) + (fraction ? DECIMAL[lang] + fraction : '');
  return sign ? MINUS[lang] + number : number;
}

/** 1234.5 → "1 234,5" / "1,234.5"; null for a value Intl would round (over three decimals) or write in exponent. */
export function plainNumber(value: number, lang: Lang): string | null {
  return plainDecimal(value, lang, 3);
}

/** A percentage 0–100 as the percent format with at most one decimal writes it: 37.5 → "37,5 %" / "37.5%". */
export function plainPercent(value: number, lang: Lang): string | null {
  const number = plainDecimal(value, lang, 1);
  if (number === null) return null;
  return lang === 'nb' ? `${number}\u00a0%` : `${number}%`;
}

const MONTHS: Record<Lang, readonly string[]> = {
  nb: [
    'januar',
    'februar',
    'mars',
    'april',
    'mai',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'desember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/**
 * "juni 2014" / "June 2014", or with a day "11. juni 2009" / "11 June 2009" (month 1–12, day 1–31: the
 * data's dates are checked for that, src/data/partial-date.ts).
 */
export function plainMonthDate(year: number, month: number, day: number | null, lang: Lang): string {
  const name = MONTHS[lang][month - 1] ?? String(month);
  if (day === null) return `${name} ${year}`;
  return lang === 'nb' ? `${day}. ${name} ${year}` : `${day} ${name} ${year}`;
}

const LIST_WORD: Record<Lang, Record<'conjunction' | 'disjunction', string>> = {
  nb: { conjunction: 'og', disjunction: 'eller' },
  en: { conjunction: 'and', disjunction: 'or' },
};

/** ["a", "b", "c"] → "a, b og c" / "a, b and c" ("eller" / "or" as a disjunction): no comma before the last. */
export function plainList(items: readonly string[], lang: Lang, type: 'conjunction' | 'disjunction'): string {
  const last = items.at(-1);
  if (items.length < 2 || last === undefined) return last ?? '';
  return `${items.slice(0, -1).join(', ')} ${LIST_WORD[lang][type]} ${last}`;
}
