import { useLayoutEffect, useRef } from 'react';
import { Bar, BarChart, CartesianGrid, usePlotArea, XAxis, YAxis } from 'recharts';
import { noGridLines, plainAxisTick } from '../../components/charts/axis-tick';
import { ChartFrame } from '../../components/charts/chart-frame';
import { useChartTextScale } from '../../components/charts/chart-text-scale';
import { LEVEL_FILL_CLASS } from '../../components/charts/level-colors';
import { formatNumber } from '../../i18n/format';
import { useLang } from '../../i18n/use-messages';
import type { YearBarRow } from './year-bars';
import { YEAR_AXIS_HEIGHT, YEAR_ROW_HEIGHT, yearBarsHeight } from './year-bars-size';

const BAR_HEIGHT = 10;
/** A generous average glyph width of Inter, in em: the estimate of a label's width where it cannot be measured. */
const GLYPH_EM = 0.62;

/**
 * A label above a bar, fitted into the plot area where it would run past its right edge (a long source list on
 * a narrow screen or a phone's slide): squeezed to the room there is, never cut off or outside the chart. The
 * label is measured as drawn, so one that fits is left at its own width: an estimate alone stretched labels a
 * little shorter than it guessed, and two rows of the same chart then read at different type sizes.
 */
function FittedText({
  x,
  y,
  fontSize,
  className,
  children,
}: {
  x: number;
  y: number;
  fontSize: number;
  className: string;
  children: string;
}) {
  const area = usePlotArea();
  const room = area ? area.x + area.width - x : null;
  const ref = useRef<SVGTextElement>(null);
  // The fit is set on the element here, not as props, so the label is always measured at its natural width.
  useLayoutEffect(() => {
    const text = ref.current;
    if (!text) return;
    text.removeAttribute('textLength');
    text.removeAttribute('lengthAdjust');
    const width =
      typeof text.getComputedTextLength === 'function'
        ? text.getComputedTextLength()
        : children.length * fontSize * GLYPH_EM;
    if (room !== null && room > 0 && width > room) {
      text.setAttribute('textLength', String(room));
      text.setAttribute('lengthAdjust', 'spacingAndGlyphs');
    }
  }, [children, fontSize, room]);
  return (
    <text ref={ref} x={x} y={y} fontSize={fontSize} className={className}>
      {children}
    </text>
  );
}
const YEAR_WIDTH = 44;

/**
 * A figure year by year as horizontal bars: one row per sourced value (values that disagree get a row
 * each, side by side), the series, value and source written above each bar; a year without a figure is a
 * row with no bar that says so. Not interpolated, never zero.
 */
export function YearBarsChart({
  rows,
  max,
  label,
}: {
  rows: readonly YearBarRow[];
  max: number;
  /** The text of a row: "NCE: 12 (Regjeringen)", or "not published" for a gap. */
  label: (row: YearBarRow) => string;
}) {
  const lang = useLang();
  // Larger on a slide (ADR 023): text, rows and the year column grow together.
  const scale = useChartTextScale();
  const rowHeight = YEAR_ROW_HEIGHT * scale;
  const data = rows.map((row) => ({ key: row.key, value: row.value }));
  const byKey = new Map(rows.map((row) => [row.key, row]));
  return (
    <ChartFrame height={yearBarsHeight(rows.length, scale)}>
      <BarChart
        data={data}
        layout="vertical"
        className="year-bars-chart"
        margin={{ top: 4, right: 16, bottom: 4, left: 0 }}
        barCategoryGap={0}
        accessibilityLayer={false}
      >
        <CartesianGrid horizontal={false} horizontalCoordinatesGenerator={noGridLines} stroke="var(--chart-grid)" />
        <XAxis
          type="number"
          domain={[0, max]}
          interval={0}
          tickCount={4}
          height={YEAR_AXIS_HEIGHT * scale}
          stroke="var(--chart-grid)"
          tick={plainAxisTick((value) => formatNumber(value, lang), { fontSize: 12 * scale })}
        />
        <YAxis
          type="category"
          dataKey="key"
          width={YEAR_WIDTH * scale}
          interval={0}
          tickLine={false}
          stroke="var(--chart-grid)"
          tick={(props: { x: number | string; y: number | string; index: number }) => {
            const row = rows[props.index];
            if (!row) return <g />;
            const x = Number(props.x);
            const y = Number(props.y);
            return (
              <g className="year-bars__tick">
                {row.firstOfYear ? (
                  <text
                    x={x - 4}
                    y={y - 4}
                    textAnchor="end"
                    fontSize={13 * scale}
                    fontWeight={600}
                    className="chart-axis-tick"
                  >
                    {row.year}
                  </text>
                ) : null}
                {row.value === null ? (
                  <FittedText x={x + 6} y={y - 4} fontSize={12 * scale} className="chart-note year-bars__gap">
                    {label(row)}
                  </FittedText>
                ) : null}
              </g>
            );
          }}
        />
        <Bar
          dataKey="value"
          isAnimationActive={false}
          shape={(props: { x: number; y: number; width: number; height: number; payload?: { key?: unknown } }) => {
            // Recharts skips null values, so a bar's index is not its row's: find the row by its key.
            const row = byKey.get(String(props.payload?.key));
            if (!row?.mark) return <g />;
            const level = row.mark.level;
            const top = props.y + rowHeight / 2 - 2 * scale;
            return (
              <g className="year-bars__bar">
                <FittedText x={props.x + 2} y={top - 4 * scale} fontSize={12 * scale} className="chart-note">
                  {label(row)}
                </FittedText>
                <rect
                  x={props.x}
                  y={top}
                  width={Math.max(props.width, 2)}
                  height={BAR_HEIGHT * scale}
                  className={level === null ? 'chart-fill--all' : LEVEL_FILL_CLASS[level]}
                />
              </g>
            );
          }}
        />
      </BarChart>
    </ChartFrame>
  );
}
