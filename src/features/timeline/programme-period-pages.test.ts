import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../../tests/dataset';
import { levelOrder } from '../../domain/levels';
import { programmePeriodPages, ROWS_PER_SLIDE } from './programme-period-pages';
import { toProgrammePeriods } from './programme-periods';

const dataset = loadBundledDataset();
const domain = { start: 2000, end: 2026 };
const order = levelOrder(dataset.levels);

describe('programmePeriodPages', () => {
  it('puts one level on a slide and continues a long level on near-equal slides of at most ROWS_PER_SLIDE rows', () => {
    const periods = toProgrammePeriods(dataset.directory, new Set(), [], domain);
    const pages = programmePeriodPages(periods, order);
    expect(pages.every((p) => p.rows.length > 0 && p.rows.length <= ROWS_PER_SLIDE)).toBe(true);
    expect(pages.every((p) => p.rows.every((r) => r.level === p.level))).toBe(true);
    expect(pages.flatMap((p) => p.rows)).toHaveLength(periods.length);
    const arena = pages.filter((p) => p.level === 'arena');
    const arenaRows = periods.filter((p) => p.level === 'arena').length;
    expect(arena).toHaveLength(Math.ceil(arenaRows / ROWS_PER_SLIDE));
    expect(arena.map((p) => `${p.part}/${p.parts}`)).toEqual(arena.map((_, i) => `${i + 1}/${arena.length}`));
    expect(
      Math.max(...arena.map((p) => p.rows.length)) - Math.min(...arena.map((p) => p.rows.length)),
    ).toBeLessThanOrEqual(1);
  });

  it('keeps one empty page when the filter leaves no rows', () => {
    expect(programmePeriodPages([], order)).toEqual([{ level: null, part: 1, parts: 1, rows: [] }]);
  });

  it('follows the level filter: GCE alone is one slide of three', () => {
    const gce = toProgrammePeriods(dataset.directory, new Set(), ['gce'], domain);
    expect(programmePeriodPages(gce, order).map((p) => [p.level, p.rows.length])).toEqual([['gce', 3]]);
  });
});
