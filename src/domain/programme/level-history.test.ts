import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../../tests/dataset';
import { firstDayOf } from '../../data/date-bounds';
import { partialDate } from '../../data/schema/common';
import { levelHistory } from './level-history';

const { directory } = loadBundledDataset();
const cluster = (slug: string) => {
  const found = directory.find((c) => c.slug === slug);
  if (!found) throw new Error(slug);
  return found;
};
const day = (raw: string) => firstDayOf(partialDate.parse(raw));

describe('levelHistory', () => {
  it("gives GCE NODE's three levels in order, with the GCE end unknown", () => {
    const history = levelHistory(cluster('gce-node'));
    expect(history.map((s) => s.level)).toEqual(['arena', 'nce', 'gce']);
    expect(history[2]?.start).toMatchObject({ known: true, earliest: day('2014-06-18') });
    expect(history[2]?.end).toEqual({ known: false });
  });

  it("keeps Arena Eyde's two disputed start dates as a conflicting range", () => {
    const [arena] = levelHistory(cluster('eyde-klyngen'));
    expect(arena?.start).toMatchObject({
      known: true,
      earliest: day('2009-10-16'),
      latest: 20101231,
      conflicting: true,
    });
  });

  it('marks an inferred level and an unknown start and end', () => {
    const [only] = levelHistory(cluster('arena-arctic-winter-adventures'));
    expect(only).toMatchObject({ level: 'arena', levelInferred: true, start: { known: false }, end: { known: false } });
  });

  it('marks inferred dates', () => {
    const [arena] = levelHistory(cluster('the-life-science-cluster'));
    expect(arena?.start).toMatchObject({ known: true, inferred: true });
  });
});
