import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../tests/dataset';
import { countByLevel, groupByLevel, levelsHeld, rankWithinLevel } from './level-groups';

const { clusters } = loadBundledDataset();

describe('groupByLevel', () => {
  it('puts every item under its level and lists every level, empty where none', () => {
    const groups = groupByLevel([
      { level: 'nce' as const, id: 1 },
      { level: 'arena' as const, id: 2 },
      { level: 'nce' as const, id: 3 },
    ]);
    expect(groups.nce.map((x) => x.id)).toEqual([1, 3]);
    expect(groups.arena.map((x) => x.id)).toEqual([2]);
    expect(groups['arena-pro']).toEqual([]);
    expect(groups.gce).toEqual([]);
  });
});

describe('countByLevel (derived)', () => {
  it('counts the evaluated clusters per level, with 0 for levels none held', () => {
    expect(countByLevel(clusters)).toEqual({ arena: 11, 'arena-pro': 0, nce: 8, gce: 0 });
    expect(countByLevel([])).toEqual({ arena: 0, 'arena-pro': 0, nce: 0, gce: 0 });
  });

  it('lists the levels held, in order', () => {
    expect(levelsHeld(clusters)).toEqual(['arena', 'nce']);
    expect(levelsHeld([])).toEqual([]);
  });
});

describe('rankWithinLevel (derived)', () => {
  it('ranks a cluster among the clusters of its own level', () => {
    expect(rankWithinLevel(clusters, 'nce-media')).toEqual({ rank: 2, of: 8, level: 'nce' });
    expect(rankWithinLevel(clusters, 'the-life-science-cluster')).toEqual({ rank: 1, of: 11, level: 'arena' });
    expect(rankWithinLevel(clusters, 'nce-ikuben')).toEqual({ rank: 8, of: 8, level: 'nce' });
    expect(rankWithinLevel(clusters, 'nope')).toBeNull();
  });
});
