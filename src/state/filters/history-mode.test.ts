import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from './filter-state';
import { historyModeFor } from './history-mode';

describe('historyModeFor', () => {
  it('replaces while only the search text changes', () => {
    expect(historyModeFor(DEFAULT_FILTERS, { ...DEFAULT_FILTERS, q: 'n' })).toBe('replace');
  });
  it('pushes when a presentation starts, and replaces while it moves between slides and reveal steps', () => {
    const presenting = { ...DEFAULT_FILTERS, present: true };
    expect(historyModeFor(DEFAULT_FILTERS, presenting)).toBe('push');
    expect(historyModeFor(presenting, { ...presenting, slide: 2 })).toBe('replace');
    expect(historyModeFor({ ...presenting, slide: 2 }, { ...presenting, slide: 2, step: 3 })).toBe('replace');
    expect(historyModeFor({ ...presenting, slide: 5 }, DEFAULT_FILTERS)).toBe('push');
    expect(historyModeFor(presenting, { ...presenting, lang: 'en' })).toBe('push');
  });

  it('pushes for a level, sort, language or slide change', () => {
    expect(historyModeFor(DEFAULT_FILTERS, { ...DEFAULT_FILTERS, levels: ['nce'] })).toBe('push');
    expect(historyModeFor(DEFAULT_FILTERS, { ...DEFAULT_FILTERS, sort: 'name' })).toBe('push');
    expect(historyModeFor(DEFAULT_FILTERS, { ...DEFAULT_FILTERS, lang: 'en' })).toBe('push');
    expect(historyModeFor(DEFAULT_FILTERS, { ...DEFAULT_FILTERS, present: true, slide: 2 })).toBe('push');
    expect(historyModeFor(DEFAULT_FILTERS, { ...DEFAULT_FILTERS, q: 'x', levels: ['gce'] })).toBe('push');
  });
});
