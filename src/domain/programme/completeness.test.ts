import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../../tests/dataset';
import { directoryCompleteness } from './completeness';

describe('directoryCompleteness', () => {
  it('counts the sourced clusters (derived) against the sourced total of about 100', () => {
    const { directory, programme } = loadBundledDataset();
    const result = directoryCompleteness(directory, programme.figures);
    expect(result.withSource).toEqual({ kind: 'derived', count: 78 });
    expect(result.total?.values.map((v) => [v.value, v.qualifier, v.source])).toEqual([
      [100, 'about', 'menon-2024'],
      [100, 'about', 'shifter-2024'],
    ]);
  });

  it('gives no total rather than a made-up one when no source gives it', () => {
    const { directory } = loadBundledDataset();
    expect(directoryCompleteness(directory, []).total).toBeNull();
  });
});
