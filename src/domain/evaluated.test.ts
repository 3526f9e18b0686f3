import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../tests/dataset';
import { evaluatedClusters, evaluatedCount } from './evaluated';

describe('the evaluated clusters', () => {
  it('are the article’s list, counted from the data', () => {
    const dataset = loadBundledDataset();
    expect(evaluatedClusters(dataset)).toHaveLength(19);
    expect(evaluatedCount(dataset)).toBe(19);
    expect(evaluatedCount({ clusters: dataset.clusters.slice(0, 3) })).toBe(3);
  });
});
