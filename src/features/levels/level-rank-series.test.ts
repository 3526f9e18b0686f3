import { describe, expect, it } from 'vitest';
import { rankTicks, toRankSeries } from './level-rank-series';
import type { LevelSummary } from './level-stats';

const summary = (level: LevelSummary['level'], ranks: number[], medianRank: number | null): LevelSummary => ({
  level,
  clusters: ranks.map((rank) => ({ slug: `c${rank}`, name: `C${rank}`, level, rank, share: null, shareSource: 's' })),
  medianRank,
  publishedShares: [],
  unpublishedCount: ranks.length,
  maxBound: null,
});

describe('toRankSeries', () => {
  const series = toRankSeries(
    [summary('nce', [1, 4], 2.5), summary('gce', [], null), summary('arena', [2, 3, 5], 3)],
    5,
  );

  it('gives each level a row in the given order and each cluster a dot at its place', () => {
    expect(series.rows).toEqual(['nce', 'gce', 'arena']);
    expect(series.dots.map((d) => [d.slug, d.x, d.y])).toEqual([
      ['c1', 1, 0],
      ['c4', 4, 0],
      ['c2', 2, 2],
      ['c3', 3, 2],
      ['c5', 5, 2],
    ]);
  });

  it('marks the median of levels with clusters, and says "none" in the middle of an empty row', () => {
    expect(series.medians.map((m) => [m.level, m.x, m.y])).toEqual([
      ['nce', 2.5, 0],
      ['arena', 3, 2],
    ]);
    expect(series.empty).toEqual([{ kind: 'empty', x: 3, y: 1, level: 'gce' }]);
    expect(series.domain).toEqual([0.5, 5.5]);
  });
});

describe('rankTicks', () => {
  it('ticks the first and last place and every fifth', () => {
    expect(rankTicks(19)).toEqual([1, 5, 10, 15, 19]);
    expect(rankTicks(20)).toEqual([1, 5, 10, 15, 20]);
    expect(rankTicks(3)).toEqual([1, 3]);
    expect(rankTicks(1)).toEqual([1]);
  });
});
