import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from './filter-state';
import { historyModeFor } from './history-mode';

describe('historyModeFor', () => {
  it('replaces while only the search text changes', () => {
    expect(historyModeFor(DEFAULT_FILTERS, { ...DEFAULT_FILTERS, q: 'n' })).toBe('replace');
  });
  it('pushes for a level, sort, language or slide change', () => {
    expect(historyModeFor(DEFAULT_FILTERS, { ...DEFAULT_FILTERS, levels: ['nce'] })).toBe('push');
    expect(historyModeFor(DEFAULT_FILTERS, { ...DEFAULT_FILTERS, sort: 'name' })).toBe('push');
    expect(historyModeFor(DEFAULT_FILTERS, { ...DEFAULT_FILTERS, lang: 'en' })).toBe('push');
    expect(historyModeFor(DEFAULT_FILTERS, { ...DEFAULT_FILTERS, present: true, slide: 2 })).toBe('push');
    expect(historyModeFor(DEFAULT_FILTERS, { ...DEFAULT_FILTERS, q: 'x', levels: ['gce'] })).toBe('push');
  });
});
