import { useMediaQuery } from '../../lib/use-media-query';
import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { noGridLines, plainAxisTick } from '../../components/charts/axis-tick';
import { ChartFrame } from '../../components/charts/chart-frame';
import { chartMessages } from '../../components/charts/chart-messages';
import { VerticalBarKeys } from '../../components/charts/vertical-bar-keys';
import { useChartTextScale } from '../../components/charts/chart-text-scale';
import { LEVEL_COLOR_VAR } from '../../components/charts/level-colors';
import { formatPercent } from '../../i18n/format';
import { useLevelNames } from '../../domain/use-level-names';
import { useLang, useMessages } from '../../i18n/use-messages';
import { clusterMessages } from './cluster-messages';
import { RankingBarShape } from './ranking-bar-shape';
import { rankingChartHeight, type RankingDatum } from './ranking-series';
import { RankingTick } from './ranking-tick';
import { RankingTooltip } from './ranking-tooltip';

/**
 * Horizontal bars of the share agreeing, per cluster in the article's order. Published shares are
 * solid bars coloured by level with value labels; unpublished ones a dashed line up to the derived
 * bound; the all-cluster share a labelled reference line.
 */
export function RankingChart({
  data,
  overall,
  total,
}: {
  data: readonly RankingDatum[];
  overall: number;
  total: number;
}) {
  const t = useMessages(clusterMessages);
  const c = useMessages(chartMessages);
  const levelName = useLevelNames();
  const lang = useLang();
  const narrow = useMediaQuery('(max-width: 36rem)');
  // On a slide the text is larger and the rows a little closer (ADR 023).
  const textScale = useChartTextScale();
  const labelWidth = (narrow ? 134 : 270) * textScale;
  const band = narrow ? 38 : textScale > 1 ? 30 : 34;
  const rows = [...data];
  return (
    <VerticalBarKeys>
      <ChartFrame height={rankingChartHeight(rows.length, band)}>
        <BarChart
          data={rows}
          layout="vertical"
          margin={{ top: 28, right: 24, bottom: 4, left: 4 }}
          barCategoryGap="22%"
          accessibilityLayer
          title={t.chartTitle}
          aria-label={c.barKeysLabel(t.chartTitle)}
        >
          <CartesianGrid horizontal={false} horizontalCoordinatesGenerator={noGridLines} stroke="var(--chart-grid)" />
          <XAxis
            type="number"
            domain={[0, 100]}
            ticks={narrow ? [0, 50, 100] : [0, 20, 40, 60, 80, 100]}
            // Every given tick is drawn. Without this Recharts measures each label in the DOM to thin
            // them out: a forced layout per label, the largest part of the chart's first render.
            interval={0}
            stroke="var(--chart-grid)"
            tick={plainAxisTick((value) => formatPercent(value, lang), { fontSize: 12 * textScale })}
          />
          <YAxis
            type="category"
            dataKey="slug"
            width={labelWidth}
            interval={0}
            tickLine={false}
            axisLine={false}
            tick={(props: { x: number | string; y: number | string; index: number }) => (
              <RankingTick
                x={Number(props.x)}
                y={Number(props.y)}
                datum={rows[props.index]}
                narrow={narrow}
                levelName={levelName}
                textScale={textScale}
              />
            )}
          />
          <Tooltip
            cursor={{ fill: 'var(--ds-color-neutral-background-tinted)' }}
            content={(props) => (
              <RankingTooltip active={props.active} index={props.activeIndex} rows={rows} total={total} />
            )}
          />
          <ReferenceLine
            x={overall}
            stroke="var(--chart-reference)"
            strokeWidth={2}
            label={{
              value: t.overallLine(formatPercent(overall, lang), total),
              position: 'top',
              fill: 'var(--chart-text)',
              fontSize: 13 * textScale,
              fontWeight: 600,
            }}
          />
          <Bar
            dataKey="value"
            isAnimationActive={false}
            shape={(props: { x: number; y: number; width: number; height: number; index: number }) => (
              <RankingBarShape {...props} datum={rows[props.index]} narrow={narrow} textScale={textScale} />
            )}
            fill={LEVEL_COLOR_VAR.nce}
          />
        </BarChart>
      </ChartFrame>
    </VerticalBarKeys>
  );
}
