import type { ReactElement } from 'react';

/** The props Recharts gives a custom axis tick that this component reads. */
export interface AxisTickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit';
  verticalAnchor?: string;
}

const DY: Readonly<Record<string, string>> = { start: '0.71em', middle: '0.355em', end: '0' };

/**
 * Renders an axis's tick labels as plain SVG text where Recharts places them. Recharts' own tick
 * label measures its words in the DOM first (a forced layout of the page per label), which made up a
 * large part of a chart's first render; our labels are short and never wrap, so nothing needs measuring.
 */
export function plainAxisTick(
  format: (value: number) => string,
  style: { fontSize: number; fontWeight?: number },
): (props: AxisTickProps) => ReactElement {
  return function PlainAxisTick({ x, y, payload, textAnchor = 'middle', verticalAnchor = 'start' }: AxisTickProps) {
    const value = Number(payload?.value);
    return (
      <text
        x={Number(x)}
        y={Number(y)}
        dy={DY[verticalAnchor] ?? '0'}
        textAnchor={textAnchor}
        fontSize={style.fontSize}
        fontWeight={style.fontWeight}
        className="chart-axis-tick"
        style={{ fill: 'var(--chart-text)' }}
      >
        {Number.isFinite(value) ? format(value) : ''}
      </text>
    );
  };
}

/** For a CartesianGrid without horizontal lines: skips working out where they would go (it measures tick labels). */
export const noGridLines = (): number[] => [];
