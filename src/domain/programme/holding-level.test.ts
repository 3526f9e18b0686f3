import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../../tests/dataset';
import { firstDayOf } from '../../data/date-bounds';
import { partialDate } from '../../data/schema/common';
import { levelPeriodSchema } from '../../data/schema/directory';
import { clustersHoldingLevel, periodHolds } from './holding-level';

const day = (raw: string) => firstDayOf(partialDate.parse(raw));
const known = (date: string, latest: string | null = null) => ({
  status: 'known',
  values: [{ confidence: 'S', date, latest, source: 'nic' }],
});
const period = (start: unknown, end: unknown) => levelPeriodSchema.parse({ level: 'arena', start, end });

describe('periodHolds', () => {
  const arena2010to2014 = period(known('2010'), known('2014'));
  it('says yes inside the period, no outside it', () => {
    expect(periodHolds(arena2010to2014, day('2012-06-01'))).toBe('yes');
    expect(periodHolds(arena2010to2014, day('2009-12-31'))).toBe('no');
    expect(periodHolds(arena2010to2014, day('2016'))).toBe('no');
  });
  it('says maybe within an end given only as a year', () => {
    expect(periodHolds(arena2010to2014, day('2014-06-01'))).toBe('maybe');
  });
  it('keeps an unknown end open instead of guessing', () => {
    const open = period(known('2018-11-08'), { status: 'unknown', reason: 'not-found' });
    expect(periodHolds(open, day('2030'))).toBe('open-end');
    expect(periodHolds(open, day('2018-11-07'))).toBe('no');
  });
  it('says maybe inside an uncertain start range', () => {
    const range = period(known('2018', '2019'), known('2020', '2023'));
    expect(periodHolds(range, day('2019-01-01'))).toBe('maybe');
    expect(periodHolds(range, day('2019-12-31'))).toBe('yes');
  });
});

describe('clustersHoldingLevel (bundled directory)', () => {
  const { directory } = loadBundledDataset();
  const slugs = (list: readonly { slug: string }[]) => list.map((c) => c.slug).sort();

  it('names the three GCE clusters on 28 March 2019, none of them as certain beyond what the sources give', () => {
    const gce = clustersHoldingLevel(directory, 'gce', day('2019-03-28'));
    expect(slugs([...gce.certain, ...gce.openEnded, ...gce.uncertain])).toEqual([
      'gce-blue-maritime-cluster',
      'gce-node',
      'gce-ocean-technology',
    ]);
    expect(slugs(gce.certain)).toEqual(['gce-blue-maritime-cluster']);
    expect(slugs(gce.openEnded)).toEqual(['gce-node', 'gce-ocean-technology']);
  });

  it('has no Arena Pro cluster before the level existed, and the first four after 8 November 2019', () => {
    expect(clustersHoldingLevel(directory, 'arena-pro', day('2019-06')).openEnded).toEqual([]);
    expect(slugs(clustersHoldingLevel(directory, 'arena-pro', day('2019-12')).openEnded)).toEqual([
      'norwegian-smart-care-cluster',
      'norwegian-tunnel-safety-cluster',
      'solenergiklyngen',
      'woodworks',
    ]);
  });

  it('counts NCE as a brand only when asked', () => {
    const at = day('2022');
    const brand = (c: { slug: string }) => c.slug === 'norwegian-smart-care-cluster';
    const withoutBrand = clustersHoldingLevel(directory, 'nce', at);
    const withBrand = clustersHoldingLevel(directory, 'nce', at, { includeBrand: true });
    expect([...withoutBrand.certain, ...withoutBrand.openEnded].some(brand)).toBe(false);
    expect(withBrand.openEnded.some(brand)).toBe(true);
  });
});
