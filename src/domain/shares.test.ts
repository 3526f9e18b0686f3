import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../tests/dataset';
import type { Cluster } from '../data/schema/clusters';
import { byRank, publishedShare, publishedShares, shareUpperBound, shareUpperBounds } from './shares';

const dataset = loadBundledDataset();
const unpublished: Cluster['share'] = { status: 'unknown', reason: 'not-published', source: 'shifter-2024' };

describe('publishedShare and publishedShares', () => {
  it('gives a published value and null (never 0) for an unpublished one', () => {
    expect(dataset.clusters.map(publishedShare).slice(0, 5)).toEqual([68, 59, 54, 45, null]);
    expect(publishedShares(dataset.clusters)).toEqual([68, 59, 54, 45]);
  });
});

describe('shareUpperBound (derived)', () => {
  it('is the nearest published share above, and null for a published share or at the top', () => {
    expect(shareUpperBound(dataset.clusters, 'arena-oslo')).toBe(45);
    expect(shareUpperBound(dataset.clusters, 'nce-norway-health-tech')).toBeNull();
    expect(shareUpperBound(dataset.clusters, 'nope')).toBeNull();
  });

  it('derives the bound from the data, not a constant', () => {
    const clusters = dataset.clusters.map((c, i) => (i === 3 ? { ...c, share: unpublished } : c));
    const bounds = shareUpperBounds(clusters);
    expect(bounds.get(clusters[3]?.slug ?? '')).toBe(54);
    expect(bounds.get(clusters[10]?.slug ?? '')).toBe(54);
    expect(bounds.get(clusters[0]?.slug ?? '')).toBeNull();
  });

  it('follows the ranks, whatever order the clusters come in', () => {
    const reversed = [...dataset.clusters].reverse();
    expect(shareUpperBound(reversed, 'arena-oslo')).toBe(45);
    expect(byRank(reversed)[0]?.rank).toBe(1);
  });

  it('is null when no share above is published', () => {
    const none = dataset.clusters.map((c) => ({ ...c, share: unpublished }));
    expect([...shareUpperBounds(none).values()].every((b) => b === null)).toBe(true);
  });
});
