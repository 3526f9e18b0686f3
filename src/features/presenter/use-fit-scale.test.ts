import { describe, expect, it } from 'vitest';
import { MIN_FIT_SCALE, fitScale } from './use-fit-scale';

describe('fitScale', () => {
  it('leaves content that fits alone', () => {
    expect(fitScale(700, 700)).toBe(1);
    expect(fitScale(700, 300)).toBe(1);
  });
  it('shrinks content that is too tall to fit', () => {
    expect(fitScale(700, 800)).toBeCloseTo(0.875);
  });
  it('never shrinks below the readable minimum', () => {
    expect(fitScale(300, 1000)).toBe(MIN_FIT_SCALE);
  });
});
