import { LevelMarker } from './level-marker';
import type { LevelId } from '../../data/schema/common';

/** A level's marker (shape and colour, as in the charts) for text: headings, legends, table cells. */
export function LevelSwatch({ level }: { level: LevelId }) {
  return (
    <svg width="14" height="14" aria-hidden="true" focusable="false" className="level-swatch">
      <LevelMarker level={level} cx={7} cy={7} size={11} />
    </svg>
  );
}
