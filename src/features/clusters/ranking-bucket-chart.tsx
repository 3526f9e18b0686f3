import { Bar, BarChart, CartesianGrid, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { RankBucket } from '../../components/charts/bucket-by-rank';
import { ChartFrame } from '../../components/charts/chart-frame';
import { formatPercent } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { bucketChartHeight } from './ranking-bucket-chart-height';
import { clusterMessages } from './cluster-messages';

/**
 * The ranking when there are too many clusters for a bar each: one bar per run of consecutive ranks,
 * as long as the highest published share in it (derived), labelled with how many of the run are
 * published. A run with nothing published has no bar, only the words.
 */
export function RankingBucketChart({
  buckets,
  overall,
  total,
}: {
  buckets: readonly RankBucket[];
  overall: number;
  /** How many clusters the reference line stands for. */
  total: number;
}) {
  const t = useMessages(clusterMessages);
  const lang = useLang();
  const data = buckets.map((b) => ({ ...b, label: t.bucketLabel(b.fromRank, b.toRank), bar: b.max ?? 0 }));
  return (
    <ChartFrame height={bucketChartHeight(data.length)}>
      <BarChart
        data={data}
        layout="vertical"
        margin={{ top: 28, right: 24, bottom: 4, left: 4 }}
        // No tooltip here: Recharts' keyboard layer would be a tab stop that shows nothing (the table has the figures).
        accessibilityLayer={false}
      >
        <CartesianGrid horizontal={false} stroke="var(--chart-grid)" />
        <XAxis
          type="number"
          domain={[0, 100]}
          tickFormatter={(value: number) => formatPercent(value, lang)}
          tick={{ fill: 'var(--chart-text)', fontSize: 12 }}
        />
        <YAxis
          type="category"
          dataKey="label"
          width={120}
          interval={0}
          tick={{ fill: 'var(--chart-text)', fontSize: 12 }}
        />
        <ReferenceLine
          x={overall}
          stroke="var(--chart-reference)"
          strokeWidth={2}
          label={{
            value: t.overallLine(formatPercent(overall, lang), total),
            position: 'top',
            fill: 'var(--chart-text)',
          }}
        />
        <Bar
          dataKey="bar"
          isAnimationActive={false}
          shape={(props: { x: number; y: number; width: number; height: number; index: number }) => {
            const bucket = data[props.index];
            if (!bucket) return <g />;
            const mid = props.y + props.height / 2;
            const text =
              bucket.max === null
                ? t.bucketUnknown(bucket.count)
                : t.bucketKnown(formatPercent(bucket.max, lang), bucket.known, bucket.count);
            return (
              <g className="ranking-bucket">
                {bucket.max === null ? null : (
                  <rect
                    x={props.x}
                    y={props.y}
                    width={Math.max(props.width, 1)}
                    height={props.height}
                    className="ranking-bucket__bar"
                  />
                )}
                <text
                  x={props.x + Math.max(props.width, 0) + 6}
                  y={mid}
                  dominantBaseline="central"
                  fontSize={12}
                  className="ranking-bucket__text"
                >
                  {text}
                </text>
              </g>
            );
          }}
        />
      </BarChart>
    </ChartFrame>
  );
}
