import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../scripts/bench/synthetic-data.mjs';
import { readRawDataFiles } from '../../tests/dataset';
import { parseDataset } from './validate';

describe('the bench synthetic dataset', () => {
  it('validates, with the real 19 first and synthetic clusters up to the size asked for', () => {
    const synthetic = syntheticDataset(join(process.cwd(), 'public', 'data'), 60);
    const dataset = parseDataset({ ...readRawDataFiles(), ...synthetic });
    expect(dataset.clusters).toHaveLength(60);
    expect(dataset.clusters[0]?.slug).toBe('nce-norway-health-tech');
    expect(dataset.clusters[59]?.name).toBe('Syntetisk klynge 00060');
    expect(dataset.directory.length).toBeGreaterThan(60);
  });
});
