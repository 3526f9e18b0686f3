import { describe, expect, it, vi } from 'vitest';
import { partialDate } from '../data/schema/common';
import { formatDateRange, formatList, formatPartialDate, formatPercent } from './format';

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

describe('prepareNumberFormats', () => {
  it('makes the number formats ahead, so formatting numbers later makes none', async () => {
    vi.resetModules();
    const fresh = await import('./format');
    const Original = Intl.NumberFormat;
    let made = 0;
    class Counted extends Original {
      constructor(...args: ConstructorParameters<typeof Intl.NumberFormat>) {
        super(...args);
        made += 1;
      }
    }
    Object.defineProperty(Intl, 'NumberFormat', { value: Counted, configurable: true, writable: true });
    try {
      fresh.prepareNumberFormats('nb');
      const prepared = made;
      expect(prepared).toBeGreaterThan(0);
      expect([fresh.formatNumber(1234, 'nb'), fresh.formatPercent(37, 'nb')]).toEqual(['1\u00a0234', '37\u00a0%']);
      expect(made).toBe(prepared);
    } finally {
      Object.defineProperty(Intl, 'NumberFormat', { value: Original, configurable: true, writable: true });
    }
  });
});
