import { describe, expect, it } from 'vitest';
import { partialDate } from '../../data/schema/common';
import { dateSpan } from '../../domain/dates';
import { spanToPercent, timeDomain, toPercent, yearTicks } from './time-scale';

const d = (raw: string) => partialDate.parse(raw);

describe('axis helpers', () => {
  it('spans whole years around the data', () => {
    expect(timeDomain([dateSpan(d('2002')), dateSpan(d('2024-04'))])).toEqual({ start: 2002, end: 2025 });
    expect(timeDomain([])).toEqual({ start: 0, end: 1 });
    expect(timeDomain([{ start: 2010, end: 2010 }])).toEqual({ start: 2010, end: 2011 });
  });

  it('maps positions to percentages, clamped to the domain', () => {
    const domain = { start: 2000, end: 2020 };
    expect(toPercent(2010, domain)).toBe(50);
    expect(toPercent(1990, domain)).toBe(0);
    expect(toPercent(2030, domain)).toBe(100);
    expect(spanToPercent({ start: 2005, end: 2006 }, domain)).toEqual({ left: 25, width: 5 });
  });

  it('ticks every 1 January, with every fifth year major', () => {
    const ticks = yearTicks({ start: 2002, end: 2025 });
    expect(ticks).toHaveLength(24);
    expect(ticks[0]).toEqual({ year: 2002, left: 0, major: false });
    expect(ticks.filter((t) => t.major).map((t) => t.year)).toEqual([2005, 2010, 2015, 2020, 2025]);
    expect(ticks.at(-1)?.left).toBe(100);
  });
});
