import type { LevelId } from '../../data/schema/common';
import { LEVEL_COLOR_VAR, LEVEL_SHAPE } from './level-colors';

/** A level's mark (shape and colour), centred on (cx, cy): the second channel besides colour. */
export function LevelMarker({ level, cx, cy, size = 10 }: { level: LevelId; cx: number; cy: number; size?: number }) {
  const r = size / 2;
  const style = { fill: LEVEL_COLOR_VAR[level] };
  switch (LEVEL_SHAPE[level]) {
    case 'square':
      return <rect x={cx - r} y={cy - r} width={size} height={size} style={style} />;
    case 'diamond':
      return (
        <polygon
          points={`${cx},${cy - r * 1.2} ${cx + r * 1.2},${cy} ${cx},${cy + r * 1.2} ${cx - r * 1.2},${cy}`}
          style={style}
        />
      );
    case 'triangle':
      return (
        <polygon
          points={`${cx},${cy - r * 1.15} ${cx + r * 1.15},${cy + r} ${cx - r * 1.15},${cy + r}`}
          style={style}
        />
      );
    case 'circle':
      return <circle cx={cx} cy={cy} r={r} style={style} />;
  }
}
