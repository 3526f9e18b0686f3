import { describe, expect, it } from 'vitest';
import { timelineEventSchema, type TimelineEvent } from '../../data/schema/timeline';
import { toPartialDate } from '../../data/partial-date';
import { milestoneYears, toMilestones } from './milestones';

const event = (id: string, date: string, end: string | null = null): TimelineEvent =>
  timelineEventSchema.parse({
    id,
    date,
    end,
    kind: 'programme',
    text: { nb: id, en: id },
    levels: [],
    clusters: [],
    sources: ['s'],
  });

describe('toMilestones', () => {
  it('orders by time, the whole year before a month or day within it, and numbers from 1', () => {
    const milestones = toMilestones([
      event('day', '2019-11-08'),
      event('year', '2019'),
      event('month', '2019-11'),
      event('first', '2002'),
    ]);
    expect(milestones.map((m) => [m.number, m.id])).toEqual([
      [1, 'first'],
      [2, 'year'],
      [3, 'month'],
      [4, 'day'],
    ]);
  });

  it('keeps the order of the data for events with the same date', () => {
    expect(toMilestones([event('b', '2021'), event('a', '2021')]).map((m) => m.id)).toEqual(['b', 'a']);
  });

  it('gives each its precision, and a span of years for a range', () => {
    const [range, year, month, day] = toMilestones([
      event('range', '2020', '2023'),
      event('year', '2022'),
      event('month', '2024-04'),
      event('day', '2024-06-21'),
    ]);
    expect(range?.precision).toBe('range');
    expect(range?.span).toEqual({ start: 2020, end: 2024 });
    expect(year?.precision).toBe('year');
    expect(month?.precision).toBe('month');
    expect(day?.precision).toBe('day');
  });

  it('gives the years the milestones cover, from the first start to the latest end', () => {
    const at = (raw: string) => toPartialDate(raw);
    expect(
      milestoneYears([
        { date: at('2002'), end: null },
        { date: at('2019-06'), end: at('2024-04') },
      ]),
    ).toBe('2002–2024');
    expect(milestoneYears([{ date: at('2021-03-01'), end: null }])).toBe('2021');
    expect(milestoneYears([])).toBeNull();
  });
});
