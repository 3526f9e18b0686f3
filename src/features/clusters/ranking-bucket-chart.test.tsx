import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../tests/render';
import { bucketByRank } from '../../components/charts/bucket-by-rank';
import { RankingBucketChart } from './ranking-bucket-chart';
import { fixChartSize } from '../../../tests/chart-size';

fixChartSize();

describe('RankingBucketChart (fixed size)', () => {
  it('draws at most 60 bars for 10,000 clusters, and runs with nothing published as words, not bars', () => {
    // Synthetic ranking: every 1,000th cluster has a published share; the rest are unknown.
    const items = Array.from({ length: 10_000 }, (_, i) => ({
      rank: i + 1,
      value: i % 1000 === 0 ? 70 - i / 1000 : null,
    }));
    const series = bucketByRank(items, 60);
    expect(series.kind).toBe('buckets');
    if (series.kind !== 'buckets') return;
    const { container } = renderWithProviders(
      <RankingBucketChart buckets={series.buckets} overall={37} total={10_000} />,
    );
    const groups = container.querySelectorAll('.ranking-bucket');
    expect(groups.length).toBe(series.buckets.length);
    expect(groups.length).toBeLessThanOrEqual(60);
    expect(container.querySelectorAll('.ranking-bucket__bar')).toHaveLength(10);
    expect(groups[0]?.textContent).toBe('høyest 70\u00a0% (avledet) · 1 av 167 publisert');
    expect(groups[1]?.textContent).toBe('167 ikke publisert');
    expect(container.textContent).toContain('Plass 1–167');
  });
});
