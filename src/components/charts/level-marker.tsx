import type { LevelId } from '../../data/schema/common';
import { LEVEL_FILL_CLASS, LEVEL_SHAPE } from './level-colors';

/** A level's mark (shape and colour), centred on (cx, cy): the second channel besides colour. */
export function LevelMarker({ level, cx, cy, size = 10 }: { level: LevelId; cx: number; cy: number; size?: number }) {
  const r = size / 2;
  // A class, not a style attribute: markers are prerendered (legends), see LEVEL_FILL_CLASS.
  const className = LEVEL_FILL_CLASS[level];
  switch (LEVEL_SHAPE[level]) {
    case 'square':
      return <rect x={cx - r} y={cy - r} width={size} height={size} className={className} />;
    case 'diamond':
      return (
        <polygon
          points={`${cx},${cy - r * 1.2} ${cx + r * 1.2},${cy} ${cx},${cy + r * 1.2} ${cx - r * 1.2},${cy}`}
          className={className}
        />
      );
    case 'triangle':
      return (
        <polygon
          points={`${cx},${cy - r * 1.15} ${cx + r * 1.15},${cy + r} ${cx - r * 1.15},${cy + r}`}
          className={className}
        />
      );
    case 'circle':
      return <circle cx={cx} cy={cy} r={r} className={className} />;
  }
}
