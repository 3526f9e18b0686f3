import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../../tests/dataset';
import { intakeSources, levelHolders, namedIntakes } from './level-holders';

const { directory, clusters, programme } = loadBundledDataset();
const evaluated = new Set(clusters.map((c) => c.slug));

describe('levelHolders', () => {
  it('names the three GCE clusters, labelled derived', () => {
    const result = levelHolders(directory, 'gce', evaluated);
    expect(result.kind).toBe('derived');
    expect(result.holders.map((h) => h.slug).sort()).toEqual([
      'gce-blue-maritime-cluster',
      'gce-node',
      'gce-ocean-technology',
    ]);
  });
  it('lists the eleven Arena Pro clusters and marks the evaluated NCE clusters', () => {
    expect(levelHolders(directory, 'arena-pro', evaluated).holders).toHaveLength(11);
    const nce = levelHolders(directory, 'nce', evaluated).holders;
    expect(nce.filter((h) => h.evaluated)).toHaveLength(8);
  });
});

describe('namedIntakes', () => {
  it('gives the four Arena Pro clusters admitted in November 2019 first', () => {
    const [first] = namedIntakes(programme.intakes, 'arena-pro');
    expect(first?.year).toBe(2019);
    expect(first?.clusters.sort()).toEqual([
      'norwegian-smart-care-cluster',
      'norwegian-tunnel-safety-cluster',
      'solenergiklyngen',
      'woodworks',
    ]);
  });
});

describe('intakeSources', () => {
  it('cites a round by its counts’ sources, or by its named clusters’ start when its counts are not published', () => {
    const round = (id: string) => programme.intakes.find((r) => r.id === id);
    const arenaPro2019 = round('2019-arena-pro');
    const gce2015 = round('2015-gce');
    if (!arenaPro2019 || !gce2015) throw new Error('rounds missing from programme.json');
    expect(intakeSources(arenaPro2019, directory)).toEqual(['dagensperspektiv-2019', 'abelia-2019']);
    expect(intakeSources(gce2015, directory)).toEqual(['regj-2015']);
  });
});
