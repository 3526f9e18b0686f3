import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../../tests/dataset';
import { renderWithProviders } from '../../../tests/render';
import { RankingChart } from './ranking-chart';
import { clusterIndexOf } from '../../domain/search/cluster-search';
import { filterRows } from './ranking-filters';
import { toRankingRows } from './ranking-rows';
import { toRankingSeries } from './ranking-series';
import { fixChartSize } from '../../../tests/chart-size';

const dataset = loadBundledDataset();
const rows = toRankingRows(dataset.clusters);

fixChartSize();

describe('RankingChart (fixed size)', () => {
  it('draws 4 published bars with value labels and 15 unknown markers with the derived bound, never a bar', () => {
    const { container } = renderWithProviders(<RankingChart data={toRankingSeries(rows)} overall={37} total={19} />);
    const bars = container.querySelectorAll('.ranking-bar');
    const unknowns = container.querySelectorAll('.ranking-unknown');
    expect(bars).toHaveLength(4);
    expect(unknowns).toHaveLength(15);
    expect([...bars].map((b) => b.textContent)).toEqual(['68\u00a0%', '59\u00a0%', '54\u00a0%', '45\u00a0%']);
    expect([...unknowns].every((u) => u.querySelector('rect') === null)).toBe(true);
    expect(unknowns[0]?.textContent).toBe('ikke publisert · ≤ 45\u00a0% (avledet)');
    expect(container.textContent).toContain('Alle 19 samlet: 37\u00a0%');
  });

  it('draws only the filtered clusters, in English when asked', () => {
    const { container } = renderWithProviders(
      <RankingChart
        data={toRankingSeries(filterRows(rows, { levels: ['arena'], q: '' }, clusterIndexOf(dataset.clusters)))}
        overall={37}
        total={19}
      />,
      { filters: { lang: 'en' } },
    );
    expect(container.querySelectorAll('.ranking-bar')).toHaveLength(0);
    expect(container.querySelectorAll('.ranking-unknown')).toHaveLength(11);
    expect(container.textContent).toContain('All 19 together: 37%');
    expect(container.textContent).toContain('not published · ≤ 45% (derived)');
  });
});
