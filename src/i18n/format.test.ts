import { describe, expect, it, vi } from 'vitest';
import { partialDate } from '../data/schema/common';
import { formatDateRange, formatList, formatNumber, formatPartialDate, formatPercent } from './format';

const date = (raw: string) => partialDate.parse(raw);

describe('formatPercent', () => {
  it('uses a non-breaking space in bokmål and none in English', () => {
    expect(formatPercent(68, 'nb')).toBe('68\u00a0%');
    expect(formatPercent(68, 'en')).toBe('68%');
  });
});

describe('formatPartialDate', () => {
  it('keeps the precision the source gives', () => {
    expect(formatPartialDate(date('2002'), 'nb')).toBe('2002');
    expect(formatPartialDate(date('2014-06'), 'nb')).toBe('juni 2014');
    expect(formatPartialDate(date('2014-06'), 'en')).toBe('June 2014');
    expect(formatPartialDate(date('2009-06-11'), 'nb')).toBe('11. juni 2009');
    expect(formatPartialDate(date('2009-06-11'), 'en')).toBe('11 June 2009');
  });
  it('formats a range with an en dash', () => {
    expect(formatDateRange(date('2020'), date('2023'), 'nb')).toBe('2020–2023');
    expect(formatDateRange(date('2019'), null, 'en')).toBe('2019');
  });
});

describe('formatList', () => {
  it('joins with the language’s conjunction', () => {
    expect(formatList(['a', 'b', 'c'], 'nb')).toBe('a, b og c');
    expect(formatList(['a', 'b', 'c'], 'en')).toBe('a, b and c');
  });
});

describe('without Intl (plain-format.ts), exactly as Intl writes it', () => {
  const LOCALES = [
    ['nb', 'nb-NO'],
    ['en', 'en-GB'],
  ] as const;
  const integers = [
    0,
    1,
    7,
    19,
    100,
    701,
    999,
    1000,
    1234,
    9999,
    10000,
    12345,
    99999,
    100000,
    1234567,
    2 ** 31,
    2 ** 53 - 1,
  ];
  const decimals = [0.5, 8.5, 12.25, 1234.5, 0.125, 999999.999, 3.14, 0.001];

  it.each(LOCALES)('writes numbers as Intl.NumberFormat does (%s)', (lang, locale) => {
    const intl = new Intl.NumberFormat(locale);
    for (const value of [...integers, ...decimals].flatMap((v) => [v, -v])) {
      expect(formatNumber(value, lang), String(value)).toBe(intl.format(value));
    }
    // What the plain path leaves to Intl is still written by Intl: rounding, exponents, -0.
    for (const value of [0.1 + 0.2, 1.23456, 1e21, 1e-7, -0, Number.NaN]) {
      expect(formatNumber(value, lang), String(value)).toBe(intl.format(value));
    }
  });

  it.each(LOCALES)('writes percentages 0–100 in tenths as the percent format does (%s)', (lang, locale) => {
    const intl = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    for (let tenths = -1000; tenths <= 1000; tenths += 1) {
      const value = tenths / 10;
      expect(formatPercent(value, lang), String(value)).toBe(intl.format(value / 100));
    }
    for (const value of [12.34, 99.95, 1234.5, 1 / 3]) {
      expect(formatPercent(value, lang), String(value)).toBe(intl.format(value / 100));
    }
  });

  it.each(LOCALES)('writes every month and day as Intl.DateTimeFormat does (%s)', (lang, locale) => {
    const month = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' });
    const day = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    for (let m = 1; m <= 12; m += 1) {
      const mm = String(m).padStart(2, '0');
      expect(formatPartialDate(date(`2014-${mm}`), lang)).toBe(month.format(Date.UTC(2014, m - 1, 1)));
      for (const d of [1, 9, 10, 28]) {
        const dd = String(d).padStart(2, '0');
        expect(formatPartialDate(date(`2009-${mm}-${dd}`), lang)).toBe(day.format(Date.UTC(2009, m - 1, d)));
      }
    }
  });

  it.each(LOCALES)('joins lists as Intl.ListFormat does (%s)', (lang, locale) => {
    for (const type of ['conjunction', 'disjunction'] as const) {
      const intl = new Intl.ListFormat(locale, { type });
      for (const items of [[], ['Arena'], ['Arena', 'NCE'], ['Arena', 'Arena Pro', 'NCE'], ['a', 'b', 'c', 'd', 'e']]) {
        expect(formatList(items, lang, type), items.join('|')).toBe(intl.format(items));
      }
    }
  });

  it('makes no Intl number, date or list format for the values the pages show', async () => {
    vi.resetModules();
    const fresh = await import('./format');
    const made: string[] = [];
    const originals = {
      NumberFormat: Intl.NumberFormat,
      DateTimeFormat: Intl.DateTimeFormat,
      ListFormat: Intl.ListFormat,
    };
    for (const [name, Original] of Object.entries(originals)) {
      const counted = new Proxy(Original, {
        construct(target, args: unknown[]) {
          made.push(name);
          return Reflect.construct(target, args) as object;
        },
      });
      Object.defineProperty(Intl, name, { value: counted, configurable: true, writable: true });
    }
    try {
      expect([
        fresh.formatNumber(701, 'nb'),
        fresh.formatNumber(8.5, 'en'),
        fresh.formatPercent(37, 'nb'),
        fresh.formatPartialDate(date('2014-06'), 'nb'),
        fresh.formatPartialDate(date('2009-06-11'), 'en'),
        fresh.formatList(['a', 'b'], 'nb'),
      ]).toEqual(['701', '8.5', '37\u00a0%', 'juni 2014', '11 June 2009', 'a og b']);
      expect(made).toEqual([]);
      // A value outside the plain path is still Intl's to write.
      expect(fresh.formatNumber(1.23456, 'nb')).toBe('1,235');
      expect(made).toEqual(['NumberFormat']);
    } finally {
      for (const [name, Original] of Object.entries(originals)) {
        Object.defineProperty(Intl, name, { value: Original, configurable: true, writable: true });
      }
    }
  });
});
