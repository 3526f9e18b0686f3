import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../../tests/dataset';
import { nearestSlugs } from './cluster-lookup';
import { clusterIndexOf } from '../../domain/search/cluster-search';
import { neighbours } from './cluster-neighbours';
import { filterRows as filterWith, sortRows, summarizeView } from './ranking-filters';
import { toRankingRows } from './ranking-rows';
import { rankingChartHeight, toRankingSeries } from './ranking-series';
import { wrapName } from './ranking-tick';

const dataset = loadBundledDataset();
const rows = toRankingRows(dataset.clusters);
const index = clusterIndexOf(dataset.clusters);
const filterRows = (r: typeof rows, f: Parameters<typeof filterWith>[1]) => filterWith(r, f, index);

describe('toRankingRows', () => {
  it('keeps the article order and the published shares', () => {
    expect(rows.map((r) => r.rank)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
    expect(rows.slice(0, 4).map((r) => [r.name, r.share])).toEqual([
      ['NCE Norway Health Tech', 68],
      ['NCE Media', 59],
      ['Energy Valley', 54],
      ['NCE Tourism', 45],
    ]);
  });

  it('never turns an unpublished share into a number; bounds it by the nearest published share above', () => {
    const unknown = rows.slice(4);
    expect(unknown).toHaveLength(15);
    expect(unknown.every((r) => r.share === null && r.upperBound === 45)).toBe(true);
    expect(rows.slice(0, 4).every((r) => r.upperBound === null)).toBe(true);
  });
});

describe('filterRows', () => {
  it('filters by level (several at once) and keeps all with no level chosen', () => {
    expect(filterRows(rows, { levels: [], q: '' })).toHaveLength(19);
    expect(filterRows(rows, { levels: ['nce'], q: '' })).toHaveLength(8);
    expect(filterRows(rows, { levels: ['arena'], q: '' })).toHaveLength(11);
    expect(filterRows(rows, { levels: ['nce', 'arena'], q: '' })).toHaveLength(19);
    expect(filterRows(rows, { levels: ['gce'], q: '' })).toHaveLength(0);
  });

  it('searches names and former names, ignoring case, spacing and diacritics', () => {
    expect(filterRows(rows, { levels: [], q: '  media ' }).map((r) => r.slug)).toEqual(['nce-media']);
    expect(filterRows(rows, { levels: [], q: 'oslo medtech' }).map((r) => r.slug)).toEqual(['nce-norway-health-tech']);
    expect(filterRows(rows, { levels: ['arena'], q: 'cluster' }).every((r) => r.level === 'arena')).toBe(true);
  });
});

describe('sortRows', () => {
  it('sorts by rank, by name in the language’s order, and by level then rank', () => {
    expect(sortRows(rows, 'rank', 'nb')[0]?.slug).toBe('nce-norway-health-tech');
    expect(sortRows(rows, 'name', 'nb')[0]?.name).toBe('Arena Oslo');
    const byLevel = sortRows(rows, 'level', 'en');
    expect(byLevel.slice(0, 11).every((r) => r.level === 'arena')).toBe(true);
    expect(byLevel[0]?.name).toBe('The Life Science Cluster');
    expect(byLevel[11]?.name).toBe('NCE Norway Health Tech');
  });
});

describe('summarizeView', () => {
  it('summarises a view: shown, published, the highest, and the bound of the rest', () => {
    const arena = summarizeView(filterRows(rows, { levels: ['arena'], q: '' }), 19);
    expect(arena).toMatchObject({ shown: 11, total: 19, published: 0, highest: null, maxBound: 45 });
    const all = summarizeView(rows, 19);
    expect(all.highest?.name).toBe('NCE Norway Health Tech');
    expect(all.published).toBe(4);
  });
});

describe('toRankingSeries', () => {
  it('marks unknowns as unknown, with the bound as their extent, in rank order', () => {
    const series = toRankingSeries(sortRows(rows, 'name', 'nb'));
    expect(series.map((d) => d.rank)).toEqual(rows.map((r) => r.rank));
    expect(series.filter((d) => d.kind === 'published').map((d) => d.value)).toEqual([68, 59, 54, 45]);
    expect(series.filter((d) => d.kind === 'unknown').every((d) => d.share === null && d.value === 45)).toBe(true);
  });

  it('gives the chart room for every row', () => {
    expect(rankingChartHeight(19, 34)).toBe(19 * 34 + 72);
    expect(rankingChartHeight(1)).toBe(160);
  });
});

describe('cluster lookup', () => {
  it('suggests the nearest slug for a typo', () => {
    expect(nearestSlugs('nce-medai', dataset.clusters)[0]?.slug).toBe('nce-media');
    expect(nearestSlugs('energy', dataset.clusters)[0]?.slug).toBe('energy-valley');
    expect(nearestSlugs('zzzzzzzzzzzz', dataset.clusters)).toEqual([]);
  });

  it("suggests a renamed cluster for its former name's slug", () => {
    expect(nearestSlugs('nce-subsea', dataset.directory)[0]?.slug).toBe('gce-ocean-technology');
    expect(nearestSlugs('arena-solklyngen', dataset.directory)[0]?.slug).toBe('solenergiklyngen');
  });

  it('finds the previous and next cluster in ranking order', () => {
    expect(neighbours(dataset.clusters, 'nce-media')).toMatchObject({
      previous: { slug: 'nce-norway-health-tech' },
      next: { slug: 'energy-valley' },
    });
    expect(neighbours(dataset.clusters, 'nce-norway-health-tech').previous).toBeNull();
    expect(neighbours(dataset.clusters, 'arena-oslo').next).toBeNull();
  });

  it('wraps long names onto two lines at spaces', () => {
    expect(wrapName('NCE Media', 14)).toEqual(['NCE Media']);
    expect(wrapName('NCE Smart Energy Markets', 14)).toEqual(['NCE Smart', 'Energy Markets']);
    expect(wrapName('Supercalifragilistic', 14)).toEqual(['Supercalifragilistic']);
  });
});
