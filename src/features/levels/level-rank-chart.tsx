import { AXIS_HEIGHT, ROW_HEIGHT } from './level-rank-size';
import { CartesianGrid, Scatter, ScatterChart, XAxis, YAxis, type ScatterShapeProps } from 'recharts';
import { noGridLines, plainAxisTick } from '../../components/charts/axis-tick';
import { ChartFrame } from '../../components/charts/chart-frame';
import { useChartTextScale } from '../../components/charts/chart-text-scale';
import { LevelMarker } from '../../components/charts/level-marker';
import { ViewLink } from '../../components/ui/app-link';
import type { LevelId } from '../../data/schema/common';
import { formatNumber } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { paths } from '../../lib/paths';
import { levelMessages } from './level-messages';
import { useMediaQuery } from '../../lib/use-media-query';
import {
  rankTicks,
  type EmptyRowDatum,
  type MedianDatum,
  type RankDotDatum,
  type RankSeries,
} from './level-rank-series';

function isDot(payload: unknown): payload is RankDotDatum {
  return typeof payload === 'object' && payload !== null && (payload as { kind?: unknown }).kind === 'dot';
}
function isMedian(payload: unknown): payload is MedianDatum {
  return typeof payload === 'object' && payload !== null && (payload as { kind?: unknown }).kind === 'median';
}
function isEmpty(payload: unknown): payload is EmptyRowDatum {
  return typeof payload === 'object' && payload !== null && (payload as { kind?: unknown }).kind === 'empty';
}

/**
 * Every evaluated cluster's place in the list, one row per level (a strip plot), with each level's
 * median place marked. Each dot is a link to the cluster's page, reachable with Tab.
 */
export function LevelRankChart({
  series,
  levelNames,
  listLength,
}: {
  series: RankSeries;
  levelNames: Readonly<Record<LevelId, string>>;
  listLength: number;
}) {
  const t = useMessages(levelMessages);
  const lang = useLang();
  const rows = series.rows.length;
  // Larger on a slide (ADR 023).
  const textScale = useChartTextScale();
  // On narrow screens the 19 places are ~11 px apart: smaller dots keep them apart.
  const narrow = useMediaQuery('(max-width: 40rem)');
  const dotSize = (narrow ? 9 : 13) * textScale;

  const renderDot = (props: ScatterShapeProps) => {
    const { cx, cy, payload } = props as { cx?: number; cy?: number; payload?: unknown };
    if (cx === undefined || cy === undefined || !isDot(payload)) return <g />;
    const label = t.chartDotLabel(payload.name, payload.x, levelNames[payload.level]);
    // On narrow screens the dots are closer than a 24 px target allows (WCAG 2.5.8), so they are
    // marks only; the table below the chart links every cluster (the criterion's "equivalent" case).
    if (narrow) {
      return (
        <g className="rank-dot" aria-hidden="true">
          <LevelMarker level={payload.level} cx={cx} cy={cy} size={dotSize} />
        </g>
      );
    }
    return (
      <ViewLink to={paths.cluster(payload.slug)} aria-label={label} className="rank-dot">
        <title>{label}</title>
        <circle cx={cx} cy={cy} r={13 * textScale} className="rank-dot__focus" />
        <LevelMarker level={payload.level} cx={cx} cy={cy} size={dotSize} />
      </ViewLink>
    );
  };

  const renderMedian = (props: ScatterShapeProps) => {
    const { cx, cy, payload } = props as { cx?: number; cy?: number; payload?: unknown };
    if (cx === undefined || cy === undefined || !isMedian(payload)) return <g />;
    return (
      <g className="median-mark">
        <line x1={cx} x2={cx} y1={cy - 20} y2={cy + 20} strokeDasharray="3 2" />
        <text x={cx} y={cy - 26} textAnchor="middle" className="chart-note">
          {t.chartMedianLabel(formatNumber(payload.x, lang))}
        </text>
      </g>
    );
  };

  const renderEmpty = (props: ScatterShapeProps) => {
    const { cx, cy, payload } = props as { cx?: number; cy?: number; payload?: unknown };
    if (cx === undefined || cy === undefined || !isEmpty(payload)) return <g />;
    return (
      <text x={cx} y={cy + 4} textAnchor="middle" className="chart-note">
        {t.chartEmptyRow}
      </text>
    );
  };

  return (
    <ChartFrame height={rows * ROW_HEIGHT + AXIS_HEIGHT}>
      <ScatterChart
        className="level-rank-chart"
        margin={{ top: 16, right: 16, bottom: 8, left: 0 }}
        accessibilityLayer={false}
      >
        <CartesianGrid horizontal={false} horizontalCoordinatesGenerator={noGridLines} stroke="var(--chart-grid)" />
        <XAxis
          type="number"
          dataKey="x"
          domain={series.domain}
          ticks={rankTicks(listLength)}
          // Every given tick is drawn, without measuring each label in the DOM first (a forced layout each).
          interval={0}
          allowDecimals={false}
          tick={plainAxisTick((rank) => String(rank), { fontSize: 13 * textScale })}
          stroke="var(--chart-grid)"
          label={{
            value: t.chartAxisRank,
            position: 'insideBottom',
            offset: -2,
            fill: 'var(--chart-text)',
            fontSize: 13 * textScale,
          }}
          height={AXIS_HEIGHT}
        />
        <YAxis
          type="number"
          dataKey="y"
          domain={[-0.5, rows - 0.5]}
          ticks={series.rows.map((_, index) => index)}
          interval={0}
          tick={plainAxisTick(
            (index) => {
              const level = series.rows[index];
              return level ? levelNames[level] : '';
            },
            { fontSize: 14 * textScale, fontWeight: 600 },
          )}
          reversed
          width={96 * textScale}
          stroke="var(--chart-grid)"
        />
        <Scatter data={series.empty} shape={renderEmpty} isAnimationActive={false} />
        <Scatter data={series.dots} shape={renderDot} isAnimationActive={false} />
        <Scatter data={series.medians} shape={renderMedian} isAnimationActive={false} />
      </ScatterChart>
    </ChartFrame>
  );
}
