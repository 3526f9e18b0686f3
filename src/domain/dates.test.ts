import { describe, expect, it } from 'vitest';
import { partialDate } from '../data/schema/common';
import { dateSpan, datePosition, isUncertain, rangeSpan } from './dates';

const d = (raw: string) => partialDate.parse(raw);

describe('dateSpan: a date covers what its precision says', () => {
  it('covers the whole year for a year-precise date', () => {
    expect(dateSpan(d('2002'))).toEqual({ start: 2002, end: 2003 });
  });

  it('covers the whole month for a month-precise date', () => {
    expect(dateSpan(d('2014-06'))).toEqual({ start: 2014 + 5 / 12, end: 2014 + 6 / 12 });
    expect(dateSpan(d('2024-12')).end).toBe(2025);
  });

  it('covers one day for a day-precise date', () => {
    const span = dateSpan(d('2009-06-11'));
    // 11 June is day 162 of 2009 (not a leap year).
    expect(span.start).toBeCloseTo(2009 + 161 / 365, 10);
    expect(span.end - span.start).toBeCloseTo(1 / 365, 10);
  });

  it('counts leap days', () => {
    expect(dateSpan(d('2020-03-01')).start).toBeCloseTo(2020 + 60 / 366, 10);
    expect(dateSpan(d('2019-03-01')).start).toBeCloseTo(2019 + 59 / 365, 10);
  });

  it('places a date in the middle of what it covers', () => {
    expect(datePosition(d('2019'))).toBe(2019.5);
    expect(datePosition(d('2019-01'))).toBeCloseTo(2019 + 1 / 24, 10);
  });
});

describe('rangeSpan and isUncertain', () => {
  it('runs from the start of the first date to the end of the last', () => {
    expect(rangeSpan(d('2020'), d('2023'))).toEqual({ start: 2020, end: 2024 });
    expect(rangeSpan(d('2018'), d('2019'))).toEqual({ start: 2018, end: 2020 });
  });

  it('is the date itself when there is no end', () => {
    expect(rangeSpan(d('2014-06'), null)).toEqual(dateSpan(d('2014-06')));
  });

  it('calls a year or a range uncertain, a month or a day not', () => {
    expect(isUncertain(d('2019'), null)).toBe(true);
    expect(isUncertain(d('2018'), d('2019'))).toBe(true);
    expect(isUncertain(d('2014-06'), null)).toBe(false);
    expect(isUncertain(d('2018-11-08'), null)).toBe(false);
    expect(isUncertain(d('2018-11-08'), d('2018-12'))).toBe(true);
  });
});
