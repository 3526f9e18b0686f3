import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../../tests/dataset';
import { buildClusterIndex, foldForSearch, searchSuggestions, stemQueryTerm } from './cluster-search';

const { clusters } = loadBundledDataset();
const index = buildClusterIndex(clusters);
const found = (q: string) => [...(index.matching(q) ?? [])].sort();

describe('the cluster search index', () => {
  it.each([
    ['medie', ['nce-media']],
    ['Medieklyngen', ['nce-media']],
    ['medieklyngen', ['nce-media']],
    ['helse', ['nce-norway-health-tech']],
    ['bergen', ['nce-media', 'nosca-clean-oceans']],
    ['Media City', ['nce-media']],
    ['media', ['nce-media']],
    ['health', ['nce-norway-health-tech']],
    ['BÆRUM', ['energy-valley']],
    ['barum', ['energy-valley']],
    ['oslo medtech', ['nce-norway-health-tech']],
    ['eyde-klyngen', ['eyde-klyngen']],
    ['reiseliv', ['arena-oslo', 'nce-tourism']],
    ['medier', ['nce-media']],
    ['oceans', ['nosca-clean-oceans', 'ocean-autonomy-cluster']],
  ])('finds what a person means by "%s"', (q, slugs) => {
    expect(found(q)).toEqual(slugs);
  });

  it.each(['zzzz', 'fisk', 'media oslo', 'xyz helse'])('finds nothing for "%s"', (q) => {
    expect(found(q)).toEqual([]);
  });

  it('finds every cluster for an empty search', () => {
    expect(index.matching('')).toBeNull();
    expect(index.matching('   ')).toBeNull();
  });

  it('suggests the nearest names for a search that finds nothing, best first', () => {
    expect(index.suggest('medai')[0]).toBe('nce-media');
    expect(index.suggest('nce medai')[0]).toBe('nce-media');
    expect(index.suggest('energy valey')[0]).toBe('energy-valley');
    expect(index.suggest('zzzzzzzzzzzz')).toEqual([]);
    expect(index.suggest('')).toEqual([]);
  });
});

describe('foldForSearch and stemQueryTerm', () => {
  it('folds case and Norwegian letters', () => {
    expect(foldForSearch('  Ærlig Øyde Å ')).toBe('aerlig oyde a');
  });

  it('cuts inflected endings but keeps a four-letter stem', () => {
    expect(stemQueryTerm('klyngene')).toBe('klyng');
    expect(stemQueryTerm('medier')).toBe('medi');
    expect(stemQueryTerm('media')).toBe('media');
    expect(stemQueryTerm('sams')).toBe('sams');
  });
});

describe('searchSuggestions', () => {
  it('offers what the search finds, or else names that resemble it', () => {
    expect(searchSuggestions(index, 'medai')[0]).toBe('nce-media');
    expect(searchSuggestions(index, 'bergen').sort()).toEqual(['nce-media', 'nosca-clean-oceans']);
    expect(searchSuggestions(index, '')).toEqual([]);
    expect(searchSuggestions(index, 'qqqqqqqq')).toEqual([]);
  });
});
