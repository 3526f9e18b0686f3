import type { FigureVariant } from '../../components/charts/figure-variant';
import { lazy } from 'react';
import { DataTable } from '../../components/table/data-table';
import { ChartFigure } from '../../components/charts/chart-figure';
import { AppLink } from '../../components/ui/app-link';
import type { LevelId } from '../../data/schema/common';
import { formatList, formatNumber, formatPercent } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import { paths } from '../../lib/paths';
import { levelMessages } from './level-messages';
import { LevelSwatch } from '../../components/charts/level-swatch';
import { snapshotKey } from '../../components/charts/chart-snapshots';
import { DeferredChart } from '../../components/charts/deferred-chart';
import { levelRankChartHeight } from './level-rank-size';
import { toRankSeries } from './level-rank-series';
import { toLevelRankCsvRows } from './level-rank-csv';
import type { LevelSummary } from './level-stats';
import { SourceRef } from '../../components/data/source-ref';

// Recharts loads after the page is up, not with the first view (docs/decisions/031-first-view-bytes.md).
const LevelRankChart = lazy(() => import('./level-rank-chart').then((m) => ({ default: m.LevelRankChart })));

export interface LevelRankFigureProps {
  summaries: readonly LevelSummary[];
  names: Readonly<Record<LevelId, string>>;
  /** How many clusters the list has (the place axis runs 1 to this). */
  listLength: number;
  /** The evaluation report, and the article that published its list. */
  reportSourceId: string;
  articleSourceId: string;
  variant?: FigureVariant;
}

/** The evaluation by level: the strip plot, its one-sentence summary, legend, source and data table. */
export function LevelRankFigure({
  summaries,
  names,
  listLength,
  reportSourceId,
  articleSourceId,
  variant = 'page',
}: LevelRankFigureProps) {
  const t = useMessages(levelMessages);
  const lang = useLang();
  const series = toRankSeries(summaries, listLength);
  const withMedian = summaries.flatMap((s) =>
    s.medianRank === null ? [] : [t.chartSummaryPart(names[s.level], formatNumber(s.medianRank, lang))],
  );
  const without = summaries.filter((s) => s.medianRank === null).map((s) => names[s.level]);
  const parts = [
    ...(withMedian.length > 0 ? [formatList(withMedian, lang)] : []),
    ...(without.length > 0 ? [t.chartSummaryNone(formatList(without, lang))] : []),
  ];
  const rows = summaries.flatMap((s) => s.clusters);

  return (
    <ChartFigure
      chartId="levels-rank"
      variant={variant}
      title={t.chartTitle(listLength)}
      summary={t.chartSummary(parts.join('; '))}
      csvRows={toLevelRankCsvRows(summaries, names, lang)}
      source={
        <>
          {t.chartSource} <SourceRef id={reportSourceId} /> <SourceRef id={articleSourceId} />
        </>
      }
      chart={
        <DeferredChart
          height={levelRankChartHeight(series.rows.length)}
          snapshot={
            variant === 'page' ? { id: 'levels-rank', key: snapshotKey([lang, series, names, listLength]) } : undefined
          }
        >
          <LevelRankChart series={series} levelNames={names} listLength={listLength} />
        </DeferredChart>
      }
      legend={
        <ul className="chart-legend">
          {summaries.map((s) => (
            <li key={s.level}>
              <LevelSwatch level={s.level} />
              {names[s.level]}
            </li>
          ))}
          <li>
            <svg width="12" height="20" aria-hidden="true" focusable="false">
              <line
                x1="6"
                x2="6"
                y1="1"
                y2="19"
                stroke="var(--chart-reference)"
                strokeWidth="2"
                strokeDasharray="3 2"
              />
            </svg>
            {t.legendMedian}
          </li>
        </ul>
      }
      table={
        <DataTable caption={t.tableCaption} size="sm" columns={[t.colLevel, t.colRank, t.colCluster, t.colShare]}>
          {rows.map((row) => (
            <tr key={row.slug}>
              <td>
                <span className="level-name-cell">
                  <LevelSwatch level={row.level} />
                  {names[row.level]}
                </span>
              </td>
              <td>{row.rank}</td>
              <td>
                <AppLink to={paths.cluster(row.slug)}>{row.name}</AppLink>
              </td>
              <td>{row.share === null ? t.shareUnknown : formatPercent(row.share, lang)}</td>
            </tr>
          ))}
          {summaries
            .flatMap((s) => (s.medianRank === null ? [] : [{ level: s.level, median: s.medianRank }]))
            .map((s) => (
              <tr key={`median-${s.level}`}>
                <td>{names[s.level]}</td>
                <td>{formatNumber(s.median, lang)}</td>
                <td>{t.legendMedian}</td>
                <td />
              </tr>
            ))}
        </DataTable>
      }
    />
  );
}
