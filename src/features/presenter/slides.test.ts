import { describe, expect, it } from 'vitest';
import { loadBundledDataset as bundledDataset } from '../../../tests/dataset';
import { matchesLevels } from '../../state/filters/filter-state';
import {
  applyStep,
  buildSlides,
  clampSlide,
  slideNumberForChart,
  stepDeck,
  stepForKey,
  type ClusterFilter,
} from './slides';

const { clusters } = bundledDataset();
/** A stand-in for the ranking's filter rule (the page layer passes the real one). */
const byLevelAndName: ClusterFilter = (c, f) =>
  matchesLevels(f.levels, c.level) && c.name.toLowerCase().includes(f.q.trim().toLowerCase());

describe('buildSlides', () => {
  it('gives the three overview slides and one slide per cluster, in rank order, without a filter', () => {
    const slides = buildSlides(clusters, { levels: [], q: '' }, byLevelAndName);
    expect(slides).toHaveLength(3 + 19);
    expect(slides.slice(0, 3).map((s) => s.kind)).toEqual(['ranking', 'levels', 'timeline']);
    expect(slides[3]).toMatchObject({
      kind: 'cluster',
      slug: 'nce-norway-health-tech',
      chartId: 'cluster-nce-norway-health-tech',
    });
    expect(slides.at(-1)).toMatchObject({ kind: 'cluster', name: 'Arena Oslo' });
  });

  it('keeps only the clusters of the chosen levels', () => {
    const slides = buildSlides(clusters, { levels: ['nce'], q: '' }, byLevelAndName);
    const names = slides.filter((s) => s.kind === 'cluster').map((s) => s.name);
    expect(names).toEqual([
      'NCE Norway Health Tech',
      'NCE Media',
      'Energy Valley',
      'NCE Tourism',
      'NCE Smart Energy Markets',
      'Maritime CleanTech',
      'Eyde-klyngen',
      'NCE iKuben',
    ]);
  });

  it('passes the filter to the given rule, and keeps the overview when nothing matches', () => {
    expect(
      buildSlides(clusters, { levels: ['arena'], q: 'ocean' }, byLevelAndName).filter((s) => s.kind === 'cluster'),
    ).toHaveLength(2);
    expect(buildSlides(clusters, { levels: ['gce'], q: '' }, byLevelAndName).map((s) => s.kind)).toEqual([
      'ranking',
      'levels',
      'timeline',
    ]);
  });
});

describe('slide numbers and keys', () => {
  it('clamps a linked slide number into the deck', () => {
    expect(clampSlide(40, 22)).toBe(22);
    expect(clampSlide(0, 22)).toBe(1);
    expect(clampSlide(3, 0)).toBe(1);
  });

  it('finds the slide of a chart, falling back to the first', () => {
    const slides = buildSlides(clusters, { levels: [], q: '' }, byLevelAndName);
    expect(slideNumberForChart(slides, 'timeline')).toBe(3);
    expect(slideNumberForChart(slides, 'cluster-nce-media')).toBe(5);
    expect(slideNumberForChart(slides, 'no-such-chart')).toBe(1);
  });

  it('gives a view with several charts the slide of its view, by id prefix', () => {
    const slides = buildSlides(clusters, { levels: [], q: '' }, byLevelAndName);
    expect(slideNumberForChart(slides, 'levels-rank')).toBe(2);
    expect(slideNumberForChart(slides, 'timeline-periods')).toBe(3);
    expect(slideNumberForChart(slides, 'ranking')).toBe(1);
  });

  it('maps presenter keys to steps and ignores others', () => {
    expect(['ArrowRight', 'PageDown', ' '].map(stepForKey)).toEqual(['next', 'next', 'next']);
    expect(['ArrowLeft', 'PageUp'].map(stepForKey)).toEqual(['previous', 'previous']);
    expect(stepForKey('Home')).toBe('first');
    expect(stepForKey('End')).toBe('last');
    expect(stepForKey('Enter')).toBeNull();
    expect(stepForKey('Escape')).toBeNull();
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
    expect(stepDeck({ slide: 1, revealed: 19 }, 'next', 22, 19)).toEqual({ slide: 2, revealed: 19 });
    expect(stepDeck({ slide: 1, revealed: 3 }, 'previous', 22, 19)).toEqual({ slide: 1, revealed: 2 });
    expect(stepDeck({ slide: 1, revealed: 1 }, 'previous', 22, 19)).toEqual({ slide: 1, revealed: 1 });
  });
  it('steps slides as usual when nothing is being revealed', () => {
    expect(stepDeck({ slide: 2, revealed: null }, 'next', 22, null)).toEqual({ slide: 3, revealed: null });
    expect(stepDeck({ slide: 1, revealed: 4 }, 'last', 22, 19)).toEqual({ slide: 22, revealed: 4 });
  });
});
