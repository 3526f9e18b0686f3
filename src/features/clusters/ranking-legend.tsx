import { LEVEL_FILL_CLASS } from '../../components/charts/level-colors';
import { LevelMarker } from '../../components/charts/level-marker';
import type { LevelId } from '../../data/schema/common';
import { useLevelNames } from '../../domain/use-level-names';
import { useMessages } from '../../i18n/use-messages';
import { clusterMessages } from './cluster-messages';

/** The ranking chart's legend (prerendered: colours by class, never a style attribute, for the CSP): level colours for the levels shown, the unknown marker, the reference line. */
export function RankingLegend({
  levels,
  markers,
  total,
}: {
  levels: readonly LevelId[];
  markers: readonly LevelId[];
  /** How many clusters the reference line stands for (all evaluated). */
  total: number;
}) {
  const t = useMessages(clusterMessages);
  const levelName = useLevelNames();
  return (
    <ul className="chart-legend" aria-label={t.legendLevel}>
      {levels.map((level) => (
        <li key={level}>
          <svg width="34" height="12" aria-hidden="true">
            <LevelMarker level={level} cx={5} cy={6} size={9} />
            <rect x="14" width="20" height="12" rx="2" className={LEVEL_FILL_CLASS[level]} />
          </svg>
          {levelName[level]}: {t.legendPublished.toLowerCase()}
        </li>
      ))}
      {markers.map((level) => (
        <li key={`marker-${level}`}>
          <svg width="12" height="12" aria-hidden="true">
            <LevelMarker level={level} cx={6} cy={6} size={9} />
          </svg>
          {t.legendMarker(levelName[level])}
        </li>
      ))}
      <li>
        <svg width="28" height="12" aria-hidden="true">
          <line x1="0" x2="26" y1="6" y2="6" strokeDasharray="4 4" strokeWidth="2" className="chart-stroke--unknown" />
          <line x1="26" x2="26" y1="0" y2="12" strokeWidth="2" className="chart-stroke--unknown" />
        </svg>
        {t.legendUnknown}
      </li>
      <li>
        <svg width="12" height="16" aria-hidden="true">
          <line x1="6" x2="6" y1="0" y2="16" strokeWidth="2" className="chart-stroke--reference" />
        </svg>
        {t.legendOverall(total)}
      </li>
    </ul>
  );
}
