import { LEVEL_COLOR_VAR } from '../../components/charts/level-colors';
import { formatPercent } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { clusterMessages } from './cluster-messages';
import type { RankingDatum } from './ranking-series';

/**
 * One row of the ranking chart. A published share: a solid bar in its level's colour with its value.
 * An unpublished share: no bar, but a dashed line from 0 to the derived upper bound, an open end
 * mark, and the words "not published · ≤ 45 % (derived)".
 */
export function RankingBarShape({
  x,
  y,
  width,
  height,
  datum,
  narrow,
  textScale = 1,
}: {
  x: number;
  y: number;
  width: number;
  height: number;
  datum: RankingDatum | undefined;
  narrow: boolean;
  /** Text size factor (larger on a slide). */
  textScale?: number;
}) {
  const t = useMessages(clusterMessages);
  const lang = useLang();
  if (!datum) return null;
  const mid = y + height / 2;
  if (datum.kind === 'published') {
    return (
      <g className="ranking-bar" data-slug={datum.slug}>
        <rect
          x={x}
          y={y}
          width={Math.max(width, 1)}
          height={height}
          rx={2}
          style={{ fill: LEVEL_COLOR_VAR[datum.level] }}
        />
        <text
          x={x + width + 6}
          y={mid}
          dominantBaseline="central"
          fontSize={13 * textScale}
          fontWeight={600}
          style={{ fill: 'var(--chart-text)' }}
        >
          {formatPercent(datum.value, lang)}
        </text>
      </g>
    );
  }
  const bound = datum.upperBound === null ? null : formatPercent(datum.upperBound, lang);
  const end = x + Math.max(width, 0);
  return (
    <g className="ranking-unknown" data-slug={datum.slug}>
      {datum.upperBound !== null ? (
        <>
          <line
            x1={x}
            x2={end}
            y1={mid}
            y2={mid}
            strokeDasharray="4 4"
            strokeWidth={2}
            style={{ stroke: 'var(--chart-unknown)' }}
          />
          <line
            x1={end}
            x2={end}
            y1={mid - 6}
            y2={mid + 6}
            strokeWidth={2}
            style={{ stroke: 'var(--chart-unknown)' }}
          />
        </>
      ) : null}
      <text
        x={end + 6}
        y={mid}
        dominantBaseline="central"
        fontSize={12 * textScale}
        style={{ fill: 'var(--chart-unknown)' }}
      >
        {narrow ? t.shareUnknown(null) : t.unknownLabel(bound)}
      </text>
    </g>
  );
}
