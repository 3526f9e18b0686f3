import { describe, expect, it, vi } from 'vitest';

// Counts the MiniSearch indexes made (the library itself still does the work).
const made = vi.hoisted(() => ({ count: 0 }));
vi.mock('minisearch', async (importOriginal) => {
  const { default: MiniSearch } = await importOriginal<typeof import('minisearch')>();
  class Counted<T> extends MiniSearch<T> {
    constructor(...args: ConstructorParameters<typeof MiniSearch<T>>) {
      super(...args);
      made.count += 1;
    }
  }
  return { default: Counted };
});

const { buildClusterIndex } = await import('./cluster-search');

const clusters = [
  { slug: 'nce-media', name: 'NCE Media', formerNames: [] },
  { slug: 'energy-valley', name: 'Energy Valley', formerNames: ['Energy Valley Norway'] },
];

describe('the cluster index', () => {
  it('is built at the first search with words, not before, and once', () => {
    const index = buildClusterIndex(clusters);
    expect(index.matching('')).toBeNull();
    expect(index.suggest('  ')).toEqual([]);
    expect(made.count).toBe(0);
    expect([...(index.matching('media') ?? [])]).toEqual(['nce-media']);
    expect(index.suggest('energi valey')).toContain('energy-valley');
    expect(made.count).toBe(1);
  });
});
