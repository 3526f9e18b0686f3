import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../../tests/dataset';
import { clustersPerLevel } from './level-counts';

describe('clustersPerLevel (derived from the directory)', () => {
  const counts = Object.fromEntries(clustersPerLevel(loadBundledDataset().directory).map((c) => [c.level, c]));

  it('labels every count as derived', () => {
    expect(Object.values(counts).map((c) => c.kind)).toEqual(['derived', 'derived', 'derived', 'derived']);
  });

  it('counts the clusters that ever held each level: GCE 3, NCE 23, Arena Pro 11, Arena 62', () => {
    expect(counts.gce?.slugs.sort()).toEqual(['gce-blue-maritime-cluster', 'gce-node', 'gce-ocean-technology']);
    // 20 NCE clusters and the three GCE ones that were NCE first; NCE as a brand (2021) is not a level.
    expect(counts.nce?.count).toBe(23);
    expect(counts.nce?.slugs).not.toContain('norwegian-smart-care-cluster');
    expect(counts['arena-pro']?.count).toBe(11);
    // 44 that stayed on Arena (as far as known) and 18 that moved up later.
    expect(counts.arena?.count).toBe(62);
  });
});
