import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../../tests/dataset';
import { directoryLevelCounts, filterDirectoryRows, sortDirectoryRows, toDirectoryRows } from './directory-rows';
import { historyText } from './history-text';
import { directoryMessages } from './directory-messages';
import { stripScale } from './strip-scale';
import { levelHistory } from '../../domain/programme/level-history';
import { levelNames } from '../../domain/levels';
import { buildClusterIndex, searchSuggestions } from '../../domain/search/cluster-search';

const dataset = loadBundledDataset();
const rows = toDirectoryRows(dataset.directory, dataset.clusters);
const index = buildClusterIndex(dataset.directory);
const slugs = (list: readonly { slug: string }[]) => list.map((r) => r.slug);
const find = (slug: string) => {
  const found = dataset.directory.find((c) => c.slug === slug);
  if (!found) throw new Error(slug);
  return found;
};

describe('directory rows', () => {
  it('has a row for every cluster of the directory, the evaluated ones with their rank', () => {
    expect(rows).toHaveLength(dataset.directory.length);
    expect(rows.filter((r) => r.rank !== null)).toHaveLength(dataset.clusters.length);
    expect(rows.find((r) => r.slug === 'gce-node')?.rank).toBeNull();
  });

  it('lists exactly the three clusters that ever held GCE for ?level=gce', () => {
    expect(slugs(filterDirectoryRows(rows, { levels: ['gce'], q: '' }, index)).sort()).toEqual([
      'gce-blue-maritime-cluster',
      'gce-node',
      'gce-ocean-technology',
    ]);
  });

  it('counts the clusters that held each level (derived), as the domain does', () => {
    expect(directoryLevelCounts(rows)).toEqual({ arena: 62, 'arena-pro': 11, nce: 23, gce: 3 });
  });

  it('finds a renamed cluster by a former name and by an alias, ignoring case and diacritics', () => {
    expect(slugs(filterDirectoryRows(rows, { levels: [], q: 'nce subsea' }, index))).toContain('gce-ocean-technology');
    expect(slugs(filterDirectoryRows(rows, { levels: [], q: 'arena skognaeringa' }, index))).toEqual(['woodworks']);
    expect(slugs(filterDirectoryRows(rows, { levels: [], q: 'vintertroms' }, index))).toEqual([
      'lonnsomme-vinteropplevelser',
    ]);
  });

  it.each([
    ['medie', ['nce-media', 'next-media']],
    ['Medieklyngen', ['nce-media']],
    ['helse', ['helse-i-valdres', 'nce-norway-health-tech', 'norwegian-smart-care-cluster']],
    [
      'bergen',
      ['gce-ocean-technology', 'nce-finance-innovation', 'nce-media', 'nce-seafood-innovation', 'nosca-clean-oceans'],
    ],
  ])('finds with the ranking\'s index what a person means by "%s"', (q, expected) => {
    expect(slugs(filterDirectoryRows(rows, { levels: [], q }, index)).sort()).toEqual(expected);
  });

  it('offers "did you mean" names from the same index when a search finds nothing', () => {
    expect(slugs(filterDirectoryRows(rows, { levels: [], q: 'medai' }, index))).toEqual([]);
    expect(searchSuggestions(index, 'medai')[0]).toBe('nce-media');
    expect(searchSuggestions(index, 'zzzz')).toEqual([]);
  });

  it('sorts by name, by first year (unknown last) and by latest level', () => {
    const byName = sortDirectoryRows(rows, 'name', 'nb').map((r) => r.name);
    expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b, 'nb-NO', { sensitivity: 'base' })));
    expect(sortDirectoryRows(rows, 'rank', 'nb').map((r) => r.name)).toEqual(byName);
    const byYear = sortDirectoryRows(rows, 'first-year', 'en');
    const days = byYear.map((r) => r.firstDay);
    const known = days.filter((d): d is number => d !== null);
    expect(known).toEqual([...known].sort((a, b) => a - b));
    expect(days.slice(known.length).every((d) => d === null)).toBe(true);
    const byLevel = sortDirectoryRows(rows, 'level', 'en').map((r) => r.latestLevel);
    expect(byLevel[0]).toBe('arena');
    expect(byLevel.at(-1)).toBe('gce');
  });
});

describe('history text', () => {
  const t = directoryMessages.en;
  const names = levelNames(dataset.levels);
  it('writes GCE NODE as three periods with the open GCE end as a bare dash', () => {
    expect(historyText(levelHistory(find('gce-node')), names, t)).toBe('Arena 2006–2009 → NCE 2009–2014 → GCE 2014–');
  });
  it('says an unknown start and end in words, and an inferred level as inferred', () => {
    expect(historyText(levelHistory(find('arena-arctic-winter-adventures')), names, t)).toBe(
      'Arena (start not published, end not published) (inferred)',
    );
  });
});

describe('strip scale', () => {
  it('draws an unknown end as an open run to the axis edge, and year-only ends as uncertain', () => {
    const scale = stripScale(levelHistory(find('gce-node')));
    expect(scale).not.toBeNull();
    expect(scale?.from).toBe(2006);
    expect(scale?.to).toBe(2016);
    const gce = scale?.lanes[2] ?? [];
    expect(gce.map((p) => p.kind)).toEqual(['open']);
    expect(gce.at(-1)?.to).toBe(2017);
    expect(scale?.lanes[1]?.map((p) => p.kind)).toEqual(['held', 'uncertain']);
  });
  it('draws nothing when no date at all is known', () => {
    expect(stripScale(levelHistory(find('arena-arctic-winter-adventures')))).toBeNull();
  });
});
