import { describe, expect, it } from 'vitest';
import { applyStep, clampSlide, isBlankKey, slideNumberForChart, stepDeck, stepForKey, type Slide } from './slides';

/** A slide with nothing on it: these tests are about numbers and ids. */
const stub: Slide = {
  chartId: '',
  title: () => '',
  draw: () => null,
  sourceIds: () => [],
  notes: () => ({ figures: [], unknowns: [] }),
};

describe('slide numbers and keys', () => {
  it('clamps a linked slide number into the deck', () => {
    expect(clampSlide(40, 22)).toBe(22);
    expect(clampSlide(0, 22)).toBe(1);
    expect(clampSlide(3, 0)).toBe(1);
  });

  it('finds the slide of a chart by its id, and null (never slide 1) for a chart no slide shows', () => {
    const slides = ['ranking', 'levels-rank', 'timeline-periods'].map((chartId) => ({ ...stub, chartId }));
    expect(slideNumberForChart(slides, 'timeline-periods')).toBe(3);
    expect(slideNumberForChart(slides, 'ranking')).toBe(1);
    expect(slideNumberForChart(slides, 'timeline')).toBeNull();
    expect(slideNumberForChart(slides, 'no-such-chart')).toBeNull();
  });

  it('maps presenter keys to steps and ignores others', () => {
    expect(['ArrowRight', 'PageDown', ' '].map(stepForKey)).toEqual(['next', 'next', 'next']);
    expect(['ArrowLeft', 'PageUp', 'ArrowUp'].map(stepForKey)).toEqual(['previous', 'previous', 'previous']);
    expect(stepForKey('ArrowDown')).toBe('next');
    expect(stepForKey('Home')).toBe('first');
    expect(stepForKey('End')).toBe('last');
    expect(stepForKey('Enter')).toBeNull();
    expect(stepForKey('Escape')).toBeNull();
    expect(stepForKey('b')).toBeNull();
  });

  it('blanks with B or the full stop (clicker keys), and no other key', () => {
    expect(['b', 'B', '.'].map(isBlankKey)).toEqual([true, true, true]);
    expect(['n', ',', ' ', 'Escape'].map(isBlankKey)).toEqual([false, false, false, false]);
  });

  it('steps within the deck and stops at its ends', () => {
    expect(applyStep(1, 5, 'next')).toBe(2);
    expect(applyStep(5, 5, 'next')).toBe(5);
    expect(applyStep(1, 5, 'previous')).toBe(1);
    expect(applyStep(3, 5, 'first')).toBe(1);
    expect(applyStep(3, 5, 'last')).toBe(5);
  });
});

describe('stepDeck (reveal one cluster at a time)', () => {
  it('reveals the next row before leaving the slide, and hides rows going back', () => {
    expect(stepDeck({ slide: 1, revealed: 1 }, 'next', 22, 19)).toEqual({ slide: 1, revealed: 2 });
    expect(stepDeck({ slide: 1, revealed: 19 }, 'next', 22, 19)).toEqual({ slide: 2, revealed: null });
    expect(stepDeck({ slide: 1, revealed: 3 }, 'previous', 22, 19)).toEqual({ slide: 1, revealed: 2 });
    expect(stepDeck({ slide: 1, revealed: 1 }, 'previous', 22, 19)).toEqual({ slide: 1, revealed: 1 });
  });
  it('steps slides as usual when nothing is being revealed', () => {
    expect(stepDeck({ slide: 2, revealed: null }, 'next', 22, null)).toEqual({ slide: 3, revealed: null });
    expect(stepDeck({ slide: 1, revealed: 4 }, 'last', 22, 19)).toEqual({ slide: 22, revealed: null });
    expect(stepDeck({ slide: 22, revealed: 4 }, 'last', 22, null)).toEqual({ slide: 22, revealed: 4 });
  });
});
