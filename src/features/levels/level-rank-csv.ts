import { sourceCells, type CsvRows } from '../../components/export/csv';
import type { LevelId } from '../../data/schema/common';
import { defineMessages } from '../../i18n/define-messages';
import type { Lang } from '../../i18n/lang';
import type { LevelSummary } from './level-stats';

const headers = defineMessages({
  nb: {
    level: 'Nivå',
    rank: 'Plass',
    cluster: 'Klynge',
    share: 'Andel enig (%)',
    status: 'Status',
    source: 'Kilde',
    sourceUrl: 'Kilde-URL',
    median: 'Median plass på nivået (avledet)',
    published: 'publisert',
    notPublished: 'ikke publisert',
  },
  en: {
    level: 'Level',
    rank: 'Rank',
    cluster: 'Cluster',
    share: 'Share agreeing (%)',
    status: 'Status',
    source: 'Source',
    sourceUrl: 'Source URL',
    median: 'Median rank at the level (derived)',
    published: 'published',
    notPublished: 'not published',
  },
});

/**
 * The level chart's data as CSV rows: a header, then one row per evaluated cluster, grouped by level
 * as the chart is. The level's median rank (derived) sits in a column of its own on each row; an
 * unpublished share is an empty cell, never 0.
 */
export function toLevelRankCsvRows(
  summaries: readonly LevelSummary[],
  names: Readonly<Record<LevelId, string>>,
  lang: Lang,
): CsvRows {
  const h = headers[lang];
  return [
    [h.level, h.rank, h.cluster, h.share, h.status, h.source, h.sourceUrl, h.median],
    ...summaries.flatMap((summary) =>
      summary.clusters.map((cluster) => [
        names[summary.level],
        cluster.rank,
        cluster.name,
        cluster.share,
        cluster.share === null ? h.notPublished : h.published,
        ...sourceCells([cluster.shareSource]),
        summary.medianRank,
      ]),
    ),
  ];
}
