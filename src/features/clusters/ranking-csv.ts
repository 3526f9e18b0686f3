import { sourceCells, type CsvRows } from '../../components/export/csv';
import { defineMessages } from '../../i18n/define-messages';
import type { Lang } from '../../i18n/lang';
import type { RankingRow } from './ranking-rows';

const headers = defineMessages({
  nb: {
    rank: 'Plass',
    cluster: 'Klynge',
    level: 'Nivå',
    share: 'Andel enig (%)',
    bound: 'Høyst, avledet (%)',
    status: 'Status',
    source: 'Kilde',
    sourceUrl: 'Kilde-URL',
    published: 'publisert',
    notPublished: 'ikke publisert',
  },
  en: {
    rank: 'Rank',
    cluster: 'Cluster',
    level: 'Level',
    share: 'Share agreeing (%)',
    bound: 'At most, derived (%)',
    status: 'Status',
    source: 'Source',
    sourceUrl: 'Source URL',
    published: 'published',
    notPublished: 'not published',
  },
});

const LEVEL_NAME = { arena: 'Arena', 'arena-pro': 'Arena Pro', nce: 'NCE', gce: 'GCE' } as const;

/**
 * The ranking chart's data as CSV rows: a header, then one row per cluster shown, in rank order.
 * An unpublished share is an empty cell (never 0), with its derived bound in a column of its own.
 */
export function toRankingCsvRows(rows: readonly RankingRow[], lang: Lang): CsvRows {
  const h = headers[lang];
  return [
    [h.rank, h.cluster, h.level, h.share, h.bound, h.status, h.source, h.sourceUrl],
    ...[...rows]
      .sort((a, b) => a.rank - b.rank)
      .map((row) => [
        row.rank,
        row.name,
        LEVEL_NAME[row.level],
        row.share,
        row.upperBound,
        row.share === null ? h.notPublished : h.published,
        ...sourceCells([row.shareSource]),
      ]),
  ];
}
