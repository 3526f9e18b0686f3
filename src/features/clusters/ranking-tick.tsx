import { LevelMarker } from '../../components/charts/level-marker';
import type { LevelId } from '../../data/schema/common';
import type { RankingDatum } from './ranking-series';

/** Splits a name into at most two lines of about `max` characters, at spaces. */
export function wrapName(name: string, max: number): string[] {
  if (name.length <= max) return [name];
  const words = name.split(' ');
  let first = '';
  let index = 0;
  while (index < words.length && `${first} ${words[index] ?? ''}`.trim().length <= max) {
    first = `${first} ${words[index] ?? ''}`.trim();
    index += 1;
  }
  if (first === '' || index === words.length) return [name];
  return [first, words.slice(index).join(' ')];
}

/**
 * The category label of a ranking row: the cluster's name, its level's mark (shape and colour) and,
 * on wide screens, the level in words. Level is never shown by colour alone.
 */
export function RankingTick({
  x,
  y,
  datum: row,
  narrow,
  levelName,
  textScale = 1,
}: {
  x: number;
  y: number;
  datum: RankingDatum | undefined;
  narrow: boolean;
  levelName: Readonly<Record<LevelId, string>>;
  /** Text size factor (larger on a slide). */
  textScale?: number;
}) {
  if (!row) return null;
  const lines = narrow ? wrapName(row.name, 14) : [`${row.name} · ${levelName[row.level]}`];
  const lineHeight = 13 * textScale;
  const top = y - ((lines.length - 1) * lineHeight) / 2;
  const textX = x - 20 * textScale;
  return (
    <g className="ranking-tick">
      <LevelMarker level={row.level} cx={x - 9 * textScale} cy={y} size={9 * textScale} />
      <text
        x={textX}
        y={top}
        textAnchor="end"
        dominantBaseline="central"
        fontSize={(narrow ? 11.5 : 13) * textScale}
        style={{ fill: 'var(--chart-text)' }}
      >
        {lines.map((line, i) => (
          <tspan key={line} x={textX} dy={i === 0 ? 0 : lineHeight}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}
