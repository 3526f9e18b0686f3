import { describe, expect, it } from 'vitest';
import { MILESTONES_PER_SLIDE, rowsPerSlide, splitForSlides } from './continued-slides';

describe('continued slides', () => {
  it('fits as many rows as the design height leaves room for, at least one', () => {
    expect(rowsPerSlide({ designHeight: 600, reserved: 160, rowHeight: 44 })).toBe(10);
    expect(rowsPerSlide({ designHeight: 600, reserved: 100, rowHeight: 25 })).toBe(20);
    expect(rowsPerSlide({ designHeight: 600, reserved: 590, rowHeight: 44 })).toBe(1);
    expect(MILESTONES_PER_SLIDE).toBe(10);
  });

  it('splits a long list into even parts in order, none longer than a slide holds', () => {
    const rows = Array.from({ length: 29 }, (_, i) => i + 1);
    const parts = splitForSlides(rows, 10);
    expect(parts.map((p) => p.length)).toEqual([10, 10, 9]);
    expect(parts.flat()).toEqual(rows);
    expect(splitForSlides(rows.slice(0, 21), 10).map((p) => p.length)).toEqual([7, 7, 7]);
  });

  it('keeps a list that fits as one slide, and an empty list as one empty slide', () => {
    expect(splitForSlides([1, 2, 3], 10)).toEqual([[1, 2, 3]]);
    expect(splitForSlides([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 10)).toHaveLength(1);
    expect(splitForSlides([], 10)).toEqual([[]]);
  });
});
