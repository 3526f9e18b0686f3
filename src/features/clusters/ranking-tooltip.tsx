import { formatPercent } from '../../i18n/format';
import { useLevelNames } from '../../domain/use-level-names';
import { useLang, useMessages } from '../../i18n/use-messages';
import { clusterMessages } from './cluster-messages';
import type { RankingDatum } from './ranking-series';

/** Tooltip of a ranking row: name, rank, level and the share, or "not published" with the derived bound. */
export function RankingTooltip({
  active,
  index,
  rows,
  total,
}: {
  active: boolean | undefined;
  index: number | string | null | undefined;
  rows: readonly RankingDatum[];
  total: number;
}) {
  const t = useMessages(clusterMessages);
  const levelName = useLevelNames();
  const lang = useLang();
  const row = active && index !== null && index !== undefined ? rows[Number(index)] : undefined;
  if (!row) return null;
  return (
    <div className="chart-tooltip">
      <strong>{row.name}</strong>
      <div>
        {t.tooltipRank(row.rank, total)} · {levelName[row.level]}
      </div>
      <div>
        {row.share !== null
          ? formatPercent(row.share, lang)
          : t.shareUnknown(row.upperBound === null ? null : formatPercent(row.upperBound, lang))}
      </div>
    </div>
  );
}
