import { describe, expect, it } from 'vitest';
import { exportFileName } from './file-name';

describe('exportFileName', () => {
  it('names the view, the filter and the data year in the interface language', () => {
    const base = { chartId: 'ranking', levels: ['nce'] as const, q: '', dataYear: 2024, extension: 'csv' };
    expect(exportFileName({ ...base, lang: 'nb' })).toBe('klyngeinnsikt-rangering-nce-2024.csv');
    expect(exportFileName({ ...base, lang: 'en' })).toBe('klyngeinnsikt-ranking-nce-2024.csv');
  });

  it('adds the search as ASCII words, and every level chosen', () => {
    expect(
      exportFileName({
        chartId: 'timeline-periods',
        lang: 'nb',
        levels: ['arena', 'arena-pro'],
        q: '  Tromsø Ærlig / "x" ',
        dataYear: 2024,
        extension: 'png',
      }),
    ).toBe('klyngeinnsikt-perioder-arena-arena-pro-sok-tromso-aerlig-x-2024.png');
  });

  it('leaves out what is not filtered or not known, and names an unknown chart by its id', () => {
    expect(
      exportFileName({ chartId: 'Cluster X', lang: 'en', levels: [], q: '', dataYear: null, extension: 'svg' }),
    ).toBe('klyngeinnsikt-cluster-x.svg');
  });
});
