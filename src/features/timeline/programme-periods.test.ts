import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../../tests/dataset';
import { programmeSegments, toProgrammePeriods } from './programme-periods';

const { directory, clusters } = loadBundledDataset();
const evaluated = new Set(clusters.map((c) => c.slug));
const domain = { start: 2000, end: 2026 };

describe('toProgrammePeriods', () => {
  it('gives every sourced cluster’s periods, far more than the 19, grouped by level', () => {
    const rows = toProgrammePeriods(directory, evaluated, [], domain);
    expect(rows.length).toBeGreaterThan(80);
    const levels = rows.map((r) => r.level);
    expect(levels.indexOf('nce')).toBeGreaterThan(levels.lastIndexOf('arena'));
    expect(rows.filter((r) => r.evaluated).length).toBeGreaterThanOrEqual(19);
  });
  it('narrows to the selected level: the three GCE clusters', () => {
    expect(
      toProgrammePeriods(directory, evaluated, ['gce'], domain)
        .map((r) => r.name)
        .sort(),
    ).toEqual(['GCE Blue Maritime Cluster', 'GCE NODE', 'GCE Ocean Technology']);
  });
});

describe('programmeSegments', () => {
  it('draws an unknown end as an uncertain stretch to the end of the axis, never as a date', () => {
    const result = programmeSegments(
      {
        status: 'known',
        values: [
          {
            confidence: 'S',
            date: { raw: '2014', year: 2014, month: null, day: null, precision: 'year' },
            latest: null,
            source: 'x',
          },
        ],
      },
      { status: 'unknown', reason: 'not-found' },
      domain,
    );
    expect(result.segments.map((s) => s.kind)).toEqual(['entry-range', 'exit-range']);
    expect(result.span).toEqual({ start: 2014, end: 2026 });
  });
  it('draws nothing when neither end is known', () => {
    const unknown = { status: 'unknown', reason: 'not-found' } as const;
    expect(programmeSegments(unknown, unknown, domain)).toEqual({ segments: [], span: null });
  });
});
