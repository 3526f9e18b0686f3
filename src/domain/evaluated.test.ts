import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../tests/dataset';
import { evaluatedClusters, evaluatedCount, exitPeriodText } from './evaluated';

describe('the evaluated clusters', () => {
  it('are the article’s list, counted from the data', () => {
    const dataset = loadBundledDataset();
    expect(evaluatedClusters(dataset)).toHaveLength(19);
    expect(evaluatedCount(dataset)).toBe(19);
    expect(evaluatedCount({ clusters: dataset.clusters.slice(0, 3) })).toBe(3);
  });
});

describe('exitPeriodText', () => {
  it('gives the exit years from evaluation.json', () => {
    const dataset = loadBundledDataset();
    expect(exitPeriodText(dataset)).toBe('2020–2023');
    const oneYear = { ...dataset.evaluation, exitPeriod: { ...dataset.evaluation.exitPeriod, from: 2021, to: 2021 } };
    expect(exitPeriodText({ evaluation: oneYear })).toBe('2021');
  });
});
