/// <reference types="node" />
import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../../tests/dataset';
import { timelineFigures, timelineFiguresOf } from './timeline-figures';

const dataset = loadBundledDataset();

describe('timelineFiguresOf', () => {
  it('gives the figures of the data and the filter, made once for both of the view’s boundaries', () => {
    const nce = timelineFiguresOf(dataset, ['nce']);
    expect(nce).toEqual(timelineFigures(dataset, ['nce']));
    expect(timelineFiguresOf(dataset, ['nce'])).toBe(nce);
    // Another filter, or other data, has figures of its own.
    const all = timelineFiguresOf(dataset, []);
    expect(all).not.toBe(nce);
    expect(all.periods).toHaveLength(19);
    expect(nce.periods).toHaveLength(8);
    expect(timelineFiguresOf(loadBundledDataset(), ['nce'])).not.toBe(nce);
  });
});
