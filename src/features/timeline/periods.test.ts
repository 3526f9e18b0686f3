import { describe, expect, it } from 'vitest';
import { clusterSchema, type Cluster } from '../../data/schema/clusters';
import { periodSegments, toClusterPeriod, toClusterPeriods } from './periods';

function cluster(overrides: {
  slug: string;
  level?: 'arena' | 'nce';
  rank?: number;
  entry: [string, string | null, ('S' | 'I')?];
  exit?: [string, string | null];
}): Cluster {
  const [entryDate, entryLatest, confidence = 'S'] = overrides.entry;
  const [exitDate, exitLatest] = overrides.exit ?? ['2020', '2023'];
  return clusterSchema.parse({
    rank: overrides.rank ?? 1,
    slug: overrides.slug,
    name: overrides.slug.toUpperCase(),
    level: overrides.level ?? 'arena',
    share: { status: 'unknown', reason: 'not-published', source: 's' },
    levelEntry: { date: entryDate, latest: entryLatest, confidence, source: 's' },
    exit: { date: exitDate, latest: exitLatest, confidence: 'S', source: 'm' },
    formerNames: [],
    aliases: [],
    home: { nb: 'Oslo', en: 'Oslo' },
    sector: { nb: 'x', en: 'x' },
    members: { status: 'unknown', reason: 'not-found' },
    website: null,
    sources: ['s'],
  });
}

describe('toClusterPeriod', () => {
  it('starts a month-precise entry firmly and ends in the unpublished exit range 2020–2023', () => {
    const period = toClusterPeriod(cluster({ slug: 'media', entry: ['2014-06', null] }));
    expect(period.segments).toEqual([
      { kind: 'held', span: { start: 2014 + 5 / 12, end: 2020 } },
      { kind: 'exit-range', span: { start: 2020, end: 2024 } },
    ]);
    expect(period.exit.uncertain).toBe(true);
    expect(period.span).toEqual({ start: 2014 + 5 / 12, end: 2024 });
  });

  it('draws an inferred entry range (2018–2019) as an uncertain stretch before the held part', () => {
    const period = toClusterPeriod(cluster({ slug: 'tlsc', entry: ['2018', '2019', 'I'] }));
    expect(period.entry.confidence).toBe('I');
    expect(period.segments.map((s) => [s.kind, s.span.start, s.span.end])).toEqual([
      ['entry-range', 2018, 2020],
      ['exit-range', 2020, 2024],
    ]);
  });

  it('ends within the year when the exit is known only to the year (NCE Tourism, 2019)', () => {
    const period = toClusterPeriod(cluster({ slug: 'tourism', entry: ['2009-06-11', null], exit: ['2019', null] }));
    expect(period.segments.map((s) => s.kind)).toEqual(['held', 'exit-range']);
    expect(period.segments[1]?.span).toEqual({ start: 2019, end: 2020 });
    expect(period.span.end).toBe(2020);
  });

  it('ends a bar firmly at a day-precise exit', () => {
    const period = toClusterPeriod(cluster({ slug: 'x', entry: ['2010-01', null], exit: ['2015-03-01', null] }));
    expect(period.segments).toHaveLength(1);
    expect(period.segments[0]?.kind).toBe('held');
    expect(period.segments[0]?.span.end).toBeCloseTo(2015 + 60 / 365, 10);
  });
});

describe('periodSegments', () => {
  it('leaves out a held part of no length (an entry range running into the exit range)', () => {
    const a = toClusterPeriod(cluster({ slug: 'a', entry: ['2019', '2020'] }));
    expect(periodSegments(a.entry, a.exit).map((s) => s.kind)).toEqual(['entry-range', 'exit-range']);
  });
});

describe('toClusterPeriods', () => {
  const clusters = [
    cluster({ slug: 'late-arena', level: 'arena', rank: 3, entry: ['2019-11-08', null] }),
    cluster({ slug: 'early-nce', level: 'nce', rank: 2, entry: ['2009-06-11', null] }),
    cluster({ slug: 'same-day-arena', level: 'arena', rank: 1, entry: ['2019-11-08', null] }),
  ];

  it('orders by earliest entry, then by rank', () => {
    expect(toClusterPeriods(clusters, []).map((p) => p.slug)).toEqual(['early-nce', 'same-day-arena', 'late-arena']);
  });

  it('keeps only the selected levels', () => {
    expect(toClusterPeriods(clusters, ['arena']).map((p) => p.slug)).toEqual(['same-day-arena', 'late-arena']);
    expect(toClusterPeriods(clusters, ['nce', 'arena'])).toHaveLength(3);
    expect(toClusterPeriods(clusters, ['gce'])).toEqual([]);
  });
});
